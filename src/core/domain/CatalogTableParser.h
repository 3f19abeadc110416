#pragma once

#include "CatalogEntry.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace badgedesk {

// Turns the rows of a published Approved Assessment list (CSV or XLSX, already read into cells)
// into catalog entries, understanding its messy values: Y/N/Yes/TRUE flags, codes stored as
// numbers, trailing and non-breaking spaces, fiscal years for dates, duplicate codes.
class CatalogTableParser
{
public:
    struct Problem
    {
        qint64 row = 0; // the row number in the file
        // "duplicate_code", "missing_code", "missing_title", "bad_flag", "bad_date", "code_padded",
        // "footer" (a totals line, skipped)
        QString kind;
        QString message;
    };

    // Maps the header's columns; false with error() naming the missing required columns.
    bool setHeader(const QStringList& header);
    // Adds one data row; rows without a code are reported and skipped, a repeated code keeps
    // the first row and reports the others.
    void addRow(const QStringList& cells, qint64 rowNumber);

    QString error() const { return m_error; }
    // The catalog fields the header has a column for, in CatalogEntry::fieldNames() order.
    QStringList mappedFields() const;
    const QList<CatalogEntry>& entries() const { return m_entries; }
    const QList<Problem>& problems() const { return m_problems; }
    // Codes of rows that were skipped because they could not be read whole (no title). The
    // catalog keeps those entries as they are rather than treating them as missing from the list.
    const QStringList& heldCodes() const { return m_heldCodes; }
    // Records a problem found outside addRow (e.g. by the file reader).
    void addProblem(const Problem& problem) { m_problems << problem; }

    static QString cleanText(const QString& text);
    // "Y", "Yes", "TRUE", "1", "x" -> true; "N", "No", "FALSE", "0", "" -> false; else nullopt.
    static std::optional<bool> parseFlag(const QString& text);
    // Codes that Excel stored as numbers lose their leading zeros ("911", "911.0"); CTTC codes
    // are four digits, so purely numeric codes are padded back to four.
    static QString normaliseCode(const QString& text, bool* padded = nullptr);
    // "2025-07-01", "7/1/2024", or a fiscal year "FY2025"/"2025" (Oklahoma's FY2025 starts
    // 1 July 2024). Null for empty; *ok false when the text is not understood.
    static QDate parseDate(const QString& text, bool* ok = nullptr);

private:
    int column(const QString& field) const { return m_columns.value(field, -1); }

    QHash<QString, int> m_columns; // field name -> column index
    QHash<QString, qint64> m_seenCodes;
    QList<CatalogEntry> m_entries;
    QList<Problem> m_problems;
    QStringList m_heldCodes;
    QString m_error;
};

} // namespace badgedesk
