#include "CredlySimulator.h"
#include "IssuingFixture.h"
#include "credly/CredlyClient.h"
#include "issuing/BadgeActions.h"
#include "issuing/BadgeSync.h"
#include "issuing/Issuer.h"
#include "storage/Database.h"
#include "storage/IssuanceRepository.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace badgedesk;
using namespace badgedesk::testing;

// Follow-up against the simulator: badge states read back (paging, replacements followed, deleted
// badges counted), the exception worklist, revoke with a reason and replace to fix a pending
// badge's email (BadgeSync and BadgeActions).
class TestBadgeSync : public QObject
{
    Q_OBJECT
private:
    const QString m_token = QStringLiteral("Tk-sync-3a9c-secret");
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CredlySimulator> m_sim;
    std::unique_ptr<CredlyClient> m_client;

    IssuanceRepository repo() const { return IssuanceRepository(m_db->connection()); }
    IssuanceRepository::Entry entryOfRow(qint64 row) const
    {
        for (const auto& e : repo().entries(1, CredlyEnvironment::Practice)) {
            if (e.certificationId == row)
                return e;
        }
        return {};
    }
    void issue(int rows)
    {
        BatchSpec spec;
        spec.rows = rows;
        spec.templateIds = {seedTemplate(false, 0).id, seedTemplate(false, 1).id};
        QCOMPARE(makeBatch(*m_db, spec), QString());
        IssueOptions options;
        options.recoveryGraceMs = 0;
        const IssueResult r =
            Issuer(m_db->connection(), m_client.get(), CredlyEnvironment::Practice, 1, options).runNow();
        QCOMPARE(r.issued, rows);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("sync.sqlite"))));
        m_sim = std::make_unique<CredlySimulator>();
        m_sim->setOrganizationId(QStringLiteral("org-sync"));
        m_sim->setToken(m_token);
        QVERIFY(m_sim->listen() != 0);
        m_client = std::make_unique<CredlyClient>();
        m_client->setBaseUrl(m_sim->baseUrl());
        m_client->setOrganizationId(QStringLiteral("org-sync"));
        m_client->setToken(m_token);
    }
    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
        m_db.reset();
        m_dir.reset();
    }

    void readsStatesAcrossPagesAndReplacements()
    {
        issue(130); // 65 per template: two pages of each template's listing
        const QString accepted = entryOfRow(1).badgeId;
        const QString rejected = entryOfRow(2).badgeId;
        QVERIFY(m_sim->acceptBadge(accepted));
        QVERIFY(m_sim->rejectBadge(rejected));
        // Replaced and revoked in Credly's own UI, not through BadgeDesk.
        const QString old = entryOfRow(3).badgeId;
        BadgeReplaceRequest replace;
        replace.templateId = entryOfRow(3).templateId;
        replace.issuedAt = QDateTime::currentDateTime();
        replace.recipientEmail = QStringLiteral("fixed3@example.org");
        auto* replaced = m_client->replaceBadge(old, replace);
        QSignalSpy replacedDone(replaced, &CredlyReply::finished);
        QVERIFY(replacedDone.wait(5000) && replaced->isOk());
        auto* revoked = m_client->revokeBadge(entryOfRow(4).badgeId, QStringLiteral("Duplicate record"));
        QSignalSpy revokedDone(revoked, &CredlyReply::finished);
        QVERIFY(revokedDone.wait(5000) && revoked->isOk());
        // One deleted at Credly (GDPR erasure): counted, not guessed.
        QList<QJsonObject>& badges = const_cast<SimulatorState&>(m_sim->state()).badges();
        const QString deleted = entryOfRow(5).badgeId;
        for (int i = 0; i < badges.size(); ++i) {
            if (badges.at(i).value(QStringLiteral("id")).toString() == deleted)
                badges.removeAt(i--);
        }

        BadgeSync sync(m_db->connection(), m_client.get(), CredlyEnvironment::Practice, 1);
        const BadgeSync::Result r = sync.runNow();
        QVERIFY2(r.isOk(), qPrintable(r.summary()));
        QCOMPARE(r.checked, 129);
        QCOMPARE(r.missing, 1);
        QCOMPARE(r.changed, 4); // accepted, rejected, replaced, revoked
        QCOMPARE(r.states.value(QStringLiteral("accepted")), 1);
        QCOMPARE(r.states.value(QStringLiteral("rejected")), 1);
        QCOMPARE(r.states.value(QStringLiteral("revoked")), 1);
        QCOMPARE(r.states.value(QStringLiteral("pending")), 126);
        QVERIFY(r.summary().startsWith(QLatin1String("Checked 129 badge(s): 1 accepted, 126 pending")));

        QCOMPARE(entryOfRow(1).badgeState, QStringLiteral("accepted"));
        QCOMPARE(entryOfRow(2).badgeState, QStringLiteral("rejected"));
        QVERIFY(entryOfRow(3).badgeId != old);
        QCOMPARE(entryOfRow(3).replacesBadgeId, old);
        QCOMPARE(entryOfRow(4).badgeState, QStringLiteral("revoked"));
        QCOMPARE(entryOfRow(4).revocationReason, QStringLiteral("Duplicate record"));
        QVERIFY(entryOfRow(6).syncedAt.isValid());
        // Listings page through every template (two pages each), then single fetches.
        QVERIFY(count(*m_db,
                      QStringLiteral("SELECT count(*) FROM issuance_attempts WHERE purpose = 'sync'")) >= 4);

        // The worklist: rejected and revoked now; the pending ones once they are old enough.
        QCOMPARE(repo().worklist(CredlyEnvironment::Practice, 14, 1).size(), 2);
        const auto later =
            repo().worklist(CredlyEnvironment::Practice, 14, 1, QDateTime::currentDateTimeUtc().addDays(20));
        QCOMPARE(later.size(), 2 + 127); // the deleted one still reads pending: it is listed too
    }

    void revokeNeedsAReasonAndIsAudited()
    {
        issue(3);
        BadgeActions actions(m_db->connection(), m_client.get(), CredlyEnvironment::Practice);
        const QString badge = entryOfRow(1).badgeId;
        BadgeActions::Result r = actions.revokeNow(badge, QStringLiteral("  "), QStringLiteral("ana"));
        QVERIFY(!r.ok);
        QVERIFY(r.message.contains(QLatin1String("reason")));
        r = actions.revokeNow(badge, QStringLiteral("Issued in error"), QStringLiteral("ana"));
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(entryOfRow(1).badgeState, QStringLiteral("revoked"));
        QCOMPARE(count(*m_db, QStringLiteral(
                                  "SELECT count(*) FROM audit_log WHERE action = 'badge_revoke' AND actor = "
                                  "'ana' AND details_json LIKE '%Issued in error%'")),
                 1);
        QCOMPARE(
            count(*m_db, QStringLiteral("SELECT count(*) FROM issuance_attempts WHERE purpose = 'revoke' AND "
                                        "method = 'PUT' AND http_status = 200")),
            1);
        r = actions.revokeNow(badge, QStringLiteral("again"), QStringLiteral("ana"));
        QVERIFY(!r.ok);
        QVERIFY(r.message.contains(QLatin1String("already revoked")));
    }

    void replaceFixesAPendingBadgesEmail()
    {
        issue(3);
        BadgeActions actions(m_db->connection(), m_client.get(), CredlyEnvironment::Practice);
        const auto before = entryOfRow(1);
        BadgeActions::Result r =
            actions.replaceEmailNow(before.id, QStringLiteral("ana1@gmial.com"), QStringLiteral("ana"));
        QVERIFY(!r.ok); // EmailCheck's typo rule: nothing sent
        r = actions.replaceEmailNow(before.id, QStringLiteral("Ana.Diaz1@example.org"),
                                    QStringLiteral("ana"));
        QVERIFY2(r.ok, qPrintable(r.message));
        const auto after = entryOfRow(1);
        QVERIFY(after.badgeId != before.badgeId);
        QCOMPARE(after.replacesBadgeId, before.badgeId);
        QCOMPARE(after.currentEmail(), QStringLiteral("ana.diaz1@example.org"));
        QCOMPARE(after.email, before.email); // the row keeps what was imported
        QCOMPARE(badgesPerEmail(*m_sim).value(QStringLiteral("ana.diaz1@example.org")), 1);
        QCOMPARE(badgesPerEmail(*m_sim).value(QStringLiteral("student1@example.org")), 0);
        // The earner id travelled with the replacement.
        for (const QJsonObject& b : m_sim->state().badges()) {
            if (b.value(QStringLiteral("id")).toString() == after.badgeId)
                QCOMPARE(b.value(QStringLiteral("issuer_earner_id")).toString(), before.earnerId);
        }
        QCOMPARE(
            count(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'badge_replace'")), 1);

        // Accepted badges keep their email: refused without a request.
        QVERIFY(m_sim->acceptBadge(entryOfRow(2).badgeId));
        QCOMPARE(
            BadgeSync(m_db->connection(), m_client.get(), CredlyEnvironment::Practice, 1).runNow().changed,
            1);
        const int requests = static_cast<int>(m_sim->requestLog().size());
        r = actions.replaceEmailNow(entryOfRow(2).id, QStringLiteral("other@example.org"),
                                    QStringLiteral("ana"));
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QLatin1String("only while the badge is pending")), qPrintable(r.message));
        QCOMPARE(static_cast<int>(m_sim->requestLog().size()), requests);
    }
};

QTEST_GUILESS_MAIN(TestBadgeSync)
#include "TestBadgeSync.moc"
