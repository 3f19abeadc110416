#pragma once

#include <QSortFilterProxyModel>

namespace badgedesk {

// Search, filter and sort over CatalogTableModel: a search text matched against every field
// and the template's name, a view (all, problems only, badged by CareerTech, badged by the
// vendor, not badged), and retired entries shown or hidden. Flags sort by their check state,
// dates as dates.
class CatalogFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class View
    {
        All,
        Problems,
        CareerTechBadged,
        VendorBadged,
        NotBadged,
    };
    Q_ENUM(View)

    explicit CatalogFilterProxyModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    QString searchText() const { return m_search; }
    void setView(View view);
    View view() const { return m_view; }
    void setShowRetired(bool show);
    bool showRetired() const { return m_showRetired; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_search;
    View m_view = View::All;
    bool m_showRetired = true;
};

} // namespace badgedesk
