#include "domain/ReasonCode.h"
#include "domain/RowStatus.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <sys/stat.h>

using badgedesk::CredlyEnvironment;
using badgedesk::Database;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs SQL on the file through a connection of its own, bypassing Database's checks.
QVariant rawQuery(const QString& path, const QString& sql)
{
    QVariant result;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                result = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return result;
}

int posixMode(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

int countRows(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_dir.reset(); }

    void defaultPathIsInAppData()
    {
        const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(Database::defaultPath().startsWith(appData + QLatin1Char('/')));
        QVERIFY(Database::defaultPath(CredlyEnvironment::Practice) !=
                Database::defaultPath(CredlyEnvironment::Production));
        QCOMPARE(Database::defaultPath(CredlyEnvironment::Sandbox),
                 Database::defaultPath(CredlyEnvironment::Production));
    }

    void newFileIsMigratedPrivateAndInWalMode()
    {
        const QString path = m_dir->filePath(QStringLiteral("sub/folder/new.sqlite"));
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorMessage()));
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QCOMPARE(db.path(), path);
        QVERIFY(db.lastBackupPath().isEmpty());
        QCOMPARE(posixMode(path), 0600);
        QCOMPARE(posixMode(path + QStringLiteral("-wal")), 0600);

        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);

        QStringList tables;
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")));
        while (q.next())
            tables << q.value(0).toString();
        QCOMPARE(tables.join(QLatin1Char(',')),
                 QStringLiteral(
                     "audit_log,batches,catalog_change_sets,catalog_entries,catalog_history,certifications,"
                     "credly_templates,import_files,import_profiles,import_unreadable_rows,issuance_attempts,"
                     "issuance_journal,issuance_runs,notice_templates,"
                     "settings"));
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Database::latestVersion(); ++v)
            QTest::addRow("from schema %d", v) << v;
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        const QString path = m_dir->filePath(QStringLiteral("old.sqlite"));
        {
            Database old;
            QVERIFY2(old.open(path, from), qPrintable(old.errorMessage()));
            QCOMPARE(old.schemaVersion(), from);
            if (from >= 1) {
                QSqlQuery q(old.connection());
                QVERIFY(q.exec(
                    QStringLiteral("INSERT INTO batches(month, created_at) VALUES('2026-10', 'now')")));
            }
        }
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorMessage()));
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        if (from >= 1) {
            QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM batches WHERE month='2026-10'")), 1);
            // An existing file is copied before it is changed, and the copy keeps the old schema.
            QVERIFY(!db.lastBackupPath().isEmpty());
            QVERIFY(db.lastBackupPath().startsWith(
                m_dir->filePath(QStringLiteral("backups/old-schema%1-")).arg(from)));
            QCOMPARE(rawQuery(db.lastBackupPath(), QStringLiteral("PRAGMA user_version")).toInt(), from);
            QCOMPARE(rawQuery(db.lastBackupPath(), QStringLiteral("SELECT COUNT(*) FROM batches")).toInt(),
                     1);
            QCOMPARE(posixMode(db.lastBackupPath()), 0600);
        } else {
            QVERIFY(db.lastBackupPath().isEmpty());
        }
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type='index' AND "
                                              "name='issuance_journal_live'")),
                 1);
    }

    void refusesNewerVersionAndLeavesItUntouched()
    {
        const QString path = m_dir->filePath(QStringLiteral("future.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
        }
        rawQuery(path, QStringLiteral("PRAGMA user_version = %1").arg(Database::latestVersion() + 1));
        const QByteArray before = fileHash(path);

        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(db.error(), Database::Error::NewerVersion);
        QVERIFY2(db.errorMessage().contains(QStringLiteral("newer BadgeDesk")),
                 qPrintable(db.errorMessage()));
        QVERIFY(db.errorMessage().contains(QStringLiteral("schema %1").arg(Database::latestVersion() + 1)));
        QVERIFY(!db.isOpen());
        QCOMPARE(fileHash(path), before);
    }

    void reportsAFileThatIsNotADatabase()
    {
        const QString path = m_dir->filePath(QStringLiteral("notes.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("EntryID,FirstName\n1,Ana\n");
        f.close();
        const QByteArray before = fileHash(path);

        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(db.error(), Database::Error::NotADatabase);
        QVERIFY(db.errorMessage().contains(QStringLiteral("not an SQLite file")));
        QVERIFY(db.errorMessage().contains(QStringLiteral("--db")));
        QCOMPARE(fileHash(path), before);
    }

    void reportsACorruptFileAndNeverOverwritesIt()
    {
        const QString path = m_dir->filePath(QStringLiteral("damaged.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
            QSqlQuery q(db.connection());
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO batches(month, created_at) VALUES('2026-10', 'now')")));
            // Fold the WAL into the main file so the damage below hits real pages.
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 8192);
            // Page 2 onwards: b-tree pages of the schema's tables; the 100-byte header stays valid.
            f.seek(4096);
            f.write(QByteArray(8192, '\x5a'));
        }
        const QByteArray before = fileHash(path);

        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(db.error(), Database::Error::Corrupt);
        QVERIFY2(db.errorMessage().contains(QStringLiteral("damaged")), qPrintable(db.errorMessage()));
        QVERIFY(db.errorMessage().contains(QStringLiteral("backups")));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) ||
                QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    }

    void failedMigrationRollsBackEverything()
    {
        const QString path = m_dir->filePath(QStringLiteral("clash.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path, 1));
            QSqlQuery q(db.connection());
            // An object with the name migration 2 creates last makes it fail half way.
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE audit_log_at(x)")));
        }
        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(db.error(), Database::Error::MigrationFailed);
        QVERIFY2(db.errorMessage().contains(QStringLiteral("Nothing was changed")),
                 qPrintable(db.errorMessage()));
        QCOMPARE(rawQuery(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(rawQuery(path, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = "
                                               "'certifications_batch_status'"))
                     .toInt(),
                 0);
    }

    void vocabularyInSqlMatchesTheDomain()
    {
        Database db;
        QVERIFY(db.open(m_dir->filePath(QStringLiteral("vocab.sqlite"))));
        QSqlQuery q(db.connection());
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO batches(id, month, created_at) VALUES(1, '2026-10', 'now')")));
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO import_files(id, batch_id, file_name, sha256, imported_at) "
                                  "VALUES(1, 1, 'a.csv', 'x', 'now')")));
        int row = 0;
        auto insert = [&](const QString& status, const QVariant& reason) {
            QSqlQuery ins(db.connection());
            ins.prepare(
                QStringLiteral("INSERT INTO certifications(batch_id, import_file_id, source_row, raw_json, "
                               "row_key, status, reason, updated_at) VALUES(1, 1, ?, '{}', ?, ?, ?, 'now')"));
            ins.addBindValue(++row);
            ins.addBindValue(QStringLiteral("k%1").arg(row));
            ins.addBindValue(status);
            ins.addBindValue(reason);
            return ins.exec();
        };
        for (const QString& reason : badgedesk::allReasonKeys())
            QVERIFY2(insert(QStringLiteral("excluded"), reason), qPrintable(reason));
        for (const QString& status : badgedesk::allStatusKeys())
            QVERIFY2(insert(status, QVariant()), qPrintable(status));
        QCOMPARE(badgedesk::allReasonKeys().size(), 12);
        QVERIFY(!insert(QStringLiteral("excluded"), QStringLiteral("failed_test")));
        QVERIFY(!insert(QStringLiteral("done"), QVariant()));
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM certifications")),
                 badgedesk::allReasonKeys().size() + badgedesk::allStatusKeys().size());
    }

    void foreignKeysAreEnforced()
    {
        Database db;
        QVERIFY(db.open(m_dir->filePath(QStringLiteral("fk.sqlite"))));
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO import_files(batch_id, file_name, sha256, imported_at) "
                                       "VALUES(42, 'a.csv', 'x', 'now')")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("FOREIGN KEY")));
    }

    void environmentDefaultsToPracticeAndPersists()
    {
        const QString path = m_dir->filePath(QStringLiteral("env.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
            QCOMPARE(db.environment(), CredlyEnvironment::Practice);
            QVERIFY(db.setEnvironment(CredlyEnvironment::Sandbox));
        }
        Database db;
        QVERIFY(db.open(path));
        QCOMPARE(db.environment(), CredlyEnvironment::Sandbox);
    }

    void backupRefusesToOverwrite()
    {
        Database db;
        QVERIFY(db.open(m_dir->filePath(QStringLiteral("b.sqlite"))));
        const QString target = m_dir->filePath(QStringLiteral("copy.sqlite"));
        QString error;
        QVERIFY2(db.backupTo(target, &error), qPrintable(error));
        QCOMPARE(rawQuery(target, QStringLiteral("PRAGMA user_version")).toInt(), Database::latestVersion());
        QVERIFY(!db.backupTo(target, &error));
        QVERIFY(error.contains(QStringLiteral("already exists")));
    }

    // A worker thread's own connection (ImportJob): no checks or migrations, but only to a file
    // already at this build's schema.
    void openConnectionNeedsAMigratedFile()
    {
        const QString path = m_dir->filePath(QStringLiteral("worker.sqlite"));
        Database worker;
        QVERIFY(!worker.openConnection(path));
        QCOMPARE(worker.error(), Database::Error::CannotCreate);
        QVERIFY(!QFile::exists(path)); // never creates the file

        {
            Database old;
            QVERIFY(old.open(path, 1));
        }
        QVERIFY(!worker.openConnection(path));
        QCOMPARE(worker.error(), Database::Error::MigrationFailed);
        QVERIFY(worker.errorMessage().contains(QStringLiteral("Open it in BadgeDesk first")));

        Database main;
        QVERIFY(main.open(path));
        QVERIFY2(worker.openConnection(path), qPrintable(worker.errorMessage()));
        QCOMPARE(worker.schemaVersion(), Database::latestVersion());
        // Two connections to one file: what one commits, the other reads.
        QSqlQuery write(worker.connection());
        QVERIFY(write.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES ('k', 'v')")));
        QCOMPARE(countRows(main, QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'k'")), 1);
        QCOMPARE(countRows(worker, QStringLiteral("PRAGMA foreign_keys")), 1);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
