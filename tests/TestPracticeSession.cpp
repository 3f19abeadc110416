#include "PracticeSession.h"
#include "credly/CredlyClient.h"
#include "credly/CredlyConnectionCheck.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace badgedesk;

// Practice: the simulator in this process, a session token, loopback only, state kept without tokens.
class TestPracticeSession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void startsOnLoopbackWithASessionToken()
    {
        PracticeSession a;
        PracticeSession b;
        QVERIFY(!a.isRunning());
        QVERIFY(a.start());
        QVERIFY(b.start());
        QVERIFY(a.isRunning());
        QCOMPARE(a.baseUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(a.baseUrl().port() > 0);
        QVERIFY(a.baseUrl().port() != b.baseUrl().port()); // a free port each
        QCOMPARE(a.organizationId(), QStringLiteral("careertech-practice"));
        QVERIFY(a.token().startsWith(QLatin1String("practice-")));
        QCOMPARE(a.token().size(), 9 + 32);
        QVERIFY(a.token() != b.token());

        CredlyClient client;
        QVERIFY(client.setBaseUrl(a.baseUrl()));
        client.setOrganizationId(a.organizationId());
        client.setToken(a.token());
        const auto ok = CredlyConnectionCheck(&client).runNow();
        QVERIFY2(ok.isOk(), qPrintable(ok.summary()));
        QCOMPARE(ok.templateCount, 150);

        // The simulator's well-known default token and another session's token are refused.
        client.setRetryPolicy({1, 10, 10, 1});
        for (const QString& other : {QStringLiteral("practice-token"), b.token()}) {
            client.setToken(other);
            QCOMPARE(CredlyConnectionCheck(&client).runNow().error.kind, CredlyError::Kind::Authentication);
        }
    }

    void stateSurvivesARestartWithoutItsToken()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("badgedesk-practice.sqlite"));
        const QString state = PracticeSession::stateFileFor(db);
        QCOMPARE(state, dir.filePath(QStringLiteral("badgedesk-practice.credly-sim.json")));
        QString firstToken;
        {
            PracticeSession first;
            QString error;
            QVERIFY2(first.start(state), qPrintable(error));
            firstToken = first.token();
            QVERIFY(QFile::exists(state));
            first.simulator().addToken(QStringLiteral("extra"), true); // a change to save
        }
        QFile file(state);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(firstToken.toUtf8()));

        PracticeSession second;
        QVERIFY(second.start(state));
        QCOMPARE(second.simulator().state().templates().size(), 150);
        QCOMPARE(second.simulator().state().tokenIndex(firstToken), -1);
        QVERIFY(second.simulator().state().tokenIndex(second.token()) >= 0);
    }

    void unreadableStateFileIsReported()
    {
        QTemporaryDir dir;
        const QString state = dir.filePath(QStringLiteral("broken.credly-sim.json"));
        QFile f(state);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
        f.close();
        PracticeSession session;
        QString error;
        QVERIFY(!session.start(state, &error));
        QVERIFY2(error.contains(QLatin1String("Move it away")), qPrintable(error));
        QVERIFY(!session.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestPracticeSession)
#include "TestPracticeSession.moc"
