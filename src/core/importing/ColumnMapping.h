#pragma once

#include "FieldSynonyms.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace badgedesk {

// Which column holds which field. detect() maps a header by synonyms; the wizard may change it
// with setColumn(). Required for an import (each names a requirement in the message):
//  - the student: student ID, or both first and last name;
//  - email (the badge goes to exactly that address);
//  - assessment code (titles drift, codes are what the approved list is keyed on);
//  - a date: test date, or entry time when the file has no test date.
class ColumnMapping
{
public:
    static ColumnMapping detect(const QStringList& header);
    // No field mapped yet (a profile or the wizard fills it).
    static ColumnMapping forHeader(const QStringList& header);

    // -1 when the field is not mapped.
    int column(ImportField field) const { return m_columns.value(field, -1); }
    bool isMapped(ImportField field) const { return column(field) >= 0; }
    void setColumn(ImportField field, int column);
    void clear(ImportField field) { m_columns.remove(field); }

    QStringList header() const { return m_header; }
    // Header columns no field is mapped to (kept raw beside the mapped values).
    QList<int> unmappedColumns() const;
    // Columns whose header named a field that an earlier column already took.
    QList<int> duplicateColumns() const { return m_duplicates; }

    // Requirements not met, as sentences' subjects ("Email", "Student ID or first and last name").
    QStringList missingRequired() const;
    bool isComplete() const { return missingRequired().isEmpty(); }
    // Empty when complete; otherwise a message that names what is missing.
    QString missingRequiredMessage() const;

    // The field value of a data row ("" when unmapped or the row is short).
    QString value(const QStringList& cells, ImportField field) const;

    // The field a column feeds, if any (for the mapping editor's column headers).
    std::optional<ImportField> fieldOf(int column) const
    {
        for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
            if (it.value() == column)
                return it.key();
        }
        return std::nullopt;
    }
    // Mapped fields in ImportField order.
    QList<ImportField> mappedFields() const { return m_columns.keys(); }
    // {"student_id": "StudentID", ...}: field key -> header text (stored with each import).
    QJsonObject toJson() const;

    bool operator==(const ColumnMapping& other) const
    {
        return m_header == other.m_header && m_columns == other.m_columns;
    }

private:
    QStringList m_header;
    QMap<ImportField, int> m_columns;
    QList<int> m_duplicates;
};

} // namespace badgedesk
