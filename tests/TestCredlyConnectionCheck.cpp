#include "CredlySimulator.h"
#include "credly/CredlyClient.h"
#include "credly/CredlyConnectionCheck.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace badgedesk;

// "Test connection" over loopback: organization name, template count, token expiry; the errors.
class TestCredlyConnectionCheck : public QObject
{
    Q_OBJECT
private:
    CredlySimulator m_sim;
    const QString m_token = QStringLiteral("Tk-check-55a0");
    const QString m_org = QStringLiteral("org-check");

    void configure(CredlyClient& client, const QString& org, const QString& token)
    {
        QVERIFY(client.setBaseUrl(m_sim.baseUrl()));
        client.setOrganizationId(org);
        client.setToken(token);
        client.setRetryPolicy({1, 10, 10, 1});
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sim.setOrganizationId(m_org);
        m_sim.setToken(m_token);
        QVERIFY(m_sim.listen() != 0);
    }

    void connected()
    {
        CredlyClient client;
        configure(client, m_org, m_token);
        CredlyConnectionCheck check(&client);
        QSignalSpy finished(&check, &CredlyConnectionCheck::finished);
        check.start();
        QVERIFY(check.isRunning());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.count(), 1);
        const auto& r = check.result();
        QVERIFY2(r.isOk(), qPrintable(r.summary()));
        QCOMPARE(r.organizationId, m_org);
        QCOMPARE(r.organizationName, QStringLiteral("CareerTech Testing Center (Practice)"));
        QCOMPARE(r.templateCount, 150);
        QCOMPARE(r.activeTemplateCount, 144);
        QVERIFY(r.tokenExpiry.known);
        QVERIFY(qAbs(r.tokenExpiry.daysLeft(QDate::currentDate()) - 180) <= 1);
        QCOMPARE(r.summary(), QStringLiteral("Connected to \"CareerTech Testing Center (Practice)\" with 150 "
                                             "badge templates (144 active)."));
    }

    void tokenExpiringSoon()
    {
        m_sim.addToken(QStringLiteral("Tk-soon"), false, QDateTime::currentDateTimeUtc().addDays(10));
        CredlyClient client;
        configure(client, m_org, QStringLiteral("Tk-soon"));
        const auto r = CredlyConnectionCheck(&client).runNow();
        QVERIFY2(r.isOk(), qPrintable(r.summary()));
        QVERIFY(r.tokenExpiry.needsWarning(QDate::currentDate()));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("org");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        QTest::newRow("wrong token") << m_org << QStringLiteral("nope")
                                     << int(CredlyError::Kind::Authentication)
                                     << QStringLiteral("Credly refused the token");
        QTest::newRow("wrong organization")
            << QStringLiteral("someone-else") << m_token << int(CredlyError::Kind::NotFound)
            << QStringLiteral("Check the organization id");
    }

    void errors()
    {
        QFETCH(QString, org);
        QFETCH(QString, token);
        QFETCH(int, kind);
        QFETCH(QString, text);
        CredlyClient client;
        configure(client, org, token);
        const auto r = CredlyConnectionCheck(&client).runNow();
        QCOMPARE(int(r.error.kind), kind);
        QVERIFY2(r.summary().contains(text), qPrintable(r.summary()));
        QVERIFY(r.organizationName.isEmpty());
    }

    void networkError()
    {
        CredlyClient client;
        QVERIFY(client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1/v1/"))));
        client.setOrganizationId(m_org);
        client.setToken(m_token);
        client.setRetryPolicy({1, 10, 10, 1});
        const auto r = CredlyConnectionCheck(&client).runNow();
        QCOMPARE(r.error.kind, CredlyError::Kind::Network);
        QVERIFY(r.summary().startsWith(QLatin1String("Could not reach Credly")));
    }
};

QTEST_GUILESS_MAIN(TestCredlyConnectionCheck)
#include "TestCredlyConnectionCheck.moc"
