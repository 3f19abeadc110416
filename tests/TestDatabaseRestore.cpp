#include "storage/Database.h"
#include "storage/DatabaseRestore.h"
#include "storage/SettingsRepository.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace badgedesk;

namespace {

QString valueIn(const QString& path, const QString& key)
{
    Database db;
    if (!db.open(path))
        return QStringLiteral("<cannot open: %1>").arg(db.errorMessage());
    return SettingsRepository(db.connection()).value(key);
}

bool setValueIn(const QString& path, const QString& key, const QString& value)
{
    Database db;
    return db.open(path) && SettingsRepository(db.connection()).setValue(key, value);
}

} // namespace

class TestDatabaseRestore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void backupWhileOpenThenRestoreKeepsTheCurrentAside()
    {
        QTemporaryDir dir;
        const QString live = dir.filePath(QStringLiteral("badgedesk.sqlite"));
        const QString copy = dir.filePath(QStringLiteral("backups/manual.sqlite"));
        {
            Database db;
            QVERIFY2(db.open(live), qPrintable(db.errorMessage()));
            QVERIFY(SettingsRepository(db.connection())
                        .setValue(QStringLiteral("marker"), QStringLiteral("before")));
            QString error;
            QVERIFY2(db.backupTo(copy, &error), qPrintable(error)); // while the database is open
        }
        QVERIFY(setValueIn(live, QStringLiteral("marker"), QStringLiteral("after")));

        QCOMPARE(DatabaseRestore::checkBackup(copy), QString());
        const auto result = DatabaseRestore::restore(copy, live);
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY(result.asidePath.contains(QLatin1String("badgedesk-before-restore-")));
        QVERIFY2(result.message.contains(QDir::toNativeSeparators(result.asidePath)),
                 qPrintable(result.message));
        QCOMPARE(valueIn(live, QStringLiteral("marker")), QStringLiteral("before"));
        QCOMPARE(valueIn(result.asidePath, QStringLiteral("marker")),
                 QStringLiteral("after")); // nothing lost
        QVERIFY(QFile::exists(copy));      // the backup itself stays
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(live).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        QVERIFY(!QFile::exists(live + QStringLiteral(".restoring")));
    }

    void refusedBackupsLeaveTheLiveFileAlone_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("text file")
            << QByteArray("EntryID,Email\n1,a@example.org\n")
            << QStringLiteral("bad.sqlite is not a BadgeDesk backup (not an SQLite database). Choose a file "
                              "from the backups folder.");
        QTest::newRow("truncated sqlite")
            << QByteArray("SQLite format 3\0garbage", 24)
            << QStringLiteral(
                   "The backup bad.sqlite is damaged (file is not a database). Choose an older backup.");
    }

    void refusedBackupsLeaveTheLiveFileAlone()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString live = dir.filePath(QStringLiteral("badgedesk.sqlite"));
        QVERIFY(setValueIn(live, QStringLiteral("marker"), QStringLiteral("live")));
        const QString bad = dir.filePath(QStringLiteral("bad.sqlite"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const auto result = DatabaseRestore::restore(bad, live);
        QVERIFY(!result.ok);
        QCOMPARE(result.message, message);
        QCOMPARE(valueIn(live, QStringLiteral("marker")), QStringLiteral("live"));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*before-restore*")}, QDir::Files).size(), 0);
    }

    void foreignAndNewerDatabasesAreRefused()
    {
        QTemporaryDir dir;
        const QString foreign = dir.filePath(QStringLiteral("foreign.sqlite"));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(foreign);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t(x)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        QVERIFY2(DatabaseRestore::checkBackup(foreign).contains(QLatin1String("not a BadgeDesk database")),
                 qPrintable(DatabaseRestore::checkBackup(foreign)));

        const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
        QVERIFY(setValueIn(newer, QStringLiteral("k"), QStringLiteral("v")));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(newer);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestVersion() + 1)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        QVERIFY2(DatabaseRestore::checkBackup(newer).contains(QLatin1String("newer BadgeDesk")),
                 qPrintable(DatabaseRestore::checkBackup(newer)));

        const QString live = dir.filePath(QStringLiteral("live.sqlite"));
        QVERIFY(!DatabaseRestore::restore(live, live).ok);
    }

    void olderBackupIsMigratedWhenOpened()
    {
        QTemporaryDir dir;
        const QString old = dir.filePath(QStringLiteral("old.sqlite"));
        {
            Database db;
            QVERIFY(db.open(old, 1)); // schema 1 only
        }
        const QString live = dir.filePath(QStringLiteral("live.sqlite"));
        QVERIFY(setValueIn(live, QStringLiteral("k"), QStringLiteral("v")));
        const auto result = DatabaseRestore::restore(old, live);
        QVERIFY2(result.ok, qPrintable(result.message));
        Database db;
        QVERIFY2(db.open(live), qPrintable(db.errorMessage()));
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
    }
};

QTEST_GUILESS_MAIN(TestDatabaseRestore)
#include "TestDatabaseRestore.moc"
