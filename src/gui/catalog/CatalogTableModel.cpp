#include "CatalogTableModel.h"

#include "CatalogEditCommand.h"
#include "storage/CatalogRepository.h"

#include <QBrush>
#include <QColor>
#include <QUndoStack>

namespace badgedesk {
namespace {

bool isFlagColumn(int column)
{
    return column == CatalogTableModel::VendorBadges || column == CatalogTableModel::AgencyBadges;
}

bool isDateColumn(int column)
{
    return column == CatalogTableModel::EffectiveDate || column == CatalogTableModel::RetiredDate;
}

} // namespace

CatalogTableModel::CatalogTableModel(CatalogRepository& repository, QUndoStack& undoStack, QObject* parent)
    : QAbstractTableModel(parent), m_repository(repository), m_undoStack(undoStack)
{
    reload();
}

QString CatalogTableModel::fieldForColumn(int column)
{
    const QStringList fields = CatalogEntry::fieldNames(); // same order as Column
    return column >= 0 && column < fields.size() ? fields.at(column) : QString();
}

void CatalogTableModel::reload()
{
    QList<CatalogEntry> entries = m_repository.all();
    bool sameRows = entries.size() == m_entries.size();
    for (int i = 0; sameRows && i < entries.size(); ++i)
        sameRows = entries.at(i).id == m_entries.at(i).id;
    if (sameRows) {
        // Same rows, new values: keep the view's selection and scroll position.
        m_entries = std::move(entries);
        if (!m_entries.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void CatalogTableModel::reportError(const QString& message)
{
    emit errorOccurred(message);
}

int CatalogTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CatalogTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CatalogTableModel::problem(const CatalogEntry& entry)
{
    if (entry.careertechBadges && entry.credlyTemplateId.isEmpty())
        return tr("CareerTech badges this assessment but no Credly badge template is mapped: pick one.");
    if (entry.careertechBadges && entry.vendorBadges)
        return tr("Marked both as badged by its vendor and by CareerTech: a student would get two badges.");
    return {};
}

int CatalogTableModel::problemCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const CatalogEntry& e) {
        return !problem(e).isEmpty() && !e.retiredDate.isValid();
    }));
}

QVariant CatalogTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogEntry& entry = m_entries.at(index.row());
    const int column = index.column();
    const QString value = entry.fieldValue(fieldForColumn(column));
    const bool retired = entry.retiredDate.isValid();
    const QString issue = retired ? QString() : problem(entry);

    switch (role) {
    case Qt::DisplayRole:
        return isFlagColumn(column) ? QVariant() : QVariant(value);
    case Qt::EditRole:
        if (isFlagColumn(column))
            return value == QLatin1String("1");
        if (isDateColumn(column))
            return QDate::fromString(value, Qt::ISODate);
        return value;
    case Qt::CheckStateRole:
        if (isFlagColumn(column))
            return value == QLatin1String("1") ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (retired)
            return tr("Retired on %1: rows for this assessment are excluded from then on.")
                .arg(QLocale().toString(entry.retiredDate, QLocale::ShortFormat));
        return issue.isEmpty() ? QVariant() : QVariant(issue);
    case Qt::ForegroundRole:
        if (retired)
            return QBrush(QColor(0x75, 0x75, 0x75));
        if (!issue.isEmpty() && (column == TemplateId || column == Code))
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        return {};
    case ProblemRole:
        return issue;
    default:
        return {};
    }
}

QVariant CatalogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Title:
        return tr("Title");
    case CredentialingBody:
        return tr("Credentialing body");
    case Vendor:
        return tr("Testing vendor");
    case CredentialType:
        return tr("Type");
    case ProgramArea:
        return tr("Program area");
    case EffectiveDate:
        return tr("Effective");
    case RetiredDate:
        return tr("Retired");
    case VendorBadges:
        return tr("Vendor badges it");
    case AgencyBadges:
        return tr("CareerTech badges it");
    case TemplateId:
        return tr("Credly template");
    case Notes:
        return tr("Notes");
    default:
        return {};
    }
}

Qt::ItemFlags CatalogTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() == Code)
        return f; // the code is the entry's identity in history and in imported rows
    if (isFlagColumn(index.column()))
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

bool CatalogTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QString text;
    if (isFlagColumn(index.column())) {
        if (role != Qt::CheckStateRole && role != Qt::EditRole)
            return false;
        const bool on = role == Qt::CheckStateRole ? value.toInt() == Qt::Checked : value.toBool();
        text = on ? QStringLiteral("1") : QStringLiteral("0");
    } else if (role == Qt::EditRole) {
        if (isDateColumn(index.column())) {
            const QDate date =
                value.toDate().isValid() ? value.toDate() : QDate::fromString(value.toString(), Qt::ISODate);
            if (!date.isValid() && !value.toString().trimmed().isEmpty()) {
                emit errorOccurred(
                    tr("\"%1\" is not a date. Use the form 2026-07-01.").arg(value.toString()));
                return false;
            }
            text = date.isValid() ? date.toString(Qt::ISODate) : QString();
        } else {
            text = value.toString().trimmed();
        }
    } else {
        return false;
    }
    return setColumnValue({index.row()}, index.column(), text);
}

bool CatalogTableModel::setColumnValue(const QList<int>& rows, int column, const QString& value)
{
    const QString field = fieldForColumn(column);
    if (field.isEmpty() || column == Code)
        return false;
    if (column == Title && value.trimmed().isEmpty()) {
        emit errorOccurred(tr("An assessment needs a title."));
        return false;
    }
    QList<CatalogEntry> after;
    for (int row : rows) {
        if (row < 0 || row >= m_entries.size())
            continue;
        CatalogEntry entry = m_entries.at(row);
        if (entry.fieldValue(field) == value)
            continue;
        entry.setFieldValue(field, value);
        after << entry;
    }
    if (after.isEmpty())
        return false;
    const QString header = headerData(column, Qt::Horizontal).toString();
    const QString text = after.size() == 1
                             ? tr("Change %1 of %2").arg(header, after.first().code)
                             : tr("Change %1 of %n entries", nullptr, int(after.size())).arg(header);
    const int before = m_undoStack.count();
    m_undoStack.push(new CatalogEditCommand(m_repository, *this, after, text));
    return m_undoStack.count() > before; // an obsolete (failed) command is not kept
}

bool CatalogTableModel::retire(const QList<int>& rows, const QDate& on)
{
    return setColumnValue(rows, RetiredDate, on.toString(Qt::ISODate));
}

} // namespace badgedesk
