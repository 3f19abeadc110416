#include "ImportPreviewModel.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace badgedesk {

namespace {
// Light amber and grey: readable with the default text colour, and the tooltip and the summary
// carry the meaning, so colour is never the only sign.
const QColor problemBackground(255, 236, 179);
const QColor unreadableBackground(224, 224, 224);
} // namespace

ImportPreviewModel::ImportPreviewModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportPreviewModel::setPreview(const ImportPreview& preview)
{
    beginResetModel();
    m_header = preview.header;
    m_mapping = preview.mapping;
    m_rows = preview.rows;
    endResetModel();
}

void ImportPreviewModel::clear()
{
    beginResetModel();
    m_header.clear();
    m_mapping = ColumnMapping();
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
    return int(m_header.size()) + 1;
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

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportedRow& row = m_rows.at(index.row());
    const int fileColumn = index.column() - 1;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 0)
            return row.rowNumber;
        return row.cells.value(fileColumn);
    case Qt::TextAlignmentRole:
        if (index.column() == 0)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole: {
        if (row.isUnreadable())
            return tr("Row %1 cannot be read as an entry: %2. It is kept raw and listed after the import.")
                .arg(row.rowNumber)
                .arg(row.unreadableReason);
        if (index.column() == 0)
            return {};
        const QStringList problems = problemsAt(index.row(), fileColumn);
        return problems.isEmpty() ? QVariant() : QVariant(problems.join(QLatin1Char('\n')));
    }
    case ProblemsRole:
        if (index.column() == 0)
            return row.isUnreadable() ? QStringList{row.unreadableReason} : QStringList();
        return problemsAt(index.row(), fileColumn);
    case Qt::BackgroundRole:
        if (row.isUnreadable())
            return QBrush(unreadableBackground);
        if (index.column() > 0 && !problemsAt(index.row(), fileColumn).isEmpty())
            return QBrush(problemBackground);
        return {};
    case Qt::ForegroundRole:
        // Fixed light backgrounds need dark text, also under a dark palette.
        if (row.isUnreadable() || (index.column() > 0 && !problemsAt(index.row(), fileColumn).isEmpty()))
            return QBrush(Qt::black);
        if (index.column() == 0)
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
    if (section == 0) {
        if (role == Qt::DisplayRole)
            return tr("Row");
        if (role == Qt::ToolTipRole)
            return tr("The row number in the file, as a spreadsheet program shows it.");
        return {};
    }
    const int fileColumn = section - 1;
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
