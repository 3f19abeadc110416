#include "CredlySimulator.h"
#include "IssuingFixture.h"
#include "credly/CredlyClient.h"
#include "issuing/EarnerId.h"
#include "issuing/Issuer.h"
#include "issuing/Preflight.h"
#include "storage/Database.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace badgedesk;
using namespace badgedesk::testing;
using Outcome = PreflightRow::Outcome;

// The dry run: each row's predicted outcome from the templates and the badges already at Credly,
// with nothing sent and nothing written to the journal.
class TestPreflight : public QObject
{
    Q_OBJECT
private:
    const QString m_token = QStringLiteral("Tk-preflight-5d1e-secret");
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CredlySimulator> m_sim;
    std::unique_ptr<CredlyClient> m_client;

    bool issueDirect(const QString& email, const QString& templateId, const QString& earner)
    {
        BadgeIssueRequest request;
        request.recipientEmail = email;
        request.firstName = QStringLiteral("X");
        request.lastName = QStringLiteral("Y");
        request.templateId = templateId;
        request.issuedAt = QDateTime::currentDateTime();
        request.issuerEarnerId = earner;
        auto* reply = m_client->issueBadge(request);
        QSignalSpy spy(reply, &CredlyReply::finished);
        return spy.wait(5000) && reply->isOk();
    }
    PreflightRow rowOf(const Preflight::Result& r, qint64 certificationId)
    {
        for (const auto& row : r.rows) {
            if (row.certificationId == certificationId)
                return row;
        }
        return {};
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("preflight.sqlite"))));
        m_sim = std::make_unique<CredlySimulator>();
        m_sim->setOrganizationId(QStringLiteral("org-pf"));
        m_sim->setToken(m_token);
        QVERIFY(m_sim->listen() != 0);
        m_client = std::make_unique<CredlyClient>();
        m_client->setBaseUrl(m_sim->baseUrl());
        m_client->setOrganizationId(QStringLiteral("org-pf"));
        m_client->setToken(m_token);
        m_client->setRetryPolicy({2, 10, 50, 5});
    }
    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
        m_db.reset();
        m_dir.reset();
    }

    void predictsEachRowAndSendsNothing()
    {
        const SeedTemplate strict = seedTemplate(false, 0);
        const SeedTemplate lenient = seedTemplate(true, 0);
        const SeedTemplate archived = seedTemplate(false, 0, true);
        BatchSpec spec;
        spec.rows = 8;
        // rows 1,4,7: strict; 2,5,8: lenient; 3,6: archived
        spec.templateIds = {strict.id, lenient.id, archived.id};
        QCOMPARE(makeBatch(*m_db, spec), QString());
        const EarnerId earners(EarnerId::keyFor(m_db->connection()));
        // Row 1: at Credly under its earner id. Row 4: its email, no earner id (a CSV upload).
        // Row 7: its email under another student (shared email) on a strict template -> blocked.
        // Row 5: the same on a lenient template -> issued anyway.
        QVERIFY(issueDirect(QStringLiteral("student1@example.org"), strict.id,
                            earners.of(QStringLiteral("S000001"), {}, {}, {}, {})));
        QVERIFY(issueDirect(QStringLiteral("student4@example.org"), strict.id, QString()));
        QVERIFY(issueDirect(QStringLiteral("student7@example.org"), strict.id, QStringLiteral("sibling")));
        QVERIFY(issueDirect(QStringLiteral("student5@example.org"), lenient.id, QStringLiteral("sibling")));
        // Row 8 has no email any more (a review slip): blocked before any look-up.
        QVERIFY(exec(*m_db, QStringLiteral("UPDATE certifications SET email = '' WHERE id = 8")));
        const int badgesBefore = static_cast<int>(m_sim->state().badges().size());
        const int requestsBefore = static_cast<int>(m_sim->requestLog().size());

        Preflight preflight(m_db->connection(), m_client.get(), CredlyEnvironment::Practice, 1, 3);
        QSignalSpy progress(&preflight, &Preflight::progressChanged);
        const Preflight::Result r = preflight.runNow();
        QVERIFY2(r.isOk(), qPrintable(r.summary()));
        QCOMPARE(r.rows.size(), 8);
        QCOMPARE(rowOf(r, 1).outcome, Outcome::AtCredly);
        QVERIFY(!rowOf(r, 1).badgeId.isEmpty());
        QCOMPARE(rowOf(r, 2).outcome, Outcome::Issue);
        QCOMPARE(rowOf(r, 3).outcome, Outcome::Blocked);
        QVERIFY2(rowOf(r, 3).why.contains(QLatin1String("archived")), qPrintable(rowOf(r, 3).why));
        QCOMPARE(rowOf(r, 4).outcome, Outcome::AtCredly);
        QVERIFY(rowOf(r, 4).why.contains(QLatin1String("outside BadgeDesk")));
        QCOMPARE(rowOf(r, 5).outcome, Outcome::Issue);
        QVERIFY(rowOf(r, 5).why.contains(QLatin1String("allows duplicates")));
        QCOMPARE(rowOf(r, 6).outcome, Outcome::Blocked);
        QCOMPARE(rowOf(r, 7).outcome, Outcome::Blocked);
        QVERIFY(rowOf(r, 7).why.contains(QLatin1String("same email")));
        QCOMPARE(rowOf(r, 8).outcome, Outcome::Blocked);
        QVERIFY2(rowOf(r, 8).why.startsWith(QLatin1String("The row has no email, which Credly needs")),
                 qPrintable(rowOf(r, 8).why));
        QCOMPARE(r.count(Outcome::Issue), 2);
        QCOMPARE(r.count(Outcome::AtCredly), 2);
        QCOMPARE(r.count(Outcome::Blocked), 4);
        QCOMPARE(r.templatesInactive, 1);
        QVERIFY(
            r.summary().startsWith(QLatin1String("8 approved rows: 2 will be issued, 2 already at Credly")));
        QVERIFY(!progress.isEmpty());

        // Nothing sent, nothing journaled; only GETs went out.
        QCOMPARE(static_cast<int>(m_sim->state().badges().size()), badgesBefore);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM issuance_journal")), 0);
        const QJsonArray log = m_sim->requestLog();
        for (int i = requestsBefore; i < log.size(); ++i)
            QCOMPARE(log.at(i).toObject().value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    }

    void issuedRowsAreSkippedAndFailedOnesNamed()
    {
        BatchSpec spec;
        spec.rows = 4;
        spec.templateIds = {seedTemplate(false).id};
        QCOMPARE(makeBatch(*m_db, spec), QString());
        QVERIFY(exec(*m_db, QStringLiteral("UPDATE certifications SET email = 'broken' WHERE id = 4")));
        SignOffRepository(m_db->connection()).signOff(1, QStringLiteral("tester"));
        IssueOptions options;
        options.recoveryGraceMs = 0;
        const IssueResult issued =
            Issuer(m_db->connection(), m_client.get(), CredlyEnvironment::Practice, 1, options).runNow();
        QCOMPARE(issued.issued, 3);
        QCOMPARE(issued.failed, 1);
        const Preflight::Result r =
            Preflight(m_db->connection(), m_client.get(), CredlyEnvironment::Practice, 1).runNow();
        QCOMPARE(r.count(Outcome::AlreadyIssued), 3);
        QCOMPARE(r.count(Outcome::Blocked), 1);
        QVERIFY2(rowOf(r, 4).why.startsWith(QLatin1String("Failed in an earlier run")),
                 qPrintable(rowOf(r, 4).why));
    }

    void refusedTokenLeavesRowsUnchecked()
    {
        BatchSpec spec;
        spec.rows = 3;
        spec.templateIds = {seedTemplate(false).id};
        QCOMPARE(makeBatch(*m_db, spec), QString());
        m_client->setToken(QStringLiteral("wrong"));
        const Preflight::Result r =
            Preflight(m_db->connection(), m_client.get(), CredlyEnvironment::Practice, 1).runNow();
        QVERIFY(!r.isOk());
        QCOMPARE(r.error.kind, CredlyError::Kind::Authentication);
        QCOMPARE(r.count(Outcome::Unchecked), 3);
        QCOMPARE(r.count(Outcome::Issue), 0);
        QVERIFY(r.summary().contains(QLatin1String("token")));
    }

    void noApprovedRowsSaysSo()
    {
        BatchSpec spec;
        spec.rows = 2;
        spec.templateIds = {seedTemplate(false).id};
        spec.signOff = false;
        QCOMPARE(makeBatch(*m_db, spec), QString());
        QVERIFY(exec(*m_db, QStringLiteral("UPDATE certifications SET status = 'rejected'")));
        const Preflight::Result r =
            Preflight(m_db->connection(), m_client.get(), CredlyEnvironment::Practice, 1).runNow();
        QVERIFY(r.message.contains(QLatin1String("no approved rows")));
        QCOMPARE(m_sim->requestLog().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPreflight)
#include "TestPreflight.moc"
