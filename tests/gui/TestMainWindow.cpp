#include "AboutDialog.h"
#include "AppIdentity.h"
#include "EmptyStateWidget.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "StepPathWidget.h"
#include "pages/Page.h"
#include "storage/Database.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoCommand>
#include <QUndoStack>
#include <memory>

using namespace badgedesk;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void titleAndStatusBarShowDatabaseAndEnvironment();
    void stepPathShowsNothingStarted();
    void navigationShowsEachPageWithItsEmptyState_data();
    void navigationShowsEachPageWithItsEmptyState();
    void shortcutsSwitchPages();
    void emptyStateActionsLeadOnOrSayWhy_data();
    void emptyStateActionsLeadOnOrSayWhy();
    void aboutShowsVersion();
    void windowStateIsRestored();
    void batchSelectorFollowsTheBatches();
    void editMenuActsOnTheCurrentPage();
    void messageBeforeShowIsNotDrawnOverThePath();

private:
    QListWidget* navigation() const
    {
        return m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
    }
    QStackedWidget* pages() const { return m_window->findChild<QStackedWidget*>(QStringLiteral("pages")); }
    void clickNavigation(int row);
    QString saveScreenshot(QWidget* widget, const QString& name);

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<MainWindow> m_window;
    QString m_screenshotDir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    applyAppIdentity();
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("practice.sqlite"))), qPrintable(m_db.errorMessage()));

    m_screenshotDir = qEnvironmentVariable("BADGEDESK_SCREENSHOT_DIR");
    if (m_screenshotDir.isEmpty())
        m_screenshotDir = QDir::temp().filePath(QStringLiteral("badgedesk-screenshots"));
    QVERIFY(QDir().mkpath(m_screenshotDir));
}

void TestMainWindow::init()
{
    // Every test starts from a first run: no remembered geometry or page.
    QSettings().clear();
    m_window = std::make_unique<MainWindow>(m_db);
    m_window->show();
    m_window->resize(1200, 760);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

void TestMainWindow::clickNavigation(int row)
{
    QListWidget* nav = navigation();
    QVERIFY(nav);
    const QRect rect = nav->visualItemRect(nav->item(row));
    QVERIFY(rect.isValid());
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, rect.center());
}

QString TestMainWindow::saveScreenshot(QWidget* widget, const QString& name)
{
    const QString path = QDir(m_screenshotDir).filePath(name + QStringLiteral(".png"));
    QFile::remove(path);
    widget->grab().save(path);
    return path;
}

// A screenshot is worth keeping only if it is the widget's size and shows something.
static bool isUsableScreenshot(const QString& path, const QSize& expectedSize, QString* why)
{
    if (!QFileInfo::exists(path)) {
        *why = QStringLiteral("missing: ") + path;
        return false;
    }
    const QImage image(path);
    if (image.isNull() || image.size() != expectedSize) {
        *why = QStringLiteral("wrong size or unreadable: ") + path;
        return false;
    }
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            if (image.pixel(x, y) != first)
                return true;
        }
    }
    *why = QStringLiteral("a single flat colour: ") + path;
    return false;
}

void TestMainWindow::titleAndStatusBarShowDatabaseAndEnvironment()
{
    const QString fileName = QFileInfo(m_db.path()).fileName();
    QVERIFY2(m_window->windowTitle().contains(fileName), qPrintable(m_window->windowTitle()));
    QVERIFY2(m_window->windowTitle().contains(QStringLiteral("PRACTICE")),
             qPrintable(m_window->windowTitle()));

    auto* pathLabel = m_window->findChild<QLabel*>(QStringLiteral("databasePathLabel"));
    QVERIFY(pathLabel);
    QCOMPARE(pathLabel->text(), m_db.path());
    QVERIFY(pathLabel->isVisible());

    for (const auto& name : {QStringLiteral("environmentLabel"), QStringLiteral("headerEnvironmentLabel")}) {
        auto* environment = m_window->findChild<QLabel*>(name);
        QVERIFY2(environment, qPrintable(name));
        QCOMPARE(environment->text(), QStringLiteral("PRACTICE"));
        QVERIFY(environment->isVisible());
    }
}

