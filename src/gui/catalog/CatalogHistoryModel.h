#pragma once

#include "domain/CatalogValidator.h"
#include "storage/CatalogRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace badgedesk {

// Every change of one catalog entry, newest first: when, what kind of step (an edit by whom, an
// import of which file, an undo), the field, and its old and new value. Shown in the catalog
// page's details pane for the selected entry.
class CatalogHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        When,
        Field,
        OldValue,
        NewValue,
        Change, // last: the pane is narrow, and the value columns matter most
        ColumnCount
    };

    explicit CatalogHistoryModel(QObject* parent = nullptr);

    // Items as CatalogRepository::history() returns them (oldest first).
    void setHistory(const QString& code, const QList<CatalogRepository::HistoryItem>& items,
                    const CatalogValidator& validator);
    QString code() const { return m_code; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const CatalogRepository::HistoryItem& item, int column) const;

    QString m_code;
    QList<CatalogRepository::HistoryItem> m_items; // newest first
    CatalogValidator m_validator;
};

} // namespace badgedesk
