#include "AppIdentity.h"
#include "CredlySimulator.h"
#include "EnvironmentLabel.h"
#include "MainWindow.h"
#include "credly/CredlySession.h"
#include "credly/CredlySettingsDialog.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/TokenStore.h"
#include "storage/BatchRepository.h"
#include "storage/CatalogRepository.h"
#include "storage/CredlySettingsRepository.h"
#include "storage/CredlyTemplateRepository.h"
#include "storage/Database.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace badgedesk;

namespace {

// A keychain as QtKeychain 0.13 behaves without a Secret Service: every call answers OtherError,
// which KeychainSecretStore reports as Unavailable. (The real thing is in TestTokenStore.)
class UnavailableKeychain : public SecretStore
{
public:
    int writes = 0;
    void read(const QString&, Callback done) override { later(std::move(done)); }
    void write(const QString&, const QString&, Callback done) override
    {
        ++writes;
        later(std::move(done));
    }
    void remove(const QString&, Callback done) override { later(std::move(done)); }

private:
    void later(Callback done)
    {
        QTimer::singleShot(0, this, [done = std::move(done)] {
            done({Status::Unavailable, {}, QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")});
        });
    }
};

} // namespace

// Credly > Settings against the simulator in this process: Test connection, the expiry warning,
// validation, the keychain-unavailable offer, the environment switch. Saves screenshots.
class TestCredlySettingsDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_screenshotDir;
    CredlySimulator m_sim; // a "Sandbox" Credly reached through a custom loopback address
    const QString m_org = QStringLiteral("1d6a0c52-5b2e-4c41-9b8e-7f00a1c2e3d4");
    const QString m_token = QStringLiteral("Tk-widget-93be5a07-secret");
    // Stands in for the OS keychain (tested for real in TestKeychainSecretStore); fresh per test.
    std::unique_ptr<MemorySecretStore> m_keychainStore;
    std::unique_ptr<TokenStore> m_tokens;

    template <typename T> T* child(QWidget* parent, const QString& name)
    {
        T* w = parent->findChild<T*>(name);
        if (!w)
            qWarning("missing child %s", qPrintable(name));
        return w;
    }

    void saveScreenshot(QWidget* widget, const QString& name)
    {
        const QString path = QDir(m_screenshotDir).filePath(name + QStringLiteral(".png"));
        QFile::remove(path);
        QVERIFY(widget->grab().save(path));
    }

    std::unique_ptr<Database> openDatabase(const QString& name, CredlyEnvironment environment)
    {
        auto db = std::make_unique<Database>();
        if (!db->open(m_dir.filePath(name)) || !db->setEnvironment(environment))
            return nullptr;
        return db;
    }

    static void removeDefaultDatabases()
    {
        // Settings of "the other" environment live in its default file (test-mode paths): start clean.
        for (auto e : {CredlyEnvironment::Practice, CredlyEnvironment::Production}) {
            const QString path = Database::defaultPath(e);
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
        }
    }

