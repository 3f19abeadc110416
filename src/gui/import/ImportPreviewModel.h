#pragma once

#include "importing/ImportPreview.h"

#include <QAbstractTableModel>

namespace badgedesk {

// The Import wizard's preview table: the first rows of the file exactly as read (column 0 is the
// file row a spreadsheet program shows), each column headed by its name and the field it feeds.
// Cells with an import problem are tinted and say what is wrong in their tooltip; rows that
// cannot be read at all are greyed with the reason.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        // The problems of a cell as sentences (QStringList); the unreadable reason on column 0.
        ProblemsRole = Qt::UserRole + 1,
    };

    explicit ImportPreviewModel(QObject* parent = nullptr);

    void setPreview(const ImportPreview& preview);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Cells holding at least one problem, over the rows shown.
    int problemCellCount() const;

private:
    QStringList problemsAt(int row, int fileColumn) const;

    QStringList m_header;
    ColumnMapping m_mapping;
    QList<ImportedRow> m_rows;
};

} // namespace badgedesk
