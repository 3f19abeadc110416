#include "IssuingFixture.h"
#include "issuing/EarnerId.h"
#include "storage/Database.h"
#include "storage/IssuanceRepository.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace badgedesk;
using namespace badgedesk::testing;

// The journal's storage rules, without Credly: planning, the row status mirror (not in Sandbox),
// group writes, the attempt log's hygiene, retry and the worklist.
class TestIssuanceRepository : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    EarnerId earners() const { return EarnerId(EarnerId::keyFor(m_db->connection())); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("repo.sqlite"))));
        BatchSpec spec;
        spec.rows = 5;
        spec.templateIds = {seedTemplate(false).id};
        QCOMPARE(makeBatch(*m_db, spec), QString());
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void planIsIdempotentAndFollowsTheApprovedSet()
    {
        IssuanceRepository repo(m_db->connection());
        QCOMPARE(repo.plan(1, CredlyEnvironment::Production, QStringLiteral("org"), earners()), 5);
        QCOMPARE(repo.plan(1, CredlyEnvironment::Production, QStringLiteral("org"), earners()), 0);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM certifications WHERE status = 'queued'")),
                 5);
        // Sandbox: its own journal rows, the certifications untouched by it.
        QCOMPARE(repo.plan(1, CredlyEnvironment::Sandbox, QStringLiteral("org-sb"), earners()), 5);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM issuance_journal")), 10);
        const auto sandbox = repo.entries(1, CredlyEnvironment::Sandbox);
        IssuanceRepository::Settlement failed;
        failed.state = QStringLiteral("failed");
        QVERIFY(repo.settle(sandbox.first().id, failed));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM certifications WHERE status = 'failed'")),
                 0);
        // A row rejected after planning, never sent: its queued journal row goes.
        QVERIFY(exec(*m_db, QStringLiteral("UPDATE certifications SET status = 'rejected' WHERE id = 5")));
        QCOMPARE(repo.plan(1, CredlyEnvironment::Production, QStringLiteral("org"), earners()), 0);
        QCOMPARE(repo.entries(1, CredlyEnvironment::Production).size(), 4);
        QCOMPARE(repo.counts(1, CredlyEnvironment::Production).approved, 4);
        // The same student always gets the same earner id; the student id never appears.
        const auto entries = repo.entries(1, CredlyEnvironment::Production);
        QCOMPARE(entries.first().earnerId, earners().of(QStringLiteral("S000001"), {}, {}, {}, {}));
        QCOMPARE(
            count(*m_db,
                  QStringLiteral("SELECT count(*) FROM issuance_journal WHERE issuer_earner_id LIKE '%S0%'")),
            0);
    }

    void groupWriteAndAttemptHygiene()
    {
        IssuanceRepository repo(m_db->connection());
        repo.plan(1, CredlyEnvironment::Practice, QStringLiteral("org"), earners());
        const auto entries = repo.entries(1, CredlyEnvironment::Practice);
        IssuanceRepository::Write answered;
        answered.journalId = entries.at(0).id;
        answered.settlement.state = QStringLiteral("issued");
        answered.settlement.countsSend = true;
        CredlyBadge badge;
        badge.id = QStringLiteral("b-1");
        badge.state = QStringLiteral("pending");
        answered.settlement.badge = badge;
        IssuanceRepository::Attempt attempt;
        attempt.purpose = QStringLiteral("issue");
        attempt.method = QStringLiteral("POST");
        attempt.endpoint = QStringLiteral("/v1/organizations/org/badges");
        attempt.httpStatus = 422;
        attempt.outcome = QStringLiteral("validation");
        attempt.message = QStringLiteral("Validation failed: ana.diaz+1@example.org is taken");
        answered.attempts = {attempt};
        QVERIFY2(repo.write({answered}, {entries.at(1).id, entries.at(2).id}, 0), qPrintable(repo.error()));
        QCOMPARE(repo.entry(entries.at(0).id)->state, QStringLiteral("issued"));
        QCOMPARE(repo.entry(entries.at(0).id)->attempts, 1);
        QCOMPARE(repo.entry(entries.at(1).id)->state, QStringLiteral("sending"));
        QVERIFY(repo.entry(entries.at(1).id)->sendingAt.isValid());
        const auto attempts = repo.attempts(entries.at(0).id);
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.first().message, QStringLiteral("Validation failed: [email] is taken"));
        // A row that is not waiting cannot be marked 'sending': the whole group is refused.
        QVERIFY(!repo.write({}, {entries.at(0).id}, 0));
        QCOMPARE(repo.entry(entries.at(0).id)->state, QStringLiteral("issued"));
    }

    void retryAndWorklist()
    {
        IssuanceRepository repo(m_db->connection());
        repo.plan(1, CredlyEnvironment::Practice, QStringLiteral("org"), earners());
        const auto entries = repo.entries(1, CredlyEnvironment::Practice);
        IssuanceRepository::Settlement failed;
        failed.state = QStringLiteral("failed");
        failed.errorKind = QStringLiteral("validation");
        failed.errorMessage = QStringLiteral("Credly refused the request");
        QVERIFY(repo.settle(entries.at(0).id, failed));
        QVERIFY(repo.settle(entries.at(1).id, failed));
        IssuanceRepository::Settlement issued;
        issued.state = QStringLiteral("issued");
        CredlyBadge badge;
        badge.id = QStringLiteral("b-2");
        badge.state = QStringLiteral("pending");
        issued.badge = badge;
        QVERIFY(repo.settle(entries.at(2).id, issued));
        badge.id = QStringLiteral("b-3");
        badge.state = QStringLiteral("rejected");
        issued.badge = badge;
        QVERIFY(repo.settle(entries.at(3).id, issued));

        QCOMPARE(repo.worklist(CredlyEnvironment::Practice, 14).size(), 3); // 2 failed, 1 rejected
        QCOMPARE(
            repo.worklist(CredlyEnvironment::Practice, 14, 1, QDateTime::currentDateTimeUtc().addDays(15))
                .size(),
            4);
        QCOMPARE(repo.worklist(CredlyEnvironment::Sandbox, 14).size(), 0);

        QCOMPARE(repo.retryFailed(1, CredlyEnvironment::Practice, {entries.at(0).id}), 1);
        QCOMPARE(repo.entry(entries.at(0).id)->state, QStringLiteral("queued"));
        QCOMPARE(repo.entry(entries.at(0).id)->errorMessage, QString());
        QCOMPARE(repo.entry(entries.at(1).id)->state, QStringLiteral("failed"));
        QCOMPARE(repo.retryFailed(1, CredlyEnvironment::Practice), 1);
        QCOMPARE(repo.counts(1, CredlyEnvironment::Practice).state(IssuanceRepository::kQueued), 3);
    }
};

QTEST_GUILESS_MAIN(TestIssuanceRepository)
#include "TestIssuanceRepository.moc"
