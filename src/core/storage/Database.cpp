#include "Database.h"

#include "MigrationSet.h"
#include "SettingsRepository.h"
#include "Transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStorage, "badgedesk.storage")

namespace badgedesk {
namespace {

const MigrationSet& migrations()
{
    static const MigrationSet set;
    return set;
}

const QString kEnvironmentKey = QStringLiteral("credly.environment");

} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("badgedesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

Database::~Database()
{
    close();
}

QString Database::defaultPath(CredlyEnvironment environment)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString file = environment == CredlyEnvironment::Practice
                             ? QStringLiteral("badgedesk-practice.sqlite")
                             : QStringLiteral("badgedesk.sqlite");
    return dir + QLatin1Char('/') + file;
}

int Database::latestVersion()
{
    return migrations().latestVersion();
}

bool Database::fail(Error error, const QString& message)
{
    m_error = error;
    m_errorMessage = message;
    qCWarning(lcStorage).noquote() << message;
    close();
    return false;
}

void Database::restrictPermissions(const QString& path)
{
    for (const QString& p : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        if (QFile::exists(p))
            QFile::setPermissions(p, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
}

bool Database::checkHeader(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(Error::CannotCreate,
                    QObject::tr("Cannot read the database %1: %2. Check that the file exists and that you "
                                "may read it, or start with another file using --db.")
                        .arg(path, f.errorString()));
    const QByteArray header = f.read(16);
    if (header.isEmpty())
        return true; // an empty file becomes a new database
    if (header != QByteArray("SQLite format 3\0", 16))
        return fail(Error::NotADatabase,
                    QObject::tr("%1 is not a BadgeDesk database (it is not an SQLite file). It was left "
                                "untouched. Open the right file with --db, or move this one away to start "
                                "a new database there.")
                        .arg(path));
    return true;
}

bool Database::open(const QString& path, int targetVersion)
{
    close();
    m_error = Error::None;
    m_errorMessage.clear();
    m_lastBackupPath.clear();
    m_path = QFileInfo(path).absoluteFilePath();

    const MigrationSet& set = migrations();
    if (!set.isValid())
        return fail(Error::InternalError, set.error());
    if (targetVersion < 0 || targetVersion > set.latestVersion())
        targetVersion = set.latestVersion();

    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(Error::CannotCreate, QObject::tr("Cannot create the folder %1 for the database. Check "
                                                     "its permissions or choose another place with --db.")
                                             .arg(info.absolutePath()));
    if (info.exists()) {
        if (!checkHeader(m_path))
            return false;
    } else {
        // Create the file ourselves so it is private (0600) from its first byte.
        QFile f(m_path);
        if (!f.open(QIODevice::WriteOnly))
            return fail(Error::CannotCreate, QObject::tr("Cannot create the database %1: %2. Choose another "
                                                         "place with --db.")
                                                 .arg(m_path, f.errorString()));
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    if (!m_db.open())
        return fail(Error::CannotCreate,
                    QObject::tr("Cannot open the database %1: %2").arg(m_path, m_db.lastError().text()));

    {
        QSqlQuery check(m_db);
        if (!check.exec(QStringLiteral("PRAGMA quick_check")))
            return fail(Error::Corrupt, QObject::tr("The database %1 is damaged (%2). It was left untouched. "
                                                    "Restore the newest copy from the backups folder beside "
                                                    "it, or start a new database with --db.")
                                            .arg(m_path, check.lastError().databaseText()));
        QStringList problems;
        while (check.next())
            problems << check.value(0).toString();
        if (problems != QStringList{QStringLiteral("ok")})
            return fail(Error::Corrupt, QObject::tr("The database %1 is damaged: %2. It was left untouched. "
                                                    "Restore the newest copy from the backups folder beside "
                                                    "it, or start a new database with --db.")
                                            .arg(m_path, problems.mid(0, 3).join(QStringLiteral("; "))));
    }

    const int current = schemaVersion();
    if (current > set.latestVersion())
        return fail(
            Error::NewerVersion,
            QObject::tr("The database %1 was written by a newer BadgeDesk (schema %2; this version "
                        "knows up to %3). It was left untouched. Install the newer BadgeDesk, or open "
                        "another database with --db.")
                .arg(m_path)
                .arg(current)
                .arg(set.latestVersion()));

    QSqlQuery pragma(m_db);
    pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    pragma.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));

    if (current < targetVersion) {
        if (current > 0) {
            const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
            const QString backup = info.absolutePath() + QStringLiteral("/backups/") +
                                   info.completeBaseName() +
                                   QStringLiteral("-schema%1-%2.sqlite").arg(current).arg(stamp);
            QString backupError;
            if (!backupTo(backup, &backupError))
                return fail(Error::BackupFailed,
                            QObject::tr("Did not upgrade %1: the safety copy could not be written (%2). Free "
                                        "some disk space or check the folder's permissions, then try again.")
                                .arg(m_path, backupError));
            m_lastBackupPath = backup;
            qCInfo(lcStorage).noquote() << "backed up schema" << current << "to" << backup;
        }
        if (!migrate(current, targetVersion))
            return false;
    }
    restrictPermissions(m_path);
    return true;
}

bool Database::openConnection(const QString& path)
{
    close();
    m_error = Error::None;
    m_errorMessage.clear();
    m_lastBackupPath.clear();
    m_path = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo(m_path).isFile())
        return fail(Error::CannotCreate,
                    QObject::tr("The database %1 does not exist; open it in BadgeDesk first.").arg(m_path));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    if (!m_db.open())
        return fail(Error::CannotCreate,
                    QObject::tr("Cannot open the database %1: %2").arg(m_path, m_db.lastError().text()));
    QSqlQuery pragma(m_db);
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    pragma.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    const int version = schemaVersion();
    if (version != latestVersion())
        return fail(
            version > latestVersion() ? Error::NewerVersion : Error::MigrationFailed,
            QObject::tr("The database %1 has schema %2, this BadgeDesk needs %3. Open it in BadgeDesk "
                        "first (that upgrades it), then try again.")
                .arg(m_path)
                .arg(version)
                .arg(latestVersion()));
    return true;
}

bool Database::migrate(int fromVersion, int toVersion)
{
    QString failure;
    {
        Transaction tx(m_db);
        if (!tx.isActive()) {
            failure =
                QObject::tr("Cannot start a transaction on %1: %2").arg(m_path, m_db.lastError().text());
        }
        for (const auto& migration : migrations().migrations()) {
            if (!failure.isEmpty())
                break;
            if (migration.version <= fromVersion || migration.version > toVersion)
                continue;
            for (const QString& statement : migration.statements) {
                QSqlQuery q(m_db);
                if (!q.exec(statement)) {
                    failure = QObject::tr("Upgrading the database to schema %1 (%2) failed: %3. Nothing was "
                                          "changed. Report this with the file's schema version %4.")
                                  .arg(migration.version)
                                  .arg(migration.name, q.lastError().text())
                                  .arg(fromVersion);
                    break;
                }
            }
        }
        if (failure.isEmpty()) {
            QSqlQuery version(m_db);
            if (!version.exec(QStringLiteral("PRAGMA user_version = %1").arg(toVersion)) || !tx.commit())
                failure = QObject::tr("Could not record schema %1 in %2: %3")
                              .arg(toVersion)
                              .arg(m_path, m_db.lastError().text());
        }
    } // the transaction rolls back here unless it was committed
    if (!failure.isEmpty())
        return fail(Error::MigrationFailed, failure);
    qCInfo(lcStorage) << "migrated from schema" << fromVersion << "to" << toVersion;
    return true;
}

void Database::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

CredlyEnvironment Database::environment() const
{
    const QString key = SettingsRepository(m_db).value(kEnvironmentKey);
    return environmentFromKey(key).value_or(CredlyEnvironment::Practice);
}

bool Database::setEnvironment(CredlyEnvironment environment)
{
    return SettingsRepository(m_db).setValue(kEnvironmentKey, environmentKey(environment));
}

bool Database::backupTo(const QString& targetPath, QString* errorMessage) const
{
    const QFileInfo target(targetPath);
    if (!QDir().mkpath(target.absolutePath())) {
        if (errorMessage)
            *errorMessage = QObject::tr("cannot create %1").arg(target.absolutePath());
        return false;
    }
    if (target.exists()) {
        if (errorMessage)
            *errorMessage = QObject::tr("%1 already exists").arg(targetPath);
        return false;
    }
    QString quoted = target.absoluteFilePath();
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("VACUUM INTO '%1'").arg(quoted))) {
        if (errorMessage)
            *errorMessage = q.lastError().text();
        return false;
    }
    restrictPermissions(target.absoluteFilePath());
    return true;
}

} // namespace badgedesk
