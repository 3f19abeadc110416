#include "ImportPage.h"

#include "EmptyStateWidget.h"

namespace badgedesk {

ImportPage::ImportPage(QWidget* parent) : Page(parent)
{
    setObjectName(QStringLiteral("importPage"));
    auto* emptyState = new EmptyStateWidget(tr("No export imported yet"),
                                            tr("Import this month's CTIMS export (CSV or XLSX). BadgeDesk "
                                               "maps the columns and keeps every row's raw cells."),
                                            tr("Import export…"), this);
    emptyState->disableAction(
        tr("Importing arrives with the import step of BadgeDesk; this build cannot read exports yet."));
    setEmptyState(emptyState);
}

} // namespace badgedesk
