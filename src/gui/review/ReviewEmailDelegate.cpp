#include "ReviewEmailDelegate.h"

#include "ReviewQueueModel.h"

#include <QLineEdit>

namespace badgedesk {

QWidget* ReviewEmailDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                           const QModelIndex& index) const
{
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->setObjectName(QStringLiteral("reviewEmailEditor"));
        const QString suggestion = index.data(ReviewQueueModel::SuggestionRole).toString();
        line->setToolTip(
            suggestion.isEmpty()
                ? tr("Type the address; Enter saves it, Escape cancels.")
                : tr("Suggested from %1. Enter saves it, Escape cancels.").arg(index.data().toString()));
    }
    return editor;
}

void ReviewEmailDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* line = qobject_cast<QLineEdit*>(editor);
    if (!line) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const QString suggestion = index.data(ReviewQueueModel::SuggestionRole).toString();
    line->setText(suggestion.isEmpty() ? index.data(Qt::EditRole).toString() : suggestion);
    line->selectAll();
}

} // namespace badgedesk
