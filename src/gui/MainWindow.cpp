#include "MainWindow.h"

#include "AboutDialog.h"
#include "EnvironmentLabel.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "StepPathWidget.h"
#include "Translations.h"
#include "UserGuideWindow.h"
#include "WelcomeDialog.h"
#include "credly/CredlySession.h"
#include "credly/CredlySettingsDialog.h"
#include "credly/CredlyTokenExpiry.h"
#include "diagnostics/DiagnosticsReport.h"
#include "import/ImportWizard.h"
#include "issuing/IssueGate.h"
#include "pages/CatalogPage.h"
#include "pages/DashboardPage.h"
#include "pages/ImportPage.h"
#include "pages/IssuanceLogPage.h"
#include "pages/IssuePage.h"
#include "pages/NoticePage.h"
#include "pages/ReportsPage.h"
#include "pages/ReviewPage.h"
#include "sample/SampleMonthLoader.h"
#include "storage/BatchRepository.h"
#include "storage/CatalogChangeNotifier.h"
#include "storage/Database.h"
#include "storage/DatabaseRestore.h"
#include "storage/SignOffRepository.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QPointer>
#include <QProgressBar>
#include <QSettings>
#include <QShowEvent>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace badgedesk {

namespace {
const auto geometryKey = QStringLiteral("mainWindow/geometry");
const auto stateKey = QStringLiteral("mainWindow/state");
const auto pageSettingKey = QStringLiteral("mainWindow/page");
} // namespace

MainWindow::MainWindow(Database& db, QWidget* parent)
    : QMainWindow(parent), m_db(db), m_catalogChanges(new CatalogChangeNotifier(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // The title says which database and environment, so two windows can never be confused.
    setWindowTitle(tr("BadgeDesk — %1 — %2")
                       .arg(QFileInfo(m_db.path()).fileName(), environmentLabel(m_db.environment())));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createTopStrip());
    auto* line = new QFrame(central);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(createCentralArea(), 1);
    setCentralWidget(central);

    createMenus();
    updateEditMenu();
    createStatusBar();
    connectImportPage();
    restoreSettings();
}

QWidget* MainWindow::createTopStrip()
{
    auto* strip = new QWidget(this);
    strip->setObjectName(QStringLiteral("topStrip"));
    auto* layout = new QHBoxLayout(strip);
    layout->setContentsMargins(14, 8, 14, 8);
    m_stepPath = new StepPathWidget(strip);
    connect(m_stepPath, &StepPathWidget::batchChosen, this, &MainWindow::setCurrentBatch);
    layout->addWidget(m_stepPath);
    layout->addStretch(1);
    auto* environment = new EnvironmentLabel(m_db.environment(), strip);
    environment->setObjectName(QStringLiteral("headerEnvironmentLabel"));
    layout->addWidget(environment);
    return strip;
}