void TestMainWindow::stepPathShowsNothingStarted()
{
    auto* path = m_window->findChild<StepPathWidget*>(QStringLiteral("stepPath"));
    QVERIFY(path);
    QCOMPARE(path->stepNames(), (QStringList{QStringLiteral("Imported"), QStringLiteral("Reviewed"),
                                             QStringLiteral("Signed off"), QStringLiteral("Notified"),
                                             QStringLiteral("Issued"), QStringLiteral("Done")}));
    const QList<QLabel*> steps = path->findChildren<QLabel*>(QRegularExpression(QStringLiteral("^step_")));
    QCOMPARE(steps.size(), 6);
    // Without a batch, importing is the current step; the rest have not started.
    for (const QLabel* step : steps)
        QCOMPARE(step->property("stepState").toString(), step->objectName() == QLatin1String("step_imported")
                                                             ? QStringLiteral("current")
                                                             : QStringLiteral("notStarted"));
    auto* imported = path->findChild<QLabel*>(QStringLiteral("step_imported"));
    QCOMPARE(imported->text(), QStringLiteral("● Imported"));
    QVERIFY(imported->accessibleName().contains(QLatin1String("Import this month's export")));
    auto* batch = path->findChild<QComboBox*>(QStringLiteral("batchSelector"));
    QVERIFY(batch);
    QCOMPARE(batch->currentText(), QStringLiteral("No batch yet"));
    QVERIFY(!batch->isEnabled());
    QCOMPARE(m_window->currentBatch(), 0);
}

void TestMainWindow::navigationShowsEachPageWithItsEmptyState_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("navigationText");
    QTest::addColumn<QString>("pageName");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("screenshot");
    QTest::newRow("dashboard") << 0 << QStringLiteral("Dashboard") << QStringLiteral("dashboardPage")
                               << QStringLiteral("Welcome to BadgeDesk") << QStringLiteral("dashboard-empty");
    QTest::newRow("import") << 1 << QStringLiteral("Import") << QStringLiteral("importPage")
                            << QStringLiteral("No export imported yet") << QStringLiteral("import");
    QTest::newRow("review") << 2 << QStringLiteral("Review") << QStringLiteral("reviewPage")
                            << QStringLiteral("Nothing to review yet — import an export first")
                            << QStringLiteral("review");
    QTest::newRow("notice") << 3 << QStringLiteral("Notice") << QStringLiteral("noticePage")
                            << QStringLiteral("The notice waits for a signed-off batch")
                            << QStringLiteral("notice-empty");
    QTest::newRow("catalog") << 4 << QStringLiteral("Catalog") << QStringLiteral("catalogPage")
                             << QStringLiteral("The approved-assessment list is empty")
                             << QStringLiteral("catalog");
    QTest::newRow("issue") << 5 << QStringLiteral("Issue") << QStringLiteral("issuePage")
                           << QStringLiteral("Nothing approved to issue yet") << QStringLiteral("issue");
    QTest::newRow("reports") << 6 << QStringLiteral("Reports") << QStringLiteral("reportsPage")
                             << QStringLiteral("Nothing to report yet") << QStringLiteral("reports");
    QTest::newRow("issuance log") << 7 << QStringLiteral("Issuance Log") << QStringLiteral("issuanceLogPage")
                                  << QStringLiteral("No badges issued yet")
                                  << QStringLiteral("issuance-log-empty");
}

