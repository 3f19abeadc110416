#include "CredlySimulator.h"
#include "IssuingFixture.h"
#include "credly/CredlyClient.h"
#include "issuing/EarnerId.h"
#include "issuing/Issuer.h"
#include "notices/NoticeRepository.h"
#include "storage/Database.h"
#include "storage/IssuanceRepository.h"

#include <QFile>
#include <QLockFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace badgedesk;
using namespace badgedesk::testing;

// The issuing engine against the simulator over loopback: each outcome of a POST, each fault
// mode, recovery of rows a crash left 'sending', pause/resume/cancel, and the one-run lock.
class TestIssuer : public QObject
{
    Q_OBJECT
private:
    const QString m_token = QStringLiteral("Tk-issuer-1f0c-secret");
    const QString m_org = QStringLiteral("org-issuer");
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CredlySimulator> m_sim;
    std::unique_ptr<CredlyClient> m_client;

    IssueOptions fastOptions(int concurrency = 4) const
    {
        IssueOptions o;
        o.concurrency = concurrency;
        o.backoffBaseMs = 20;
        o.backoffMaxMs = 200;
        o.recoveryGraceMs = 0;
        o.actor = QStringLiteral("tester");
        return o;
    }

    IssueResult run(qint64 batchId, const IssueOptions& options, Issuer** out = nullptr)
    {
        Issuer issuer(m_db->connection(), m_client.get(), CredlyEnvironment::Practice, batchId, options);
        if (out)
            *out = &issuer;
        return issuer.runNow();
    }

    IssuanceRepository repo() const { return IssuanceRepository(m_db->connection()); }

    int journal(const QString& where) const
    {
        return count(*m_db, QStringLiteral("SELECT count(*) FROM issuance_journal WHERE ") + where);
    }

    // Exactly one live badge per approved row at the simulator, and the journal names it.
    void verifyExactlyOnce(int rows)
    {
        const auto perEmail = badgesPerEmail(*m_sim);
        QCOMPARE(perEmail.size(), rows);
        for (auto it = perEmail.cbegin(); it != perEmail.cend(); ++it)
            QVERIFY2(it.value() == 1,
                     qPrintable(it.key() + QStringLiteral(" has %1 badges").arg(it.value())));
        QSet<QString> simIds;
        for (const QJsonObject& b : m_sim->state().badges())
            simIds.insert(b.value(QStringLiteral("id")).toString());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT credly_badge_id, state FROM issuance_journal")));
        int settled = 0;
        QSet<QString> journalIds;
        while (q.next()) {
            QVERIFY2(q.value(1).toString() == QLatin1String("issued") ||
                         q.value(1).toString() == QLatin1String("adopted"),
                     qPrintable(q.value(1).toString()));
            QVERIFY(simIds.contains(q.value(0).toString()));
            journalIds.insert(q.value(0).toString());
            ++settled;
        }
        QCOMPARE(settled, rows);
        QCOMPARE(journalIds.size(), rows); // no two rows share a badge
    }

