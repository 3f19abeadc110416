#include "PreflightModel.h"
#include "ThemeColors.h"

#include <QBrush>
#include <QColor>

namespace badgedesk {

PreflightModel::PreflightModel(QObject* parent) : QAbstractTableModel(parent) {}

void PreflightModel::setRows(const QList<PreflightRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int PreflightModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PreflightModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PreflightModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const PreflightRow& r = m_rows.at(index.row());
    if (role == OutcomeRole)
        return static_cast<int>(r.outcome);
    if (role == Qt::ForegroundRole && index.column() == OutcomeColumn) {
        if (r.outcome == PreflightRow::Outcome::Blocked || r.outcome == PreflightRow::Outcome::Unchecked)
            return QBrush(ThemeColors::text(ThemeColors::Tone::Error));
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == WhyColumn)
        return r.why;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RowColumn:
        return r.certificationId;
    case NameColumn:
        return r.name;
    case EmailColumn:
        return r.email;
    case AssessmentColumn:
        return r.assessmentCode;
    case TemplateColumn:
        return r.templateName.isEmpty() ? r.templateId : r.templateName;
    case OutcomeColumn:
        return PreflightRow::outcomeText(r.outcome);
    case WhyColumn:
        return r.why;
    }
    return {};
}

QVariant PreflightModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn:
        return tr("Row");
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case AssessmentColumn:
        return tr("Assessment");
    case TemplateColumn:
        return tr("Badge template");
    case OutcomeColumn:
        return tr("Outcome");
    case WhyColumn:
        return tr("Why");
    }
    return {};
}

} // namespace badgedesk
