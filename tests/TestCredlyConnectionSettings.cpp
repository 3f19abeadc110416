#include "credly/CredlyConnectionSettings.h"

#include <QTest>

using namespace badgedesk;

// Environment configuration rules: organization ids, base URLs, the environments' own addresses.
class TestCredlyConnectionSettings : public QObject
{
    Q_OBJECT
private slots:
    void defaultAddresses()
    {
        QCOMPARE(CredlyConnectionSettings::defaultBaseUrl(CredlyEnvironment::Production),
                 QUrl(QStringLiteral("https://api.credly.com/v1/")));
        QCOMPARE(CredlyConnectionSettings::defaultBaseUrl(CredlyEnvironment::Sandbox),
                 QUrl(QStringLiteral("https://sandbox-api.credly.com/v1/")));
        QVERIFY(CredlyConnectionSettings::defaultBaseUrl(CredlyEnvironment::Practice).isEmpty());

        CredlyConnectionSettings s;
        s.environment = CredlyEnvironment::Sandbox;
        QCOMPARE(s.baseUrl(), QUrl(QStringLiteral("https://sandbox-api.credly.com/v1/")));
        s.customBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:8123/v1/"));
        QVERIFY(s.hasCustomBaseUrl());
        QCOMPARE(s.baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:8123/v1/")));
    }

    void organizationIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("message");
        QTest::newRow("uuid") << QStringLiteral("1a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8d") << true << QString();
        QTest::newRow("padded") << QStringLiteral("  org-1  ") << true << QString();
        QTest::newRow("empty") << QString() << false << QStringLiteral("is missing");
        QTest::newRow("blank") << QStringLiteral("   ") << false << QStringLiteral("is missing");
        QTest::newRow("slash") << QStringLiteral("org/../x") << false
                               << QStringLiteral("only letters, digits");
        QTest::newRow("space") << QStringLiteral("my org") << false << QStringLiteral("only letters, digits");
        QTest::newRow("query") << QStringLiteral("org?x=1") << false
                               << QStringLiteral("only letters, digits");
        QTest::newRow("too long") << QString(101, QLatin1Char('a')) << false
                                  << QStringLiteral("only letters");
    }

    void organizationIds()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QFETCH(QString, message);
        QString error;
        QCOMPARE(CredlyConnectionSettings::isValidOrganizationId(id, &error), valid);
        QVERIFY2(error.contains(message), qPrintable(error));
        if (!valid)
            QVERIFY(error.contains(QLatin1String("Developers"))); // where to find the right one
    }

    void validate_data()
    {
        QTest::addColumn<int>("environment");
        QTest::addColumn<QString>("organization");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::newRow("practice needs nothing")
            << int(CredlyEnvironment::Practice) << QString() << QString() << true;
        QTest::newRow("production with org")
            << int(CredlyEnvironment::Production) << QStringLiteral("org-1") << QString() << true;
        QTest::newRow("production without org")
            << int(CredlyEnvironment::Production) << QString() << QString() << false;
        QTest::newRow("custom https") << int(CredlyEnvironment::Sandbox) << QStringLiteral("org-1")
                                      << QStringLiteral("https://credly-proxy.example.org/v1/") << true;
        QTest::newRow("custom loopback http") << int(CredlyEnvironment::Sandbox) << QStringLiteral("org-1")
                                              << QStringLiteral("http://localhost:9000/v1/") << true;
        QTest::newRow("custom plain http") << int(CredlyEnvironment::Production) << QStringLiteral("org-1")
                                           << QStringLiteral("http://credly-proxy.example.org/v1/") << false;
    }

    void validate()
    {
        QFETCH(int, environment);
        QFETCH(QString, organization);
        QFETCH(QString, url);
        QFETCH(bool, valid);
        CredlyConnectionSettings s;
        s.environment = static_cast<CredlyEnvironment>(environment);
        s.organizationId = organization;
        s.customBaseUrl = url.isEmpty() ? QUrl() : QUrl(url);
        QString error;
        QCOMPARE(s.validate(&error), valid);
        QCOMPARE(error.isEmpty(), valid);
    }
};

QTEST_GUILESS_MAIN(TestCredlyConnectionSettings)
#include "TestCredlyConnectionSettings.moc"
