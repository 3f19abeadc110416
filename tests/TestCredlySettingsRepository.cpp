#include "storage/CredlySettingsRepository.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace badgedesk;

// Organization id, custom address and last seen token expiry per environment, in the settings table.
class TestCredlySettingsRepository : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    QStringList credlyKeys() const
    {
        QStringList keys;
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT key FROM settings WHERE key LIKE 'credly.%' ORDER BY key"));
        while (q.next())
            keys.append(q.value(0).toString());
        return keys;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("real.sqlite"))),
                 qPrintable(m_db->errorMessage()));
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void emptyUntilSaved()
    {
        CredlySettingsRepository repo(m_db->connection());
        const CredlyConnectionSettings s = repo.load(CredlyEnvironment::Production);
        QCOMPARE(s.environment, CredlyEnvironment::Production);
        QVERIFY(s.organizationId.isEmpty());
        QVERIFY(!s.hasCustomBaseUrl());
        QCOMPARE(s.baseUrl(), QUrl(QStringLiteral("https://api.credly.com/v1/")));
        QVERIFY(!s.tokenExpiresAt.isValid());
        // Practice always has the simulator's organization.
        QCOMPARE(repo.load(CredlyEnvironment::Practice).organizationId,
                 QStringLiteral("careertech-practice"));
    }

    void roundTripKeepsEnvironmentsApart()
    {
        CredlySettingsRepository repo(m_db->connection());
        CredlyConnectionSettings sandbox;
        sandbox.environment = CredlyEnvironment::Sandbox;
        sandbox.organizationId = QStringLiteral(" sandbox-org ");
        sandbox.customBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:8123/v1/"));
        QVERIFY2(repo.save(sandbox), qPrintable(repo.error()));
        CredlyConnectionSettings production;
        production.environment = CredlyEnvironment::Production;
        production.organizationId = QStringLiteral("prod-org");
        production.tokenExpiresAt = QDateTime(QDate(2027, 4, 1), QTime(12, 0), Qt::UTC);
        QVERIFY2(repo.save(production), qPrintable(repo.error()));

        // Read back through a new repository, as after a restart.
        CredlySettingsRepository again(m_db->connection());
        const CredlyConnectionSettings s = again.load(CredlyEnvironment::Sandbox);
        QCOMPARE(s.organizationId, QStringLiteral("sandbox-org"));
        QCOMPARE(s.baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:8123/v1/")));
        const CredlyConnectionSettings p = again.load(CredlyEnvironment::Production);
        QCOMPARE(p.organizationId, QStringLiteral("prod-org"));
        QVERIFY(!p.hasCustomBaseUrl());
        QCOMPARE(p.tokenExpiresAt, production.tokenExpiresAt);

        QVERIFY(again.setTokenExpiresAt(CredlyEnvironment::Sandbox,
                                        QDateTime(QDate(2027, 1, 2), QTime(0, 0), Qt::UTC)));
        QCOMPARE(again.load(CredlyEnvironment::Sandbox).tokenExpiresAt.date(), QDate(2027, 1, 2));

        // Only these keys: an organization id, an address and a date. Never a token.
        QCOMPARE(credlyKeys(), QStringList({QStringLiteral("credly.production.base_url"),
                                            QStringLiteral("credly.production.organization_id"),
                                            QStringLiteral("credly.production.token_expires_at"),
                                            QStringLiteral("credly.sandbox.base_url"),
                                            QStringLiteral("credly.sandbox.organization_id"),
                                            QStringLiteral("credly.sandbox.token_expires_at")}));

        // Clearing the custom address goes back to Credly's.
        sandbox.customBaseUrl = QUrl();
        QVERIFY(repo.save(sandbox));
        QCOMPARE(repo.load(CredlyEnvironment::Sandbox).baseUrl(),
                 QUrl(QStringLiteral("https://sandbox-api.credly.com/v1/")));
    }

    void invalidValuesWriteNothing()
    {
        CredlySettingsRepository repo(m_db->connection());
        CredlyConnectionSettings s;
        s.environment = CredlyEnvironment::Production;
        s.organizationId = QStringLiteral("prod-org");
        s.customBaseUrl = QUrl(QStringLiteral("http://credly-proxy.example.org/v1/"));
        QVERIFY(!repo.save(s));
        QVERIFY2(repo.error().contains(QLatin1String("https")), qPrintable(repo.error()));
        s.customBaseUrl = QUrl();
        s.organizationId = QStringLiteral("bad id");
        QVERIFY(!repo.save(s));
        QVERIFY(repo.error().contains(QLatin1String("only letters, digits")));
        QVERIFY(credlyKeys().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCredlySettingsRepository)
#include "TestCredlySettingsRepository.moc"