QWidget* MainWindow::createCentralArea()
{
    auto* area = new QWidget(this);
    auto* layout = new QHBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_navigation = new QListWidget(area);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setFixedWidth(180);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Only the list itself is styled: styling ::item makes Fusion shrink and pale the selection.
    m_navigation->setStyleSheet(
        QStringLiteral("QListWidget#navigation { background: palette(alternate-base); padding: 8px 6px; }"));
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_navigation->setFont(navFont);

    m_pages = new QStackedWidget(area);
    m_pages->setObjectName(QStringLiteral("pages"));

    auto* separator = new QFrame(area);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);

    layout->addWidget(m_navigation);
    layout->addWidget(separator);
    layout->addWidget(m_pages, 1);

    m_dashboardPage = new DashboardPage(m_db, m_pages);
    addPage(PageId::Dashboard, tr("Dashboard"), m_dashboardPage);
    // The dashboard follows the batch and the batches' counts; its exceptions open their rows.
    connect(this, &MainWindow::currentBatchChanged, m_dashboardPage, &DashboardPage::setBatch);
    connect(this, &MainWindow::batchesRefreshed, m_dashboardPage, &DashboardPage::batchesChanged);
    connect(m_dashboardPage, &DashboardPage::rowRequested, this, &MainWindow::showRow);
    m_importPage = new ImportPage(m_db, m_pages);
    addPage(PageId::Import, tr("Import"), m_importPage);
    m_reviewPage = new ReviewPage(m_db, m_catalogChanges, m_pages);
    addPage(PageId::Review, tr("Review"), m_reviewPage);
    // The review follows the window's batch, and the step path follows the review.
    connect(this, &MainWindow::currentBatchChanged, m_reviewPage, &ReviewPage::setBatch);
    connect(m_reviewPage, &ReviewPage::reviewChanged, this, &MainWindow::refreshBatches);
    m_noticePage = new NoticePage(m_db, m_pages);
    addPage(PageId::Notice, tr("Notice"), m_noticePage);
    connect(this, &MainWindow::currentBatchChanged, m_noticePage, &NoticePage::setBatch);
    // A review action may sign off or void the batch: the notice page shows what holds now.
    connect(m_reviewPage, &ReviewPage::reviewChanged, m_noticePage, &NoticePage::refresh);
    connect(m_noticePage, &NoticePage::statusMessage, this,
            [this](const QString& m) { statusBar()->showMessage(m); });
    addPage(PageId::Catalog, tr("Catalog"), new CatalogPage(m_db, m_catalogChanges, m_pages));
    m_issuePage = new IssuePage(m_db, m_pages);
    addPage(PageId::Issue, tr("Issue"), m_issuePage);
    m_reportsPage = new ReportsPage(m_db, m_pages);
    addPage(PageId::Reports, tr("Reports"), m_reportsPage);
    m_issuanceLogPage = new IssuanceLogPage(m_db, m_pages);
    addPage(PageId::IssuanceLog, tr("Issuance Log"), m_issuanceLogPage);
    // The issuing pages follow the current batch and tell the window when rows changed.
    connect(this, &MainWindow::currentBatchChanged, m_issuePage, &IssuePage::setBatch);
    connect(this, &MainWindow::currentBatchChanged, m_reportsPage, &ReportsPage::setBatch);
    connect(this, &MainWindow::currentBatchChanged, m_issuanceLogPage, &IssuanceLogPage::setBatch);
    connect(m_issuePage, &IssuePage::batchesChanged, this, &MainWindow::refreshBatches);
    connect(m_issuanceLogPage, &IssuanceLogPage::batchesChanged, this, &MainWindow::refreshBatches);
    // Recording the notice moves the step path and opens (or closes) the Issue page's wait.
    connect(m_noticePage, &NoticePage::batchesChanged, this, &MainWindow::refreshBatches);
    connect(m_noticePage, &NoticePage::batchesChanged, m_issuePage, &IssuePage::refresh);
    connect(m_issuePage, &IssuePage::statusMessage, this,
            [this](const QString& m) { statusBar()->showMessage(m); });
    connect(m_issuanceLogPage, &IssuanceLogPage::statusMessage, this,
            [this](const QString& m) { statusBar()->showMessage(m); });
    connect(m_reportsPage, &ReportsPage::statusMessage, this,
            [this](const QString& m) { statusBar()->showMessage(m); });

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentIndex(row);
        m_pageActions.at(row)->setChecked(true);
        updateEditMenu();
    });
    m_navigation->setCurrentRow(0);
    return area;
}

void MainWindow::updateEditMenu()
{
    auto* page = qobject_cast<Page*>(m_pages->currentWidget());
    QUndoStack* stack = page ? page->undoStack() : nullptr;
    if (stack && !m_undoGroup->stacks().contains(stack))
        m_undoGroup->addStack(stack);
    m_undoGroup->setActiveStack(stack);
    if (m_findAction)
        m_findAction->setEnabled(page && page->hasSearch());
}

