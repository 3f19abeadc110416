#pragma once

#include "PageId.h"

#include <QList>
#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace badgedesk {

class CatalogChangeNotifier;
class Database;
class EnvironmentLabel;
class Page;

// The one window: the month's step path on top, page navigation on the left, the selected page
// in the middle, database and environment in the status bar. It reads the already opened
// Database but never runs SQL itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Database& db, QWidget* parent = nullptr);

    PageId currentPage() const;
    // Announces every committed catalog change (codes touched); pages that show classified rows
    // connect to it to classify those rows again.
    CatalogChangeNotifier* catalogChangeNotifier() const { return m_catalogChanges; }

public slots:
    void setCurrentPage(badgedesk::PageId page);
    void showAbout();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* createTopStrip();
    QWidget* createCentralArea();
    void createMenus();
    void createStatusBar();
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
};

} // namespace badgedesk
