#pragma once

#include "domain/CatalogDiff.h"
#include "domain/CatalogTableParser.h"
#include "domain/CatalogValidator.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QList>

namespace badgedesk {

// An import preview as a tree: groups for added, changed, retired (missing from the list),
// unchanged and problems in the file; under "changed" each entry lists its fields with the old
// and the new value.
class CatalogDiffModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Group
    {
        Added,
        Changed,
        Retired,
        Unchanged,
        Problems,
        GroupCount
    };
    enum Column
    {
        Item,
        OldValue,
        NewValue,
        ColumnCount
    };
    enum Role
    {
        GroupRole = Qt::UserRole + 1, // the Group of a row and of its children
        CodeRole,                     // an entry's code
        FieldRole,                    // a field change's field name
    };

    explicit CatalogDiffModel(QObject* parent = nullptr);

    void setPreview(const CatalogDiff& diff, const QList<CatalogTableParser::Problem>& problems,
                    const CatalogValidator& validator);
    // The date the missing entries will be retired on, shown in their rows.
    void setRetireOn(const QDate& date);
    int count(Group group) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // internalId: 0 for a group row; 1 + group for an entry or problem row; ChangeBase + entry
    // index for a field row under a changed entry.
    static constexpr quintptr ChangeBase = 16;

    QString groupTitle(int group) const;
    QVariant entryData(int group, int row, int column, int role) const;
    QVariant fieldData(int change, int row, int column, int role) const;

    CatalogDiff m_diff;
    QList<CatalogTableParser::Problem> m_problems;
    CatalogValidator m_validator;
    QDate m_retireOn;
};

} // namespace badgedesk
