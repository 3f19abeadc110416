#include "CatalogDiffModel.h"
#include "ThemeColors.h"

#include "CatalogFieldFormat.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace badgedesk {

CatalogDiffModel::CatalogDiffModel(QObject* parent) : QAbstractItemModel(parent) {}

void CatalogDiffModel::setPreview(const CatalogDiff& diff, const QList<CatalogTableParser::Problem>& problems,
                                  const CatalogValidator& validator)
{
    beginResetModel();
    m_diff = diff;
    m_problems = problems;
    m_validator = validator;
    endResetModel();
}

void CatalogDiffModel::setRetireOn(const QDate& date)
{
    if (date == m_retireOn)
        return;
    m_retireOn = date;
    if (!m_diff.missing.isEmpty()) {
        const QModelIndex group = index(Retired, 0);
        emit dataChanged(group, index(Retired, ColumnCount - 1));
        emit dataChanged(index(0, 0, group), index(int(m_diff.missing.size()) - 1, ColumnCount - 1, group));
    }
}

int CatalogDiffModel::count(Group group) const
{
    switch (group) {
    case Added:
        return int(m_diff.added.size());
    case Changed:
        return int(m_diff.changed.size());
    case Retired:
        return int(m_diff.missing.size());
    case Unchanged:
        return m_diff.unchanged;
    case Problems:
        return int(m_problems.size());
    default:
        return 0;
    }
}

QModelIndex CatalogDiffModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    if (parent.internalId() == 0)
        return createIndex(row, column, quintptr(1 + parent.row()));
    return createIndex(row, column, ChangeBase + quintptr(parent.row()));
}

QModelIndex CatalogDiffModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    if (child.internalId() < ChangeBase)
        return createIndex(int(child.internalId() - 1), 0, quintptr(0));
    return createIndex(int(child.internalId() - ChangeBase), 0, quintptr(1 + Changed));
}

int CatalogDiffModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return GroupCount;
    if (parent.column() != 0)
        return 0;
    if (parent.internalId() == 0)
        return parent.row() == Unchanged ? 0 : count(Group(parent.row()));
    if (parent.internalId() == 1 + Changed)
        return int(m_diff.changed.at(parent.row()).fields.size());
    return 0;
}

int CatalogDiffModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QString CatalogDiffModel::groupTitle(int group) const
{
    switch (group) {
    case Added:
        return tr("Added (%1)").arg(count(Added));
    case Changed:
        return tr("Changed (%1)").arg(count(Changed));
    case Retired:
        return m_retireOn.isValid() ? tr("Missing from the list, retired on %1 (%2)")
                                          .arg(m_retireOn.toString(Qt::ISODate))
                                          .arg(count(Retired))
                                    : tr("Missing from the list, to be retired (%1)").arg(count(Retired));
    case Unchanged:
        return tr("Unchanged (%1)").arg(count(Unchanged));
    case Problems:
        return tr("Problems in the file (%1)").arg(count(Problems));
    default:
        return {};
    }
}

QVariant CatalogDiffModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const quintptr id = index.internalId();
    if (id == 0) {
        if (role == GroupRole)
            return index.row();
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == Qt::DisplayRole && index.column() == Item)
            return groupTitle(index.row());
        return {};
    }
    if (id < ChangeBase)
        return entryData(int(id - 1), index.row(), index.column(), role);
    return fieldData(int(id - ChangeBase), index.row(), index.column(), role);
}

QVariant CatalogDiffModel::entryData(int group, int row, int column, int role) const
{
    if (role == GroupRole)
        return group;
    if (group == Problems) {
        const auto& problem = m_problems.at(row);
        if (role == Qt::DisplayRole && column == Item)
            return problem.message;
        if (role == Qt::ToolTipRole)
            return problem.message;
        if (role == Qt::ForegroundRole && problem.kind == QLatin1String("duplicate_code"))
            return QBrush(ThemeColors::text(ThemeColors::Tone::Error));
        return {};
    }
    const CatalogEntry& entry = group == Added     ? m_diff.added.at(row)
                                : group == Changed ? m_diff.changed.at(row).after
                                                   : m_diff.missing.at(row);
    if (role == CodeRole)
        return entry.code;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Item:
        return tr("%1  %2").arg(entry.code, entry.title);
    case OldValue:
        if (group == Retired)
            return tr("active");
        return {};
    case NewValue:
        if (group == Added) {
            QStringList facts;
            if (entry.careertechBadges)
                facts << (entry.credlyTemplateId.isEmpty()
                              ? tr("CareerTech badges it, no template")
                              : tr("CareerTech badges it: %1")
                                    .arg(m_validator.templateLabel(entry.credlyTemplateId)));
            else if (entry.vendorBadges)
                facts << tr("vendor badges it");
            if (entry.retiredDate.isValid())
                facts << tr("retired %1").arg(entry.retiredDate.toString(Qt::ISODate));
            return facts.isEmpty() ? tr("new") : tr("new · %1").arg(facts.join(QStringLiteral(" · ")));
        }
        if (group == Changed)
            return tr("fields changed: %n", nullptr, int(m_diff.changed.at(row).fields.size()));
        if (group == Retired)
            return m_retireOn.isValid() ? tr("retired on %1").arg(m_retireOn.toString(Qt::ISODate))
                                        : tr("retired");
        return {};
    default:
        return {};
    }
}

QVariant CatalogDiffModel::fieldData(int change, int row, int column, int role) const
{
    const CatalogDiff::FieldChange& field = m_diff.changed.at(change).fields.at(row);
    if (role == GroupRole)
        return int(Changed);
    if (role == FieldRole)
        return field.field;
    if (role == CodeRole)
        return m_diff.changed.at(change).after.code;
    if (role == Qt::ForegroundRole && column == NewValue &&
        field.field == QLatin1String("credly_template_id") && !field.newValue.isEmpty() &&
        m_validator.templatesSynced()) {
        // The list maps the entry to a template Credly will not issue from: say so before applying.
        const auto t = m_validator.templateFor(field.newValue);
        if (!t || t->state != QLatin1String("active"))
            return QBrush(ThemeColors::text(ThemeColors::Tone::Error));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Item:
        return CatalogFieldFormat::label(field.field);
    case OldValue:
        return CatalogFieldFormat::value(field.field, field.oldValue, &m_validator);
    case NewValue:
        return CatalogFieldFormat::value(field.field, field.newValue, &m_validator);
    default:
        return {};
    }
}

QVariant CatalogDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Item:
        return tr("Assessment or field");
    case OldValue:
        return tr("Now");
    case NewValue:
        return tr("After the import");
    default:
        return {};
    }
}

} // namespace badgedesk
