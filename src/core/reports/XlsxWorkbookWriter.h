#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

// libxlsxwriter's types, declared here so its header stays private to the core library.
struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace badgedesk {

// A small RAII wrapper over libxlsxwriter: one workbook file, worksheets written cell by cell
// (strings, numbers, dates), a bold frozen header row and merged title cells. Every call
// returns false on failure and errorMessage() says why; the destructor closes the workbook
// (call close() to learn whether the file was written).
class XlsxWorkbookWriter
{
public:
    struct Options
    {
        // Rows are streamed to disk: low memory for big sheets, but rows must be written in
        // order and merged cells are not supported (libxlsxwriter's constant_memory mode).
        bool constantMemory = false;
        // Stored as the document's creation time; a fixed value makes the file reproducible.
        // Invalid means "now" (libxlsxwriter's default).
        QDateTime created;
    };

    explicit XlsxWorkbookWriter(const QString& path);
    XlsxWorkbookWriter(const QString& path, const Options& options);
    ~XlsxWorkbookWriter();
    XlsxWorkbookWriter(const XlsxWorkbookWriter&) = delete;
    XlsxWorkbookWriter& operator=(const XlsxWorkbookWriter&) = delete;

    bool isOpen() const { return m_workbook != nullptr; }
    QString path() const { return m_path; }
    QString errorMessage() const { return m_errorMessage; }

    // Adds a worksheet and makes it the target of the write calls below.
    bool addWorksheet(const QString& name);

    // Header cells in `row` (bold on a light fill with a rule below); the rows above and including
    // it stay frozen on screen and an autofilter spans the header's columns down to `lastDataRow`
    // (none when it is < 0; setAutofilter() can add it once the rows are written).
    bool writeHeader(int row, const QStringList& names, int lastDataRow = -1);
    // The header's look without freezing or a filter: a second table further down a sheet.
    bool writeHeaderCells(int row, const QStringList& names);
    bool setAutofilter(int firstRow, int lastRow, int lastColumn);
    // A bold title merged across columns [firstColumn, lastColumn] of one row.
    bool writeTitle(int row, int firstColumn, int lastColumn, const QString& title);

    // Empty strings and null variants leave the cell blank. QVariant dispatch: QDate and
    // QDateTime become Excel dates, numeric types numbers, everything else strings.
    bool writeString(int row, int column, const QString& text, bool bold = false);
    bool writeNumber(int row, int column, double value);
    bool writeDate(int row, int column, const QDate& date);
    bool writeDateTime(int row, int column, const QDateTime& dateTime);
    // A number cell shown as a percentage: 0.125 shows as 12.5%.
    bool writePercent(int row, int column, double fraction);
    bool writeCell(int row, int column, const QVariant& value);
    bool writeRow(int row, const QVariantList& values);

    bool setColumnWidth(int firstColumn, int lastColumn, double width);
    // Excel number formats used by writeDate/writeDateTime; set before the first date.
    void setDateFormats(const QString& dateFormat, const QString& dateTimeFormat);

    // Writes the file. Safe to call twice; the second call returns the first result.
    bool close();

    // Days since 1899-12-30 (Excel's 1900 date system), time as the fraction of a day.
    static double excelSerial(const QDate& date);
    static double excelSerial(const QDateTime& dateTime);

private:
    bool check(int error, const QString& what);
    bool checkCell(int error, int row, int column);
    bool requireSheet();
    lxw_format* dateFormat();
    lxw_format* dateTimeFormat();
    lxw_format* headerFormat();
    lxw_format* percentFormat();
    const char* utf8(const QString& text); // valid until the next call

    QString m_path;
    QString m_errorMessage;
    lxw_workbook* m_workbook = nullptr;
    lxw_worksheet* m_worksheet = nullptr;
    lxw_format* m_bold = nullptr;
    lxw_format* m_date = nullptr;
    lxw_format* m_dateTime = nullptr;
    lxw_format* m_header = nullptr;
    lxw_format* m_percent = nullptr;
    QString m_dateFormatText = QStringLiteral("m/d/yyyy");
    QString m_dateTimeFormatText = QStringLiteral("m/d/yyyy h:mm:ss AM/PM");
    QByteArray m_utf8;
    bool m_closed = false;
    bool m_closeResult = false;
};

} // namespace badgedesk
