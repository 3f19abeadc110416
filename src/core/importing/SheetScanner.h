#pragma once

#include "CsvReader.h"
#include "HeaderDetector.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace badgedesk {

class XlsxReader;

// A CSV or XLSX file as a header and a stream of data rows. Picks the reader from the file's
// first bytes (a zip is a workbook whatever its name), finds the header below any title rows
// (or takes the row the user chose), and hands out the data rows after it, leaving out blank
// rows, totals and footer lines, and repeats of the header. Memory stays flat: only the first
// HeaderDetector::RowsToScan rows are held.
class SheetScanner
{
public:
    enum class Format
    {
        Csv,
        Xlsx,
    };

    struct Options
    {
        QString path;
        QString sheetName; // XLSX: empty for the sheet whose header names the most fields
        CsvReader::Encoding encoding = CsvReader::Encoding::Auto;
        QChar delimiter;      // CSV: null to detect
        qint64 headerRow = 0; // the file row of the header; 0 to detect
    };

    // A header the user chooses must be among this many rows (they are held in memory).
    static constexpr qint64 MaxHeaderRow = 1000;

    explicit SheetScanner(const Options& options);
    ~SheetScanner();
    SheetScanner(const SheetScanner&) = delete;
    SheetScanner& operator=(const SheetScanner&) = delete;

    // Opens the file and finds the header. False with errorString() set when the file cannot
    // be read or has no recognisable header.
    bool open();

    // Next data row; false at the end or on an error (errorString() then says which).
    bool next(qint64* rowNumber, QStringList* cells);

    Format format() const { return m_format; }
    static QString formatName(Format format);
    // From the first bytes: a zip or an OLE container (old .xls, encrypted .xlsx) is a
    // workbook, and so is a name ending .xlsx/.xlsm; everything else is read as CSV text.
    static Format sniff(const QString& path);

    // CSV only.
    CsvReader::Encoding encoding() const;
    bool hasByteOrderMark() const;
    QChar delimiter() const;
    // XLSX only.
    QStringList sheetNames() const;
    QString sheetName() const;
    bool isDate1904() const;

    qint64 headerRowNumber() const { return m_headerRowNumber; }
    QStringList header() const { return m_header; }
    // The rows above the header (titles, run dates), for the preview.
    QList<HeaderDetector::Row> leadingRows() const { return m_leadingRows; }
    // Totals, footers, repeated headers left out so far.
    qint64 skippedRows() const { return m_skippedRows; }

    QString errorString() const { return m_error; }
    qint64 bytesRead() const;
    qint64 bytesTotal() const;

private:
    bool fail(const QString& message);
    bool readSourceRow(qint64* rowNumber, QStringList* cells);
    bool openSource(const QString& sheetName);
    // The first rows: enough to find the header, or up to the row the user chose.
    bool readHead(QList<HeaderDetector::Row>* head);

    Options m_options;
    Format m_format = Format::Csv;
    std::unique_ptr<CsvReader> m_csv;
    std::unique_ptr<XlsxReader> m_xlsx;
    TableSource* m_source = nullptr;
    QList<HeaderDetector::Row> m_pending; // rows read ahead while looking for the header
    QList<HeaderDetector::Row> m_leadingRows;
    qint64 m_headerRowNumber = 0;
    QStringList m_header;
    QString m_headerSignature;
    int m_headerWidth = 0; // non-blank header columns
    qint64 m_skippedRows = 0;
    QString m_error;
};

} // namespace badgedesk
