#pragma once

#include "importing/ImportPreview.h"

#include <QAbstractTableModel>

namespace badgedesk {

// The Import wizard's preview table: the first rows of the file exactly as read, after the file
// row a spreadsheet program shows and the fields of the row that have a problem; each file column
// is headed by its name and the field it feeds. Cells with an import problem are tinted and say
// what is wrong in their tooltip; rows that cannot be read at all are greyed with the reason.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RowColumn,
        ProblemsColumn,
        FirstFileColumn, // the file's first column; the others follow
    };

    enum Role
    {
        // The problems of a cell as sentences (QStringList); the Problems column has the row's, or
        // the reason it cannot be read.
        ProblemsRole = Qt::UserRole + 1,
    };

    explicit ImportPreviewModel(QObject* parent = nullptr);

    void setPreview(const ImportPreview& preview);
    void clear();
    // Shows only the rows with a problem or that cannot be read (the rest stay in the preview).
    void setOnlyProblemRows(bool only);
    bool onlyProblemRows() const { return m_onlyProblems; }
    // Rows with a problem or unreadable, whatever is shown.
    int problemRowCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Cells holding at least one problem, over the rows shown.
    int problemCellCount() const;

private:
    QStringList problemsAt(int row, int fileColumn) const;
    QStringList rowProblems(int row) const;
    QString rowSummary(int row) const;
    void select();
    static bool hasIssue(const ImportedRow& row) { return row.isUnreadable() || !row.problems.isEmpty(); }

    QStringList m_header;
    ColumnMapping m_mapping;
    QList<ImportedRow> m_allRows;
    QList<ImportedRow> m_rows; // the rows shown
    bool m_onlyProblems = false;
};

} // namespace badgedesk
