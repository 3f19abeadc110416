#pragma once

#include "CatalogEntry.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace badgedesk {

// What importing a new Approved Assessment list would do to the current catalog, shown to the
// specialist before anything is written.
struct CatalogDiff
{
    struct FieldChange
    {
        QString field;
        QString oldValue;
        QString newValue;
    };
    struct Change
    {
        CatalogEntry before;
        CatalogEntry after; // before's id, incoming values
        QList<FieldChange> fields;
    };

    QList<CatalogEntry> added;
    QList<Change> changed;
    QList<CatalogEntry> missing; // active in the catalog, absent from the new list: to be retired
    int unchanged = 0;

    bool isEmpty() const { return added.isEmpty() && changed.isEmpty() && missing.isEmpty(); }

    // Codes are compared exactly (the parser has already trimmed and padded them). Entries
    // already retired in the catalog and absent from the list are left alone. A retired_date
    // the list does not give (null) keeps the catalog's value, so a list without a retired
    // column does not bring retired entries back.
    // Codes in `held` are never counted as missing (rows the list has but that could not be read).
    // `listedFields` are the fields the list has columns for (empty: all); the others keep the
    // catalog's values, so a published list without a CredlyTemplateID column never wipes the
    // template mapping.
    static CatalogDiff compute(const QList<CatalogEntry>& current, const QList<CatalogEntry>& incoming,
                               const QStringList& held = {}, const QStringList& listedFields = {});

    // Codes of every entry the diff would add, change or retire.
    QStringList codes() const;
};

} // namespace badgedesk
