#include "secrets/KeychainSecretStore.h"
#include "secrets/TokenStore.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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

// The keychain-unavailable policy against the real QtKeychain with no Secret Service: ctest runs
// this test with DBUS_SESSION_BUS_ADDRESS pointing at a socket that does not exist (see
// tests/CMakeLists.txt), which is what a desktop without a keyring looks like to QtKeychain 0.13.
class TestTokenStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;
    const QString m_token = QStringLiteral("Tk-unavailable-81c4e2d9-secret");
    const QString m_org = QStringLiteral("org-policy");
    QtMessageHandler m_previousHandler = nullptr;

    // Every file under the throwaway HOME (settings, data, caches) that contains the token.
    QStringList filesHoldingToken() const
    {
        QStringList hits;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(m_token.toUtf8()))
                hits.append(f.fileName());
        }
        return hits;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Before anything asks QStandardPaths or QSettings for a folder: all of them land in m_home,
        // so the test can prove nothing was written anywhere.
        for (const char* var :
             {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            qputenv(var, m_home.path().toUtf8() + (qstrcmp(var, "HOME") == 0 ? "" : QByteArray("/") + var));
        qunsetenv("DISPLAY"); // no D-Bus autolaunch through X11
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BadgeDesk"));
        QCoreApplication::setApplicationName(QStringLiteral("BadgeDesk"));
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QLatin1String("nonexistent")),
                 "run through ctest: the test needs DBUS_SESSION_BUS_ADDRESS pointing nowhere");
        QLoggingCategory::setFilterRules(QStringLiteral("badgedesk.*.debug=true"));
        m_previousHandler = qInstallMessageHandler(captureMessage);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(m_previousHandler);
        QLoggingCategory::setFilterRules(QString());
    }

    void keychainReportsUnavailable()
    {
        KeychainSecretStore keychain;
        QCOMPARE(keychain.service(), QStringLiteral("BadgeDesk"));
        const SecretStore::Result w = keychain.writeNow(QStringLiteral("credly-token/production/x"), m_token);
        QCOMPARE(w.status, Status::Unavailable);
        QVERIFY(!w.detail.isEmpty()); // QtKeychain's own words, for the details
        const SecretStore::Result r = keychain.readNow(QStringLiteral("credly-token/production/x"));
        QVERIFY2(r.status == Status::Unavailable || r.status == Status::NotFound,
                 qPrintable(SecretStore::statusKey(r.status)));
        QVERIFY(r.secret.isEmpty());
    }

    void statusMapping_data()
    {
        QTest::addColumn<int>("keychainError");
        QTest::addColumn<int>("status");
        QTest::newRow("NoError") << 0 << int(Status::Ok);
        QTest::newRow("EntryNotFound") << 1 << int(Status::NotFound);
        QTest::newRow("CouldNotDeleteEntry") << 2 << int(Status::Failed);
        QTest::newRow("AccessDeniedByUser") << 3 << int(Status::AccessDenied);
        QTest::newRow("AccessDenied") << 4 << int(Status::AccessDenied);
        QTest::newRow("NoBackendAvailable") << 5 << int(Status::Unavailable);
        QTest::newRow("NotImplemented") << 6 << int(Status::Unavailable);
        QTest::newRow("OtherError (0.13 without Secret Service)") << 7 << int(Status::Unavailable);
    }

    void statusMapping()
    {
        QFETCH(int, keychainError);
        QFETCH(int, status);
        QCOMPARE(int(KeychainSecretStore::statusFor(keychainError)), status);
    }

    void saveSaysSoPlainlyAndKeepsNothing()
    {
        KeychainSecretStore keychain;
        TokenStore tokens(&keychain);
        const SecretStore::Result saved = tokens.saveNow(CredlyEnvironment::Production, m_org, m_token);
        QCOMPARE(saved.status, Status::Unavailable);
        const QString message = TokenStore::messageFor(saved);
        QVERIFY2(message.startsWith(QLatin1String("The system keychain is not available")),
                 qPrintable(message));
        QVERIFY(message.contains(QLatin1String("never writes a token to a file")));
        QVERIFY(message.contains(QLatin1String("in memory for this session only")));
        QVERIFY(!message.contains(m_token));

        // Nothing was kept implicitly: not in memory, not on disk.
        QVERIFY(!tokens.hasSessionToken(CredlyEnvironment::Production, m_org));
        const TokenStore::Lookup l = tokens.lookupNow(CredlyEnvironment::Production, m_org);
        QVERIFY(!l.found());
        QVERIFY(l.token.isEmpty());
        QVERIFY2(filesHoldingToken().isEmpty(), qPrintable(filesHoldingToken().join(QLatin1Char(' '))));
    }

    void sessionOnlyWhenTheUserChoosesIt()
    {
        KeychainSecretStore keychain;
        TokenStore tokens(&keychain);
        tokens.keepForSession(CredlyEnvironment::Production, m_org, QStringLiteral("  ") + m_token);
        QVERIFY(tokens.hasSessionToken(CredlyEnvironment::Production, m_org));
        const TokenStore::Lookup l = tokens.lookupNow(CredlyEnvironment::Production, m_org);
        QCOMPARE(l.source, TokenStore::Source::Session);
        QCOMPARE(l.token, m_token); // trimmed, as pasted tokens often carry spaces
        // Another environment or organization does not see it.
        QVERIFY(!tokens.lookupNow(CredlyEnvironment::Sandbox, m_org).found());
        QVERIFY(!tokens.lookupNow(CredlyEnvironment::Production, QStringLiteral("other")).found());

        // A second TokenStore (the next start of BadgeDesk) has nothing: memory only.
        TokenStore nextStart(&keychain);
        QVERIFY(!nextStart.lookupNow(CredlyEnvironment::Production, m_org).found());

        // Forget drops the session copy even though the keychain cannot be reached.
        tokens.forgetNow(CredlyEnvironment::Production, m_org);
        QVERIFY(!tokens.hasSessionToken(CredlyEnvironment::Production, m_org));
        QVERIFY(!tokens.lookupNow(CredlyEnvironment::Production, m_org).found());
        QVERIFY2(filesHoldingToken().isEmpty(), qPrintable(filesHoldingToken().join(QLatin1Char(' '))));
    }

    void keysNameEnvironmentAndOrganization()
    {
        QCOMPARE(TokenStore::keyFor(CredlyEnvironment::Production, QStringLiteral(" abc-123 ")),
                 QStringLiteral("credly-token/production/abc-123"));
        QCOMPARE(TokenStore::keyFor(CredlyEnvironment::Sandbox, QStringLiteral("abc-123")),
                 QStringLiteral("credly-token/sandbox/abc-123"));
    }

    void tokenNeverReachesTheLog()
    {
        QMutexLocker lock(&g_logMutex);
        const QString all = g_log.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("credly-token/production/org-policy")), qPrintable(all));
        QVERIFY2(!all.contains(m_token), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "TestTokenStore.moc"