void TestMainWindow::navigationShowsEachPageWithItsEmptyState()
{
    QFETCH(int, row);
    QFETCH(QString, navigationText);
    QFETCH(QString, pageName);
    QFETCH(QString, title);
    QFETCH(QString, screenshot);

    // Start elsewhere so the click has to change the page.
    m_window->setCurrentPage(row == 0 ? PageId::Reports : PageId::Dashboard);
    QVERIFY(pages()->currentWidget()->objectName() != pageName);

    QCOMPARE(navigation()->item(row)->text(), navigationText);
    clickNavigation(row);
    QWidget* page = pages()->currentWidget();
    QCOMPARE(page->objectName(), pageName);
    QCOMPARE(navigation()->currentRow(), row);
    QCOMPARE(static_cast<int>(m_window->currentPage()), row);

    auto* emptyState = page->findChild<EmptyStateWidget*>(QStringLiteral("emptyState"));
    QVERIFY(emptyState);
    QVERIFY(emptyState->isVisible());
    auto* titleLabel = emptyState->findChild<QLabel*>(QStringLiteral("emptyStateTitle"));
    auto* messageLabel = emptyState->findChild<QLabel*>(QStringLiteral("emptyStateMessage"));
    auto* action = emptyState->findChild<QPushButton*>(QStringLiteral("emptyStateAction"));
    QVERIFY(titleLabel && messageLabel && action);
    QCOMPARE(titleLabel->text(), title);
    QVERIFY(!messageLabel->text().isEmpty());
    QVERIFY(action->isVisible());
    QVERIFY(!action->text().isEmpty());

    const QString path = saveScreenshot(m_window.get(), screenshot);
    QString why;
    QVERIFY2(isUsableScreenshot(path, m_window->size(), &why), qPrintable(why));
}

void TestMainWindow::shortcutsSwitchPages()
{
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(pages()->currentWidget()->objectName(), QStringLiteral("noticePage"));
    QCOMPARE(navigation()->currentRow(), 3);
    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(pages()->currentWidget()->objectName(), QStringLiteral("catalogPage"));
    QCOMPARE(navigation()->currentRow(), 4);
    QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(pages()->currentWidget()->objectName(), QStringLiteral("reportsPage"));
    QTest::keyClick(m_window.get(), Qt::Key_8, Qt::ControlModifier);
    QCOMPARE(pages()->currentWidget()->objectName(), QStringLiteral("issuanceLogPage"));
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(pages()->currentWidget()->objectName(), QStringLiteral("dashboardPage"));

    // The View menu's page actions follow the navigation.
    auto* reviewAction = m_window->findChild<QAction*>(QStringLiteral("actionPage_review"));
    QVERIFY(reviewAction);
    QCOMPARE(reviewAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_3));
    clickNavigation(2);
    QVERIFY(reviewAction->isChecked());
}

void TestMainWindow::emptyStateActionsLeadOnOrSayWhy_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("target"); // empty: the action is disabled until its feature exists
    QTest::newRow("dashboard -> import") << 0 << QStringLiteral("importPage");
    QTest::newRow("import -> its file dialog, on the page") << 1 << QStringLiteral("importPage");
    QTest::newRow("review -> import") << 2 << QStringLiteral("importPage");
    QTest::newRow("notice -> review") << 3 << QStringLiteral("reviewPage");
    QTest::newRow("catalog -> its list import, on the page") << 4 << QStringLiteral("catalogPage");
    QTest::newRow("issue -> review") << 5 << QStringLiteral("reviewPage");
    QTest::newRow("reports -> import") << 6 << QStringLiteral("importPage");
    QTest::newRow("issuance log -> issue") << 7 << QStringLiteral("issuePage");
}

