#include "AppIdentity.h"
#include "MainWindow.h"
#include "Translations.h"
#include "credly/CredlySession.h"
#include "issuing/IssueGate.h"
#include "pages/IssuePage.h"
#include "pages/ReviewPage.h"
#include "review/ReviewCountsPanel.h"
#include "review/ReviewQueueModel.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/TokenStore.h"
#include "storage/Database.h"
#include "storage/SignOffRepository.h"
#include "support/Screenshot.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

using namespace badgedesk;

// The whole monthly job by keyboard alone, in Practice with the sample month: only key events
// (menu mnemonics, page shortcuts, Tab, arrows, E, A, R, Space and Enter) take it from loading the month
// to reviewing, signing off, issuing and the issuance log. Each step saves a picture for the
// user guide (guide-NN-....png in $BADGEDESK_SCREENSHOT_DIR).
class TestKeyboardWalk : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<CredlySession> m_session;
    std::unique_ptr<MainWindow> m_window;
    int m_shot = 0;

    template <typename T> T* find(const char* name) const
    {
        return m_window->findChild<T*>(QString::fromLatin1(name));
    }
    static QWidget* focus() { return QApplication::focusWidget(); }
    void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* target = QApplication::activePopupWidget();
        if (!target)
            target = QApplication::activeModalWidget();
        if (!target)
            target = focus() ? focus() : m_window.get();
        QTest::keyClick(target, k, modifiers);
    }
    void keys(const QString& text) { QTest::keyClicks(focus(), text); }
    // Tab until the focus is on the target; false when it is not reachable by Tab.
    bool tabTo(QWidget* target)
    {
        for (int i = 0; i < 80; ++i) {
            if (focus() == target)
                return true;
            key(Qt::Key_Tab);
        }
        return focus() == target;
    }
    // The page's shortcut (Ctrl+1..), read from its View action, so new pages never shift it here.
    void goToPage(PageId page, const char* key)
    {
        auto* action = m_window->findChild<QAction*>(QStringLiteral("actionPage_") + QLatin1String(key));
        QVERIFY(action);
        const QKeyCombination combination = action->shortcut()[0];
        QTest::keyClick(focus() ? focus() : m_window.get(), combination.key(),
                        combination.keyboardModifiers());
        QCOMPARE(m_window->currentPage(), page);
    }
    void shot(const QString& name, QWidget* widget = nullptr)
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        test::saveScreenshot(widget ? widget : m_window.get(),
                             QStringLiteral("guide-%1-%2").arg(++m_shot, 2, 10, QLatin1Char('0')).arg(name));
    }
    int count(const QString& sql) const
    {
        QSqlQuery query(m_db->connection());
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyAppIdentity();
        Translations::install(qApp, QStringLiteral("en")); // as the app does: "1 row", "2 rows"
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("badgedesk-practice.sqlite"))));
        m_keychain = std::make_unique<MemorySecretStore>();
        m_tokens = std::make_unique<TokenStore>(m_keychain.get());
        m_session = std::make_unique<CredlySession>(*m_db, *m_tokens);
        QString error;
        QVERIFY2(m_session->start(&error), qPrintable(error));
        m_window = std::make_unique<MainWindow>(*m_db);
        m_window->setCredlySession(m_session.get());
        m_window->resize(1280, 820);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
        m_tokens.reset();
        m_keychain.reset();
        m_db.reset();
    }

    void theMonthByKeyboardAlone()
    {
        // 1. File > Load Sample Month: Alt+F, then the item's mnemonic.
        key(Qt::Key_F, Qt::AltModifier);
        auto* fileMenu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        QVERIFY2(fileMenu, "Alt+F opens the File menu");
        shot(QStringLiteral("file-menu"));
        key(Qt::Key_S);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->currentBatch() > 0, 30000);
        QCOMPARE(m_window->currentPage(), PageId::Review);
        ReviewPage* review = find<ReviewPage>("reviewPage");
        QVERIFY(review);
        QTRY_VERIFY(!review->isLoading());
        ReviewQueueModel* rows = review->model();
        const int needAttention = rows->count(RowStatus::NeedsAttention);
        const int eligible = rows->count(RowStatus::Eligible);
        QVERIFY(needAttention > 0);
        QVERIFY(eligible > 0);
        shot(QStringLiteral("sample-month-in-review"));

        // 2. The rows that need attention: Tab to the counts, arrow down to "Needs attention"
        //    (the table shows only them), Tab to the table, select all, R, the reason, Enter.
        auto* counts = find<QTreeWidget>("reviewCounts");
        QVERIFY2(tabTo(counts), qPrintable(focus() ? focus()->objectName() : QStringLiteral("no focus")));
        key(Qt::Key_Home);
        for (int i = 0; i < 4 && rows->rowCount() != needAttention; ++i)
            key(Qt::Key_Down);
        QCOMPARE(rows->rowCount(), needAttention);
        auto* table = find<QTableView>("reviewTable");
        QVERIFY(tabTo(table));

        //    One address with a likely fix: arrows to its row, E opens it on the suggestion,
        //    Enter saves it (the row is classified again: eligible), A approves it.
        int fix = -1;
        for (int r = 0; r < rows->rowCount() && fix < 0; ++r)
            if (!rows->rowAt(r).emailSuggestion.isEmpty())
                fix = r;
        QVERIFY(fix >= 0);
        key(Qt::Key_Home, Qt::ControlModifier);
        for (int r = 0; r < fix; ++r)
            key(Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), fix);
        const QString suggestion = rows->rowAt(fix).emailSuggestion;
        key(Qt::Key_E);
        auto* editor = qobject_cast<QLineEdit*>(focus());
        QVERIFY(editor);
        QCOMPARE(editor->text(), suggestion);
        shot(QStringLiteral("fix-an-email"));
        key(Qt::Key_Return);
        QTRY_COMPARE(rows->rowAt(fix).status, RowStatus::Eligible);
        QCOMPARE(rows->rowAt(fix).email, suggestion);
        QCOMPARE(focus(), table);
        key(Qt::Key_A);
        QCOMPARE(rows->rowAt(fix).status, RowStatus::Approved);

        //    The rest: back to the counts, "Needs attention" again (the fixed row leaves the
        //    list), the table, select all, R, the reason, Enter.
        QVERIFY(tabTo(counts));
        key(Qt::Key_Up);
        key(Qt::Key_Down);
        QCOMPARE(rows->rowCount(), needAttention - 1);
        QVERIFY(tabTo(table));
        key(Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(review->selectedIds().size(), needAttention - 1);
        key(Qt::Key_R);
        auto* reason = find<QLineEdit>("reviewReasonEdit");
        QVERIFY(reason->isVisible());
        QCOMPARE(focus(), reason);
        keys(QStringLiteral("Practice: the school sends corrected rows next month"));
        shot(QStringLiteral("reject-with-a-reason"));
        key(Qt::Key_Return);
        QTRY_COMPARE(rows->count(RowStatus::NeedsAttention), 0);
        QCOMPARE(rows->count(RowStatus::Rejected), needAttention - 1);

        // 3. Approve all eligible: Tab to the button, Space.
        QVERIFY(tabTo(find<QWidget>("reviewClearFilters")));
        key(Qt::Key_Space); // Show all
        QVERIFY(rows->rowCount() > needAttention);
        QWidget* approveAll = nullptr;
        for (QWidget* w : review->findChildren<QWidget*>())
            if (w->inherits("QToolButton") &&
                w->property("text").toString() == QLatin1String("Approve all eligible"))
                approveAll = w;
        QVERIFY(approveAll);
        QVERIFY(tabTo(approveAll));
        key(Qt::Key_Space);
        QTRY_COMPARE(rows->count(RowStatus::Eligible), 0);
        QCOMPARE(rows->count(RowStatus::Approved), eligible + 1);
        shot(QStringLiteral("approved"));

        // 4. Sign off: Tab to the button, Space; the question is answered with Enter (Yes is its
        //    default), after a picture of it.
        QVERIFY(tabTo(find<QWidget>("reviewSignOff")));
        bool asked = false;
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            answer.stop();
            asked = true;
            shot(QStringLiteral("sign-off-question"), box);
            QTest::keyClick(box, Qt::Key_Return);
        });
        answer.start();
        key(Qt::Key_Space);
        QTRY_VERIFY(asked);
        // A desktop gives the window its activation back when the dialog closes; the offscreen
        // platform of the tests does not, so it is done here (focus returns to the button).
        QTRY_VERIFY(!QApplication::activeModalWidget());
        if (QApplication::activeWindow() != m_window.get()) {
            QApplication::setActiveWindow(m_window.get());
            QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        }
        const auto status = SignOffRepository(m_db->connection()).status(m_window->currentBatch());
        QCOMPARE(status.state, SignOffRepository::State::Valid);
        const int approved = eligible + 1; // the eligible rows and the one whose email was fixed
        QCOMPARE(status.approvedRows, approved);
        QVERIFY(find<QLabel>("reviewSignOffBanner")->text().startsWith(QLatin1String("Signed off")));
        shot(QStringLiteral("signed-off"));

        // 5. Notice: Ctrl+<n>, then Alt+M records that the mail merge went out. The Practice
        //    database's wait is 0 days (set below), so issuing can follow today.
        QVERIFY(IssueGate::setNoticeWaitDays(m_db->connection(), 0));
        goToPage(PageId::Notice, "notice");
        QTRY_VERIFY(find<QWidget>("noticeMarkSentButton")->isEnabled());
        shot(QStringLiteral("notice"));
        key(Qt::Key_M, Qt::AltModifier);
        QTRY_COMPARE(count(QStringLiteral("SELECT count(*) FROM batches WHERE notice_sent_at IS NOT NULL")),
                     1);
        QVERIFY(find<QLabel>("noticeState")->text().contains(QLatin1String("sent"), Qt::CaseInsensitive));

        // 6. Issue: Ctrl+<n>, then Alt+I for "Issue Badges" (no override: the notice is recorded).
        goToPage(PageId::Issue, "issue");
        QVERIFY(!find<QLineEdit>("issueNoticeOverride")->isVisible());
        QTRY_VERIFY(find<QWidget>("issueStartButton")->isEnabled());
        shot(QStringLiteral("issue-ready"));
        key(Qt::Key_I, Qt::AltModifier);
        IssuePage* issue = m_window->issuePage();
        QTRY_VERIFY_WITH_TIMEOUT(!issue->isIssuing() &&
                                     find<QLabel>("issueMessage")->text().startsWith(QLatin1String("Done")),
                                 60000);
        // Every approved row was sent; the sample month has a few that Credly refuses (they go to
        // the log's worklist).
        const int issued = count(
            QStringLiteral("SELECT count(*) FROM issuance_journal WHERE state IN ('issued', 'adopted')"));
        const int failed =
            count(QStringLiteral("SELECT count(*) FROM issuance_journal WHERE state = 'failed'"));
        QVERIFY(issued > approved / 2);
        QCOMPARE(issued + failed, approved);
        shot(QStringLiteral("issued"));

        // 7. The issuance log and the reports, by their shortcuts.
        goToPage(PageId::IssuanceLog, "issuanceLog");
        auto* log = find<QTableView>("logTable");
        QTRY_COMPARE(log->model()->rowCount(), approved);
        QVERIFY(tabTo(log));
        key(Qt::Key_Down);
        QVERIFY(find<QLabel>("logDetails")->text().contains(QLatin1String("Email:")));
        shot(QStringLiteral("issuance-log"));
        goToPage(PageId::Reports, "reports");
        shot(QStringLiteral("reports"));
    }
};

QTEST_MAIN(TestKeyboardWalk)
#include "TestKeyboardWalk.moc"
