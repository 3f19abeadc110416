#include "DatabaseRestore.h"

#include "Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcRestore, "badgedesk.storage.restore")

namespace badgedesk {

namespace {

const QStringList SideFiles{QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};

QString inspect(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QObject::tr("The backup %1 cannot be read: %2.")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    if (!file.read(16).startsWith("SQLite format 3"))
        return QObject::tr("%1 is not a BadgeDesk backup (not an SQLite database). Choose a file from the "
                           "backups folder.")
            .arg(QFileInfo(path).fileName());
    file.close();

    const QString name = QStringLiteral("restore-check-") + QUuid::createUuid().toString(QUuid::Id128);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.setDatabaseName(path);
        if (!db.open()) {
            problem = QObject::tr("The backup %1 cannot be opened: %2.")
                          .arg(QFileInfo(path).fileName(), db.lastError().text());
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next() ||
                q.value(0).toString() != QLatin1String("ok")) {
                // SQLite's own words ("file is not a database"), not the driver's wrapping of them.
                problem =
                    QObject::tr("The backup %1 is damaged (%2). Choose an older backup.")
                        .arg(QFileInfo(path).fileName(),
                             q.lastError().isValid() ? q.lastError().databaseText() : q.value(0).toString());
            } else if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
                problem = QObject::tr("The backup %1 cannot be read.").arg(QFileInfo(path).fileName());
            } else {
                const int version = q.value(0).toInt();
                if (version > Database::latestVersion())
                    problem =
                        QObject::tr("The backup %1 was made by a newer BadgeDesk (schema %2; this one knows "
                                    "%3). Update BadgeDesk first.")
                            .arg(QFileInfo(path).fileName())
                            .arg(version)
                            .arg(Database::latestVersion());
                else if (version < 1 ||
                         !q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                                "name IN ('settings', 'batches', 'certifications')")) ||
                         !q.next() || q.value(0).toInt() != 3)
                    problem = QObject::tr("%1 is an SQLite file but not a BadgeDesk database.")
                                  .arg(QFileInfo(path).fileName());
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

} // namespace

QString DatabaseRestore::checkBackup(const QString& backupPath)
{
    return inspect(backupPath);
}

DatabaseRestore::Result DatabaseRestore::restore(const QString& backupPath, const QString& livePath)
{
    Result result;
    const QFileInfo backup(backupPath);
    const QFileInfo live(livePath);
    if (backup.absoluteFilePath() == live.absoluteFilePath()) {
        result.message = QObject::tr("The backup and the database are the same file; choose a backup copy.");
        return result;
    }
    result.message = inspect(backupPath);
    if (!result.message.isEmpty())
        return result;

    // Copy first, beside the live file, so the swap is a rename on the same disk.
    const QString incoming = live.absoluteFilePath() + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QDir().mkpath(live.absolutePath()) || !QFile::copy(backup.absoluteFilePath(), incoming)) {
        result.message = QObject::tr("The backup could not be copied next to %1. Check the free space and "
                                     "permissions of that folder.")
                             .arg(QDir::toNativeSeparators(live.absolutePath()));
        QFile::remove(incoming);
        return result;
    }
    QFile::setPermissions(incoming, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    if (live.exists()) {
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        result.asidePath = live.absolutePath() + QLatin1Char('/') + live.completeBaseName() +
                           QStringLiteral("-before-restore-") + stamp + QLatin1Char('.') + live.suffix();
        QStringList moved;
        for (const QString& side : SideFiles) {
            const QString from = live.absoluteFilePath() + side;
            if (!QFile::exists(from))
                continue;
            if (!QFile::rename(from, result.asidePath + side)) {
                // Put back what was moved: the live file stays as it was.
                for (const QString& done : std::as_const(moved))
                    QFile::rename(result.asidePath + done, live.absoluteFilePath() + done);
                QFile::remove(incoming);
                result.message =
                    QObject::tr("The current database could not be moved aside (%1). Close other "
                                "programs using it and try again.")
                        .arg(QDir::toNativeSeparators(from));
                result.asidePath.clear();
                return result;
            }
            moved.append(side);
        }
    }
    if (!QFile::rename(incoming, live.absoluteFilePath())) {
        if (!result.asidePath.isEmpty()) {
            for (const QString& side : SideFiles)
                QFile::rename(result.asidePath + side, live.absoluteFilePath() + side);
        }
        QFile::remove(incoming);
        result.asidePath.clear();
        result.message = QObject::tr("The backup could not be put in place of %1; nothing was changed.")
                             .arg(QDir::toNativeSeparators(live.absoluteFilePath()));
        return result;
    }
    result.ok = true;
    result.message = result.asidePath.isEmpty()
                         ? QObject::tr("Restored %1.").arg(backup.fileName())
                         : QObject::tr("Restored %1. The database as it was is kept as %2.")
                               .arg(backup.fileName(), QDir::toNativeSeparators(result.asidePath));
    qCInfo(lcRestore).noquote() << result.message;
    return result;
}

} // namespace badgedesk
