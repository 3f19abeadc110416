#include "IssuePage.h"

#include "EmptyStateWidget.h"

namespace badgedesk {

IssuePage::IssuePage(QWidget* parent) : Page(parent)
{
    setObjectName(QStringLiteral("issuePage"));
    auto* emptyState =
        new EmptyStateWidget(tr("Nothing approved to issue yet"),
                             tr("Badges are issued from a signed-off batch once the students have been "
                                "notified. Review and approve this month's rows first."),
                             tr("Go to Review"), this);
    connect(emptyState, &EmptyStateWidget::actionTriggered, this,
            [this] { emit pageRequested(PageId::Review); });
    setEmptyState(emptyState);
}

} // namespace badgedesk
