#include "CatalogPage.h"

#include "EmptyStateWidget.h"

namespace badgedesk {

CatalogPage::CatalogPage(QWidget* parent) : Page(parent)
{
    setObjectName(QStringLiteral("catalogPage"));
    auto* emptyState = new EmptyStateWidget(
        tr("The approved-assessment list is empty"),
        tr("Import the published Approved Assessment spreadsheet. BadgeDesk shows what is added, changed and "
           "retired before anything is saved, and maps each assessment to its Credly badge template."),
        tr("Import assessment list…"), this);
    emptyState->disableAction(tr("Catalog import arrives with the catalog step of BadgeDesk; this build "
                                 "cannot read the assessment list yet."));
    setEmptyState(emptyState);
}

} // namespace badgedesk
