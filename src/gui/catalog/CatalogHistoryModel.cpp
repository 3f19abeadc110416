#include "CatalogHistoryModel.h"

#include "CatalogFieldFormat.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace badgedesk {

CatalogHistoryModel::CatalogHistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void CatalogHistoryModel::setHistory(const QString& code, const QList<CatalogRepository::HistoryItem>& items,
                                     const CatalogValidator& validator)
{
    beginResetModel();
    m_code = code;
    m_items = items;
    std::reverse(m_items.begin(), m_items.end());
    m_validator = validator;
    endResetModel();
}

int CatalogHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int CatalogHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CatalogHistoryModel::text(const CatalogRepository::HistoryItem& item, int column) const
{
    switch (column) {
    case When: {
        const QDateTime at = QDateTime::fromString(item.at, Qt::ISODateWithMs).toLocalTime();
        return at.isValid() ? at.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : item.at;
    }
    case Change:
        if (item.kind == QLatin1String("import"))
            return tr("Import of %1").arg(QFileInfo(item.source).fileName());
        if (item.kind == QLatin1String("undo"))
            return item.actor.isEmpty() ? tr("Undo") : tr("Undo by %1").arg(item.actor);
        return item.actor.isEmpty() ? tr("Edit") : tr("Edit by %1").arg(item.actor);
    case Field:
        if (item.field.isEmpty())
            return tr("Entry");
        return CatalogFieldFormat::label(item.field);
    case OldValue:
        if (item.field.isEmpty())
            return item.action == QLatin1String("removed") ? tr("present") : QString();
        return CatalogFieldFormat::value(item.field, item.oldValue, &m_validator);
    case NewValue:
        if (item.field.isEmpty())
            return item.action == QLatin1String("removed") ? tr("deleted") : tr("added");
        return CatalogFieldFormat::value(item.field, item.newValue, &m_validator);
    default:
        return {};
    }
}

QVariant CatalogHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(item, index.column());
    case Qt::ToolTipRole:
        if (index.column() == When)
            return tr("%1 (change set %2)").arg(item.at).arg(item.changeSetId);
        if ((index.column() == OldValue || index.column() == NewValue) &&
            item.field == QLatin1String("credly_template_id"))
            return index.column() == OldValue ? item.oldValue : item.newValue;
        return text(item, index.column());
    case Qt::UserRole:
        return item.changeSetId;
    default:
        return {};
    }
}

QVariant CatalogHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Change:
        return tr("Change");
    case Field:
        return tr("Field");
    case OldValue:
        return tr("Old value");
    case NewValue:
        return tr("New value");
    default:
        return {};
    }
}

} // namespace badgedesk
