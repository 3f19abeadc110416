#include "Cli.h"
#include "CredlySimulator.h"
#include "ExitCode.h"
#include "secrets/KeychainSecretStore.h"
#include "storage/CatalogRepository.h"
#include "storage/CredlySettingsRepository.h"
#include "storage/CredlyTemplateRepository.h"
#include "storage/Database.h"
#include "support/CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace badgedesk;
using namespace badgedesk::test;

// badgedesk-cli credly ...: the command functions and the real executable against the simulator
// over loopback, and the keychain for "token set".
class TestCredlyCommand : public QObject
{
    Q_OBJECT
private:
    CredlySimulator m_sim;
    QTemporaryDir m_dir;
    const QString m_token = QStringLiteral("Tk-cli-6e2f0b9d-secret");
    const QString m_org = QStringLiteral("org-cli");

    // "token set" reads standard input, so it is run through the real executable below; the other
    // commands through runCli (support/CliRunner), as badgedesk-cli runs them.

    // The real executable. Waits with the event loop running, so the simulator in this process answers.
    CliRun runExecutable(const QStringList& arguments, const QByteArray& input = {},
                         const QString& token = {}, const QString& busAddress = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("BADGEDESK_CREDLY_TOKEN"));
        if (!token.isEmpty())
            env.insert(QStringLiteral("BADGEDESK_CREDLY_TOKEN"), token);
        if (!busAddress.isEmpty()) {
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
            env.remove(QStringLiteral("DISPLAY"));
        }
        p.setProcessEnvironment(env);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(BADGEDESK_CLI_PATH), arguments);
        if (!p.waitForStarted(10000))
            return {};
        p.write(input);
        p.closeWriteChannel();
        if (!finished.wait(30000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QString database(const QString& name, CredlyEnvironment environment, const QString& org = {})
    {
        const QString path = m_dir.filePath(name);
        Database db;
        if (!db.open(path) || !db.setEnvironment(environment))
            return {};
        if (!org.isEmpty()) {
            CredlyConnectionSettings s;
            s.environment = environment;
            s.organizationId = org;
            CredlySettingsRepository(db.connection()).save(s);
        }
        return path;
    }

    QStringList remote(const QString& db) const
    {
        return {QStringLiteral("--db"), db, QStringLiteral("credly")};
    }
    QStringList target() const
    {
        return {QStringLiteral("--credly-url"), m_sim.baseUrl().toString(), QStringLiteral("--org"), m_org};
    }

    bool keychainAvailable()
    {
        KeychainSecretStore probe;
        const auto r =
            probe.writeNow(QStringLiteral("credly-token/probe/") + QUuid::createUuid().toString(QUuid::Id128),
                           QStringLiteral("x"));
        return r.isOk();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_sim.setOrganizationId(m_org);
        m_sim.setToken(m_token);
        QVERIFY(m_sim.listen() != 0);
    }

    void init() { qunsetenv("BADGEDESK_CREDLY_TOKEN"); }

    void testShowsOrganizationAndTemplates()
    {
        qputenv("BADGEDESK_CREDLY_TOKEN", m_token.toUtf8());
        const QString db = database(QStringLiteral("sandbox.sqlite"), CredlyEnvironment::Sandbox);
        CliRun run = runCli(remote(db) + QStringList{QStringLiteral("test")} + target());
        QCOMPARE(run.code, int(ExitOk));
        QVERIFY2(
            run.out.contains(QStringLiteral("Organization:  CareerTech Testing Center (Practice) (org-cli)")),
            qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QStringLiteral("Templates:     150 (144 active)")));
        QVERIFY(run.out.contains(QStringLiteral("Token from:    environment variable")));
        QVERIFY(run.out.startsWith(QStringLiteral("Credly SANDBOX at http://127.0.0.1:")));
        QVERIFY(!run.out.contains(m_token));

        run = runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("credly"), QStringLiteral("test"),
                                 QStringLiteral("--json")} +
                     target());
        QCOMPARE(run.code, int(ExitOk));
        const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("environment")).toString(), QStringLiteral("sandbox"));
        QCOMPARE(o.value(QStringLiteral("organization")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("CareerTech Testing Center (Practice)"));
        QCOMPARE(o.value(QStringLiteral("templates")).toObject().value(QStringLiteral("total")).toInt(), 150);
        const QJsonObject token = o.value(QStringLiteral("token")).toObject();
        QVERIFY(token.value(QStringLiteral("known")).toBool());
        QVERIFY(qAbs(token.value(QStringLiteral("days_left")).toInt() - 180) <= 1);
        QCOMPARE(token.value(QStringLiteral("warning")).toBool(), false);
        // The expiry date is remembered for the app's warning (a date, not the token).
        Database check;
        QVERIFY(check.open(db));
        QVERIFY(CredlySettingsRepository(check.connection())
                    .load(CredlyEnvironment::Sandbox)
                    .tokenExpiresAt.isValid());
    }

    void templatesSyncsListsAndFlags()
    {
        qputenv("BADGEDESK_CREDLY_TOKEN", m_token.toUtf8());
        const QString db = database(QStringLiteral("templates.sqlite"), CredlyEnvironment::Production);
        QString archivedId;
        for (const auto& t : CredlySimulator::seedTemplates()) {
            if (t.archived) {
                archivedId = t.id;
                break;
            }
        }
        {
            Database d;
            QVERIFY(d.open(db));
            CatalogEntry e;
            e.code = QStringLiteral("0777");
            e.title = QStringLiteral("Old assessment");
            e.credlyTemplateId = archivedId;
            QVERIFY(CatalogRepository(d.connection()).add(e, QStringLiteral("test")) > 0);
        }
        CliRun run = runCli(remote(db) + QStringList{QStringLiteral("templates"), QStringLiteral("--json")} +
                            target());
        QCOMPARE(run.code, int(ExitOk));
        const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("environment")).toString(), QStringLiteral("production"));
        QCOMPARE(o.value(QStringLiteral("templates")).toArray().size(), 150);
        QCOMPARE(o.value(QStringLiteral("counts")).toObject().value(QStringLiteral("archived")).toInt(), 6);
        const QJsonArray flagged = o.value(QStringLiteral("archived_in_use")).toArray();
        QCOMPARE(flagged.size(), 1);
        QCOMPARE(flagged.first().toObject().value(QStringLiteral("code")).toString(), QStringLiteral("0777"));
        QCOMPARE(flagged.first().toObject().value(QStringLiteral("template_id")).toString(), archivedId);
        {
            Database d;
            QVERIFY(d.open(db));
            QCOMPARE(CredlyTemplateRepository(d.connection()).all(CredlyEnvironment::Production).size(), 150);
            QVERIFY(CredlyTemplateRepository(d.connection()).all(CredlyEnvironment::Practice).isEmpty());
        }

        run = runCli(remote(db) + QStringList{QStringLiteral("templates")} + target());
        QCOMPARE(run.code, int(ExitOk));
        QVERIFY(run.out.startsWith(QStringLiteral("ID ")));
        QCOMPARE(run.out.count(QStringLiteral("  archived  ")), 6);
        QVERIFY2(run.out.contains(
                     QStringLiteral("PRODUCTION: 150 badge templates from Credly (144 active, 6 archived). 1 "
                                    "catalog entries use a template that can no longer issue badges: 0777.")),
                 qPrintable(run.out));
    }

    void practiceRunsTheSimulatorInProcess()
    {
        const QString db = database(QStringLiteral("badgedesk-practice.sqlite"), CredlyEnvironment::Practice);
        const CliRun run = runCli({QStringLiteral("--db"), db, QStringLiteral("--json"),
                                   QStringLiteral("credly"), QStringLiteral("test")});
        QCOMPARE(run.code, int(ExitOk));
        const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("environment")).toString(), QStringLiteral("practice"));
        QCOMPARE(o.value(QStringLiteral("token_source")).toString(), QStringLiteral("practice session"));
        QCOMPARE(o.value(QStringLiteral("organization")).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("careertech-practice"));
        QVERIFY(
            o.value(QStringLiteral("base_url")).toString().startsWith(QLatin1String("http://127.0.0.1:")));
        QVERIFY(o.value(QStringLiteral("base_url")).toString() != m_sim.baseUrl().toString());
    }

    void errorsAndExitCodes_data()
    {
        QTest::addColumn<QString>("env");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString url = m_sim.baseUrl().toString();
        QTest::newRow("wrong token") << "sandbox"
                                     << QStringList{QStringLiteral("test"), QStringLiteral("--credly-url"),
                                                    url, QStringLiteral("--org"), m_org}
                                     << "nope" << int(ExitNetwork) << "Credly refused the token";
        QTest::newRow("wrong organization")
            << "sandbox"
            << QStringList{QStringLiteral("templates"), QStringLiteral("--credly-url"), url,
                           QStringLiteral("--org"), QStringLiteral("elsewhere")}
            << m_token << int(ExitNetwork) << "Credly does not know this item";
        QTest::newRow("nobody listening")
            << "sandbox"
            << QStringList{QStringLiteral("test"), QStringLiteral("--credly-url"),
                           QStringLiteral("http://127.0.0.1:1/v1/"), QStringLiteral("--org"), m_org}
            << m_token << int(ExitNetwork) << "Could not reach Credly";
        QTest::newRow("plain http elsewhere")
            << "production"
            << QStringList{QStringLiteral("test"), QStringLiteral("--credly-url"),
                           QStringLiteral("http://api.credly.com/v1/"), QStringLiteral("--org"), m_org}
            << m_token << int(ExitBadInput) << "must use https";
        QTest::newRow("no organization") << "production" << QStringList{QStringLiteral("test")} << m_token
                                         << int(ExitBadInput) << "The organization id is missing";
        QTest::newRow("unknown subcommand") << "production" << QStringList{QStringLiteral("frob")} << m_token
                                            << int(ExitUsage) << "unknown credly subcommand \"frob\"";
        QTest::newRow("unknown option")
            << "production" << QStringList{QStringLiteral("test"), QStringLiteral("--colour")} << m_token
            << int(ExitUsage) << "Unknown option 'colour'";
    }

    void errorsAndExitCodes()
    {
        QFETCH(QString, env);
        QFETCH(QStringList, arguments);
        QFETCH(QString, token);
        QFETCH(int, code);
        QFETCH(QString, message);
        qputenv("BADGEDESK_CREDLY_TOKEN", token.toUtf8());
        const QString db = database(QStringLiteral("errors-%1.sqlite").arg(env), *environmentFromKey(env));
        const CliRun run = runCli(remote(db) + arguments);
        QCOMPARE(run.code, code);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!run.err.contains(m_token));
        QVERIFY(!run.out.contains(m_token));
    }

    void tokenNeverFromAnArgument()
    {
        const QString db = database(QStringLiteral("arg.sqlite"), CredlyEnvironment::Production, m_org);
        CliRun run = runCli(remote(db) + QStringList{QStringLiteral("token"), QStringLiteral("set"),
                                                     QStringLiteral("--env"), QStringLiteral("production"),
                                                     QStringLiteral("--token"), m_token});
        QCOMPARE(run.code, int(ExitUsage));
        QVERIFY2(run.err.contains(QStringLiteral("Unknown option 'token'")), qPrintable(run.err));
        run =
            runCli(remote(db) + QStringList{QStringLiteral("token"), QStringLiteral("set"),
                                            QStringLiteral("--env"), QStringLiteral("production"), m_token});
        QCOMPARE(run.code, int(ExitUsage));
        QVERIFY(run.err.contains(QStringLiteral("takes no further arguments")));
        QVERIFY(!run.err.contains(m_token)); // not even echoed back
        run = runCli(remote(db) + QStringList{QStringLiteral("token"), QStringLiteral("set"),
                                              QStringLiteral("--env"), QStringLiteral("practice")});
        QCOMPARE(run.code, int(ExitUsage));
        QVERIFY(run.err.contains(QStringLiteral("Practice needs no token")));
        run = runCli(remote(db) + QStringList{QStringLiteral("token"), QStringLiteral("set")});
        QCOMPARE(run.code, int(ExitUsage));
        QVERIFY(run.err.contains(QStringLiteral("--env must be sandbox or production")));
    }

    void environmentVariableTokenInTheRealExecutable()
    {
        const QString db = database(QStringLiteral("exe-env.sqlite"), CredlyEnvironment::Sandbox);
        CliRun run = runExecutable(remote(db) + QStringList{QStringLiteral("test")} + target(), {}, m_token);
        QCOMPARE(run.code, int(ExitOk));
        QVERIFY2(run.out.contains(QStringLiteral("Templates:     150 (144 active)")),
                 qPrintable(run.out + run.err));
        QVERIFY(run.err.isEmpty()); // no log chatter in a CLI run
        run = runExecutable(remote(db) + QStringList{QStringLiteral("test")} + target(), {},
                            QStringLiteral("bad"));
        QCOMPARE(run.code, int(ExitNetwork));
        QVERIFY(run.err.contains(QStringLiteral("Credly refused the token")));
    }

    void tokenSetThroughTheKeychainThenUsed()
    {
        const QString org = QStringLiteral("org-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        m_sim.addToken(m_token + QStringLiteral("-kc"), true);
        const QString db = database(QStringLiteral("keychain.sqlite"), CredlyEnvironment::Sandbox, org);
        const QStringList url{QStringLiteral("--credly-url"), m_sim.baseUrl().toString()};
        if (!keychainAvailable()) {
            if (qEnvironmentVariable("BADGEDESK_REQUIRE_KEYCHAIN") == QLatin1String("1"))
                QFAIL("no Secret Service on this session bus; scripts/test.sh provides one");
            // Without a keychain: said plainly, nothing stored, the variable offered.
            const CliRun run =
                runExecutable(remote(db) + QStringList{QStringLiteral("token"), QStringLiteral("set"),
                                                       QStringLiteral("--env"), QStringLiteral("sandbox")},
                              (m_token + QStringLiteral("-kc\n")).toUtf8());
            QCOMPARE(run.code, int(ExitBadInput));
            QVERIFY2(run.err.contains(QStringLiteral("The system keychain is not available")),
                     qPrintable(run.err));
            QVERIFY(run.err.contains(QStringLiteral("BADGEDESK_CREDLY_TOKEN")));
            QSKIP("the keychain round trip needs a Secret Service (scripts/test.sh)");
        }
        // No token yet: exit 3 and the command to store one.
        CliRun run = runExecutable(remote(db) + QStringList{QStringLiteral("test")} + url);
        QCOMPARE(run.code, int(ExitNetwork));
        QVERIFY2(run.err.contains(
                     QStringLiteral("No Credly token is stored for sandbox organization %1").arg(org)),
                 qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("credly token set --env sandbox")));

        // Stored from standard input (the organization comes from the database's settings)...
        run = runExecutable(remote(db) + QStringList{QStringLiteral("token"), QStringLiteral("set"),
                                                     QStringLiteral("--env"), QStringLiteral("sandbox")},
                            (QStringLiteral("  ") + m_token + QStringLiteral("-kc  \n")).toUtf8());
        QCOMPARE(run.code, int(ExitOk));
        QVERIFY2(run.out.contains(QStringLiteral("stored in the keychain")), qPrintable(run.out + run.err));
        QVERIFY(!run.out.contains(m_token));
        // ...and read back by the next command, which also talks to the simulator with it.
        m_sim.setOrganizationId(org);
        m_sim.setToken(m_token);
        m_sim.addToken(m_token + QStringLiteral("-kc"), true);
        run = runExecutable(remote(db) + QStringList{QStringLiteral("test")} + url);
        m_sim.setOrganizationId(m_org);
        m_sim.setToken(m_token);
        QCOMPARE(run.code, int(ExitOk));
        QVERIFY2(run.out.contains(QStringLiteral("Token from:    keychain")), qPrintable(run.out + run.err));
        QVERIFY(!run.out.contains(m_token));

        run = runExecutable(remote(db) + QStringList{QStringLiteral("token"), QStringLiteral("delete"),
                                                     QStringLiteral("--env"), QStringLiteral("sandbox")});
        QCOMPARE(run.code, int(ExitOk));
        QVERIFY(KeychainSecretStore().readNow(QStringLiteral("credly-token/sandbox/") + org).status ==
                SecretStore::Status::NotFound);
    }

    void keychainUnavailableInTheRealExecutable()
    {
        const QString db = database(QStringLiteral("nobus.sqlite"), CredlyEnvironment::Production, m_org);
        CliRun run =
            runExecutable(remote(db) + QStringList{QStringLiteral("token"), QStringLiteral("set"),
                                                   QStringLiteral("--env"), QStringLiteral("production")},
                          (m_token + QStringLiteral("\n")).toUtf8(), {},
                          QStringLiteral("unix:path=/nonexistent/badgedesk-no-session-bus"));
        QCOMPARE(run.code, int(ExitBadInput));
        QVERIFY2(run.err.contains(QStringLiteral("The system keychain is not available")),
                 qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("never writes a token to a file")));
        QVERIFY(!run.err.contains(m_token));
        run = runExecutable(remote(db) + QStringList{QStringLiteral("test"), QStringLiteral("--credly-url"),
                                                     m_sim.baseUrl().toString()},
                            {}, {}, QStringLiteral("unix:path=/nonexistent/badgedesk-no-session-bus"));
        QCOMPARE(run.code, int(ExitNetwork));
        QVERIFY2(run.err.contains(QStringLiteral("The system keychain is not available")) ||
                     run.err.contains(QStringLiteral("No Credly token")),
                 qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("BADGEDESK_CREDLY_TOKEN")));
    }
};

QTEST_GUILESS_MAIN(TestCredlyCommand)
#include "TestCredlyCommand.moc"