void TestMainWindow::emptyStateActionsLeadOnOrSayWhy()
{
    QFETCH(int, row);
    QFETCH(QString, target);

    clickNavigation(row);
    auto* action = pages()->currentWidget()->findChild<QPushButton*>(QStringLiteral("emptyStateAction"));
    QVERIFY(action);
    if (target.isEmpty()) {
        QVERIFY(!action->isEnabled());
        QVERIFY(action->toolTip().contains(QStringLiteral("comes with")) ||
                action->toolTip().contains(QStringLiteral("arrives with")));
        auto* hint = pages()->currentWidget()->findChild<QLabel*>(QStringLiteral("emptyStateHint"));
        QVERIFY(hint && hint->isVisible());
        QCOMPARE(hint->text(), action->toolTip());
        return;
    }
    QVERIFY(action->isEnabled());
    if (target == QLatin1String("catalogPage") || row == 1)
        FileDialog::setNextFileName(QString()); // the import's file dialog, answered with Cancel
    QTest::mouseClick(action, Qt::LeftButton);
    QCOMPARE(pages()->currentWidget()->objectName(), target);
    QCOMPARE(pages()->currentIndex(), navigation()->currentRow());
}

void TestMainWindow::aboutShowsVersion()
{
    auto* about = m_window->findChild<QAction*>(QStringLiteral("actionAbout"));
    QVERIFY(about);
    about->trigger(); // non-modal, so this returns at once

    AboutDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<AboutDialog*>()) && dialog->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // The icon is there, drawn: transparent corner, white inner disc, green check.
    auto* icon = dialog->findChild<QLabel*>(QStringLiteral("aboutIconLabel"));
    QVERIFY(icon);
    const QImage image = icon->pixmap().toImage();
    QCOMPARE(image.size(), QSize(64, 64));
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    QCOMPARE(image.pixelColor(32, 20), QColor(Qt::white));
    const QColor check = image.pixelColor(30, 34);
    QVERIFY2(check.green() > check.red() + 40 && check.green() > check.blue() + 40, qPrintable(check.name()));
    auto* version = dialog->findChild<QLabel*>(QStringLiteral("aboutVersionLabel"));
    QVERIFY(version);
    QVERIFY(version->text().contains(versionString()));
    QCOMPARE(versionString(), QStringLiteral("0.1.0"));
    auto* database = dialog->findChild<QLabel*>(QStringLiteral("aboutDatabaseLabel"));
    QVERIFY(database && database->text().contains(QDir::toNativeSeparators(m_db.path())));
    auto* qt = dialog->findChild<QLabel*>(QStringLiteral("aboutQtLabel"));
    QVERIFY(qt && qt->text().contains(QString::fromLatin1(qVersion())));

    const QString path = saveScreenshot(dialog, QStringLiteral("about"));
    QString why;
    QVERIFY2(isUsableScreenshot(path, dialog->size(), &why), qPrintable(why));

    dialog->close();
    QTRY_VERIFY(!m_window->findChild<AboutDialog*>());
}

void TestMainWindow::windowStateIsRestored()
{
    m_window->resize(1000, 680);
    clickNavigation(4);
    QCOMPARE(pages()->currentWidget()->objectName(), QStringLiteral("catalogPage"));
    QVERIFY(m_window->close());
    m_window.reset();

    m_window = std::make_unique<MainWindow>(m_db);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->size(), QSize(1000, 680));
    QCOMPARE(pages()->currentWidget()->objectName(), QStringLiteral("catalogPage"));
    QCOMPARE(navigation()->currentRow(), 4);

    // And a first run (nothing remembered) does not land on that size or page by chance.
    m_window.reset();
    QSettings().clear();
    MainWindow fresh(m_db);
    QVERIFY(fresh.size() != QSize(1000, 680));
    QCOMPARE(fresh.currentPage(), PageId::Dashboard);
}

