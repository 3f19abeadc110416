#pragma once

#include "storage/Database.h"

#include <QJsonObject>
#include <QString>
#include <QTextStream>
#include <memory>

namespace badgedesk {

// What every command gets: the global options, the output streams and the database, opened
// on first use so commands that need none (sample) never create one.
class CliContext
{
public:
    CliContext(QTextStream& out, QTextStream& err);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    // Standard input (a token for "credly token set"); tests may hand in their own stream.
    QTextStream& in();
    void setInput(QTextStream* in) { m_in = in; }

    bool json() const { return m_json; }
    void setJson(bool json) { m_json = json; }
    QString databasePath() const;
    void setDatabasePath(const QString& path) { m_databasePath = path; }

    // Opens the database; on failure prints the reason and returns nullptr (exit ExitBadInput).
    Database* database();
    // The batch a command names, by number or month (BatchRepository::idFor); 0 with the reason
    // printed when the database cannot be opened or has no such batch.
    qint64 batch(const QString& numberOrMonth);

    // Prints an error as text or as {"error": ...} when --json is on.
    void printError(const QString& message);
    // A QCommandLineParser error ("Unknown option 'x'.") and where to read the usage, e.g.
    // "badgedesk-cli sample --help".
    void printUsageError(const QString& parserError, const QString& helpCommand);
    void printJson(const QJsonObject& object);

private:
    QTextStream& m_out;
    QTextStream& m_err;
    bool m_json = false;
    QString m_databasePath;
    std::unique_ptr<Database> m_database;
    QTextStream* m_in = nullptr;
    std::unique_ptr<QTextStream> m_stdin;
};

} // namespace badgedesk
