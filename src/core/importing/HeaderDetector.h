#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace badgedesk {

// Finds the header row among the first rows of a sheet. Exports often carry a title ("CTIMS
// Real-Time Certifications - May 2025"), a run date and blank rows above the header, extra
// blank columns, and a totals row at the bottom.
class HeaderDetector
{
public:
    struct Row
    {
        qint64 rowNumber = 0; // as the reader reported it
        QStringList cells;
    };

    struct Column
    {
        int index = 0; // position in the row's cells
        QString name;  // trimmed header text
    };

    // How many leading rows detect() looks at; readers collect this many for it.
    static constexpr int RowsToScan = 30;

    // Picks the header row: the row with the most non-empty, mostly text, distinct cells,
    // weighted by how many cells are known field synonyms. False when no row qualifies.
    bool detect(const QList<Row>& rows);

    int headerIndex() const { return m_headerIndex; }            // into the rows given; -1 if none
    qint64 headerRowNumber() const { return m_headerRowNumber; } // 0 if none
    QStringList headerCells() const { return m_headerCells; }
    // The non-blank header columns; blank ones are ignored.
    QList<Column> columns() const { return m_columns; }
    int synonymMatches() const { return m_synonymMatches; }

    // A totals or footer line ("Total", "Grand Total", "Count: 900", "End of report", or a row
    // holding only a number) that must not be imported as data. headerWidth is the number of
    // non-blank header columns.
    static bool isFooterRow(const QStringList& cells, int headerWidth);
    static bool isBlankRow(const QStringList& cells);

private:
    int m_headerIndex = -1;
    qint64 m_headerRowNumber = 0;
    QStringList m_headerCells;
    QList<Column> m_columns;
    int m_synonymMatches = 0;
};

} // namespace badgedesk