void MainWindow::addPage(PageId id, const QString& name, Page* page)
{
    const int index = static_cast<int>(id);
    Q_ASSERT(index == m_pages->count());
    m_pages->addWidget(page);
    connect(page, &Page::pageRequested, this, &MainWindow::setCurrentPage);

    const QKeySequence shortcut(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + index)));
    auto* item = new QListWidgetItem(name, m_navigation);
    item->setSizeHint(QSize(0, 36));
    item->setToolTip(tr("%1 (%2)").arg(name, shortcut.toString(QKeySequence::NativeText)));

    // The shortcuts live on View menu actions, so they work wherever the focus is.
    auto* action = new QAction(name, this);
    action->setObjectName(QStringLiteral("actionPage_") + pageKey(id));
    action->setShortcut(shortcut);
    action->setCheckable(true);
    connect(action, &QAction::triggered, this, [this, id] { setCurrentPage(id); });
    m_pageActions.append(action);
}

QAction* MainWindow::addPendingAction(QMenu* menu, const QString& text, const QKeySequence& shortcut,
                                      const QString& reason)
{
    // Shown, so the specialist learns where things will be, but disabled until the feature exists.
    QAction* action = menu->addAction(text);
    action->setShortcut(shortcut);
    action->setEnabled(false);
    action->setToolTip(reason);
    action->setStatusTip(reason);
    return action;
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setToolTipsVisible(true);
    QAction* import = file->addAction(tr("&Import Export…"), this, &MainWindow::openImport);
    import->setObjectName(QStringLiteral("actionImport"));
    import->setShortcut(QKeySequence::Open);
    import->setStatusTip(tr("Import this month's CTIMS export (CSV or XLSX) as a batch."));
    m_loadSampleAction = file->addAction(tr("Load &Sample Month"), this, &MainWindow::loadSampleMonth);
    m_loadSampleAction->setObjectName(QStringLiteral("actionLoadSampleMonth"));
    m_loadSampleAction->setEnabled(false); // until the Credly session is set, and only in Practice
    file->addSeparator();
    QAction* backup = file->addAction(tr("&Back Up Database…"), this, &MainWindow::backUpDatabase);
    backup->setObjectName(QStringLiteral("actionBackUpDatabase"));
    QAction* restore = file->addAction(tr("&Restore From Backup…"), this, &MainWindow::restoreDatabase);
    restore->setObjectName(QStringLiteral("actionRestoreDatabase"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setToolTipsVisible(true);
    // The current page's undo stack and search box. The keys themselves belong to the pages
    // (Ctrl+Z, Ctrl+Shift+Z, Ctrl+F act where the focus is), so the menu only names them: a
    // window-wide shortcut beside the pages' would make both ambiguous.
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    const auto showKey = [](QAction* action, const QKeySequence& key) {
        action->setText(action->text() + QLatin1Char('\t') + key.toString(QKeySequence::NativeText));
    };
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, undo,
            [undo, showKey] { showKey(undo, QKeySequence::Undo); });
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, redo,
            [redo, showKey] { showKey(redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)); });
    showKey(undo, QKeySequence::Undo);
    showKey(redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_findAction = edit->addAction(tr("&Find…") + QLatin1Char('\t') +
                                   QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText));
    m_findAction->setObjectName(QStringLiteral("actionFind"));
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (auto* page = qobject_cast<Page*>(m_pages->currentWidget()))
            page->focusSearch();
    });

    QMenu* batch = menuBar()->addMenu(tr("&Batch"));
    batch->setToolTipsVisible(true);
    QAction* signOff = batch->addAction(tr("&Sign Off Batch…"), this, [this] {
        setCurrentPage(PageId::Review);
        m_reviewPage->signOff();
    });
    signOff->setObjectName(QStringLiteral("actionSignOffBatch"));
    signOff->setStatusTip(tr("Freeze the batch's approved rows for issuing (Review page)."));
    QAction* noticeList = batch->addAction(tr("Export &Notice List…"), this, [this] {
        setCurrentPage(PageId::Notice);
        m_noticePage->exportList();
    });
    noticeList->setObjectName(QStringLiteral("actionExportNoticeList"));
    noticeList->setStatusTip(tr("Write the mail-merge list of the students to notify (Notice page)."));

    QMenu* credly = menuBar()->addMenu(tr("&Credly"));
    credly->setToolTipsVisible(true);
    QAction* environment = credly->addAction(tr("Environment: %1").arg(environmentLabel(m_db.environment())));
    environment->setEnabled(false);
    credly->addSeparator();
    m_refreshAction = credly->addAction(tr("&Refresh from Credly"), this, &MainWindow::refreshFromCredly);
    m_refreshAction->setObjectName(QStringLiteral("actionRefreshFromCredly"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setEnabled(false);
    m_credlySettingsAction =
        credly->addAction(tr("Credly &Settings…"), this, &MainWindow::showCredlySettings);
    m_credlySettingsAction->setObjectName(QStringLiteral("actionCredlySettings"));
    m_credlySettingsAction->setEnabled(false);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    auto* pageGroup = new QActionGroup(this);
    for (QAction* action : std::as_const(m_pageActions)) {
        pageGroup->addAction(action);
        view->addAction(action);
    }
    m_pageActions.constFirst()->setChecked(true);
    createLanguageMenu(view);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About BadgeDesk"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    QAction* guide = help->addAction(tr("&User Guide"), this, &MainWindow::showUserGuide);
    guide->setObjectName(QStringLiteral("actionUserGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setStatusTip(tr("Your first month, step by step, with pictures."));
    QAction* welcome = help->addAction(tr("&Welcome…"), this, &MainWindow::showWelcome);
    welcome->setObjectName(QStringLiteral("actionWelcome"));
    QAction* diagnostics = help->addAction(tr("Copy &Diagnostics"), this, &MainWindow::copyDiagnostics);
    diagnostics->setObjectName(QStringLiteral("actionCopyDiagnostics"));
    help->addSeparator();
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createLanguageMenu(QMenu* view)
{
    // The interface language: the system's, or one chosen here. Every page builds its texts once,
    // so the choice applies at the next start, and the status bar says so.
    view->addSeparator();
    QMenu* menu = view->addMenu(tr("&Language"));
    menu->setObjectName(QStringLiteral("menuLanguage"));
    auto* group = new QActionGroup(this);
    const QString saved = Translations::savedChoice();
    const auto add = [&](const QString& language, const QString& text) {
        QAction* action = menu->addAction(text);
        action->setObjectName(QStringLiteral("actionLanguage_") +
                              (language.isEmpty() ? QStringLiteral("system") : language));
        action->setCheckable(true);
        action->setChecked(language == saved);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] {
            if (language == Translations::savedChoice())
                return;
            Translations::saveChoice(language);
            const QString name = Translations::nativeName(
                language.isEmpty() ? Translations::languageFor(QLocale::system().uiLanguages()) : language);
            statusBar()->showMessage(
                tr("BadgeDesk will be in %1 from its next start: close it and open it again to switch now.")
                    .arg(name));
        });
    };
    add(QString(),
        tr("&System language (%1)")
            .arg(Translations::nativeName(Translations::languageFor(QLocale::system().uiLanguages()))));
    menu->addSeparator();
    for (const QString& language : Translations::available())
        add(language, Translations::nativeName(language));
}

void MainWindow::createStatusBar()
{
    auto* prefix = new QLabel(tr("Database:"), this);
    prefix->setContentsMargins(6, 0, 0, 0);
    m_databasePathLabel = new QLabel(m_db.path(), this);
    m_databasePathLabel->setObjectName(QStringLiteral("databasePathLabel"));
    m_databasePathLabel->setTextFormat(Qt::PlainText);
    m_databasePathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_databasePathLabel->setToolTip(QDir::toNativeSeparators(m_db.path()));
    m_databasePathLabel->setAccessibleName(tr("Database path"));
    // A long path must not force the window wider; it is cut off and the tooltip has it whole.
    m_databasePathLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_statusEnvironmentLabel = new EnvironmentLabel(m_db.environment(), this);
    m_statusEnvironmentLabel->setObjectName(QStringLiteral("environmentLabel"));

    m_importStatusLabel = new QLabel(this);
    m_importStatusLabel->setObjectName(QStringLiteral("statusImportLabel"));
    m_importStatusLabel->hide();
    m_importStatusProgress = new QProgressBar(this);
    m_importStatusProgress->setObjectName(QStringLiteral("statusImportProgress"));
    m_importStatusProgress->setRange(0, 100);
    m_importStatusProgress->setMaximumWidth(160);
    m_importStatusProgress->setAccessibleName(tr("Import progress"));
    m_importStatusProgress->hide();

    statusBar()->addWidget(prefix);
    statusBar()->addWidget(m_databasePathLabel, 1);
    statusBar()->addPermanentWidget(m_importStatusLabel);
    statusBar()->addPermanentWidget(m_importStatusProgress);
    statusBar()->addPermanentWidget(m_statusEnvironmentLabel);
}

void MainWindow::connectImportPage()
{
    ImportWizard* wizard = m_importPage->wizard();
    connect(wizard, &ImportWizard::importProgress, this, [this](const QString& text, int percent) {
        const bool running = percent >= 0;
        m_importStatusLabel->setVisible(running);
        m_importStatusProgress->setVisible(running);
        if (!running)
            return;
        // Capitalised here: the wizard's text is a clause.
        m_importStatusLabel->setText(text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1));
        m_importStatusProgress->setValue(percent);
    });
    connect(wizard, &ImportWizard::batchImported, this, &MainWindow::showImportedBatch);
    connect(wizard, &ImportWizard::batchRequested, this, [this](qint64 batchId) {
        setCurrentBatch(batchId);
        setCurrentPage(PageId::Review);
    });
    connect(wizard, &ImportWizard::importFinished, this, [this](const ImportResult& result) {
        if (!result.succeeded())
            statusBar()->showMessage(result.message, 15000);
    });
}

void MainWindow::openImport()
{
    setCurrentPage(PageId::Import);
    if (m_importPage->wizard()->isImporting()) {
        statusBar()->showMessage(tr("An import is running; wait for it to finish or cancel it first."), 8000);
        return;
    }
    m_importPage->wizard()->chooseFile();
}

void MainWindow::showImportedBatch(qint64 batchId, const QString& message)
{
    setCurrentBatch(batchId); // reads the batches afresh, the new one included
    setCurrentPage(PageId::Review);
    if (!message.isEmpty())
        statusBar()->showMessage(message);
}

void MainWindow::setCredlySession(CredlySession* session)
{
    m_credly = session;
    m_credlySettingsAction->setEnabled(session);
    m_refreshAction->setEnabled(session);
    const bool practice = session && session->environment() == CredlyEnvironment::Practice;
    m_loadSampleAction->setEnabled(practice);
    const QString why = practice
                            ? tr("Writes a synthetic month and fills the catalog and the Practice templates.")
                            : tr("Sample data is loaded only in Practice, so it never meets real data.");
    m_loadSampleAction->setToolTip(why);
    m_loadSampleAction->setStatusTip(why);
    m_issuePage->setCredlySession(session);
    m_issuanceLogPage->setCredlySession(session);
    if (!session)
        return;
    // Templates refreshed (F5, the sample month): the catalog's picker and flags read the cache.
    connect(session, &CredlySession::templatesSynced, this, [this](const TemplateSync::Result& result) {
        if (m_sampleSummary.isEmpty() || !result.isOk()) {
            statusBar()->showMessage(result.summary());
        } else {
            // Short enough for the status bar; the Catalog page shows the entries themselves.
            const int flagged = static_cast<int>(result.archivedInUse.size() + result.unknownInUse.size());
            statusBar()->showMessage(
                m_sampleSummary + QLatin1Char(' ') +
                (flagged == 0 ? tr("%1 Practice templates synced.").arg(result.total)
                              : tr("%1 Practice templates synced, %2 catalog entries need another template.")
                                    .arg(result.total)
                                    .arg(flagged)));
        }
        m_sampleSummary.clear();
        if (auto* catalog = qobject_cast<CatalogPage*>(m_pages->widget(static_cast<int>(PageId::Catalog))))
            catalog->reload();
        // An archived template makes its rows need attention (no_template), and back.
        if (result.isOk())
            m_reviewPage->reclassify();
    });
    // Not set up, or no token: say so once the token lookup has answered.
    connect(session, &CredlySession::tokenChanged, this, [this] {
        if (m_credly && !m_credly->isReady())
            statusBar()->showMessage(m_credly->problem());
    });
    // The token's last known expiry, warned about from 30 days ahead without asking Credly.
    if (session->environment() != CredlyEnvironment::Practice) {
        CredlyTokenExpiry expiry;
        expiry.expiresAt = session->settings(session->environment()).tokenExpiresAt;
        expiry.known = expiry.expiresAt.isValid();
        if (expiry.needsWarning(QDate::currentDate()))
            statusBar()->showMessage(expiry.userText(QDate::currentDate()));
    }
}

CredlySettingsDialog* MainWindow::showCredlySettings()
{
    if (!m_credly)
        return nullptr;
    if (auto* open = findChild<CredlySettingsDialog*>())
        return open; // one at a time
    auto* dialog = new CredlySettingsDialog(*m_credly, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->environmentChanged()) {
            emit environmentSwitchRequested(dialog->selectedEnvironment());
            return;
        }
        m_credly->reload();
        statusBar()->showMessage(tr("Credly settings saved."), 5000);
    });
    dialog->open();
    return dialog;
}

