#include "IssuingFixture.h"
#include "issuing/IssueGate.h"
#include "notices/NoticeRepository.h"
#include "storage/BatchRepository.h"
#include "storage/Database.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace badgedesk;
using namespace badgedesk::testing;

namespace {
QString s(const char* text)
{
    return QString::fromUtf8(text);
}
} // namespace

// Recording the notice (who, when, how many; audited), clearing it with a reason, what it does to
// the issue gate, and the language settings.
class TestNoticeRepository : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    void makeBatchOf(bool signOff)
    {
        BatchSpec spec;
        spec.rows = 3;
        spec.templateIds = {seedTemplate(false).id};
        spec.signOff = signOff;
        spec.noticeDaysAgo = -1;
        QCOMPARE(makeBatch(*m_db, spec), QString());
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(s("notices.sqlite"))));
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void markSentIsRecordedAuditedAndOpensTheGate()
    {
        makeBatchOf(true);
        NoticeRepository notices(m_db->connection());
        QVERIFY(!notices.status(1).sent);
        IssueGate::Check gate = IssueGate::check(m_db->connection(), 1, QString());
        QVERIFY(!gate.noticeSent);
        QVERIFY(!gate.canIssue());
        QCOMPARE(gate.waitDays, 3); // the default wait

        const QDateTime fourDaysAgo = QDateTime::currentDateTimeUtc().addDays(-4);
        QVERIFY2(notices.markSent(1, 3, s("ana"), fourDaysAgo), qPrintable(notices.error()));
        const NoticeRepository::Status st = notices.status(1);
        QVERIFY(st.sent);
        QCOMPARE(st.sentAt.toMSecsSinceEpoch(), fourDaysAgo.toMSecsSinceEpoch());
        QCOMPARE(st.sentBy, s("ana"));
        QCOMPARE(st.rows, 3);
        QCOMPARE(count(*m_db, s("SELECT count(*) FROM audit_log WHERE action = 'notice_sent' AND subject = "
                                "'batch:1' AND actor = 'ana' AND details_json LIKE '%\"rows\":3%' AND "
                                "details_json LIKE '%\"language\":\"en\"%'")),
                 1);
        // The step path and the gate read the same column.
        QCOMPARE(BatchRepository(m_db->connection()).byId(1)->noticeSentAt.toMSecsSinceEpoch(),
                 fourDaysAgo.toMSecsSinceEpoch());
        gate = IssueGate::check(m_db->connection(), 1, QString());
        QVERIFY(gate.noticeSent);
        QVERIFY(gate.noticeWaitOver);
        QVERIFY(gate.canIssue());
        QCOMPARE(gate.waitEndsAt.toMSecsSinceEpoch(), fourDaysAgo.addDays(3).toMSecsSinceEpoch());
    }

    void aFreshNoticeStillWaits()
    {
        makeBatchOf(true);
        NoticeRepository notices(m_db->connection());
        QVERIFY(notices.markSent(1, 3, s("ana")));
        const IssueGate::Check gate = IssueGate::check(m_db->connection(), 1, QString());
        QVERIFY(gate.noticeSent);
        QVERIFY(!gate.noticeWaitOver);
        QVERIFY(!gate.canIssue());
        QVERIFY2(gate.problem().contains(s("the wait ends")), qPrintable(gate.problem()));
        QVERIFY(IssueGate::check(m_db->connection(), 1, s("told in class")).canIssue());
        QCOMPARE(NoticeRepository::expectedIssueDate(QDate(2026, 10, 30), 3), QDate(2026, 11, 2));
        QCOMPARE(NoticeRepository::expectedIssueDate(QDate(), 3), QDate());
    }

    void refusedWithoutAValidSignOffOrTwice()
    {
        makeBatchOf(false);
        NoticeRepository notices(m_db->connection());
        QVERIFY(!notices.markSent(1, 3, s("ana")));
        QVERIFY2(notices.error().contains(s("not signed off")), qPrintable(notices.error()));
        QVERIFY(!notices.status(1).sent);

        QVERIFY(SignOffRepository(m_db->connection()).signOff(1, s("tester")));
        QVERIFY(exec(*m_db, s("UPDATE certifications SET email = 'x@example.org' WHERE id = 2")));
        QVERIFY(!notices.markSent(1, 3, s("ana")));
        QVERIFY2(notices.error().contains(s("voided")), qPrintable(notices.error()));

        QVERIFY(SignOffRepository(m_db->connection()).signOff(1, s("tester")));
        QVERIFY(notices.markSent(1, 3, s("ana")));
        QVERIFY(!notices.markSent(1, 3, s("ana")));
        QVERIFY2(notices.error().contains(s("already recorded")), qPrintable(notices.error()));
        QVERIFY(!notices.markSent(99, 1, s("ana")));
        QCOMPARE(count(*m_db, s("SELECT count(*) FROM audit_log WHERE action = 'notice_sent'")), 1);
    }

    void clearNeedsAReasonAndIsAudited()
    {
        makeBatchOf(true);
        NoticeRepository notices(m_db->connection());
        QVERIFY(!notices.clear(1, s("mistake"), s("ana")));
        QVERIFY(notices.error().contains(s("No notice")));
        QVERIFY(notices.markSent(1, 3, s("ana"), QDateTime(QDate(2026, 10, 1), QTime(12, 0), Qt::UTC)));
        QVERIFY(!notices.clear(1, s("  "), s("ana")));
        QVERIFY(notices.error().contains(s("Say why")));
        QVERIFY(notices.status(1).sent);
        QVERIFY2(notices.clear(1, s(" Sent to the wrong list "), s("ben")), qPrintable(notices.error()));
        QVERIFY(!notices.status(1).sent);
        QCOMPARE(
            count(*m_db, s("SELECT count(*) FROM batches WHERE notice_sent_at IS NULL AND notice_sent_by "
                           "IS NULL AND notice_rows IS NULL")),
            1);
        QCOMPARE(count(*m_db, s("SELECT count(*) FROM audit_log WHERE action = 'notice_cleared' AND actor = "
                                "'ben' AND details_json LIKE '%\"reason\":\"Sent to the wrong list\"%' AND "
                                "details_json LIKE '%2026-10-01T12:00:00%' AND details_json LIKE "
                                "'%\"sent_by\":\"ana\"%'")),
                 1);
        QVERIFY(!IssueGate::check(m_db->connection(), 1, QString()).noticeSent);
        QVERIFY(notices.markSent(1, 3, s("ana"))); // and it can be recorded again
    }

    void languagesAndAgency()
    {
        makeBatchOf(true);
        NoticeRepository notices(m_db->connection());
        QCOMPARE(notices.defaultLanguage(), s("en"));
        QCOMPARE(notices.batchLanguage(1), s("en"));
        QVERIFY(notices.setDefaultLanguage(s("es")));
        QCOMPARE(notices.batchLanguage(1), s("es")); // follows the default until chosen
        QVERIFY(notices.setBatchLanguage(1, s("en")));
        QCOMPARE(notices.batchLanguage(1), s("en"));
        QCOMPARE(notices.batchLanguage(2), s("es"));
        QVERIFY(!notices.setBatchLanguage(1, s("fr")));
        QVERIFY(notices.error().contains(s("English or Spanish")));
        QCOMPARE(notices.batchLanguage(1), s("en"));
        QCOMPARE(notices.agencyName(), s("Oklahoma CareerTech"));
        QVERIFY(notices.setAgencyName(s("  Agency of Tests ")));
        QCOMPARE(notices.agencyName(), s("Agency of Tests"));
    }
};

QTEST_GUILESS_MAIN(TestNoticeRepository)
#include "TestNoticeRepository.moc"
