#include "CliContext.h"

#include "EnvironmentPreference.h"
#include "storage/BatchRepository.h"

#include <QJsonDocument>

#include <cstdio>

namespace badgedesk {

CliContext::CliContext(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) {}

QString CliContext::databasePath() const
{
    // The file of the environment the app was last switched to (Practice on a fresh install).
    return m_databasePath.isEmpty() ? EnvironmentPreference::databasePath() : m_databasePath;
}

Database* CliContext::database()
{
    if (m_database && m_database->isOpen())
        return m_database.get();
    m_database = std::make_unique<Database>();
    if (!m_database->open(databasePath())) {
        printError(m_database->errorMessage());
        return nullptr;
    }
    return m_database.get();
}

qint64 CliContext::batch(const QString& numberOrMonth)
{
    Database* db = database();
    if (!db)
        return 0;
    const qint64 id = BatchRepository(db->connection()).idFor(numberOrMonth);
    if (id == 0)
        printError(QStringLiteral("There is no batch %1 in %2: give a batch number or a month (YYYY-MM) "
                                  "that has one. badgedesk-cli info lists the batches.")
                       .arg(numberOrMonth.trimmed(), db->path()));
    return id;
}

void CliContext::printUsageError(const QString& parserError, const QString& helpCommand)
{
    QString text = parserError.trimmed();
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    printError(text + QStringLiteral(". Run %1 for usage.").arg(helpCommand));
}

QTextStream& CliContext::in()
{
    if (m_in)
        return *m_in;
    if (!m_stdin)
        m_stdin = std::make_unique<QTextStream>(stdin);
    return *m_stdin;
}

void CliContext::printError(const QString& message)
{
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("error"), message}});
    } else {
        m_err << "badgedesk-cli: " << message << Qt::endl;
    }
}

void CliContext::printJson(const QJsonObject& object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    m_out.flush();
}

} // namespace badgedesk
