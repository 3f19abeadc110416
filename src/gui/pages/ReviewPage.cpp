#include "ReviewPage.h"

#include "EmptyStateWidget.h"

namespace badgedesk {

ReviewPage::ReviewPage(QWidget* parent) : Page(parent)
{
    setObjectName(QStringLiteral("reviewPage"));
    auto* emptyState =
        new EmptyStateWidget(tr("Nothing to review yet — import an export first"),
                             tr("Once an export is imported, every row appears here with its status and "
                                "reason, ready to approve, reject or fix before you sign off the batch."),
                             tr("Go to Import"), this);
    connect(emptyState, &EmptyStateWidget::actionTriggered, this,
            [this] { emit pageRequested(PageId::Import); });
    setEmptyState(emptyState);
}

} // namespace badgedesk
