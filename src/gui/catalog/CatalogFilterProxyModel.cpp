#include "CatalogFilterProxyModel.h"

#include "CatalogTableModel.h"

namespace badgedesk {

CatalogFilterProxyModel::CatalogFilterProxyModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void CatalogFilterProxyModel::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
}

void CatalogFilterProxyModel::setView(View view)
{
    if (view == m_view)
        return;
    m_view = view;
    invalidateFilter();
}

void CatalogFilterProxyModel::setShowRetired(bool show)
{
    if (show == m_showRetired)
        return;
    m_showRetired = show;
    invalidateFilter();
}

bool CatalogFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const CatalogTableModel*>(sourceModel());
    if (!model || sourceParent.isValid())
        return true;
    const CatalogEntry& entry = model->entryAt(sourceRow);
    if (!m_showRetired && entry.retiredDate.isValid())
        return false;
    switch (m_view) {
    case View::All:
        break;
    case View::Problems:
        if (model->problem(sourceRow).isNull())
            return false;
        break;
    case View::CareerTechBadged:
        if (!entry.careertechBadges)
            return false;
        break;
    case View::VendorBadged:
        if (!entry.vendorBadges)
            return false;
        break;
    case View::NotBadged:
        if (entry.careertechBadges || entry.vendorBadges)
            return false;
        break;
    }
    if (m_search.isEmpty())
        return true;
    for (const QString& field : CatalogEntry::fieldNames()) {
        if (entry.fieldValue(field).contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return model->validator().templateLabel(entry.credlyTemplateId).contains(m_search, Qt::CaseInsensitive);
}

bool CatalogFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const int column = left.column();
    if (column == CatalogTableModel::VendorBadges || column == CatalogTableModel::AgencyBadges)
        return left.data(Qt::CheckStateRole).toInt() < right.data(Qt::CheckStateRole).toInt();
    if (column == CatalogTableModel::EffectiveDate || column == CatalogTableModel::RetiredDate) {
        // ISO text sorts as dates do; empty (no date) first.
        return left.data(CatalogTableModel::FieldRole).toString() <
               right.data(CatalogTableModel::FieldRole).toString();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace badgedesk
