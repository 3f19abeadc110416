#include "ReportsPage.h"

#include "EmptyStateWidget.h"

namespace badgedesk {

ReportsPage::ReportsPage(QWidget* parent) : Page(parent)
{
    setObjectName(QStringLiteral("reportsPage"));
    auto* emptyState =
        new EmptyStateWidget(tr("No badges issued yet"),
                             tr("Reports list what was issued, excluded and why, by month, school and "
                                "assessment. They fill in once the first badges are issued."),
                             tr("Go to Issue"), this);
    connect(emptyState, &EmptyStateWidget::actionTriggered, this,
            [this] { emit pageRequested(PageId::Issue); });
    setEmptyState(emptyState);
}

} // namespace badgedesk
