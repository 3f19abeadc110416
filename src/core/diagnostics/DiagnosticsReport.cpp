#include "DiagnosticsReport.h"

#include "AppIdentity.h"
#include "DiagnosticsLog.h"
#include "storage/Database.h"

#include <QDir>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <QSysInfo>

namespace badgedesk {

QString DiagnosticsReport::text(const Database& db)
{
    QStringList lines;
    lines << QStringLiteral("BadgeDesk %1 (Qt %2 built, %3 running)")
                 .arg(versionString(), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
    lines << QStringLiteral("System: %1, %2")
                 .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture());
    lines << QStringLiteral("Environment: %1").arg(environmentLabel(db.environment()));
    lines << QStringLiteral("Database: %1 (schema %2 of %3)")
                 .arg(QDir::toNativeSeparators(db.path()))
                 .arg(db.schemaVersion())
                 .arg(Database::latestVersion());
    lines << QStringLiteral("Data folder: %1")
                 .arg(QDir::toNativeSeparators(
                     QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    lines << QStringLiteral("Log file: %1").arg(QDir::toNativeSeparators(DiagnosticsLog::logFilePath()));
    QStringList counts;
    for (const char* table :
         {"batches", "certifications", "catalog_entries", "credly_templates", "issuance_journal"}) {
        QSqlQuery q(db.connection());
        if (q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && q.next())
            counts << QStringLiteral("%1 %2").arg(QLatin1String(table)).arg(q.value(0).toLongLong());
    }
    lines << QStringLiteral("Rows: %1").arg(counts.join(QStringLiteral(", ")));
    const QStringList problems = DiagnosticsLog::recentProblems();
    lines << QStringLiteral("Recent problems (%1):").arg(problems.size());
    for (const QString& p : problems)
        lines << QStringLiteral("  ") + DiagnosticsLog::scrub(p);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace badgedesk
