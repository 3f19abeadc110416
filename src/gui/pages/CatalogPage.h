#pragma once

#include "Page.h"

#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTableView;
class QUndoStack;

namespace badgedesk {

class CatalogChangeNotifier;
class CatalogDetailsPane;
class CatalogFilterProxyModel;
class CatalogImportDialog;
class CatalogRepository;
class CatalogTableModel;
class Database;

// The approved-assessment catalog: every entry in a sortable, filterable, searchable table,
// edited in place with undo and redo (bulk edits of a selection are one step), with the selected
// entry's details and history on the right; import of the published list through a preview,
// export to XLSX or CSV. The empty state until the list has entries.
class CatalogPage : public Page
{
    Q_OBJECT
public:
    explicit CatalogPage(Database& db, QWidget* parent = nullptr);
    // Changes are announced through notifier (shared with the other pages) when given.
    CatalogPage(Database& db, CatalogChangeNotifier* notifier, QWidget* parent = nullptr);
    ~CatalogPage() override;

    CatalogTableModel* model() const { return m_model; }
    CatalogFilterProxyModel* proxy() const { return m_proxy; }
    QUndoStack* undoStack() const override { return m_undoStack; }
    bool hasSearch() const override { return true; }
    bool focusSearch() override;
    QTableView* view() const { return m_view; }
    CatalogDetailsPane* details() const { return m_details; }

    // Reads the list and opens the preview (non-blocking); nullptr when the file cannot be read
    // (the banner says why). Apply in the dialog saves it as one undo step.
    CatalogImportDialog* previewImport(const QString& path);
    // Writes the catalog to path (.xlsx or .csv); false with the banner saying why.
    bool exportTo(const QString& path);

public slots:
    void reload();
    // Re-reads the Credly templates cached for the current environment (names, problems).
    void reloadTemplates();
    void importList();
    void exportList();
    void retireSelected();
    void restoreSelected();
    void deleteSelected();
    void fillSelection();
    void clearSelectedCells();
    void copySelection();
    void showAddBar();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildContent();
    QMenu* buildSelectionMenu();
    void updateContent();
    void updateDetails();
    void showMessage(const QString& message);
    void showInfo(const QString& message);
    void addEntry();
    void setFlagOnSelection(int column, bool on);
    QList<int> selectedSourceRows() const;
    void selectCode(const QString& code);
    QString lastFolder() const;
    void rememberFolder(const QString& path);

    Database& m_db;
    std::unique_ptr<CatalogRepository> m_repository;
    QUndoStack* m_undoStack = nullptr;
    CatalogTableModel* m_model = nullptr;
    CatalogFilterProxyModel* m_proxy = nullptr;
    QWidget* m_content = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_viewFilter = nullptr;
    QCheckBox* m_showRetired = nullptr;
    QWidget* m_addBar = nullptr;
    QLineEdit* m_addCode = nullptr;
    QLineEdit* m_addTitle = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_view = nullptr;
    CatalogDetailsPane* m_details = nullptr;
    QMenu* m_selectionMenu = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_message = nullptr;
    bool m_headerRestored = false;
    bool m_columnsSized = false;
};

} // namespace badgedesk
