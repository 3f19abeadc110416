#include "secrets/KeychainSecretStore.h"
#include "secrets/TokenStore.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace badgedesk;
using Status = SecretStore::Status;

namespace {

QStringList g_log;
QMutex g_logMutex;

void captureMessage(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    QMutexLocker lock(&g_logMutex);
    g_log.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
}

} // namespace

// The keychain for real: a Secret Service on the session bus (scripts/test.sh runs the suite in
// dbus-run-session with an unlocked gnome-keyring). Without one the test skips, unless
// BADGEDESK_REQUIRE_KEYCHAIN=1 (set by scripts/test.sh), where a missing keychain is a failure.
class TestKeychainSecretStore : public QObject
{
    Q_OBJECT
private:
    // A service of its own per run, so a developer's real "BadgeDesk" entries are never touched.
    const QString m_service = QStringLiteral("BadgeDesk-test-") + QUuid::createUuid().toString(QUuid::Id128);
    const QString m_token = QStringLiteral("Tk-keychain-3f9a7c1e-secret");
    QtMessageHandler m_previousHandler = nullptr;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(QStringLiteral("badgedesk.*.debug=true"));
        m_previousHandler = qInstallMessageHandler(captureMessage);

        KeychainSecretStore store(m_service);
        const SecretStore::Result probe = store.writeNow(QStringLiteral("probe"), QStringLiteral("p"));
        if (probe.status == Status::Unavailable || probe.status == Status::AccessDenied) {
            const QString why = QStringLiteral("no usable Secret Service on this session bus (%1: %2)")
                                    .arg(SecretStore::statusKey(probe.status), probe.detail);
            if (qEnvironmentVariable("BADGEDESK_REQUIRE_KEYCHAIN") == QLatin1String("1"))
                QFAIL(qPrintable(why + QStringLiteral("; BADGEDESK_REQUIRE_KEYCHAIN=1 requires one. Run "
                                                      "scripts/test.sh, which starts gnome-keyring.")));
            QSKIP(qPrintable(why));
        }
        QVERIFY2(probe.isOk(), qPrintable(probe.detail));
        QVERIFY(store.removeNow(QStringLiteral("probe")).isOk());
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(m_previousHandler);
        QLoggingCategory::setFilterRules(QString());
    }

    void roundTrip()
    {
        KeychainSecretStore store(m_service);
        QCOMPARE(store.service(), m_service);
        const QString key = QStringLiteral("credly-token/sandbox/org-1");
        QCOMPARE(store.readNow(key).status, Status::NotFound);

        QVERIFY(store.writeNow(key, m_token).isOk());
        SecretStore::Result r = store.readNow(key);
        QVERIFY2(r.isOk(), qPrintable(r.detail));
        QCOMPARE(r.secret, m_token);

        // Overwrite, then a fresh store object (as after a restart) reads the new value.
        QVERIFY(store.writeNow(key, m_token + QStringLiteral("-rotated")).isOk());
        KeychainSecretStore again(m_service);
        QCOMPARE(again.readNow(key).secret, m_token + QStringLiteral("-rotated"));

        QVERIFY(store.removeNow(key).isOk());
        QCOMPARE(store.readNow(key).status, Status::NotFound);
        // Removing what is gone is fine: the wanted state holds.
        QVERIFY(store.removeNow(key).isOk());
    }

    void storedInTheSecretServiceItself()
    {
        // Not some fallback file: secret-tool (libsecret) finds the item QtKeychain wrote.
        const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
        if (secretTool.isEmpty())
            QSKIP("secret-tool (libsecret-tools) is not installed");
        KeychainSecretStore store(m_service);
        const QString key = QStringLiteral("credly-token/production/org-st");
        QVERIFY(store.writeNow(key, m_token).isOk());
        QProcess tool;
        tool.start(secretTool, {QStringLiteral("lookup"), QStringLiteral("server"), m_service,
                                QStringLiteral("user"), key});
        QVERIFY(tool.waitForFinished(10000));
        QCOMPARE(QString::fromUtf8(tool.readAllStandardOutput()).trimmed(), m_token);
        QVERIFY(store.removeNow(key).isOk());
    }

    void oneKeyPerEnvironmentAndOrganization()
    {
        KeychainSecretStore keychain(m_service);
        TokenStore tokens(&keychain);
        QVERIFY(
            tokens.saveNow(CredlyEnvironment::Sandbox, QStringLiteral("org-a"), QStringLiteral("sandbox-a"))
                .isOk());
        QVERIFY(
            tokens.saveNow(CredlyEnvironment::Production, QStringLiteral("org-a"), QStringLiteral("prod-a"))
                .isOk());
        QVERIFY(
            tokens.saveNow(CredlyEnvironment::Production, QStringLiteral("org-b"), QStringLiteral("prod-b"))
                .isOk());

        TokenStore::Lookup l = tokens.lookupNow(CredlyEnvironment::Sandbox, QStringLiteral("org-a"));
        QCOMPARE(l.source, TokenStore::Source::Keychain);
        QCOMPARE(l.token, QStringLiteral("sandbox-a"));
        QCOMPARE(tokens.lookupNow(CredlyEnvironment::Production, QStringLiteral("org-a")).token,
                 QStringLiteral("prod-a"));
        QCOMPARE(tokens.lookupNow(CredlyEnvironment::Production, QStringLiteral("org-b")).token,
                 QStringLiteral("prod-b"));
        QVERIFY(!tokens.lookupNow(CredlyEnvironment::Sandbox, QStringLiteral("org-b")).found());

        QVERIFY(tokens.forgetNow(CredlyEnvironment::Production, QStringLiteral("org-a")).isOk());
        QVERIFY(!tokens.lookupNow(CredlyEnvironment::Production, QStringLiteral("org-a")).found());
        QCOMPARE(tokens.lookupNow(CredlyEnvironment::Production, QStringLiteral("org-b")).token,
                 QStringLiteral("prod-b"));
        QVERIFY(tokens.forgetNow(CredlyEnvironment::Production, QStringLiteral("org-b")).isOk());
        QVERIFY(tokens.forgetNow(CredlyEnvironment::Sandbox, QStringLiteral("org-a")).isOk());
    }

    void asynchronousCallbacksComeFromTheEventLoop()
    {
        KeychainSecretStore store(m_service);
        bool called = false;
        store.write(QStringLiteral("async"), m_token,
                    [&called](const SecretStore::Result&) { called = true; });
        QVERIFY(!called); // never inside write()
        QTRY_VERIFY_WITH_TIMEOUT(called, 10000);
        QVERIFY(store.removeNow(QStringLiteral("async")).isOk());
    }

    void tokenNeverReachesTheLog()
    {
        // Everything above ran with every badgedesk category at debug level.
        QMutexLocker lock(&g_logMutex);
        const QString all = g_log.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("credly-token/sandbox/org-1")), qPrintable(all)); // it did log
        QVERIFY(!all.contains(m_token));
        QVERIFY(!all.contains(QLatin1String("sandbox-a")));
        QVERIFY(!all.contains(QLatin1String("prod-b")));
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "TestKeychainSecretStore.moc"
