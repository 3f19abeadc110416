#pragma once

#include <QString>
#include <QStringList>

namespace badgedesk {

// A spreadsheet read one row at a time, so memory stays flat however large the file is.
// Rows that are entirely absent from the file (blank lines, skipped XLSX rows) are not
// returned; rowNumber() says where each returned row sits, so gaps stay visible.
class TableSource
{
public:
    virtual ~TableSource() = default;

    // Opens the file and reads whatever is needed to start (encoding sniffing, workbook parts).
    // On failure returns false and sets errorString() (also copied to *error when given).
    virtual bool open(QString* error = nullptr) = 0;
    // Next row's cells; false at the end of the data or on an error (see errorString()).
    virtual bool readRow(QStringList* cells) = 0;
    // 1-based row of the last row returned, as a spreadsheet program shows it (provenance).
    virtual qint64 rowNumber() const = 0;
    // Empty while everything went well.
    virtual QString errorString() const = 0;
    bool hasError() const { return !errorString().isEmpty(); }

    // Progress through the data, in bytes of the underlying stream.
    virtual qint64 bytesRead() const = 0;
    virtual qint64 bytesTotal() const = 0;
    double progress() const
    {
        const qint64 total = bytesTotal();
        return total > 0 ? qMin(1.0, double(bytesRead()) / double(total)) : 0.0;
    }

protected:
    TableSource() = default;
    TableSource(const TableSource&) = delete;
    TableSource& operator=(const TableSource&) = delete;
};

} // namespace badgedesk