    QString badgeFor(const QString& email) const
    {
        for (const QJsonObject& b : m_sim->state().badges()) {
            if (b.value(QStringLiteral("recipient_email")).toString() == email)
                return b.value(QStringLiteral("id")).toString();
        }
        return {};
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("issue.sqlite"))),
                 qPrintable(m_db->errorMessage()));
        m_sim = std::make_unique<CredlySimulator>();
        m_sim->setOrganizationId(m_org);
        m_sim->setToken(m_token);
        QVERIFY(m_sim->listen() != 0);
        m_client = std::make_unique<CredlyClient>();
        QVERIFY(m_client->setBaseUrl(m_sim->baseUrl()));
        m_client->setOrganizationId(m_org);
        m_client->setToken(m_token);
        m_client->setRetryPolicy({4, 10, 100, 5});
        m_client->setTransferTimeout(5000);
    }

    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
        m_db.reset();
        m_dir.reset();
    }

    void issuesEveryApprovedRowOnce()
    {
        BatchSpec spec;
        spec.rows = 30;
        spec.templateIds = {seedTemplate(false, 0).id, seedTemplate(false, 1).id};
        QCOMPARE(makeBatch(*m_db, spec), QString());

        const IssueResult r = run(1, fastOptions());
        QCOMPARE(r.end, IssueResult::End::Finished);
        QCOMPARE(r.issued, 30);
        QCOMPARE(r.adopted, 0);
        QCOMPARE(r.failed, 0);
        QCOMPARE(r.remaining, 0);
        QVERIFY(r.isComplete());
        verifyExactlyOnce(30);

        // The row mirrors the journal outside Sandbox; the sign-off still holds.
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM certifications WHERE status = 'issued'")),
                 30);
        QCOMPARE(SignOffRepository(m_db->connection()).status(1).state, SignOffRepository::State::Valid);

        // What went to Credly: the keyed hash, never the student id; issued_at with its offset.
        for (const QJsonObject& b : m_sim->state().badges()) {
            const QString earner = b.value(QStringLiteral("issuer_earner_id")).toString();
            QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(earner).hasMatch(),
                     qPrintable(earner));
            QVERIFY(!earner.contains(QLatin1String("S0000")));
            QCOMPARE(b.value(QStringLiteral("issued_at_date")).toString(), QStringLiteral("2026-09-15"));
        }
        // Every HTTP request is in the log: one template listing and 30 POSTs answered 201.
        QCOMPARE(
            count(*m_db, QStringLiteral("SELECT count(*) FROM issuance_attempts WHERE purpose = 'issue' AND "
                                        "method = 'POST' AND http_status = 201 AND outcome = 'ok'")),
            30);
        QCOMPARE(count(*m_db,
                       QStringLiteral("SELECT count(*) FROM issuance_attempts WHERE purpose = 'templates'")),
                 3);
        QCOMPARE(
            count(*m_db, QStringLiteral("SELECT count(*) FROM issuance_attempts WHERE endpoint LIKE '%?%' OR "
                                        "endpoint LIKE '%@%'")),
            0);
        const auto run1 = repo().run(r.runId);
        QVERIFY(run1.has_value());
        QCOMPARE(run1->state, QStringLiteral("finished"));
        QCOMPARE(run1->issued, 30);

        // The token is nowhere in the database file.
        m_db->close();
        for (const QString& file : {QStringLiteral("issue.sqlite"), QStringLiteral("issue.sqlite-wal")}) {
            QFile f(m_dir->filePath(file));
            if (f.open(QIODevice::ReadOnly))
                QVERIFY(!f.readAll().contains(m_token.toUtf8()));
        }
    }

    void secondRunSendsNothing()
    {
        BatchSpec spec;
        spec.rows = 8;
        spec.templateIds = {seedTemplate(false).id};
        QCOMPARE(makeBatch(*m_db, spec), QString());
        QCOMPARE(run(1, fastOptions()).issued, 8);
        const int requests = static_cast<int>(m_sim->requestLog().size());
        const IssueResult again = run(1, fastOptions());
        QCOMPARE(again.end, IssueResult::End::Finished);
        QCOMPARE(again.issued, 0);
        QCOMPARE(again.skipped, 8);
        QCOMPARE(static_cast<int>(m_sim->requestLog().size()), requests); // not even the templates
        verifyExactlyOnce(8);
    }

    void recoversRowsLeftSending()
    {
        BatchSpec spec;
        spec.rows = 10;
        spec.templateIds = {seedTemplate(false).id};
        QCOMPARE(makeBatch(*m_db, spec), QString());
        QCOMPARE(run(1, fastOptions()).issued, 10);
        // A crash after Credly created rows 1-3 but before their answers were written, and one
        // while rows 4-5 were 'sending' but had not reached Credly: forget those badges.
        QVERIFY(exec(*m_db,
                     QStringLiteral("UPDATE issuance_journal SET state = 'sending', credly_badge_id = NULL, "
                                    "badge_state = NULL WHERE certification_id IN (1, 2, 3, 4, 5)")));
        QList<QJsonObject>& badges = const_cast<SimulatorState&>(m_sim->state()).badges();
        for (int i = badges.size() - 1; i >= 0; --i) {
            const QString email = badges.at(i).value(QStringLiteral("recipient_email")).toString();
            if (email == QLatin1String("student4@example.org") ||
                email == QLatin1String("student5@example.org"))
                badges.removeAt(i);
        }
        const int before = static_cast<int>(m_sim->requestLog().size());
        const IssueResult r = run(1, fastOptions());
        QCOMPARE(r.end, IssueResult::End::Finished);
        QCOMPARE(r.issued, 5); // 3 found by look-up, 2 sent
        QCOMPARE(journal(QStringLiteral("recovered = 1")), 3);
        verifyExactlyOnce(10);
        // Every look-up of the recovery came before the first POST.
        const QJsonArray log = m_sim->requestLog();
        int lookups = 0;
        bool posted = false;
        for (int i = before; i < log.size(); ++i) {
            const QJsonObject o = log.at(i).toObject();
            if (o.value(QStringLiteral("method")).toString() == QLatin1String("POST")) {
                posted = true;
            } else if (o.value(QStringLiteral("path")).toString().endsWith(QLatin1String("/badges"))) {
                QVERIFY2(!posted, "a look-up of a recovered row came after a POST");
                ++lookups;
            }
        }
        QCOMPARE(lookups, 5);
        QVERIFY(posted);
    }

    void droppedConnectionAfterCreate()
    {
        BatchSpec spec;
        spec.rows = 24;
        spec.templateIds = {seedTemplate(true).id}; // duplicates allowed: Credly would not catch a re-send
        QCOMPARE(makeBatch(*m_db, spec), QString());
        FaultOptions faults;
        faults.dropAfterCreateEvery = 3;
        m_sim->setFaults(faults);
        const IssueResult r = run(1, fastOptions());
        QCOMPARE(r.end, IssueResult::End::Finished);
        QCOMPARE(r.issued, 24);
        QCOMPARE(r.failed, 0);
        QVERIFY(journal(QStringLiteral("recovered = 1")) >= 7);
        verifyExactlyOnce(24);
        QVERIFY(
            count(*m_db, QStringLiteral("SELECT count(*) FROM issuance_attempts WHERE purpose = 'issue' AND "
                                        "http_status = 0 AND outcome = 'network'")) >= 7);
    }

    void serverErrorsAreLookedUpBeforeResending()
    {
        BatchSpec spec;
        spec.rows = 30;
        spec.templateIds = {seedTemplate(true).id};
        QCOMPARE(makeBatch(*m_db, spec), QString());
        FaultOptions faults;
        faults.errorRate = 0.25;
        faults.errorStatus = 503;
        faults.seed = 7;
        m_sim->setFaults(faults);
        IssueOptions options = fastOptions();
        options.maxTransientPerRow = 20;
        options.stopAfterConsecutiveFailures = 50;
        const IssueResult r = run(1, options);
        QCOMPARE(r.end, IssueResult::End::Finished);
        QCOMPARE(r.issued, 30);
        verifyExactlyOnce(30);
        QVERIFY(count(*m_db,
                      QStringLiteral("SELECT count(*) FROM issuance_attempts WHERE http_status = 503")) > 0);
        // After each 503 on a POST the row's next request was a look-up, never a POST.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT journal_id, purpose, http_status FROM issuance_attempts WHERE "
                                      "journal_id IS NOT NULL ORDER BY journal_id, id")));
        qint64 last = -1;
        bool mustLookUp = false;
        while (q.next()) {
            if (q.value(0).toLongLong() != last) {
                last = q.value(0).toLongLong();
                mustLookUp = false;
            }
            if (mustLookUp)
                QCOMPARE(q.value(1).toString(), QStringLiteral("lookup"));
            mustLookUp = q.value(1).toString() == QLatin1String("issue") && q.value(2).toInt() == 503;
            if (q.value(1).toString() == QLatin1String("lookup") && q.value(2).toInt() == 200)
                mustLookUp = false;
        }
    }

    void throttleWaitsForEveryone()
    {
        BatchSpec spec;
        spec.rows = 14;
        spec.templateIds = {seedTemplate(false).id};
        QCOMPARE(makeBatch(*m_db, spec), QString());
        FaultOptions faults;
        faults.throttleEvery = 6;
        faults.retryAfterSeconds = 1;
        m_sim->setFaults(faults);
        QList<IssueProgress::Phase> phases;
        Issuer issuer(m_db->connection(), m_client.get(), CredlyEnvironment::Practice, 1, fastOptions());
        connect(&issuer, &Issuer::progressChanged, this,
                [&phases](const IssueProgress& p) { phases.append(p.phase); });
        const IssueResult r = issuer.runNow();
        QCOMPARE(r.end, IssueResult::End::Finished);
        QCOMPARE(r.issued, 14);
        QVERIFY(issuer.progress().throttled >= 2);
        QVERIFY(phases.contains(IssueProgress::Phase::Waiting));
        verifyExactlyOnce(14);
        // Nothing started while Credly's Retry-After ran: no request begins within 900 ms after a 429 came
        // back.
        QSqlQuery q(m_db->connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT at, duration_ms, http_status FROM issuance_attempts ORDER BY at")));
        QList<QPair<QDateTime, int>> attempts;
        while (q.next())
            attempts.append({IssuanceRepository::parseTime(q.value(0).toString()), q.value(2).toInt()});
        QSqlQuery d(m_db->connection());
        QVERIFY(
            d.exec(QStringLiteral("SELECT at, duration_ms FROM issuance_attempts WHERE http_status = 429")));
        int throttles = 0;
        while (d.next()) {
            ++throttles;
            const QDateTime arrived =
                IssuanceRepository::parseTime(d.value(0).toString()).addMSecs(d.value(1).toLongLong());
            for (const auto& a : std::as_const(attempts)) {
                const qint64 gap = arrived.msecsTo(a.first);
                // A few ms of slack: start times and durations are whole milliseconds.
                QVERIFY2(gap <= 5 || gap >= 900,
                         qPrintable(QStringLiteral("a request started %1 ms after a 429").arg(gap)));
            }
        }
        QVERIFY(throttles >= 2);
    }

    void throttleWithoutRetryAfterWaitsForTheNextMinute()
    {
        // The wait is computed, not slept through: asserting the time the run says it resumes.
        BatchSpec spec;
        spec.rows = 3;
        spec.templateIds = {seedTemplate(false).id};
        QCOMPARE(makeBatch(*m_db, spec), QString());
        FaultOptions faults;
        faults.throttleEvery = 2; // the template listing passes, the first POST is throttled
        faults.retryAfterSeconds = -1;
        m_sim->setFaults(faults);
        Issuer issuer(m_db->connection(), m_client.get(), CredlyEnvironment::Practice, 1, fastOptions(1));
        QDateTime resumesAt;
        QString note;
        connect(&issuer, &Issuer::progressChanged, this, [&](const IssueProgress& p) {
            if (p.phase == IssueProgress::Phase::Waiting && !resumesAt.isValid()) {
                resumesAt = p.resumesAt;
                note = p.note;
                issuer.cancel();
            }
        });
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const IssueResult r = issuer.runNow();
        QCOMPARE(r.end, IssueResult::End::Canceled);
        QVERIFY(resumesAt.isValid());
        QCOMPARE(resumesAt.time().second(), 0);
        QCOMPARE(resumesAt.time().msec(), 0);
        QVERIFY(resumesAt > before && before.secsTo(resumesAt) <= 61);
        QVERIFY2(note.contains(QLatin1String("slow down")), qPrintable(note));
        QCOMPARE(m_sim->state().badges().size(), 0);
        QCOMPARE(journal(QStringLiteral("state = 'queued'")), 3);
    }

    void tokenRevokedMidRunStopsAndSaysWhy()
    {
        BatchSpec spec;
        spec.rows = 40;
        spec.templateIds = {seedTemplate(false).id};
        QCOMPARE(makeBatch(*m_db, spec), QString());
        FaultOptions faults;
        faults.latencyMs = 15;
        m_sim->setFaults(faults);
        Issuer issuer(m_db->connection(), m_client.get(), CredlyEnvironment::Practice, 1, fastOptions());
        int settledCount = 0;
        connect(&issuer, &Issuer::rowSettled, this, [&](qint64, const QString&) {
            if (++settledCount == 10)
                m_sim->revokeToken(m_token);
        });
        const IssueResult r = issuer.runNow();
        QCOMPARE(r.end, IssueResult::End::Stopped);
        QCOMPARE(r.error.kind, CredlyError::Kind::Authentication);
        QVERIFY2(r.message.contains(QLatin1String("token")) && r.message.contains(QLatin1String("resume")),
                 qPrintable(r.message));
        QVERIFY(r.issued >= 10 && r.issued < 40);
        QCOMPARE(r.remaining, 40 - r.issued);
        // Nothing is left 'sending', and Credly has exactly the badges the journal says.
        QCOMPARE(journal(QStringLiteral("state = 'sending'")), 0);
        QCOMPARE(journal(QStringLiteral("state = 'issued'")), r.issued);
        QCOMPARE(static_cast<int>(m_sim->state().badges().size()), r.issued);
        QCOMPARE(repo().run(r.runId)->state, QStringLiteral("stopped"));

        // A new token, and the next run finishes the batch.
        m_sim->addToken(m_token, true);
        const IssueResult rest = run(1, fastOptions());
        QCOMPARE(rest.end, IssueResult::End::Finished);
        QCOMPARE(rest.issued, 40 - r.issued);
        verifyExactlyOnce(40);
    }

    void readOnlyTokenStopsBeforeIssuing()
    {
        BatchSpec spec;
        spec.rows = 5;
        spec.templateIds = {seedTemplate(false).id};
        QCOMPARE(makeBatch(*m_db, spec), QString());
        m_sim->addToken(QStringLiteral("read-only"), false);
        m_client->setToken(QStringLiteral("read-only"));
        const IssueResult r = run(1, fastOptions(1));
        QCOMPARE(r.end, IssueResult::End::Stopped);
        QCOMPARE(r.error.kind, CredlyError::Kind::Permission);
        QVERIFY2(r.message.contains(QLatin1String("write permission")), qPrintable(r.message));
        QCOMPARE(r.remaining, 5);
        QCOMPARE(m_sim->state().badges().size(), 0);
    }

    void refusedRowsFailWithCredlysMessage()
    {
        BatchSpec spec;
        spec.rows = 6;
        spec.templateIds = {seedTemplate(false).id, seedTemplate(false, 0, true).id}; // active, archived
        QCOMPARE(makeBatch(*m_db, spec), QString());
        // Row 1's email is refused by Credly (the review would not let it through; the engine copes anyway).
        QVERIFY(exec(*m_db, QStringLiteral("UPDATE certifications SET email = 'not-an-email' WHERE id = 1")));
        SignOffRepository(m_db->connection()).signOff(1, QStringLiteral("tester"));
        const IssueResult r = run(1, fastOptions());
        QCOMPARE(r.end, IssueResult::End::Finished);
        QCOMPARE(r.issued, 2);
        QCOMPARE(r.failed, 4);
        const auto failed = repo().entries(1, CredlyEnvironment::Practice, {QStringLiteral("failed")});
        QCOMPARE(failed.size(), 4);
        int validation = 0;
        int archived = 0;
        for (const auto& e : failed) {
            if (e.errorKind == QLatin1String("validation")) {
                ++validation;
                QVERIFY2(e.errorMessage.contains(QLatin1String("Recipient email is invalid")),
                         qPrintable(e.errorMessage));
                QVERIFY(!e.retryable);
            } else {
                QCOMPARE(e.errorKind, QStringLiteral("template_inactive"));
                QVERIFY2(e.errorMessage.contains(QLatin1String("archived")), qPrintable(e.errorMessage));
                QCOMPARE(e.attempts, 0); // never sent
                ++archived;
            }
        }
        QCOMPARE(validation, 1);
        QCOMPARE(archived, 3);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM certifications WHERE status = 'failed'")),
                 4);
    }

    void duplicateIsAdoptedOrRefusedForAnotherStudent()
    {
        BatchSpec spec;
        spec.rows = 4;
        const SeedTemplate tpl = seedTemplate(false);
        spec.templateIds = {tpl.id};
        QCOMPARE(makeBatch(*m_db, spec), QString());
        // At Credly before BadgeDesk: row 1's email without an earner id (a CSV upload), and row 2's
        // email under another student's earner id (a shared family email).
        const auto issueDirect = [this, &tpl](const QString& email, const QString& earner) {
            BadgeIssueRequest request;
            request.recipientEmail = email;
            request.firstName = QStringLiteral("X");
            request.lastName = QStringLiteral("Y");
            request.templateId = tpl.id;
            request.issuedAt = QDateTime::currentDateTime();
            request.issuerEarnerId = earner;
            auto* reply = m_client->issueBadge(request);
            QSignalSpy spy(reply, &CredlyReply::finished);
            return spy.wait(5000) && reply->isOk();
        };
        QVERIFY(issueDirect(QStringLiteral("student1@example.org"), QString()));
        QVERIFY(issueDirect(QStringLiteral("student2@example.org"), QStringLiteral("someoneelse")));
        const QString csvBadge = badgeFor(QStringLiteral("student1@example.org"));

        const IssueResult r = run(1, fastOptions());
        QCOMPARE(r.end, IssueResult::End::Finished);
        QCOMPARE(r.issued, 2);
        QCOMPARE(r.adopted, 1);
        QCOMPARE(r.failed, 1);
        const auto adopted = repo().entries(1, CredlyEnvironment::Practice, {QStringLiteral("adopted")});
        QCOMPARE(adopted.size(), 1);
        QCOMPARE(adopted.first().certificationId, 1);
        QCOMPARE(adopted.first().badgeId, csvBadge);
        const auto failed = repo().entries(1, CredlyEnvironment::Practice, {QStringLiteral("failed")});
        QCOMPARE(failed.first().certificationId, 2);
        QCOMPARE(failed.first().errorKind, QStringLiteral("shared_email"));
        QVERIFY(failed.first().errorMessage.contains(QLatin1String("another student")));
        QCOMPARE(m_sim->state().badges().size(), 4); // 2 before + 2 new
    }

    void allowDuplicatesTemplateIsLookedUpBeforeSending()
    {
        BatchSpec spec;
        spec.rows = 3;
        const SeedTemplate tpl = seedTemplate(true);
        spec.templateIds = {tpl.id};
        QCOMPARE(makeBatch(*m_db, spec), QString());
        // Row 3 already has this badge under its earner id (issued by another BadgeDesk copy of this
        // database).
        const EarnerId earners(EarnerId::keyFor(m_db->connection()));
        BadgeIssueRequest request;
        request.recipientEmail = QStringLiteral("student3@example.org");
        request.firstName = QStringLiteral("Ana3");
        request.lastName = QStringLiteral("Diaz");
        request.templateId = tpl.id;
        request.issuedAt = QDateTime::currentDateTime();
        request.issuerEarnerId = earners.of(QStringLiteral("S000003"), {}, {}, {}, {});
        auto* reply = m_client->issueBadge(request);
        QSignalSpy spy(reply, &CredlyReply::finished);
        QVERIFY(spy.wait(5000) && reply->isOk());

        const IssueResult r = run(1, fastOptions());
        QCOMPARE(r.issued, 2);
        QCOMPARE(r.adopted, 1);
        QCOMPARE(m_sim->state().badges().size(), 3);
        verifyExactlyOnce(3);
    }

    void pauseResumeAndCancel()
    {
        BatchSpec spec;
        spec.rows = 30;
        spec.templateIds = {seedTemplate(false).id};
        QCOMPARE(makeBatch(*m_db, spec), QString());
        FaultOptions faults;
        faults.latencyMs = 10;
        m_sim->setFaults(faults);
        Issuer issuer(m_db->connection(), m_client.get(), CredlyEnvironment::Practice, 1, fastOptions(2));
        int settledCount = 0;
        bool sawPaused = false;
        int settledWhilePaused = -1;
        connect(&issuer, &Issuer::rowSettled, this, [&](qint64, const QString&) {
            if (++settledCount == 5)
                issuer.pause();
        });
        connect(&issuer, &Issuer::progressChanged, this, [&](const IssueProgress& p) {
            if (p.phase == IssueProgress::Phase::Paused && !sawPaused) {
                sawPaused = true;
                settledWhilePaused = settledCount;
                QCOMPARE(repo().unfinishedRun(1, CredlyEnvironment::Practice)->state,
                         QStringLiteral("paused"));
                // Nothing moves while paused; then resume.
                QTimer::singleShot(150, &issuer, [&] {
                    QCOMPARE(settledCount, settledWhilePaused);
                    QCOMPARE(journal(QStringLiteral("state = 'sending'")), 0);
                    issuer.resume();
                });
            }
        });
        const IssueResult r = issuer.runNow();
        QVERIFY(sawPaused);
        QVERIFY(settledWhilePaused >= 5 && settledWhilePaused <= 7); // in-flight ones finished
        QCOMPARE(r.end, IssueResult::End::Finished);
        QCOMPARE(r.issued, 30);
        verifyExactlyOnce(30);

        // Cancel: a second batch stops part way; its rows wait queued; the next run finishes it.
        BatchSpec second;
        second.batchId = 2;
        second.firstRow = 101;
        second.rows = 20;
        second.templateIds = spec.templateIds;
        QCOMPARE(makeBatch(*m_db, second), QString());
        Issuer canceled(m_db->connection(), m_client.get(), CredlyEnvironment::Practice, 2, fastOptions(2));
        int n = 0;
        connect(&canceled, &Issuer::rowSettled, this, [&](qint64, const QString&) {
            if (++n == 4)
                canceled.cancel();
        });
        const IssueResult c = canceled.runNow();
        QCOMPARE(c.end, IssueResult::End::Canceled);
        QVERIFY(c.issued >= 4 && c.issued <= 12); // the settles of one group commit arrive together
        QCOMPARE(c.remaining, 20 - c.issued);
        QVERIFY2(c.message.contains(QString::number(c.remaining)), qPrintable(c.message));
        QCOMPARE(journal(QStringLiteral("batch_id = 2 AND state = 'queued'")), 20 - c.issued);
        QCOMPARE(run(2, fastOptions()).issued, 20 - c.issued);
        verifyExactlyOnce(50);
    }

    void oneRunPerDatabase()
    {
        BatchSpec spec;
        spec.rows = 2;
        spec.templateIds = {seedTemplate(false).id};
        QCOMPARE(makeBatch(*m_db, spec), QString());
        QLockFile other(m_db->path() + QStringLiteral(".issuing.lock"));
        QVERIFY(other.tryLock(0));
        const IssueResult r = run(1, fastOptions());
        QCOMPARE(r.end, IssueResult::End::NotStarted);
        QVERIFY2(r.message.contains(QLatin1String("Another BadgeDesk")), qPrintable(r.message));
        QCOMPARE(m_sim->state().badges().size(), 0);
        other.unlock();
        QCOMPARE(run(1, fastOptions()).issued, 2);
    }

    void interruptedRunIsMarkedAndTakenOver()
    {
        BatchSpec spec;
        spec.rows = 3;
        spec.templateIds = {seedTemplate(false).id};
        QCOMPARE(makeBatch(*m_db, spec), QString());
        IssuanceRepository::Run dead;
        dead.batchId = 1;
        dead.environment = CredlyEnvironment::Practice;
        const qint64 deadId = repo().startRun(dead);
        QVERIFY(repo().unfinishedRun(1, CredlyEnvironment::Practice).has_value());
        QCOMPARE(run(1, fastOptions()).issued, 3);
        QCOMPARE(repo().run(deadId)->state, QStringLiteral("interrupted"));
        QVERIFY(!repo().unfinishedRun(1, CredlyEnvironment::Practice).has_value());
    }

    void hangingCredlyTimesOutThenRetryLooksUpFirst()
    {
        BatchSpec spec;
        spec.rows = 3;
        spec.templateIds = {seedTemplate(false).id};
        QCOMPARE(makeBatch(*m_db, spec), QString());
        FaultOptions faults;
        faults.hangPath = QStringLiteral("^/v1/organizations/[^/]+/badges$"); // POSTs and look-ups
        m_sim->setFaults(faults);
        m_client->setTransferTimeout(300);
        m_client->setRetryPolicy({1, 10, 10, 5});
        IssueOptions options = fastOptions();
        options.maxTransientPerRow = 1;
        const IssueResult r = run(1, options);
        QCOMPARE(r.end, IssueResult::End::Finished);
        QCOMPARE(r.failed, 3);
        const auto failed = repo().entries(1, CredlyEnvironment::Practice, {QStringLiteral("failed")});
        for (const auto& e : failed) {
            QCOMPARE(e.errorKind, QStringLiteral("timeout"));
            QVERIFY(e.retryable);
            QVERIFY(e.unknownOutcome); // the look-ups timed out too: whether a badge exists is unknown
            QVERIFY2(e.errorMessage.contains(QLatin1String("looked up again before any retry")),
                     qPrintable(e.errorMessage));
        }
        QVERIFY(count(*m_db, QStringLiteral(
                                 "SELECT count(*) FROM issuance_attempts WHERE outcome = 'timeout'")) >= 6);

        // Credly answers again: the retry looks each row up before sending it.
        m_sim->setFaults({});
        options.retryFailed = true;
        const int before = static_cast<int>(m_sim->requestLog().size());
        const IssueResult retry = run(1, options);
        QCOMPARE(retry.issued, 3);
        verifyExactlyOnce(3);
        int lookups = 0;
        const QJsonArray log = m_sim->requestLog();
        for (int i = before; i < log.size(); ++i) {
            const QJsonObject o = log.at(i).toObject();
            if (o.value(QStringLiteral("method")).toString() == QLatin1String("GET") &&
                o.value(QStringLiteral("path")).toString().endsWith(QLatin1String("/badges")))
                ++lookups;
        }
        QCOMPARE(lookups, 3);
    }

    void rowWithoutTemplateFailsUntilTheCatalogHasOne()
    {
        BatchSpec spec;
        spec.rows = 2;
        spec.templateIds = {seedTemplate(false).id};
        QCOMPARE(makeBatch(*m_db, spec), QString());
        QVERIFY(exec(*m_db, QStringLiteral("UPDATE catalog_entries SET credly_template_id = NULL")));
        IssueResult r = run(1, fastOptions());
        QCOMPARE(r.failed, 2);
        QCOMPARE(journal(QStringLiteral("error_kind = 'no_template' AND attempts = 0")), 2);
        QVERIFY(exec(*m_db, QStringLiteral("UPDATE catalog_entries SET credly_template_id = '%1'")
                                .arg(seedTemplate(false).id)));
        QCOMPARE(repo().retryFailed(1, CredlyEnvironment::Practice), 2);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM certifications WHERE status = 'queued'")),
                 2);
        r = run(1, fastOptions());
        QCOMPARE(r.issued, 2);
        verifyExactlyOnce(2);
    }

    // Credly's own email in the student's language (issue 9 item 2): the row's language, else the
    // batch's notice language, sets the request's locale (en or es-US).
    void localeFollowsTheStudentsLanguage()
    {
        BatchSpec spec;
        spec.rows = 3;
        spec.templateIds = {seedTemplate(false).id};
        spec.signOff = false;
        QCOMPARE(makeBatch(*m_db, spec), QString());
        QVERIFY(exec(*m_db, QStringLiteral("UPDATE certifications SET language = 'es' WHERE id = 1")));
        QVERIFY(exec(*m_db, QStringLiteral("UPDATE certifications SET language = 'en' WHERE id = 3")));
        QVERIFY(SignOffRepository(m_db->connection()).signOff(1, QStringLiteral("tester")));
        QVERIFY(NoticeRepository(m_db->connection()).setBatchLanguage(1, QStringLiteral("es")));

        const IssueResult r = run(1, fastOptions());
        QCOMPARE(r.issued, 3);
        QMap<QString, QString> localeByEmail;
        for (const QJsonObject& b : m_sim->state().badges())
            localeByEmail.insert(b.value(QStringLiteral("recipient_email")).toString(),
                                 b.value(QStringLiteral("locale")).toString());
        QCOMPARE(localeByEmail.value(QStringLiteral("student1@example.org")),
                 QStringLiteral("es-US")); // its own
        QCOMPARE(localeByEmail.value(QStringLiteral("student2@example.org")),
                 QStringLiteral("es-US")); // batch's
        QCOMPARE(localeByEmail.value(QStringLiteral("student3@example.org")),
                 QStringLiteral("en")); // its own
    }

    void issuedAtIsNoonInTheAgencysZone()
    {
        const QDateTime t =
            Issuer::issuedAtFor(QStringLiteral("2026-01-15"), QStringLiteral("America/Chicago"));
        QCOMPARE(BadgeIssueRequest::formatTime(t), QStringLiteral("2026-01-15 12:00:00 -0600"));
        const QDateTime summer =
            Issuer::issuedAtFor(QStringLiteral("2026-07-15"), QStringLiteral("America/Chicago"));
        QCOMPARE(BadgeIssueRequest::formatTime(summer), QStringLiteral("2026-07-15 12:00:00 -0500"));
        QVERIFY(
            !Issuer::issuedAtFor(QStringLiteral("15/07/2026"), QStringLiteral("America/Chicago")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestIssuer)
#include "TestIssuer.moc"
