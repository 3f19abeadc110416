#pragma once

#include "domain/ReasonCode.h"
#include "domain/RowStatus.h"

#include <QTreeWidget>
#include <optional>

namespace badgedesk {

class ReviewQueueModel;

// The side panel of the Review page: the batch's rows counted by status and by reason (of the
// rows still excluded or needing attention). Clicking a line filters the table to it; "All rows"
// clears the filter. Follows the model's countsChanged().
class ReviewCountsPanel : public QTreeWidget
{
    Q_OBJECT
public:
    explicit ReviewCountsPanel(ReviewQueueModel& model, QWidget* parent = nullptr);

    // The line of a status or reason (for tests and keyboard users); nullptr when not shown.
    QTreeWidgetItem* itemForStatus(RowStatus status) const;
    QTreeWidgetItem* itemForReason(ReasonCode reason) const;
    QTreeWidgetItem* allRowsItem() const { return m_all; }

signals:
    // Exactly one of them is set, or neither for all rows.
    void filterChosen(std::optional<badgedesk::RowStatus> status,
                      std::optional<badgedesk::ReasonCode> reason);

public slots:
    void refresh();
    // Marks the line of the filter that is on (or "All rows").
    void showFilter(std::optional<badgedesk::RowStatus> status, std::optional<badgedesk::ReasonCode> reason);

private:
    ReviewQueueModel& m_model;
    QTreeWidgetItem* m_all = nullptr;
    QTreeWidgetItem* m_statuses = nullptr;
    QTreeWidgetItem* m_reasons = nullptr;
};

} // namespace badgedesk
