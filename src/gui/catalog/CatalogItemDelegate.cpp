#include "CatalogItemDelegate.h"
#include "ThemeColors.h"

#include "CatalogTableModel.h"

#include <QAbstractItemView>
#include <QBrush>
#include <QComboBox>
#include <QDateEdit>
#include <QFont>
#include <QLineEdit>
#include <QStandardItemModel>

namespace badgedesk {

CatalogItemDelegate::CatalogItemDelegate(const CatalogTableModel& model, QObject* parent)
    : QStyledItemDelegate(parent), m_model(model)
{}

QDate CatalogItemDelegate::noDate()
{
    return QDate(1900, 1, 1);
}

QWidget* CatalogItemDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                           const QModelIndex& index) const
{
    const int column = index.column();
    if (column == CatalogTableModel::EffectiveDate || column == CatalogTableModel::RetiredDate) {
        auto* edit = new QDateEdit(parent);
        edit->setObjectName(QStringLiteral("catalogDateEditor"));
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMinimumDate(noDate());
        edit->setSpecialValueText(tr("none"));
        edit->setToolTip(tr("Pick a date; step down to \"none\" (or press Delete on the cell) to clear it."));
        return edit;
    }
    if (column == CatalogTableModel::TemplateId && !m_model.validator().templates().isEmpty()) {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("catalogTemplatePicker"));
        combo->setMaxVisibleItems(20);
        auto* items = new QStandardItemModel(combo);
        auto* none = new QStandardItem(tr("(no template)"));
        none->setData(QString(), Qt::UserRole);
        items->appendRow(none);
        for (const auto& t : m_model.validator().templates()) {
            const bool active = t.state == QLatin1String("active");
            auto* item = new QStandardItem(active ? t.name : tr("%1 (%2)").arg(t.name, t.state));
            item->setData(t.id, Qt::UserRole);
            item->setToolTip(tr("%1\nTemplate id %2").arg(t.name, t.id));
            if (!active) {
                // Still listed, so the specialist sees why a mapped template is flagged.
                item->setForeground(QBrush(ThemeColors::text(ThemeColors::Tone::Muted)));
                QFont font = item->font();
                font.setItalic(true);
                item->setFont(font);
            }
            items->appendRow(item);
        }
        combo->setModel(items);
        combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 40);
        // One click on a template picks it: commit and close without a second key press.
        connect(combo, QOverload<int>::of(&QComboBox::activated), this, [this, combo] {
            auto* self = const_cast<CatalogItemDelegate*>(this);
            emit self->commitData(combo);
            emit self->closeEditor(combo);
        });
        return combo;
    }
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (column == CatalogTableModel::TemplateId) {
        if (auto* line = qobject_cast<QLineEdit*>(editor))
            line->setPlaceholderText(tr("Credly template id (sync the templates to pick them by name)"));
    }
    return editor;
}

void CatalogItemDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* edit = qobject_cast<QDateEdit*>(editor)) {
        const QDate date = index.data(Qt::EditRole).toDate();
        edit->setDate(date.isValid() ? date : noDate());
        return;
    }
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const QString id = index.data(Qt::EditRole).toString();
        int found = combo->findData(id, Qt::UserRole, Qt::MatchFixedString);
        if (found < 0) {
            // Mapped to a template this environment does not have: keep it visible and selected.
            combo->insertItem(1, tr("Unknown template %1").arg(id), id);
            found = 1;
        }
        combo->setCurrentIndex(found);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void CatalogItemDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                       const QModelIndex& index) const
{
    if (auto* edit = qobject_cast<QDateEdit*>(editor)) {
        const QDate date = edit->date();
        const QDate stored = index.data(Qt::EditRole).toDate();
        const QDate chosen = date == noDate() ? QDate() : date;
        if (chosen != stored)
            model->setData(index, chosen.isValid() ? chosen.toString(Qt::ISODate) : QString(), Qt::EditRole);
        return;
    }
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const QString id = combo->currentData(Qt::UserRole).toString();
        if (id != index.data(Qt::EditRole).toString())
            model->setData(index, id, Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace badgedesk
