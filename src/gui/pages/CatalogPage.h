#pragma once

#include "Page.h"

#include <memory>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;

namespace badgedesk {

class CatalogRepository;
class CatalogTableModel;
class Database;

// The approved-assessment catalog: every entry in a sortable, searchable table, edited in place
// with undo and redo; the empty state until the list has entries.
class CatalogPage : public Page
{
    Q_OBJECT
public:
    explicit CatalogPage(Database& db, QWidget* parent = nullptr);
    ~CatalogPage() override;

    CatalogTableModel* model() const { return m_model; }
    QUndoStack* undoStack() const { return m_undoStack; }
    QTableView* view() const { return m_view; }

public slots:
    void reload();
    void retireSelected();

private:
    void updateContent();
    void showMessage(const QString& message);
    QList<int> selectedSourceRows() const;

    std::unique_ptr<CatalogRepository> m_repository;
    QUndoStack* m_undoStack = nullptr;
    CatalogTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QWidget* m_content = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_message = nullptr;
    bool m_headerRestored = false;
    bool m_columnsSized = false;
};

} // namespace badgedesk
