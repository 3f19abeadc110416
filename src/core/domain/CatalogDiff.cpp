#include "CatalogDiff.h"

#include <QHash>

namespace badgedesk {

CatalogDiff CatalogDiff::compute(const QList<CatalogEntry>& current, const QList<CatalogEntry>& incoming,
                                 const QStringList& held, const QStringList& listedFields)
{
    QStringList keptFields;
    if (!listedFields.isEmpty()) {
        for (const QString& field : CatalogEntry::fieldNames()) {
            if (!listedFields.contains(field))
                keptFields << field;
        }
    }
    CatalogDiff diff;
    QHash<QString, const CatalogEntry*> byCode;
    for (const CatalogEntry& entry : current)
        byCode.insert(entry.code, &entry);

    QHash<QString, bool> seen;
    for (const QString& code : held)
        seen.insert(code, true);
    for (const CatalogEntry& in : incoming) {
        seen.insert(in.code, true);
        const CatalogEntry* existing = byCode.value(in.code, nullptr);
        if (!existing) {
            diff.added << in;
            continue;
        }
        CatalogEntry after = in;
        after.id = existing->id;
        for (const QString& field : std::as_const(keptFields))
            after.setFieldValue(field, existing->fieldValue(field));
        if (!after.retiredDate.isValid())
            after.retiredDate = existing->retiredDate;
        const QStringList fields = existing->differingFields(after);
        if (fields.isEmpty()) {
            ++diff.unchanged;
            continue;
        }
        Change change{*existing, after, {}};
        for (const QString& field : fields)
            change.fields << FieldChange{field, existing->fieldValue(field), after.fieldValue(field)};
        diff.changed << change;
    }
    for (const CatalogEntry& entry : current) {
        if (!seen.contains(entry.code) && !entry.retiredDate.isValid())
            diff.missing << entry;
    }
    return diff;
}

QStringList CatalogDiff::codes() const
{
    QStringList list;
    for (const CatalogEntry& entry : added)
        list << entry.code;
    for (const Change& change : changed)
        list << change.after.code;
    for (const CatalogEntry& entry : missing)
        list << entry.code;
    return list;
}

} // namespace badgedesk
