#include "../IssuingFixture.h"
#include "AppIdentity.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PracticeSession.h"
#include "credly/CredlySession.h"
#include "issuing/AttemptModel.h"
#include "issuing/EarnerId.h"
#include "issuing/JournalModel.h"
#include "issuing/PreflightModel.h"
#include "pages/IssuanceLogPage.h"
#include "pages/IssuePage.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/TokenStore.h"
#include "storage/CredlySettingsRepository.h"
#include "storage/Database.h"
#include "storage/IssuanceRepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace badgedesk;
using namespace badgedesk::testing;

// The Issue and Issuance Log pages in the real MainWindow, against Practice's in-process simulator:
// preflight, a run paused and resumed (nothing moves while paused, every badge exactly once), the
// offer to resume an interrupted run, and the log's details, export, worklist and revoke.
class TestIssuePage : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<CredlySession> m_session;
    std::unique_ptr<MainWindow> m_window;
    QString m_screenshotDir;

    template <typename T> T* find(const char* name) const
    {
        return m_window->findChild<T*>(QString::fromLatin1(name));
    }
    CredlySimulator& sim() { return m_session->practice()->simulator(); }
    int journal(const QString& where) const
    {
        return count(*m_db, QStringLiteral("SELECT count(*) FROM issuance_journal WHERE ") + where);
    }
    void screenshot(const QString& name)
    {
        const QString path = QDir(m_screenshotDir).filePath(name + QStringLiteral(".png"));
        QFile::remove(path);
        QTest::qWait(50); // let a page just shown lay itself out
        QVERIFY(m_window->grab().save(path));
    }
    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(*m_db);
        m_window->setCredlySession(m_session.get());
        m_window->resize(1280, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->setCurrentBatch(1);
        m_window->setCurrentPage(PageId::Issue);
    }
    void verifyExactlyOnce(int rows)
    {
        const auto perEmail = badgesPerEmail(sim());
        QCOMPARE(perEmail.size(), rows);
        for (auto it = perEmail.cbegin(); it != perEmail.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        QCOMPARE(journal(QStringLiteral("state IN ('issued', 'adopted')")), rows);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyAppIdentity();
        m_screenshotDir = qEnvironmentVariable("BADGEDESK_SCREENSHOT_DIR");
        if (m_screenshotDir.isEmpty())
            m_screenshotDir = QDir::temp().filePath(QStringLiteral("badgedesk-screenshots"));
        QVERIFY(QDir().mkpath(m_screenshotDir));
    }

    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("practice.sqlite"))));
        BatchSpec spec;
        spec.rows = 40;
        spec.templateIds = {seedTemplate(false, 0).id, seedTemplate(false, 1).id, seedTemplate(false, 2).id};
        spec.noticeDaysAgo = -1; // the notice step is not built yet: issuing needs an override
        QCOMPARE(makeBatch(*m_db, spec), QString());
        m_keychain = std::make_unique<MemorySecretStore>();
        m_tokens = std::make_unique<TokenStore>(m_keychain.get());
        m_session = std::make_unique<CredlySession>(*m_db, *m_tokens);
        QString error;
        QVERIFY2(m_session->start(&error), qPrintable(error));
        QVERIFY(m_session->isReady());
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_tokens.reset();
        m_keychain.reset();
        m_db.reset();
        m_dir.reset();
    }

    void preflightThenPauseAndResume()
    {
        openWindow();
        auto* start = find<QPushButton>("issueStartButton");
        auto* preflight = find<QPushButton>("issuePreflightButton");
        auto* pause = find<QPushButton>("issuePauseButton");
        auto* reason = find<QLineEdit>("issueNoticeOverride");
        QVERIFY(start && preflight && pause && reason);
        QVERIFY(find<QLabel>("issueSignOff")->text().contains(QLatin1String("Signed off by tester")));
        QVERIFY(find<QLabel>("issueNotice")->text().contains(QLatin1String("No notice")));
        QVERIFY(!start->isEnabled()); // the notice wait needs a reason
        QVERIFY(start->toolTip().contains(QLatin1String("written reason")));
        QTest::keyClicks(reason, QStringLiteral("Told in class on 2 Oct"));
        QVERIFY(start->isEnabled());

        // The preflight: every row would be issued; nothing is sent.
        QAbstractItemModelTester tester(m_window->issuePage()->preflightModel());
        QTest::mouseClick(preflight, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            find<QLabel>("issuePreflightSummary")->text().contains(QLatin1String("40 will be issued")),
            15000);
        QCOMPARE(m_window->issuePage()->preflightModel()->rowCount(), 40);
        QCOMPARE(sim().state().badges().size(), 0);
        QVERIFY(find<QComboBox>("issuePreflightFilter")->itemText(1).contains(QLatin1String("(40)")));
        screenshot(QStringLiteral("issue-preflight"));

        // The run, paused part way: requests in flight finish, then nothing moves.
        FaultOptions faults;
        faults.latencyMs = 60; // slow enough that a busy CI machine still pauses it part way
        sim().setFaults(faults);
        find<QSpinBox>("issueConcurrency")->setValue(2);
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->issuePage()->isIssuing(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(find<QProgressBar>("issueProgressBar")->value() >= 6, 15000);
        QVERIFY(pause->isEnabled());
        QTest::mouseClick(pause, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            find<QLabel>("issueProgressLabel")->text().startsWith(QLatin1String("Paused")), 10000);
        QCOMPARE(pause->text(), QStringLiteral("&Resume"));
        const int issuedWhenPaused = journal(QStringLiteral("state = 'issued'"));
        QVERIFY(issuedWhenPaused >= 6 && issuedWhenPaused < 40);
        QCOMPARE(journal(QStringLiteral("state = 'sending'")), 0);
        QCOMPARE(static_cast<int>(sim().state().badges().size()), issuedWhenPaused);
        QTest::qWait(400); // paused means paused: no request, no badge
        QCOMPARE(journal(QStringLiteral("state = 'issued'")), issuedWhenPaused);
        QCOMPARE(static_cast<int>(sim().state().badges().size()), issuedWhenPaused);
        screenshot(QStringLiteral("issue-paused"));

        QTest::mouseClick(pause, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->issuePage()->isIssuing(), 30000);
        QVERIFY2(find<QLabel>("issueMessage")->text().startsWith(QLatin1String("Done")),
                 qPrintable(find<QLabel>("issueMessage")->text()));
        verifyExactlyOnce(40);
        QVERIFY(!find<QFrame>("issueResumeBanner")->isVisible());
        QCOMPARE(find<QProgressBar>("issueProgressBar")->value(), 40);
        // The override was audited with its reason.
        QCOMPARE(
            count(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'notice_override' AND "
                                        "details_json LIKE '%Told in class%'")),
            1);
        screenshot(QStringLiteral("issue-done"));
    }

    void interruptedRunIsOfferedForResumption()
    {
        // A run that died: its run row still says running, three rows were on their way.
        IssuanceRepository repo(m_db->connection());
        QVERIFY(repo.plan(1, CredlyEnvironment::Practice, sim().organizationId(),
                          EarnerId(EarnerId::keyFor(m_db->connection()))) == 40);
        IssuanceRepository::Run dead;
        dead.batchId = 1;
        dead.environment = CredlyEnvironment::Practice;
        QVERIFY(repo.startRun(dead) > 0);
        QVERIFY(exec(*m_db, QStringLiteral("UPDATE issuance_journal SET state = 'sending', sending_at = "
                                           "'2026-01-01T00:00:00.000Z' WHERE id <= 3")));
        QVERIFY(
            exec(*m_db, QStringLiteral("UPDATE batches SET notice_sent_at = '2026-01-01T00:00:00.000Z'")));

        openWindow();
        auto* banner = find<QFrame>("issueResumeBanner");
        QVERIFY(banner->isVisible());
        QVERIFY2(find<QLabel>("issueResumeText")->text().contains(QLatin1String("interrupted")),
                 qPrintable(find<QLabel>("issueResumeText")->text()));
        screenshot(QStringLiteral("issue-resume-offer"));
        QTest::mouseClick(find<QPushButton>("issueResumeButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->issuePage()->isIssuing() &&
                                     find<QLabel>("issueMessage")->text().startsWith(QLatin1String("Done")),
                                 30000);
        verifyExactlyOnce(40);
        QVERIFY(!banner->isVisible());
        QCOMPARE(
            count(*m_db, QStringLiteral("SELECT count(*) FROM issuance_runs WHERE state = 'interrupted'")),
            1);
    }

    void closingDuringARunAsksThenStopsCleanly()
    {
        QVERIFY(
            exec(*m_db, QStringLiteral("UPDATE batches SET notice_sent_at = '2026-01-01T00:00:00.000Z'")));
        openWindow();
        FaultOptions faults;
        faults.latencyMs = 60;
        sim().setFaults(faults);
        find<QSpinBox>("issueConcurrency")->setValue(2);
        QTest::mouseClick(find<QPushButton>("issueStartButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(find<QProgressBar>("issueProgressBar")->value() >= 2, 15000);
        MessageBox::setNextAnswer(QMessageBox::No);
        QVERIFY(!m_window->close()); // kept open, the run goes on
        QVERIFY(MessageBox::lastQuestion().contains(QLatin1String("Stop and close?")));
        QVERIFY(m_window->issuePage()->isIssuing());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(m_window->close());
        QVERIFY(!m_window->issuePage()->isIssuing());
        // Stopped cleanly: nothing in flight or reserved, Credly has exactly what the journal says.
        QCOMPARE(journal(QStringLiteral("state = 'sending'")), 0);
        const int issued = journal(QStringLiteral("state = 'issued'"));
        QVERIFY(issued >= 2 && issued < 40);
        QCOMPARE(static_cast<int>(sim().state().badges().size()), issued);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM issuance_runs WHERE state = 'canceled'")),
                 1);
    }

    void productionAsksWithTheCount()
    {
        // A database in Production against a simulator of its own (loopback is allowed as an address).
        CredlySimulator production;
        production.setOrganizationId(QStringLiteral("org-prod"));
        production.setToken(QStringLiteral("Tk-prod-secret"));
        QVERIFY(production.listen() != 0);
        m_session.reset();
        QVERIFY(m_db->setEnvironment(CredlyEnvironment::Production));
        QVERIFY(
            exec(*m_db, QStringLiteral("UPDATE batches SET notice_sent_at = '2026-01-01T00:00:00.000Z'")));
        CredlyConnectionSettings settings;
        settings.environment = CredlyEnvironment::Production;
        settings.organizationId = QStringLiteral("org-prod");
        settings.customBaseUrl = production.baseUrl();
        QVERIFY(CredlySettingsRepository(m_db->connection()).save(settings));
        m_tokens->keepForSession(CredlyEnvironment::Production, QStringLiteral("org-prod"),
                                 QStringLiteral("Tk-prod-secret"));
        m_session = std::make_unique<CredlySession>(*m_db, *m_tokens);
        QVERIFY(m_session->start());
        QTRY_VERIFY(m_session->isReady());
        openWindow();
        auto* start = find<QPushButton>("issueStartButton");
        QTRY_VERIFY(start->isEnabled());

        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY2(MessageBox::lastQuestion().contains(QLatin1String("PRODUCTION")) &&
                     MessageBox::lastQuestion().contains(QLatin1String("40")) &&
                     MessageBox::lastQuestion().contains(QLatin1String("org-prod")),
                 qPrintable(MessageBox::lastQuestion()));
        QVERIFY(!m_window->issuePage()->isIssuing());
        QCOMPARE(production.requestLog().size(), 0);

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->issuePage()->isIssuing() &&
                                     find<QLabel>("issueMessage")->text().startsWith(QLatin1String("Done")),
                                 30000);
        QCOMPARE(production.state().badges().size(), 40);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM certifications WHERE status = 'issued'")),
                 40);
        QCOMPARE(QDir(m_dir->filePath(QStringLiteral("backups")))
                     .entryList({QStringLiteral("*before-issuing*")})
                     .size(),
                 1);
    }

    void logShowsDetailsExportsAndRevokes()
    {
        QVERIFY(
            exec(*m_db, QStringLiteral("UPDATE batches SET notice_sent_at = '2026-01-01T00:00:00.000Z'")));
        openWindow();
        QTest::mouseClick(find<QPushButton>("issueStartButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->issuePage()->isIssuing() &&
                                     find<QLabel>("issueMessage")->text().startsWith(QLatin1String("Done")),
                                 30000);
        m_window->setCurrentPage(PageId::IssuanceLog);
        IssuanceLogPage* log = m_window->issuanceLogPage();
        QAbstractItemModelTester journalTester(log->model());
        QAbstractItemModelTester attemptTester(log->attemptModel());
        QCOMPARE(log->model()->rowCount(), 40);
        log->view()->selectRow(0);
        const auto* entry = log->model()->entryAt(0);
        QVERIFY(entry && !entry->badgeId.isEmpty());
        QVERIFY(find<QLabel>("logDetails")->text().contains(entry->badgeId));
        QCOMPARE(log->attemptModel()->rowCount(), 1);
        QVERIFY(log->attemptModel()
                    ->index(0, AttemptModel::StatusColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("201")));
        screenshot(QStringLiteral("issuance-log"));

        // Export of the view.
        const QString csv = m_dir->filePath(QStringLiteral("log.csv"));
        QVERIFY(log->exportTo(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 41);

        // Revoke with a reason; the worklist then holds it.
        log->revokeSelected(QStringLiteral("Issued to the wrong student"));
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("logMessage")->text().startsWith(QLatin1String("Revoked")),
                                 10000);
        QCOMPARE(journal(QStringLiteral("badge_state = 'revoked'")), 1);
        auto* state = find<QComboBox>("logStateFilter");
        state->setCurrentIndex(state->count() - 1);
        QCOMPARE(log->model()->rowCount(), 1);

        // A badge accepted at Credly shows after a sync.
        QVERIFY(sim().acceptBadge(sim().state().badges().at(1).value(QStringLiteral("id")).toString()));
        state->setCurrentIndex(0);
        QTest::mouseClick(find<QPushButton>("logSyncButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("logMessage")->text().startsWith(QLatin1String("Checked 40")),
                                 10000);
        QCOMPARE(journal(QStringLiteral("badge_state = 'accepted'")), 1);
        screenshot(QStringLiteral("issuance-log-synced"));
    }
};

QTEST_MAIN(TestIssuePage)
#include "TestIssuePage.moc"