    bool clickTest(CredlySettingsDialog& dialog)
    {
        QSignalSpy tested(&dialog, &CredlySettingsDialog::connectionTested);
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("testConnectionButton")),
                          Qt::LeftButton);
        return tested.wait(15000) && tested.count() == 1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyAppIdentity();
        QVERIFY(m_dir.isValid());
        m_screenshotDir = qEnvironmentVariable("BADGEDESK_SCREENSHOT_DIR");
        if (m_screenshotDir.isEmpty())
            m_screenshotDir = QDir::temp().filePath(QStringLiteral("badgedesk-screenshots"));
        QVERIFY(QDir().mkpath(m_screenshotDir));
        m_sim.setOrganizationId(m_org);
        // The token expires in 20 days: inside the 30-day warning. At noon of that day, so the
        // count of calendar days does not depend on the hour the test runs.
        m_sim.setToken(m_token, QDateTime(QDate::currentDate().addDays(20), QTime(12, 0)).toUTC());
        QVERIFY(m_sim.listen() != 0);
    }

    void init()
    {
        QSettings().clear();
        removeDefaultDatabases();
        m_keychainStore = std::make_unique<MemorySecretStore>();
        m_tokens = std::make_unique<TokenStore>(m_keychainStore.get());
    }

    void cleanup()
    {
        m_tokens.reset();
        m_keychainStore.reset();
        removeDefaultDatabases();
    }

    void practiceTestsTheBuiltInSimulator()
    {
        auto db = openDatabase(QStringLiteral("badgedesk-practice.sqlite"), CredlyEnvironment::Practice);
        QVERIFY(db);
        CredlySession session(*db, *m_tokens);
        QVERIFY(session.start());
        QVERIFY(session.isReady());
        CredlySettingsDialog dialog(session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        QCOMPARE(child<QComboBox>(&dialog, QStringLiteral("environmentCombo"))->currentData().toInt(),
                 int(CredlyEnvironment::Practice));
        auto* organization = child<QLineEdit>(&dialog, QStringLiteral("organizationEdit"));
        QCOMPARE(organization->text(), QStringLiteral("careertech-practice"));
        QVERIFY(organization->isReadOnly());
        QVERIFY(!child<QLineEdit>(&dialog, QStringLiteral("tokenEdit"))->isEnabled());
        QVERIFY(child<QLineEdit>(&dialog, QStringLiteral("baseUrlEdit"))
                    ->text()
                    .startsWith(QLatin1String("http://127.0.0.1:")));
        QVERIFY(!child<QLabel>(&dialog, QStringLiteral("switchNote"))->isVisible());

        QVERIFY(clickTest(dialog));
        QCOMPARE(
            child<QLabel>(&dialog, QStringLiteral("connectionResultLabel"))->text(),
            QStringLiteral("✔ Connected to \"CareerTech Testing Center (Practice)\" with 150 badge templates "
                           "(144 active)."));
        auto* expiry = child<QLabel>(&dialog, QStringLiteral("tokenExpiryLabel"));
        QVERIFY(expiry->isVisible());
        QVERIFY2(expiry->text().startsWith(QStringLiteral("Practice token: The token expires on")),
                 qPrintable(expiry->text()));
        QCOMPARE(expiry->property("warning").toBool(), false);
        saveScreenshot(&dialog, QStringLiteral("credly-settings-practice"));
    }

    void testConnectionShowsOrganizationTemplatesAndExpiryWarning()
    {
        auto db = openDatabase(QStringLiteral("real-sandbox.sqlite"), CredlyEnvironment::Sandbox);
        QVERIFY(db);
        CredlySession session(*db, *m_tokens);
        QVERIFY(session.start());
        QVERIFY(!session.isReady()); // nothing set up yet
        QVERIFY2(session.problem().contains(QStringLiteral("organization id is missing")),
                 qPrintable(session.problem()));

        CredlySettingsDialog dialog(session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* token = child<QLineEdit>(&dialog, QStringLiteral("tokenEdit"));
        QCOMPARE(token->echoMode(), QLineEdit::Password); // masked
        QVERIFY(token->isEnabled());
        QCOMPARE(child<QLineEdit>(&dialog, QStringLiteral("baseUrlEdit"))->placeholderText(),
                 QStringLiteral("https://sandbox-api.credly.com/v1/"));

        QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("organizationEdit")), m_org);
        QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("baseUrlEdit")),
                         m_sim.baseUrl().toString());
        QTest::keyClicks(token, m_token);
        QVERIFY(clickTest(dialog));
        auto* result = child<QLabel>(&dialog, QStringLiteral("connectionResultLabel"));
        QVERIFY2(result->text().contains(
                     QStringLiteral("\"CareerTech Testing Center (Practice)\" with 150 badge templates")),
                 qPrintable(result->text()));
        auto* expiry = child<QLabel>(&dialog, QStringLiteral("tokenExpiryLabel"));
        QVERIFY(expiry->isVisible());
        QCOMPARE(expiry->property("warning").toBool(), true);
        QVERIFY2(expiry->text().contains(QStringLiteral("in 20 days")), qPrintable(expiry->text()));
        QVERIFY(expiry->text().contains(QStringLiteral("Developers > Authorization Tokens")));
        QVERIFY(
            !dialog.findChild<QLabel*>(QStringLiteral("connectionResultLabel"))->text().contains(m_token));
        QTRY_COMPARE(child<QLabel>(&dialog, QStringLiteral("tokenStateLabel"))->text(),
                     QStringLiteral("No token is stored for this organization yet."));
        saveScreenshot(&dialog, QStringLiteral("credly-settings-expiry-warning"));

        // Save: settings in the database, the token in the (stand-in) keychain, the expiry remembered.
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("saveButton")), Qt::LeftButton);
        QVERIFY(accepted.wait(5000));
        QCOMPARE(m_keychainStore->value(TokenStore::keyFor(CredlyEnvironment::Sandbox, m_org)), m_token);
        const CredlyConnectionSettings saved =
            CredlySettingsRepository(db->connection()).load(CredlyEnvironment::Sandbox);
        QCOMPARE(saved.organizationId, m_org);
        QCOMPARE(saved.baseUrl(), m_sim.baseUrl());
        QVERIFY(qAbs(QDate::currentDate().daysTo(saved.tokenExpiresAt.toLocalTime().date()) - 20) <= 1);

        // The session picks them up: ready, and a template refresh works with the stored token.
        session.reload();
        QTRY_VERIFY(session.isReady());
        QSignalSpy synced(&session, &CredlySession::templatesSynced);
        session.syncTemplates();
        QVERIFY(synced.wait(10000));
        QCOMPARE(CredlyTemplateRepository(db->connection()).all(CredlyEnvironment::Sandbox).size(), 150);

        // Opened again: the token is not shown, only that one is stored; last expiry still warned about.
        CredlySettingsDialog again(session);
        again.show();
        QVERIFY(child<QLineEdit>(&again, QStringLiteral("tokenEdit"))->text().isEmpty());
        QTRY_COMPARE(child<QLabel>(&again, QStringLiteral("tokenStateLabel"))->text(),
                     QStringLiteral("A token is stored in the keychain. Paste a new one to replace it."));
        QVERIFY(child<QLabel>(&again, QStringLiteral("tokenExpiryLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Last checked:")));
        QCOMPARE(child<QLabel>(&again, QStringLiteral("tokenExpiryLabel"))->property("warning").toBool(),
                 true);
    }

    void wrongTokenSaysWhatToDo()
    {
        auto db = openDatabase(QStringLiteral("real-wrong.sqlite"), CredlyEnvironment::Sandbox);
        CredlySession session(*db, *m_tokens);
        session.start();
        CredlySettingsDialog dialog(session);
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("organizationEdit")), m_org);
        QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("baseUrlEdit")),
                         m_sim.baseUrl().toString());
        QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("tokenEdit")),
                         QStringLiteral("not-the-token"));
        QVERIFY(clickTest(dialog));
        const QString text = child<QLabel>(&dialog, QStringLiteral("connectionResultLabel"))->text();
        QVERIFY2(text.startsWith(QStringLiteral("Credly refused the token")), qPrintable(text));
        QVERIFY(!child<QLabel>(&dialog, QStringLiteral("tokenExpiryLabel"))->isVisible());
    }

    void invalidValuesAreRefusedWithAMessage_data()
    {
        QTest::addColumn<QString>("organization");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("message");
        QTest::newRow("no organization")
            << QString() << QString() << QStringLiteral("The organization id is missing");
        QTest::newRow("bad organization")
            << QStringLiteral("my org") << QString() << QStringLiteral("only letters, digits");
        QTest::newRow("plain http") << QStringLiteral("org-1")
                                    << QStringLiteral("http://credly-proxy.example.org/v1/")
                                    << QStringLiteral("must use https");
    }

    void invalidValuesAreRefusedWithAMessage()
    {
        QFETCH(QString, organization);
        QFETCH(QString, url);
        QFETCH(QString, message);
        auto db = openDatabase(QStringLiteral("real-invalid.sqlite"), CredlyEnvironment::Production);
        CredlySession session(*db, *m_tokens);
        session.start();
        CredlySettingsDialog dialog(session);
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("organizationEdit")), organization);
        QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("baseUrlEdit")), url);
        QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("tokenEdit")), m_token);
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("saveButton")), Qt::LeftButton);
        auto* label = child<QLabel>(&dialog, QStringLiteral("settingsMessageLabel"));
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(message), qPrintable(label->text()));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(CredlySettingsRepository(db->connection())
                    .load(CredlyEnvironment::Production)
                    .organizationId.isEmpty());
        QVERIFY(!m_keychainStore->contains(TokenStore::keyFor(CredlyEnvironment::Production, organization)));
    }

    void keychainUnavailableOffersThisSessionOnly()
    {
        UnavailableKeychain keychain;
        TokenStore tokens(&keychain);
        auto db = openDatabase(QStringLiteral("real-nokeychain.sqlite"), CredlyEnvironment::Production);
        CredlySession session(*db, tokens);
        session.start();
        CredlySettingsDialog dialog(session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("organizationEdit")), m_org);
        QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("tokenEdit")), m_token);
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("saveButton")), Qt::LeftButton);

        auto* panel = child<QWidget>(&dialog, QStringLiteral("keychainUnavailablePanel"));
        QTRY_VERIFY(panel->isVisible());
        QCOMPARE(keychain.writes, 1);
        const QString text = child<QLabel>(&dialog, QStringLiteral("keychainUnavailableLabel"))->text();
        QVERIFY2(text.startsWith(QStringLiteral("The system keychain is not available")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("in memory for this session only")));
        QVERIFY(dialog.isVisible()); // a decision: nothing is kept until the user chooses
        QVERIFY(!tokens.hasSessionToken(CredlyEnvironment::Production, m_org));
        QTRY_VERIFY(child<QLabel>(&dialog, QStringLiteral("tokenStateLabel"))
                        ->text()
                        .startsWith(QStringLiteral("The system keychain is not available on this computer")));
        saveScreenshot(&dialog, QStringLiteral("credly-settings-keychain-unavailable"));

        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("keepForSessionButton")),
                          Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
        QVERIFY(tokens.hasSessionToken(CredlyEnvironment::Production, m_org));
        QCOMPARE(tokens.lookupNow(CredlyEnvironment::Production, m_org).token, m_token);
        // The organization id was saved; the token went nowhere but memory.
        QCOMPARE(
            CredlySettingsRepository(db->connection()).load(CredlyEnvironment::Production).organizationId,
            m_org);
        session.reload();
        QTRY_VERIFY(session.isReady());
    }

    void switchingEnvironmentSaysWhatHappensToTheDatabase()
    {
        auto db = openDatabase(QStringLiteral("badgedesk-practice.sqlite"), CredlyEnvironment::Practice);
        CredlySession session(*db, *m_tokens);
        QVERIFY(session.start());
        MainWindow window(*db);
        window.setCredlySession(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto* action = window.findChild<QAction*>(QStringLiteral("actionCredlySettings"));
        QVERIFY(action && action->isEnabled());
        action->trigger();
        CredlySettingsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<CredlySettingsDialog*>()) && dialog->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(dialog));

        auto* combo = child<QComboBox>(dialog, QStringLiteral("environmentCombo"));
        combo->setCurrentIndex(combo->findData(int(CredlyEnvironment::Production)));
        QVERIFY(dialog->environmentChanged());
        auto* note = child<QLabel>(dialog, QStringLiteral("switchNote"));
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("reopens on your real database (badgedesk.sqlite)")),
                 qPrintable(note->text()));
        QVERIFY(note->text().contains(QStringLiteral("Production issues real badges")));
        QCOMPARE(child<EnvironmentLabel>(dialog, QStringLiteral("settingsEnvironmentLabel"))->environment(),
                 CredlyEnvironment::Production);
        QVERIFY(child<QLineEdit>(dialog, QStringLiteral("organizationEdit"))->text().isEmpty());
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("organizationEdit")), m_org);
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("tokenEdit")), m_token);
        QTRY_COMPARE(child<QLabel>(dialog, QStringLiteral("tokenStateLabel"))->text(),
                     QStringLiteral("No token is stored for this organization yet."));
        saveScreenshot(dialog, QStringLiteral("credly-settings-switch-to-production"));

        QSignalSpy switchRequested(&window, &MainWindow::environmentSwitchRequested);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_COMPARE(switchRequested.count(), 1);
        QCOMPARE(switchRequested.first().first().value<CredlyEnvironment>(), CredlyEnvironment::Production);
        // Production's organization id went into the real database, not the Practice one.
        Database real;
        QVERIFY(real.open(Database::defaultPath(CredlyEnvironment::Production)));
        QCOMPARE(
            CredlySettingsRepository(real.connection()).load(CredlyEnvironment::Production).organizationId,
            m_org);
        QVERIFY(CredlySettingsRepository(db->connection())
                    .load(CredlyEnvironment::Production)
                    .organizationId.isEmpty());
        QCOMPARE(m_keychainStore->value(TokenStore::keyFor(CredlyEnvironment::Production, m_org)), m_token);
    }

    void windowWarnsAboutTheTokenAndMissingSetup()
    {
        auto db = openDatabase(QStringLiteral("real-window.sqlite"), CredlyEnvironment::Production);
        CredlyConnectionSettings s;
        s.environment = CredlyEnvironment::Production;
        s.organizationId = m_org;
        s.tokenExpiresAt = QDateTime::currentDateTime().addDays(10);
        QVERIFY(CredlySettingsRepository(db->connection()).save(s));
        m_keychainStore->insert(TokenStore::keyFor(CredlyEnvironment::Production, m_org), m_token);
        {
            CredlySession session(*db, *m_tokens);
            MainWindow window(*db);
            window.setCredlySession(&session);
            session.start();
            QTRY_VERIFY(session.isReady());
            const QString status = window.statusBar()->currentMessage();
            QVERIFY2(status.contains(QStringLiteral("in 10 days")), qPrintable(status));
            QVERIFY(status.contains(QStringLiteral("Developers > Authorization Tokens")));
        }
        // No token for the organization: the status bar says where to put one.
        m_keychainStore->erase(TokenStore::keyFor(CredlyEnvironment::Production, m_org));
        CredlySession session(*db, *m_tokens);
        MainWindow window(*db);
        window.setCredlySession(&session);
        session.start();
        QTRY_VERIFY(
            window.statusBar()->currentMessage().contains(QStringLiteral("No Credly token is stored")));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Credly > Settings")));
    }

    void loadSampleMonthInPractice()
    {
        auto db = openDatabase(QStringLiteral("badgedesk-practice.sqlite"), CredlyEnvironment::Practice);
        CredlySession session(*db, *m_tokens);
        QVERIFY(session.start());
        MainWindow window(*db);
        window.setCredlySession(&session);
        window.show();
        auto* load = window.findChild<QAction*>(QStringLiteral("actionLoadSampleMonth"));
        QVERIFY(load && load->isEnabled());
        QSignalSpy synced(&session, &CredlySession::templatesSynced);
        load->trigger();
        QVERIFY(CatalogRepository(db->connection()).all().size() > 500);
        QVERIFY(synced.wait(10000));
        QCOMPARE(CredlyTemplateRepository(db->connection()).all(CredlyEnvironment::Practice).size(), 150);
        const QString status = window.statusBar()->currentMessage();
        QVERIFY2(status.startsWith(QStringLiteral("Sample month ")), qPrintable(status));
        // The month went through the Importer into a batch, and the window is on it.
        const auto batches = BatchRepository(db->connection()).all();
        QCOMPARE(batches.size(), 1);
        QVERIFY(batches.first().rows > 800);
        QCOMPARE(window.currentBatch(), batches.first().id);
        QVERIFY2(status.contains(QStringLiteral("Batch %1 holds the month.").arg(batches.first().id)),
                 qPrintable(status));
        QCOMPARE(window.currentPage(), PageId::Review);
        // The Practice organization archives a few templates the sample list still names: flagged.
        // (How many depends on today's date: entries retired by then no longer count.)
        static const QRegularExpression flagged(QStringLiteral(
            "150 Practice templates synced, [1-9]\\d* catalog entries need another template\\.$"));
        QVERIFY2(flagged.match(status).hasMatch(), qPrintable(status));
        window.resize(1200, 760);
        window.setCurrentPage(PageId::Catalog);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        saveScreenshot(&window, QStringLiteral("practice-sample-month"));

        // Outside Practice the action is there but disabled, and says why.
        auto real = openDatabase(QStringLiteral("real-sample.sqlite"), CredlyEnvironment::Production);
        CredlySession production(*real, *m_tokens);
        production.start();
        MainWindow other(*real);
        other.setCredlySession(&production);
        auto* disabled = other.findChild<QAction*>(QStringLiteral("actionLoadSampleMonth"));
        QVERIFY(!disabled->isEnabled());
        QVERIFY(disabled->toolTip().contains(QStringLiteral("only in Practice")));
    }
};

QTEST_MAIN(TestCredlySettingsDialog)
#include "TestCredlySettingsDialog.moc"
