#pragma once

#include <QStyledItemDelegate>

namespace badgedesk {

// Edits the email cell in place (E on the Review page). The editor opens on the suggested
// address when the check has one (gmial.com -> gmail.com), all selected: Enter takes it, typing
// replaces it, Escape leaves the row as it was.
class ReviewEmailDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
};

} // namespace badgedesk
