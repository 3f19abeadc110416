#include "ImportPreviewModel.h"
#include "ThemeColors.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <algorithm>

namespace badgedesk {

namespace {
// Light amber and grey: readable with the default text colour, and the tooltip and the summary
// carry the meaning, so colour is never the only sign.
} // namespace

ImportPreviewModel::ImportPreviewModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportPreviewModel::setPreview(const ImportPreview& preview)
{
    beginResetModel();
    m_header = preview.header;
    m_mapping = preview.mapping;
    m_allRows = preview.rows;
    select();
    endResetModel();
}

void ImportPreviewModel::select()
{
    m_rows.clear();
    for (const ImportedRow& row : std::as_const(m_allRows)) {
        if (!m_onlyProblems || hasIssue(row))
            m_rows.append(row);
    }
}

void ImportPreviewModel::setOnlyProblemRows(bool only)
{
    if (only == m_onlyProblems)
        return;
    beginResetModel();
    m_onlyProblems = only;
    select();
    endResetModel();
}

int ImportPreviewModel::problemRowCount() const
{
    return int(std::count_if(m_allRows.cbegin(), m_allRows.cend(), hasIssue));
}

void ImportPreviewModel::clear()
{
    beginResetModel();
    m_header.clear();
    m_mapping = ColumnMapping();
    m_allRows.clear();
    m_rows.clear();
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid() || m_header.isEmpty())
        return 0;
    return int(m_header.size()) + FirstFileColumn;
}

QStringList ImportPreviewModel::problemsAt(int row, int fileColumn) const
{
    QStringList problems;
    for (const ImportProblem& problem : m_rows.at(row).problems) {
        if (m_mapping.column(problem.field) == fileColumn)
            problems << problem.message();
    }
    return problems;
}

QStringList ImportPreviewModel::rowProblems(int row) const
{
    const ImportedRow& imported = m_rows.at(row);
    if (imported.isUnreadable())
        return {imported.unreadableReason};
    QStringList problems;
    for (const ImportProblem& problem : imported.problems)
        problems << problem.message();
    return problems;
}

QString ImportPreviewModel::rowSummary(int row) const
{
    const ImportedRow& imported = m_rows.at(row);
    if (imported.isUnreadable())
        return tr("cannot be read");
    QStringList fields;
    for (const ImportProblem& problem : imported.problems) {
        const QString name = FieldSynonyms::displayName(problem.field);
        if (!fields.contains(name))
            fields << name;
    }
    return fields.join(QStringLiteral(", "));
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportedRow& row = m_rows.at(index.row());
    const int column = index.column();
    const int fileColumn = column - FirstFileColumn;
    // Problems of this cell: the row's for the Problems column, the cell's for a file column.
    const auto problems = [&] {
        if (column == ProblemsColumn)
            return rowProblems(index.row());
        if (column >= FirstFileColumn && !row.isUnreadable())
            return problemsAt(index.row(), fileColumn);
        return QStringList();
    };
    switch (role) {
    case Qt::DisplayRole:
        if (column == RowColumn)
            return row.rowNumber;
        if (column == ProblemsColumn)
            return rowSummary(index.row());
        return row.cells.value(fileColumn);
    case Qt::TextAlignmentRole:
        if (column == RowColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole: {
        if (row.isUnreadable())
            return tr("Row %1 cannot be read as an entry: %2. It is kept raw and listed after the import.")
                .arg(row.rowNumber)
                .arg(row.unreadableReason);
        const QStringList list = problems();
        return list.isEmpty() ? QVariant() : QVariant(list.join(QLatin1Char('\n')));
    }
    case ProblemsRole:
        return problems();
    case Qt::BackgroundRole:
        if (row.isUnreadable())
            return QBrush(ThemeColors::panel(ThemeColors::Tone::Muted));
        if (!problems().isEmpty())
            return QBrush(ThemeColors::panel(ThemeColors::Tone::Warning));
        return {};
    case Qt::ForegroundRole:
        // The tinted backgrounds take the text colour made for them (light or dark palette).
        if (row.isUnreadable())
            return QBrush(ThemeColors::panelText(ThemeColors::Tone::Muted));
        if (!problems().isEmpty())
            return QBrush(ThemeColors::panelText(ThemeColors::Tone::Warning));
        if (column == RowColumn)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == RowColumn) {
        if (role == Qt::DisplayRole)
            return tr("Row");
        if (role == Qt::ToolTipRole)
            return tr("The row number in the file, as a spreadsheet program shows it.");
        return {};
    }
    if (section == ProblemsColumn) {
        if (role == Qt::DisplayRole)
            return tr("Problems");
        if (role == Qt::ToolTipRole)
            return tr("The fields of the row with a problem; point at one to read them all.");
        return {};
    }
    const int fileColumn = section - FirstFileColumn;
    const auto field = m_mapping.fieldOf(fileColumn);
    const QString name = m_header.value(fileColumn).trimmed();
    if (role == Qt::DisplayRole) {
        const QString title = name.isEmpty() ? tr("(no name)") : name;
        return field ? tr("%1\n→ %2").arg(title, FieldSynonyms::displayName(*field))
                     : tr("%1\n(kept raw)").arg(title);
    }
    if (role == Qt::ToolTipRole) {
        return field ? tr("Column \"%1\" is read as %2.").arg(name, FieldSynonyms::displayName(*field))
                     : tr("Column \"%1\" feeds no field; its cells are kept raw with each row.").arg(name);
    }
    return {};
}

int ImportPreviewModel::problemCellCount() const
{
    int count = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        for (int column = 0; column < m_header.size(); ++column) {
            if (!problemsAt(row, column).isEmpty())
                ++count;
        }
    }
    return count;
}

} // namespace badgedesk