void MainWindow::refreshFromCredly()
{
    if (!m_credly)
        return;
    if (!m_credly->isReady()) {
        statusBar()->showMessage(m_credly->problem());
        return;
    }
    statusBar()->showMessage(tr("Refreshing the badge templates from Credly…"));
    m_credly->syncTemplates();
}

void MainWindow::loadSampleMonth()
{
    if (!m_credly || m_credly->environment() != CredlyEnvironment::Practice)
        return;
    const SampleMonthLoader::Result result = SampleMonthLoader::load(m_db, QDate(), QString());
    if (!result.isOk()) {
        statusBar()->showMessage(result.error);
        return;
    }
    if (auto* catalog = qobject_cast<CatalogPage*>(m_pages->widget(static_cast<int>(PageId::Catalog))))
        catalog->reload();
    // The month file goes through the same Importer as File > Import Export.
    QString batchMessage;
    qint64 batchId = 0;
    const bool imported =
        SampleMonthLoader::importMonthIntoBatch(m_db, result.monthFile, &batchMessage, &batchId);
    // Short enough for the status bar; the files are beside the database (practice-samples/).
    m_sampleSummary = tr("Sample month %1: %2 rows, %3 catalog entries added.")
                          .arg(result.month.toString(QStringLiteral("yyyy-MM")))
                          .arg(result.monthRows)
                          .arg(result.added);
    if (imported && batchId > 0) {
        m_sampleSummary += QLatin1Char(' ') + tr("Batch %1 holds the month.").arg(batchId);
        showImportedBatch(batchId, QString());
    } else if (!batchMessage.isEmpty()) {
        m_sampleSummary += QLatin1Char(' ') + batchMessage;
    }
    statusBar()->showMessage(m_sampleSummary);
    // The Practice templates the sample catalog names; the status bar reports the sync when done.
    m_credly->syncTemplates();
}

