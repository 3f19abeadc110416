#include "Cli.h"
#include "CredlySimulator.h"
#include "ExitCode.h"
#include "IssuingFixture.h"
#include "storage/Database.h"
#include "storage/IssuanceRepository.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace badgedesk;
using namespace badgedesk::testing;

namespace {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

} // namespace

// badgedesk-cli issue, sync, revoke and log: the command functions as the executable runs them,
// against the simulator in this process.
class TestIssueCommand : public QObject
{
    Q_OBJECT
private:
    const QString m_token = QStringLiteral("Tk-cli-issue-91ab-secret");
    const QString m_org = QStringLiteral("org-cli-issue");
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CredlySimulator> m_sim;
    QString m_db;

    CliRun cli(const QStringList& arguments)
    {
        CliRun run;
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        QStringList argv{QStringLiteral("badgedesk-cli"), QStringLiteral("--db"), m_db};
        argv += arguments;
        run.code = Cli(out, err).run(argv);
        out.flush();
        err.flush();
        return run;
    }
    QStringList target() const
    {
        return {QStringLiteral("--credly-url"), m_sim->baseUrl().toString(), QStringLiteral("--org"), m_org};
    }

    QString prepare(CredlyEnvironment environment, const BatchSpec& spec)
    {
        Database db;
        if (!db.open(m_db) || !db.setEnvironment(environment))
            return db.errorMessage();
        return makeBatch(db, spec);
    }

    int query(const QString& sql)
    {
        Database db;
        return db.openConnection(m_db) ? count(db, sql) : -1;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(QStringLiteral("cli.sqlite"));
        m_sim = std::make_unique<CredlySimulator>();
        m_sim->setOrganizationId(m_org);
        m_sim->setToken(m_token);
        QVERIFY(m_sim->listen() != 0);
        qputenv("BADGEDESK_CREDLY_TOKEN", m_token.toUtf8());
    }

    void cleanup()
    {
        m_sim.reset();
        m_dir.reset();
        qunsetenv("BADGEDESK_CREDLY_TOKEN");
    }

