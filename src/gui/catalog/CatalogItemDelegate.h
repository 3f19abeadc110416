#pragma once

#include <QStyledItemDelegate>

namespace badgedesk {

class CatalogTableModel;

// The catalog table's editors: a date editor with a calendar for the effective and retired dates
// ("none" clears the date), and a template picker that lists the Credly templates cached for the
// current environment by name and state, archived and draft ones greyed and marked. Until the
// templates were synced the picker is a plain text field for the template id.
class CatalogItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit CatalogItemDelegate(const CatalogTableModel& model, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

    // The date a QDateEdit shows as "none" (no date).
    static QDate noDate();

private:
    const CatalogTableModel& m_model;
};

} // namespace badgedesk
