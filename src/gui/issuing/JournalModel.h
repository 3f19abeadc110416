#pragma once

#include "storage/IssuanceRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace badgedesk {

// The issuance journal as the Issuance log shows it: one row per approved certification and
// environment, with its send state, Credly's badge state and the last problem. Read-only.
class JournalModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        BatchColumn,
        RowColumn,
        NameColumn,
        EmailColumn,
        AssessmentColumn,
        StateColumn,
        BadgeStateColumn,
        SentColumn,
        TriesColumn,
        BadgeColumn,
        ProblemColumn,
        ColumnCount
    };
    static constexpr int JournalIdRole = Qt::UserRole + 1;

    explicit JournalModel(QObject* parent = nullptr);

    void setEntries(const QList<IssuanceRepository::Entry>& entries);
    const QList<IssuanceRepository::Entry>& entries() const { return m_entries; }
    const IssuanceRepository::Entry* entryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Issued", "Already at Credly", ... for a journal state key.
    static QString stateText(const QString& state);

private:
    QList<IssuanceRepository::Entry> m_entries;
};

} // namespace badgedesk