    void dryRunPredictsAndSendsNothing()
    {
        BatchSpec spec;
        spec.rows = 6;
        spec.templateIds = {seedTemplate(false).id, seedTemplate(false, 0, true).id}; // active, archived
        QCOMPARE(prepare(CredlyEnvironment::Sandbox, spec), QString());
        const CliRun run = cli(QStringList{QStringLiteral("issue"), QStringLiteral("1"),
                                           QStringLiteral("--dry-run"), QStringLiteral("--json")} +
                               target());
        QVERIFY2(run.code == ExitOk, qPrintable(run.out + run.err));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("dry_run")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("can_issue")).toBool(), true);
        const QJsonObject counts = json.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("issue")).toInt(), 3);
        QCOMPARE(counts.value(QStringLiteral("blocked")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("templates")).toObject().value(QStringLiteral("inactive")).toInt(),
                 1);
        QCOMPARE(json.value(QStringLiteral("rows")).toArray().size(), 6);
        QCOMPARE(m_sim->state().badges().size(), 0);
        for (const auto& entry : m_sim->requestLog())
            QCOMPARE(entry.toObject().value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
        QCOMPARE(query(QStringLiteral("SELECT count(*) FROM issuance_journal")), 0); // nothing written
    }

    void issuesWithJsonCountsAndBackup()
    {
        BatchSpec spec;
        spec.rows = 12;
        spec.templateIds = {seedTemplate(false).id};
        QCOMPARE(prepare(CredlyEnvironment::Sandbox, spec), QString());
        const CliRun run =
            cli(QStringList{QStringLiteral("issue"), QStringLiteral("1"), QStringLiteral("--json"),
                            QStringLiteral("--concurrency"), QStringLiteral("3")} +
                target());
        QVERIFY2(run.code == ExitOk, qPrintable(run.out + run.err));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        QCOMPARE(json.value(QStringLiteral("issued")).toInt(), 12);
        QCOMPARE(json.value(QStringLiteral("adopted")).toInt(), 0);
        QCOMPARE(json.value(QStringLiteral("failed")).toInt(), 0);
        QCOMPARE(json.value(QStringLiteral("skipped")).toInt(), 0);
        QCOMPARE(json.value(QStringLiteral("environment")).toString(), QStringLiteral("sandbox"));
        QVERIFY(QFile::exists(json.value(QStringLiteral("backup")).toString()));
        QCOMPARE(m_sim->state().badges().size(), 12);
        // A Sandbox rehearsal leaves the rows as they were.
        QCOMPARE(query(QStringLiteral("SELECT count(*) FROM certifications WHERE status = 'approved'")), 12);
        QCOMPARE(query(QStringLiteral(
                     "SELECT count(*) FROM issuance_runs WHERE state = 'finished' AND concurrency = 3")),
                 1);

        // Again: everything is skipped, nothing sent.
        const CliRun again = cli(
            QStringList{QStringLiteral("issue"), QStringLiteral("1"), QStringLiteral("--json")} + target());
        QCOMPARE(again.code, int(ExitOk));
        QCOMPARE(again.json().value(QStringLiteral("skipped")).toInt(), 12);
        QCOMPARE(again.json().value(QStringLiteral("issued")).toInt(), 0);
        QCOMPARE(m_sim->state().badges().size(), 12);

        // The log, offline.
        const CliRun log = cli({QStringLiteral("log"), QStringLiteral("--batch"), QStringLiteral("1"),
                                QStringLiteral("--json"), QStringLiteral("--attempts")});
        QCOMPARE(log.code, int(ExitOk));
        const QJsonObject logJson = log.json();
        QCOMPARE(logJson.value(QStringLiteral("approved")).toInt(), 12);
        QCOMPARE(logJson.value(QStringLiteral("states")).toObject().value(QStringLiteral("issued")).toInt(),
                 12);
        QCOMPARE(logJson.value(QStringLiteral("runs")).toArray().size(), 2);
        const QJsonArray entries = logJson.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 12);
        const QJsonObject first = entries.first().toObject();
        QCOMPARE(first.value(QStringLiteral("badge_state")).toString(), QStringLiteral("pending"));
        const QJsonArray attempts = first.value(QStringLiteral("attempt_log")).toArray();
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.first().toObject().value(QStringLiteral("http_status")).toInt(), 201);
        QVERIFY(!log.out.contains(QLatin1String("@example.org"))); // no personal data in the log
        QVERIFY(!log.out.contains(QLatin1String("S0000")));
    }

    void refusesWhatIsNotReady()
    {
        BatchSpec spec;
        spec.rows = 3;
        spec.templateIds = {seedTemplate(false).id};
        spec.signOff = false;
        QCOMPARE(prepare(CredlyEnvironment::Sandbox, spec), QString());
        CliRun run = cli(QStringList{QStringLiteral("issue"), QStringLiteral("1")} + target());
        QCOMPARE(run.code, int(ExitBadInput));
        QVERIFY2(run.err.contains(QLatin1String("not signed off")), qPrintable(run.err));

        run = cli(QStringList{QStringLiteral("issue"), QStringLiteral("7")} + target());
        QCOMPARE(run.code, int(ExitBadInput));
        QVERIFY2(run.err.contains(QLatin1String("There is no batch 7")), qPrintable(run.err));

        // A batch is named by number or month, like the review commands; anything else names none.
        run = cli({QStringLiteral("issue"), QStringLiteral("one")});
        QCOMPARE(run.code, int(ExitBadInput));
        QVERIFY2(run.err.contains(QLatin1String("There is no batch one")), qPrintable(run.err));
        run = cli({QStringLiteral("issue")});
        QCOMPARE(run.code, int(ExitUsage));
        run = cli(QStringList{QStringLiteral("issue"), QStringLiteral("1"), QStringLiteral("--concurrency"),
                              QStringLiteral("40")});
        QCOMPARE(run.code, int(ExitBadInput));
        QVERIFY(run.err.contains(QLatin1String("1 to 16")));
        QCOMPARE(m_sim->requestLog().size(), 0);
    }

    void noticeWaitNeedsAnAuditedOverride()
    {
        BatchSpec spec;
        spec.rows = 3;
        spec.templateIds = {seedTemplate(false).id};
        spec.noticeDaysAgo = 1; // the wait is 3 days
        QCOMPARE(prepare(CredlyEnvironment::Sandbox, spec), QString());
        CliRun run = cli(QStringList{QStringLiteral("issue"), QStringLiteral("1")} + target());
        QCOMPARE(run.code, int(ExitBadInput));
        QVERIFY2(run.err.contains(QLatin1String("the wait ends")) &&
                     run.err.contains(QLatin1String("--notice-override")),
                 qPrintable(run.err));
        QCOMPARE(m_sim->state().badges().size(), 0);

        run = cli(
            QStringList{QStringLiteral("issue"), QStringLiteral("1"), QStringLiteral("--notice-override"),
                        QStringLiteral("Students were told in class on 2 Oct"), QStringLiteral("--json")} +
            target());
        QVERIFY2(run.code == ExitOk, qPrintable(run.out + run.err));
        QCOMPARE(run.json().value(QStringLiteral("issued")).toInt(), 3);
        QCOMPARE(query(QStringLiteral(
                     "SELECT count(*) FROM audit_log WHERE action = 'notice_override' AND subject = "
                     "'batch:1' AND details_json LIKE '%told in class%'")),
                 1);
        QCOMPARE(query(QStringLiteral(
                     "SELECT count(*) FROM issuance_runs WHERE notice_override LIKE 'Students%'")),
                 1);
    }

    void productionAsksFirst()
    {
        BatchSpec spec;
        spec.rows = 4;
        spec.templateIds = {seedTemplate(false).id};
        QCOMPARE(prepare(CredlyEnvironment::Production, spec), QString());
        CliRun run = cli(QStringList{QStringLiteral("issue"), QStringLiteral("1")} + target());
        QCOMPARE(run.code, int(ExitUsage));
        QVERIFY2(run.err.contains(QLatin1String("PRODUCTION")) &&
                     run.err.contains(QLatin1String("up to 4 badge")) &&
                     run.err.contains(QLatin1String("--yes")),
                 qPrintable(run.err));
        QCOMPARE(m_sim->requestLog().size(), 0);
        run = cli(QStringList{QStringLiteral("issue"), QStringLiteral("1"), QStringLiteral("--yes"),
                              QStringLiteral("--json")} +
                  target());
        QVERIFY2(run.code == ExitOk, qPrintable(run.out + run.err));
        QCOMPARE(run.json().value(QStringLiteral("issued")).toInt(), 4);
        QCOMPARE(query(QStringLiteral("SELECT count(*) FROM certifications WHERE status = 'issued'")), 4);
    }

    void revokedTokenExitsWithNetworkCode()
    {
        BatchSpec spec;
        spec.rows = 2;
        spec.templateIds = {seedTemplate(false).id};
        QCOMPARE(prepare(CredlyEnvironment::Sandbox, spec), QString());
        qputenv("BADGEDESK_CREDLY_TOKEN", "not-the-token");
        const CliRun run = cli(
            QStringList{QStringLiteral("issue"), QStringLiteral("1"), QStringLiteral("--json")} + target());
        QCOMPARE(run.code, int(ExitNetwork));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("stopped"));
        QCOMPARE(json.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("authentication"));
        QCOMPARE(json.value(QStringLiteral("remaining")).toInt(), 2);
        QVERIFY(!run.out.contains(QLatin1String("not-the-token")));
    }

    void syncAndRevoke()
    {
        BatchSpec spec;
        spec.rows = 5;
        spec.templateIds = {seedTemplate(false).id};
        QCOMPARE(prepare(CredlyEnvironment::Sandbox, spec), QString());
        QCOMPARE(cli(QStringList{QStringLiteral("issue"), QStringLiteral("1")} + target()).code, int(ExitOk));
        const QList<QJsonObject> badges = m_sim->state().badges();
        QVERIFY(m_sim->acceptBadge(badges.at(0).value(QStringLiteral("id")).toString()));
        QVERIFY(m_sim->rejectBadge(badges.at(1).value(QStringLiteral("id")).toString()));

        CliRun run = cli(QStringList{QStringLiteral("sync"), QStringLiteral("--batch"), QStringLiteral("1"),
                                     QStringLiteral("--json")} +
                         target());
        QVERIFY2(run.code == ExitOk, qPrintable(run.out + run.err));
        QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("checked")).toInt(), 5);
        QCOMPARE(json.value(QStringLiteral("changed")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("states")).toObject().value(QStringLiteral("accepted")).toInt(),
                 1);
        QCOMPARE(json.value(QStringLiteral("states")).toObject().value(QStringLiteral("rejected")).toInt(),
                 1);

        const QString victim = badges.at(2).value(QStringLiteral("id")).toString();
        run = cli(QStringList{QStringLiteral("revoke"), victim} + target());
        QCOMPARE(run.code, int(ExitUsage));
        QVERIFY(run.err.contains(QLatin1String("--reason")));
        run = cli(QStringList{QStringLiteral("revoke"), victim, QStringLiteral("--reason"),
                              QStringLiteral("Issued to the wrong student"), QStringLiteral("--json")} +
                  target());
        QVERIFY2(run.code == ExitOk, qPrintable(run.out + run.err));
        QCOMPARE(run.json().value(QStringLiteral("state")).toString(), QStringLiteral("revoked"));
        QCOMPARE(
            query(QStringLiteral("SELECT count(*) FROM issuance_journal WHERE badge_state = 'revoked' AND "
                                 "revocation_reason = 'Issued to the wrong student'")),
            1);
        QCOMPARE(query(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'badge_revoke'")), 1);

        // The worklist: rejected and revoked.
        run = cli({QStringLiteral("log"), QStringLiteral("--batch"), QStringLiteral("1"),
                   QStringLiteral("--exceptions"), QStringLiteral("--json")});
        QCOMPARE(run.json().value(QStringLiteral("entries")).toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestIssueCommand)
#include "TestIssueCommand.moc"
