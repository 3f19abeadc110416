#pragma once

#include "domain/CatalogEntry.h"

#include <QAbstractTableModel>
#include <QList>

class QUndoStack;

namespace badgedesk {

class CatalogRepository;

// The Approved Assessment list as a table. Edits never write directly: each becomes a
// CatalogEditCommand on the undo stack, which saves through the repository (one change set per
// edit or bulk edit) and reloads the model.
class CatalogTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Code,
        Title,
        CredentialingBody,
        Vendor,
        CredentialType,
        ProgramArea,
        EffectiveDate,
        RetiredDate,
        VendorBadges,
        AgencyBadges,
        TemplateId,
        Notes,
        ColumnCount
    };
    enum Role
    {
        ProblemRole = Qt::UserRole + 1
    };

    CatalogTableModel(CatalogRepository& repository, QUndoStack& undoStack, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Sets one column to one value on many rows as a single undo step (bulk edit of a selection).
    bool setColumnValue(const QList<int>& rows, int column, const QString& value);
    bool retire(const QList<int>& rows, const QDate& on);

    const CatalogEntry& entryAt(int row) const { return m_entries.at(row); }
    // Why the entry cannot be badged as it stands, or empty (e.g. agency-badged without template).
    static QString problem(const CatalogEntry& entry);
    int problemCount() const;

    static QString fieldForColumn(int column);
    void reload();
    void reportError(const QString& message);

signals:
    void errorOccurred(const QString& message);

private:
    CatalogRepository& m_repository;
    QUndoStack& m_undoStack;
    QList<CatalogEntry> m_entries;
};

} // namespace badgedesk
