#pragma once

#include "ColumnMapping.h"
#include "ImportedRow.h"
#include "ValueNormalizer.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <array>

namespace badgedesk {

// Applies ValueNormalizer's rules to whole rows under a column mapping: the normalised values,
// the problems, the row key, and whether the row can be read at all.
//
// Dates need context a single cell does not have: "05/03/2025" is 3 May in a US column and
// 5 March in a day-first one. learn() looks at the first rows (the ones the preview shows) and
// notes, per date column, its usual way of writing dates and the day order its unambiguous
// dates prove. An ambiguous date written the usual way in a column whose order nothing
// contradicts is read that way; any other ambiguous date is flagged, and a test date is then
// read the way that puts it within the year before the entry.
class RowNormalizer
{
public:
    RowNormalizer(const ColumnMapping& mapping, const ValueNormalizer::CodeIndex& codes, bool date1904);

    void learn(const QList<QStringList>& rows);

    ImportedRow normalize(qint64 rowNumber, const QStringList& cells) const;

    // What learn() decided for a date field (the preview shows it).
    ValueNormalizer::DayOrder dayOrder(ImportField field) const;

    // The row's identity: its entry ID, or a hash of every mapped field's normalised value.
    static QString rowKeyFor(const ImportedRow& row, const ColumnMapping& mapping);

private:
    struct ShapeStats
    {
        int count = 0;
        int monthFirstProofs = 0;
        int dayFirstProofs = 0;
    };
    struct DateConvention
    {
        QHash<int, ShapeStats> shapes; // by DateShape
        int dominantShape = -1;
    };

    void normalizeDate(ImportedRow& row, ImportField field, bool withTime, const QDate& reference) const;
    void normalizeText(ImportedRow& row, ImportField field) const;

    // The mapping's columns by field, -1 when unmapped (looked up for every cell of every row).
    int column(ImportField field) const { return m_columns[std::size_t(field)]; }
    bool mapped(ImportField field) const { return column(field) >= 0; }
    QString cellOf(const QStringList& cells, ImportField field) const
    {
        const int index = column(field);
        return index >= 0 && index < cells.size() ? cells.at(index) : QString();
    }

    ColumnMapping m_mapping;
    std::array<int, std::size_t(ImportField::Language) + 1> m_columns{};
    ValueNormalizer::CodeIndex m_codes;
    bool m_date1904 = false;
    int m_headerWidth = 0;
    QList<int> m_mappedColumns;
    QHash<int, DateConvention> m_dates; // by ImportField
};

} // namespace badgedesk
