#include "InfoCommand.h"

#include "AppIdentity.h"
#include "CliContext.h"
#include "ExitCode.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QSqlQuery>

namespace badgedesk {

int runInfoCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Show the database's schema version, path and row counts."));
    if (!parser.parse(arguments) || !parser.positionalArguments().isEmpty()) {
        context.printError(parser.errorText().isEmpty() ? QStringLiteral("info takes no arguments")
                                                        : parser.errorText());
        return ExitUsage;
    }
    Database* db = context.database();
    if (!db)
        return ExitBadInput;

    static const QStringList tables{
        QStringLiteral("batches"),          QStringLiteral("import_files"),
        QStringLiteral("certifications"),   QStringLiteral("catalog_entries"),
        QStringLiteral("catalog_history"),  QStringLiteral("credly_templates"),
        QStringLiteral("issuance_journal"), QStringLiteral("audit_log"),
    };
    QJsonObject counts;
    for (const QString& table : tables) {
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
        counts.insert(table, q.next() ? q.value(0).toLongLong() : -1);
    }

    if (context.json()) {
        context.printJson({
            {QStringLiteral("version"), versionString()},
            {QStringLiteral("database"), db->path()},
            {QStringLiteral("schema_version"), db->schemaVersion()},
            {QStringLiteral("latest_schema_version"), Database::latestVersion()},
            {QStringLiteral("environment"), environmentKey(db->environment())},
            {QStringLiteral("counts"), counts},
        });
        return ExitOk;
    }
    QTextStream& out = context.out();
    out << "BadgeDesk " << versionString() << '\n';
    out << "Database:       " << db->path() << '\n';
    out << "Schema version: " << db->schemaVersion() << '\n';
    out << "Environment:    " << environmentKey(db->environment()) << '\n';
    out << "Rows:\n";
    for (const QString& table : tables)
        out << "  " << table.leftJustified(18) << ' ' << counts.value(table).toInteger() << '\n';
    out.flush();
    return ExitOk;
}

} // namespace badgedesk
