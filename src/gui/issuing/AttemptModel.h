#pragma once

#include "storage/IssuanceRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace badgedesk {

// Every HTTP request made for one journal row: when, what for, which endpoint, the answer, how
// long it took and Credly's message. Read-only.
class AttemptModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        PurposeColumn,
        RequestColumn,
        StatusColumn,
        DurationColumn,
        MessageColumn,
        ColumnCount
    };

    explicit AttemptModel(QObject* parent = nullptr);

    void setAttempts(const QList<IssuanceRepository::Attempt>& attempts);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<IssuanceRepository::Attempt> m_attempts;
};

} // namespace badgedesk
