#pragma once

#include "issuing/PreflightRow.h"

#include <QAbstractTableModel>
#include <QList>

namespace badgedesk {

// The preflight's rows: who, which badge, the predicted outcome and why. Read-only.
class PreflightModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RowColumn,
        NameColumn,
        EmailColumn,
        AssessmentColumn,
        TemplateColumn,
        OutcomeColumn,
        WhyColumn,
        ColumnCount
    };
    static constexpr int OutcomeRole = Qt::UserRole + 1; // PreflightRow::Outcome as int

    explicit PreflightModel(QObject* parent = nullptr);

    void setRows(const QList<PreflightRow>& rows);
    const QList<PreflightRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PreflightRow> m_rows;
};

} // namespace badgedesk
