#pragma once

#include "IssuanceReport.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <functional>

namespace badgedesk {

// Writes an IssuanceReport as a workbook (libxlsxwriter, constant memory: rows stream to disk)
// with the sheets Summary, Issued, Exceptions and Attempts, or as CSV files, one per sheet:
// "report.csv" becomes report-summary.csv, report-issued.csv, report-exceptions.csv and
// report-attempts.csv beside it (a CSV file holds one table; the Summary's file holds its
// sections one under the other, as the sheet does).
// XLSX: real number, date and date-time cells, percentages as numbers in a % format, a styled
// frozen header row with an autofilter, column widths set. Text is always a string cell, so
// "=cmd|..." is never run as a formula; CSV text starting with = + - @, tab or CR gets a leading
// apostrophe (CsvWriter::guardFormulas). Nothing half-written is left behind: the workbook is
// built aside and moved in; the CSV files are committed together at the end.
class IssuanceReportWriter
{
public:
    enum Sheet
    {
        SummarySheet = 1,
        IssuedSheet = 2,
        ExceptionsSheet = 4,
        AttemptsSheet = 8,
        AllSheets = 15,
    };

    struct Options
    {
        int sheets = AllSheets;
        bool constantMemory = true;
        // Shown on the Summary; invalid: now.
        QDateTime generatedAt;
        // Called every few hundred rows with rows written and the total; return false to cancel.
        std::function<bool(qint64 done, qint64 total)> progress;
    };

    explicit IssuanceReportWriter(IssuanceReport& report);
    IssuanceReportWriter(IssuanceReport& report, const Options& options);

    // By the extension: .xlsx or .csv; anything else is refused with a message.
    bool write(const QString& path);
    bool writeXlsx(const QString& path);
    bool writeCsv(const QString& path);

    QString errorMessage() const { return m_error; }
    bool wasCanceled() const { return m_canceled; }
    QStringList writtenFiles() const { return m_written; }
    // The summary the last write put on its Summary sheet.
    const IssuanceReport::Summary& summary() const { return m_summary; }
    qint64 rowsWritten() const { return m_done; }

    static QStringList csvPaths(const QString& path); // summary, issued, exceptions, attempts
    static QStringList issuedHeader();
    static QStringList exceptionsHeader();
    static QStringList attemptsHeader();
    static QStringList groupHeader(const QString& keyName, const QString& nameName);
    static QStringList funnelHeader();

    class Sink;

private:
    bool writeTo(Sink& sink);
    bool writeSummary(Sink& sink);
    bool writeIssued(Sink& sink);
    bool writeExceptions(Sink& sink);
    bool writeAttempts(Sink& sink);
    bool tick();

    IssuanceReport& m_report;
    Options m_options;
    IssuanceReport::Summary m_summary;
    QString m_error;
    bool m_canceled = false;
    QStringList m_written;
    qint64 m_done = 0;
    qint64 m_total = 0;
    int m_attempts = 0;
};

} // namespace badgedesk
