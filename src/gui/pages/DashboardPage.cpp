#include "DashboardPage.h"

#include "EmptyStateWidget.h"

namespace badgedesk {

DashboardPage::DashboardPage(QWidget* parent) : Page(parent)
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto* emptyState =
        new EmptyStateWidget(tr("Welcome to BadgeDesk"),
                             tr("Each month follows one path: import the CTIMS export, review the rows, sign "
                                "off the batch, notify the students, issue the badges in Credly, and report. "
                                "Start by importing this month's export."),
                             tr("Go to Import"), this);
    connect(emptyState, &EmptyStateWidget::actionTriggered, this,
            [this] { emit pageRequested(PageId::Import); });
    setEmptyState(emptyState);
}

} // namespace badgedesk
