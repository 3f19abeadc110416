#pragma once

#include "PageId.h"
#include "domain/CredlyEnvironment.h"
#include "storage/BatchRepository.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QUndoGroup>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QStackedWidget;

namespace badgedesk {

class CatalogChangeNotifier;
class CredlySession;
class CredlySettingsDialog;
class DashboardPage;
class Database;
class EnvironmentLabel;
class ImportPage;
class IssuanceLogPage;
class IssuePage;
class ReportsPage;
class NoticePage;
class StepPathWidget;
class UserGuideWindow;
class WelcomeDialog;
class Page;
class ReviewPage;

// The one window: the month's step path on top, page navigation on the left, the selected page
// in the middle, database and environment in the status bar. It reads the already opened
// Database but never runs SQL itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Database& db, QWidget* parent = nullptr);

    PageId currentPage() const;
    DashboardPage* dashboardPage() const { return m_dashboardPage; }
    NoticePage* noticePage() const { return m_noticePage; }
    IssuePage* issuePage() const { return m_issuePage; }
    ReportsPage* reportsPage() const { return m_reportsPage; }
    IssuanceLogPage* issuanceLogPage() const { return m_issuanceLogPage; }
    // The batch the pages work on (the step path's selector); 0 when there is none yet.
    qint64 currentBatch() const { return m_currentBatch; }
    // Announces every committed catalog change (codes touched); pages that show classified rows
    // connect to it to classify those rows again.
    CatalogChangeNotifier* catalogChangeNotifier() const { return m_catalogChanges; }

    // Enables the Credly actions (settings, refresh, Practice's sample month) over this session.
    void setCredlySession(CredlySession* session);

public slots:
    void setCurrentPage(badgedesk::PageId page);
    // Shows one row: selects its batch, then the page (Review, or the Issuance Log) on that row.
    void showRow(badgedesk::PageId page, qint64 batchId, qint64 certificationId);
    // File > Import Export (Ctrl+O): the Import page and its file dialog.
    void openImport();
    // An import (or the sample month) made this batch: select it and show it in Review.
    void showImportedBatch(qint64 batchId, const QString& message);
    // Selects the batch (remembered) and tells the pages; 0 picks the newest.
    void setCurrentBatch(qint64 batchId);
    // Re-reads the batches and the current one's progress (after an import, a review action,
    // a sign-off, an issuing run).
    void refreshBatches();
    void showAbout();
    // Window-modal, returns at once; Save applies it (an environment switch through the signal).
    CredlySettingsDialog* showCredlySettings();
    void refreshFromCredly();
    // Practice only: the sample month's files, the catalog from its approved list, the templates.
    void loadSampleMonth();
    // File > Back Up Database: a consistent copy while the app runs (VACUUM INTO).
    void backUpDatabase();
    // File > Restore From Backup: checks the file, asks, then lets AppSession swap it in.
    void restoreDatabase();
    // Help > Copy Diagnostics: versions, paths and recent problems to the clipboard.
    void copyDiagnostics();
    // Help > Welcome (and the first run): Practice explained, where data lives, the ways on.
    WelcomeDialog* showWelcome();
    // Help > User Guide (F1): the guide in a window beside this one.
    UserGuideWindow* showUserGuide();

signals:
    // The user saved another environment in Credly > Settings: the app reopens in it.
    void environmentSwitchRequested(badgedesk::CredlyEnvironment environment);
    // The user chose a backup to restore and confirmed: the app closes the database, swaps the
    // file in (the current one kept aside) and reopens.
    void restoreRequested(const QString& backupPath);
    // Another batch was selected (or the first one appeared): pages showing a batch follow it.
    void currentBatchChanged(qint64 batchId);
    // The batches were read again (an import, a review action, an issuing run): their counts may
    // have changed.
    void batchesRefreshed();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createTopStrip();
    QWidget* createCentralArea();
    void createMenus();
    // View > Language: System / English / Español, remembered, applied at the next start.
    void createLanguageMenu(QMenu* view);
    // Points Edit > Undo/Redo/Find at the page being shown.
    void updateEditMenu();
    // The step path for these batches (as just read) and the current one's progress.
    void showBatches(const QList<BatchRepository::Summary>& batches);
    void createStatusBar();
    // Gives the focus to the page's first control in Tab order.
    void focusFirstControl(QWidget* page);
    void connectImportPage();
    void addPage(PageId id, const QString& name, Page* page);
    QAction* addPendingAction(QMenu* menu, const QString& text, const QKeySequence& shortcut,
                              const QString& reason);

    void restoreSettings();
    void saveSettings() const;
    static QString pageKey(PageId page);

    Database& m_db;
    CatalogChangeNotifier* m_catalogChanges = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_databasePathLabel = nullptr;
    EnvironmentLabel* m_statusEnvironmentLabel = nullptr;
    QList<QAction*> m_pageActions;
    CredlySession* m_credly = nullptr;
    QAction* m_loadSampleAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_credlySettingsAction = nullptr;
    QString m_sampleSummary; // shown with the template sync's result that follows it
    StepPathWidget* m_stepPath = nullptr;
    QUndoGroup* m_undoGroup = new QUndoGroup(this); // Edit > Undo/Redo act on the current page's stack
    QAction* m_findAction = nullptr;
    QPointer<UserGuideWindow> m_userGuide; // deletes itself on close
    ImportPage* m_importPage = nullptr;
    QLabel* m_importStatusLabel = nullptr; // mirrors a running import, for work on other pages
    QProgressBar* m_importStatusProgress = nullptr;
    DashboardPage* m_dashboardPage = nullptr;
    ReviewPage* m_reviewPage = nullptr;
    IssuePage* m_issuePage = nullptr;
    ReportsPage* m_reportsPage = nullptr;
    NoticePage* m_noticePage = nullptr;
    IssuanceLogPage* m_issuanceLogPage = nullptr;
    qint64 m_currentBatch = 0;
};

} // namespace badgedesk
