#include "AppIdentity.h"
#include "EnvironmentPreference.h"
#include "storage/Database.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace badgedesk;

// The environment BadgeDesk opens at start, and so which database file.
class TestEnvironmentPreference : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyAppIdentity();
    }
    void init() { QSettings().clear(); }

    void freshInstallIsPractice()
    {
        QCOMPARE(EnvironmentPreference::load(), CredlyEnvironment::Practice);
        QCOMPARE(EnvironmentPreference::databasePath(), Database::defaultPath(CredlyEnvironment::Practice));
        QVERIFY(EnvironmentPreference::databasePath().endsWith(QLatin1String("badgedesk-practice.sqlite")));
    }

    void rememberedAcrossRestarts()
    {
        EnvironmentPreference::save(CredlyEnvironment::Production);
        QCOMPARE(QSettings().value(QStringLiteral("credly/environment")).toString(),
                 QStringLiteral("production"));
        QCOMPARE(EnvironmentPreference::load(), CredlyEnvironment::Production);
        QVERIFY(EnvironmentPreference::databasePath().endsWith(QLatin1String("/badgedesk.sqlite")));
        EnvironmentPreference::save(CredlyEnvironment::Sandbox);
        QCOMPARE(EnvironmentPreference::databasePath(), Database::defaultPath(CredlyEnvironment::Production));
        // A damaged value falls back to Practice, never to Production.
        QSettings().setValue(QStringLiteral("credly/environment"), QStringLiteral("prod"));
        QCOMPARE(EnvironmentPreference::load(), CredlyEnvironment::Practice);
    }

    void whichSwitchesChangeTheFile()
    {
        using E = CredlyEnvironment;
        QVERIFY(EnvironmentPreference::needsOtherDatabase(E::Practice, E::Production));
        QVERIFY(EnvironmentPreference::needsOtherDatabase(E::Sandbox, E::Practice));
        QVERIFY(!EnvironmentPreference::needsOtherDatabase(E::Sandbox, E::Production));
        QVERIFY(!EnvironmentPreference::needsOtherDatabase(E::Practice, E::Practice));
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentPreference)
#include "TestEnvironmentPreference.moc"
