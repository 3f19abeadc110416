#include "IssuingFixture.h"
#include "issuing/IssueGate.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace badgedesk;
using namespace badgedesk::testing;

// What must hold before issuing: a valid sign-off and the notice wait (or an audited override).
class TestIssueGate : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("gate.sqlite"))));
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void decides_data()
    {
        QTest::addColumn<bool>("signOff");
        QTest::addColumn<int>("noticeDaysAgo"); // -1: none
        QTest::addColumn<int>("waitDays");
        QTest::addColumn<QString>("override");
        QTest::addColumn<bool>("canIssue");
        QTest::addColumn<QString>("problem"); // a part of it
        QTest::newRow("ready") << true << 10 << 5 << QString() << true << QString();
        QTest::newRow("not signed off")
            << false << 10 << 5 << QString() << false << QStringLiteral("not signed off");
        QTest::newRow("wait not over")
            << true << 2 << 5 << QString() << false << QStringLiteral("the wait ends");
        QTest::newRow("wait not over, reason given")
            << true << 2 << 5 << QStringLiteral("told in class") << true << QString();
        QTest::newRow("no notice") << true << -1 << 5 << QString() << false << QStringLiteral("No notice");
        QTest::newRow("no notice, blank reason")
            << true << -1 << 5 << QStringLiteral("   ") << false << QStringLiteral("written reason");
        QTest::newRow("no wait configured") << true << 0 << 0 << QString() << true << QString();
    }
    void decides()
    {
        QFETCH(bool, signOff);
        QFETCH(int, noticeDaysAgo);
        QFETCH(int, waitDays);
        QFETCH(QString, override);
        QFETCH(bool, canIssue);
        QFETCH(QString, problem);
        BatchSpec spec;
        spec.rows = 2;
        spec.templateIds = {seedTemplate(false).id};
        spec.signOff = signOff;
        spec.noticeDaysAgo = noticeDaysAgo;
        QCOMPARE(makeBatch(*m_db, spec), QString());
        QVERIFY(IssueGate::setNoticeWaitDays(m_db->connection(), waitDays));
        const IssueGate::Check c = IssueGate::check(m_db->connection(), 1, override);
        QCOMPARE(c.canIssue(), canIssue);
        QCOMPARE(c.waitDays, waitDays);
        if (!problem.isEmpty())
            QVERIFY2(c.problem().contains(problem), qPrintable(c.problem()));
        else
            QCOMPARE(c.problem(), QString());
        QVERIFY(!IssueGate::check(m_db->connection(), 99, override).batchExists);
    }

    void overrideIsAudited()
    {
        BatchSpec spec;
        spec.rows = 1;
        spec.templateIds = {seedTemplate(false).id};
        spec.noticeDaysAgo = 1;
        QCOMPARE(makeBatch(*m_db, spec), QString());
        const auto c = IssueGate::check(m_db->connection(), 1, QStringLiteral("Principal asked"));
        QVERIFY(c.needsOverride());
        QVERIFY(IssueGate::recordOverride(m_db->connection(), 1, CredlyEnvironment::Production,
                                          QStringLiteral(" Principal asked "), QStringLiteral("ana"), c));
        QCOMPARE(count(*m_db, QStringLiteral(
                                  "SELECT count(*) FROM audit_log WHERE action = 'notice_override' AND "
                                  "subject = 'batch:1' AND actor = 'ana' AND details_json LIKE "
                                  "'%\"reason\":\"Principal asked\"%' AND details_json LIKE '%production%'")),
                 1);
    }

    void backupsAreNamedAndPruned()
    {
        const QString db = m_db->path();
        const QString path =
            IssueGate::backupPathFor(db, 7, QDateTime(QDate(2026, 10, 3), QTime(9, 5, 1), Qt::UTC));
        QCOMPARE(QFileInfo(path).fileName(),
                 QStringLiteral("gate-before-issuing-batch7-20261003-090501-000.sqlite"));
        QCOMPARE(QFileInfo(path).dir().dirName(), QStringLiteral("backups"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        for (int i = 0; i < 13; ++i) {
            QFile f(IssueGate::backupPathFor(db, 1, QDateTime::currentDateTimeUtc().addSecs(i)));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QFile other(QFileInfo(path).absolutePath() + QStringLiteral("/gate-copy-20260101.sqlite"));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        IssueGate::pruneBackups(db, 10);
        QDir dir(QFileInfo(path).absolutePath());
        QCOMPARE(dir.entryList({QStringLiteral("gate-before-issuing-*")}, QDir::Files).size(), 10);
        QVERIFY(other.exists()); // the user's own copies are never touched
    }
};

QTEST_GUILESS_MAIN(TestIssueGate)
#include "TestIssueGate.moc"
