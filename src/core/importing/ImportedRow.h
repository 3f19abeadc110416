#pragma once

#include "FieldSynonyms.h"
#include "ImportProblem.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace badgedesk {

// One data row of an import: the cells exactly as read, the normalised value of every mapped
// field, the problems found on the way and the row's identity across imports.
struct ImportedRow
{
    qint64 rowNumber = 0;  // the file row, as a spreadsheet program shows it
    QStringList cells;     // raw
    QList<QString> values; // indexed by int(ImportField); empty when unmapped
    QList<ImportProblem> problems;
    // "entry:<id>" when the row has an entry ID, else "hash:<32 hex>" of its normalised fields.
    QString rowKey;
    // Not empty when the row cannot be read as an entry at all; it is then kept raw only.
    QString unreadableReason;

    bool isUnreadable() const { return !unreadableReason.isEmpty(); }
    QString value(ImportField field) const
    {
        const int index = static_cast<int>(field);
        return index < values.size() ? values.at(index) : QString();
    }
    bool hasProblem(ImportProblemKind kind) const
    {
        for (const ImportProblem& problem : problems) {
            if (problem.kind == kind)
                return true;
        }
        return false;
    }
};

} // namespace badgedesk
