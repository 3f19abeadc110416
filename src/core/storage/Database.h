#pragma once

#include "domain/CredlyEnvironment.h"

#include <QSqlDatabase>
#include <QString>

namespace badgedesk {

// One BadgeDesk SQLite file: opened, checked, migrated and backed up here, and nowhere else.
// Every table group gets its repository on top of connection().
class Database
{
public:
    enum class Error
    {
        None,
        CannotCreate,    // folder or file could not be made or opened
        NotADatabase,    // the file is not SQLite at all
        Corrupt,         // PRAGMA quick_check found damage
        NewerVersion,    // written by a newer BadgeDesk
        BackupFailed,    // the copy before migrating could not be written
        MigrationFailed, // a migration failed; rolled back, the file is unchanged
        InternalError,   // the embedded migrations are broken (a build mistake)
    };

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // The embedded default: a file in the user's data folder. Practice has a file of its own so
    // sample data never meets real data; Sandbox and Production share the real one.
    static QString defaultPath(CredlyEnvironment environment = CredlyEnvironment::Practice);
    static int latestVersion();

    // Opens (creating if missing) and migrates to targetVersion (latest when -1). Returns false
    // with error()/errorMessage() set; on failure the file on disk is left exactly as it was.
    bool open(const QString& path, int targetVersion = -1);
    void close();

    // A further connection to a file another Database has already opened and migrated, for a
    // worker thread (ImportJob): a QSqlDatabase connection belongs to the thread that opened it,
    // so the worker calls this itself. Each Database has its own connection name, so any number
    // may be open at once. No checks, copies or migrations; refuses a schema other than
    // latestVersion().
    bool openConnection(const QString& path);

    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }
    int schemaVersion() const;
    QSqlDatabase connection() const { return m_db; }

    Error error() const { return m_error; }
    QString errorMessage() const { return m_errorMessage; }
    // Copy written before the last migration of an existing file; empty if none was needed.
    QString lastBackupPath() const { return m_lastBackupPath; }

    // The environment this database works in (setting "credly.environment"; Practice if unset).
    CredlyEnvironment environment() const;
    bool setEnvironment(CredlyEnvironment environment);

    // Copies the whole database into a new file with VACUUM INTO (mode 0600). Used before
    // migrations and, later, before each issuing run.
    bool backupTo(const QString& targetPath, QString* errorMessage = nullptr) const;

private:
    bool fail(Error error, const QString& message);
    bool checkHeader(const QString& path);
    bool migrate(int fromVersion, int toVersion);
    static void restrictPermissions(const QString& path);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    Error m_error = Error::None;
    QString m_errorMessage;
    QString m_lastBackupPath;
};

} // namespace badgedesk