void TestMainWindow::batchSelectorFollowsTheBatches()
{
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO batches(id, month, created_at) VALUES (41, '2026-09', 'now'), "
                                  "(42, '2026-10', 'now')")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO import_files(id, batch_id, file_name, sha256, imported_at) "
                                  "VALUES (41, 42, 'f.csv', 'x', 'now')")));
    QVERIFY(q.exec(
        QStringLiteral("INSERT INTO certifications(batch_id, import_file_id, source_row, raw_json, row_key, "
                       "status, updated_at) VALUES (42, 41, 2, '[]', 'sel-1', 'eligible', 'now'), "
                       "(42, 41, 3, '[]', 'sel-2', 'approved', 'now')")));
    QSignalSpy changed(m_window.get(), &MainWindow::currentBatchChanged);
    m_window->setCurrentBatch(0); // the newest
    QCOMPARE(m_window->currentBatch(), 42);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toLongLong(), 42);
    auto* selector = m_window->findChild<QComboBox*>(QStringLiteral("batchSelector"));
    QVERIFY(selector->isEnabled());
    QCOMPARE(selector->count(), 2);
    QVERIFY2(selector->currentText().startsWith(QStringLiteral("October 2026 · 2 row")),
             qPrintable(selector->currentText()));
    auto* reviewed = m_window->findChild<QLabel*>(QStringLiteral("step_reviewed"));
    QCOMPARE(reviewed->property("stepState").toString(), QStringLiteral("current"));
    QVERIFY(reviewed->toolTip().contains(QLatin1String("1 row(s) still to approve or reject")));

    // Choosing the other batch in the selector switches the pages to it, and it is remembered.
    selector->setCurrentIndex(1);
    emit selector->activated(1); // what a click in the list does
    QCOMPARE(m_window->currentBatch(), 41);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("step_imported"))->property("stepState").toString(),
             QStringLiteral("current")); // batch 41 has no rows
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_db);
    QCOMPARE(m_window->currentBatch(), 41);
    QVERIFY(q.exec(QStringLiteral("DELETE FROM certifications")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM import_files")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM batches")));
}

void TestMainWindow::editMenuActsOnTheCurrentPage()
{
    auto* undo = m_window->findChild<QAction*>(QStringLiteral("actionUndo"));
    auto* redo = m_window->findChild<QAction*>(QStringLiteral("actionRedo"));
    auto* find = m_window->findChild<QAction*>(QStringLiteral("actionFind"));
    QVERIFY(undo && redo && find);
    m_window->setCurrentPage(PageId::Dashboard);
    QVERIFY(!undo->isEnabled());
    QVERIFY(!find->isEnabled()); // the dashboard has no search

    // On the Catalog page, Edit > Undo undoes the page's last edit and Find reaches its search box.
    m_window->setCurrentPage(PageId::Catalog);
    QVERIFY(find->isEnabled());
    auto* page = qobject_cast<Page*>(pages()->currentWidget());
    QVERIFY(page && page->undoStack());
    auto* command = new QUndoCommand(QStringLiteral("Mark"));
    page->undoStack()->push(command);
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().startsWith(QStringLiteral("&Undo Mark")), qPrintable(undo->text()));
    QVERIFY(undo->text().contains(QLatin1Char('\t'))); // the key is named in the menu
    undo->trigger();
    QCOMPARE(page->undoStack()->index(), 0);
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QCOMPARE(page->undoStack()->index(), 1);
    page->undoStack()->clear();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    find->trigger();
    QTRY_COMPARE(QApplication::focusWidget(),
                 m_window->findChild<QLineEdit*>(QStringLiteral("catalogSearch")));
    m_window->setCurrentPage(PageId::Dashboard);
    QVERIFY(!undo->isEnabled());
}

void TestMainWindow::messageBeforeShowIsNotDrawnOverThePath()
{
    // A page can put a message in the status bar while the window is being built (an interrupted
    // issuing run found at start-up); once shown, the message stands alone, not over the path.
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_db);
    m_window->statusBar()->showMessage(QStringLiteral("Issuing of October 2026 was interrupted"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto* path = m_window->findChild<QLabel*>(QStringLiteral("databasePathLabel"));
    QVERIFY(path);
    QVERIFY(!path->isVisible());
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Issuing of October 2026 was interrupted"));
    m_window->statusBar()->clearMessage();
    QVERIFY(path->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