PageId MainWindow::currentPage() const
{
    return static_cast<PageId>(m_pages->currentIndex());
}

void MainWindow::backUpDatabase()
{
    const QFileInfo live(m_db.path());
    const QString suggested = live.absolutePath() + QStringLiteral("/backups/") + live.completeBaseName() +
                              QStringLiteral("-copy-") +
                              QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")) +
                              QStringLiteral(".sqlite");
    QDir().mkpath(live.absolutePath() + QStringLiteral("/backups"));
    const QString path = FileDialog::getSaveFileName(this, tr("Back Up Database"), suggested,
                                                     tr("BadgeDesk database (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        statusBar()->showMessage(
            tr("The backup was not made: %1 exists and cannot be replaced. Choose another "
               "name.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    QString error;
    if (!m_db.backupTo(path, &error)) {
        statusBar()->showMessage(
            tr("The backup was not made: %1. Check the free space and the folder's permissions.").arg(error));
        return;
    }
    statusBar()->showMessage(tr("Backed up to %1 (%2 KB).")
                                 .arg(QDir::toNativeSeparators(path))
                                 .arg((QFileInfo(path).size() + 1023) / 1024),
                             15000);
}

void MainWindow::restoreDatabase()
{
    const QFileInfo live(m_db.path());
    const QString path = FileDialog::getOpenFileName(this, tr("Restore From Backup"),
                                                     live.absolutePath() + QStringLiteral("/backups"),
                                                     tr("BadgeDesk database (*.sqlite)"));
    if (path.isEmpty())
        return;
    const QString problem = DatabaseRestore::checkBackup(path);
    if (!problem.isEmpty()) {
        statusBar()->showMessage(problem);
        return;
    }
    const auto answer = MessageBox::question(
        this, tr("Restore From Backup"),
        tr("Replace the database %1 with the backup %2 (%3)?\n\nThe database as it is now is kept beside it, "
           "renamed, so nothing is lost. BadgeDesk reopens on the restored copy.")
            .arg(live.fileName(), QFileInfo(path).fileName(),
                 QLocale().toString(QFileInfo(path).lastModified(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    emit restoreRequested(path);
}

WelcomeDialog* MainWindow::showWelcome()
{
    auto* dialog = new WelcomeDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WelcomeDialog::loadSampleMonthRequested, this, &MainWindow::loadSampleMonth);
    connect(dialog, &WelcomeDialog::connectToCredlyRequested, this, &MainWindow::showCredlySettings);
    dialog->show();
    WelcomeDialog::markShown();
    return dialog;
}

void MainWindow::copyDiagnostics()
{
    QGuiApplication::clipboard()->setText(DiagnosticsReport::text(m_db));
    statusBar()->showMessage(
        tr("Diagnostics copied to the clipboard: versions, paths and recent problems, no "
           "tokens or student data."),
        10000);
}

void MainWindow::setCurrentBatch(qint64 batchId)
{
    const auto batches = BatchRepository(m_db.connection()).all();
    qint64 chosen = 0;
    for (const auto& b : batches) {
        if (b.id == batchId)
            chosen = b.id;
    }
    if (chosen == 0 && !batches.isEmpty())
        chosen = batches.first().id; // the newest month
    const bool changed = chosen != m_currentBatch;
    m_currentBatch = chosen;
    QSettings().setValue(QStringLiteral("batch/current"), m_currentBatch);
    showBatches(batches);
    if (changed)
        emit currentBatchChanged(m_currentBatch);
}

void MainWindow::refreshBatches()
{
    showBatches(BatchRepository(m_db.connection()).all());
}

void MainWindow::showBatches(const QList<BatchRepository::Summary>& batches)
{
    m_stepPath->setBatches(batches, m_currentBatch);
    MonthProgress::Facts facts;
    for (const auto& b : batches) {
        if (b.id != m_currentBatch)
            continue;
        facts.exists = true;
        facts.rows = b.rows;
        facts.undecided = b.count(QStringLiteral("new")) + b.count(QStringLiteral("eligible")) +
                          b.count(QStringLiteral("needs_attention"));
        facts.issued = b.count(QStringLiteral("issued"));
        facts.failed = b.count(QStringLiteral("failed"));
        facts.approved = b.count(QStringLiteral("approved")) + b.count(QStringLiteral("queued")) +
                         b.count(QStringLiteral("sending")) + facts.issued + facts.failed;
        const auto signOff = SignOffRepository(m_db.connection()).status(b.id);
        facts.signedOff = signOff.state != SignOffRepository::State::NotSignedOff;
        facts.signOffVoid = signOff.state == SignOffRepository::State::Voided;
        facts.noticeSent = b.noticeSentAt.isValid();
        if (facts.noticeSent) {
            // Whole days left of the notice wait, rounded up: "1 day left" until the moment it ends.
            const qint64 secondsLeft = QDateTime::currentDateTimeUtc().secsTo(
                b.noticeSentAt.addDays(IssueGate::noticeWaitDays(m_db.connection())));
            facts.noticeDaysLeft = secondsLeft > 0 ? int((secondsLeft + 86399) / 86400) : 0;
        }
    }
    m_stepPath->setProgress(MonthProgress::compute(facts));
    emit batchesRefreshed();
}

void MainWindow::setCurrentPage(PageId page)
{
    // Navigation drives the stack, so list, stack and View menu always agree.
    m_navigation->setCurrentRow(static_cast<int>(page));
    // Keyboard users land in the page they asked for (Ctrl+1.., a "Go to" button), on its first
    // control, unless the page put the focus somewhere itself (Review: its table, once shown); the
    // focus would otherwise stay on the hidden page. Not while they move through the navigation.
    if (!isVisible() || m_navigation->hasFocus())
        return;
    QTimer::singleShot(0, this, [this, shown = QPointer<QWidget>(m_pages->currentWidget())] {
        QWidget* focus = QApplication::focusWidget();
        if (shown && shown->isVisible() && !m_navigation->hasFocus() &&
            !(focus && shown->isAncestorOf(focus)))
            focusFirstControl(shown);
    });
}

void MainWindow::focusFirstControl(QWidget* page)
{
    if (!page)
        return;
    QWidget* w = page;
    for (int guard = 0; guard < 1000; ++guard) {
        w = w->nextInFocusChain();
        if (w == page)
            return;
        if (page->isAncestorOf(w) && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

UserGuideWindow* MainWindow::showUserGuide()
{
    // One guide window at a time: asking again raises it.
    if (!m_userGuide)
        m_userGuide = new UserGuideWindow(this);
    m_userGuide->show();
    m_userGuide->raise();
    m_userGuide->activateWindow();
    return m_userGuide;
}

void MainWindow::showRow(PageId page, qint64 batchId, qint64 certificationId)
{
    if (batchId > 0 && batchId != m_currentBatch)
        setCurrentBatch(batchId);
    setCurrentPage(page);
    if (page == PageId::Review)
        m_reviewPage->showRow(certificationId);
    else if (page == PageId::IssuanceLog)
        m_issuanceLogPage->showCertification(certificationId);
}

void MainWindow::showAbout()
{
    // Non-blocking: About is not a decision, and the window stays usable behind it.
    auto* dialog = new AboutDialog(m_db.path(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    // A page may have put a message in the status bar before the window was shown (an
    // interrupted issuing run found at start-up). QStatusBar hides its normal widgets (the
    // database path) for a message only when they are visible, so they would be drawn under it:
    // show the message again now that they are (showing the same text again is ignored).
    const QString message = statusBar()->currentMessage();
    if (!message.isEmpty()) {
        statusBar()->clearMessage();
        statusBar()->showMessage(message);
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_importPage->wizard()->isImporting()) {
        const auto answer = MessageBox::question(
            this, tr("Import running"),
            tr("An import is still running. Stop it and close BadgeDesk?\n\nNothing of this import is "
               "kept; you can import the file again later."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_importPage->wizard()->cancelAndWait();
    }
    // A run in progress asks first; it stops cleanly (requests in flight recorded).
    if (!m_issuePage->confirmClose()) {
        event->ignore();
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1100, 720);
    restoreState(settings.value(stateKey).toByteArray());
    const QString key = settings.value(pageSettingKey).toString();
    for (int i = 0; i < pageCount; ++i) {
        if (pageKey(static_cast<PageId>(i)) == key)
            setCurrentPage(static_cast<PageId>(i));
    }
    // The batch worked on last time, when this database still has it; else the newest.
    setCurrentBatch(settings.value(QStringLiteral("batch/current")).toLongLong());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    // A key, not an index, so reordering the pages later does not land on the wrong one.
    settings.setValue(pageSettingKey, pageKey(currentPage()));
}

QString MainWindow::pageKey(PageId page)
{
    switch (page) {
    case PageId::Dashboard:
        return QStringLiteral("dashboard");
    case PageId::Import:
        return QStringLiteral("import");
    case PageId::Review:
        return QStringLiteral("review");
    case PageId::Notice:
        return QStringLiteral("notice");
    case PageId::Catalog:
        return QStringLiteral("catalog");
    case PageId::Issue:
        return QStringLiteral("issue");
    case PageId::Reports:
        return QStringLiteral("reports");
    case PageId::IssuanceLog:
        return QStringLiteral("issuanceLog");
    }
    return {};
}

} // namespace badgedesk
