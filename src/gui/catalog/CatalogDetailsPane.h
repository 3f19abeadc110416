#pragma once

#include "domain/CatalogEntry.h"
#include "domain/CatalogValidator.h"
#include "storage/CatalogRepository.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace badgedesk {

class CatalogHistoryModel;

// The right-hand pane of the catalog page: the selected entry's state (active or retired, who
// badges it, its Credly template by name and id, how many imported rows use it), its problem if
// it has one, and its whole history.
class CatalogDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit CatalogDetailsPane(QWidget* parent = nullptr);

    void showEntry(const CatalogEntry& entry, int usage, const CatalogValidator& validator,
                   const QList<CatalogRepository::HistoryItem>& history);
    // Nothing selected, or several rows: say so instead of showing one of them.
    void showNothing(int selectedRows = 0);

    CatalogHistoryModel* historyModel() const { return m_historyModel; }
    QTableView* historyView() const { return m_history; }

private:
    QLabel* m_heading = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_historyLabel = nullptr;
    QTableView* m_history = nullptr;
    CatalogHistoryModel* m_historyModel = nullptr;
};

} // namespace badgedesk
