#include "IssuanceReportWriter.h"

#include "CsvWriter.h"
#include "XlsxWorkbookWriter.h"
#include "domain/CredlyEnvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <cstdio>
#include <memory>

namespace badgedesk {

// Where the rows go: a worksheet or a CSV file. Rows arrive in order, as constant-memory
// workbooks need.
class IssuanceReportWriter::Sink
{
public:
    virtual ~Sink() = default;
    virtual bool beginSheet(int sheet, const QString& name, const QList<double>& widths) = 0;
    // A table's header; freeze: frozen above, with an autofilter down to lastRow (a constant-memory
    // sheet takes the filter only before its rows, so the row counts come from the Summary).
    virtual bool header(int row, const QStringList& names, bool freeze, int lastRow = -1) = 0;
    virtual bool text(int row, int column, const QString& value, bool bold = false) = 0;
    virtual bool number(int row, int column, double value) = 0;
    virtual bool percent(int row, int column, double fraction) = 0;
    virtual bool date(int row, int column, const QDate& value) = 0;
    virtual bool dateTime(int row, int column, const QDateTime& value) = 0;
    virtual bool endSheet() = 0;
    virtual bool finish() = 0;
    virtual QString error() const = 0;
};

namespace {

class XlsxSink : public IssuanceReportWriter::Sink
{
public:
    XlsxSink(const QString& path, bool constantMemory) : m_xlsx(path, makeOptions(constantMemory))
    {
        m_xlsx.setDateFormats(QStringLiteral("yyyy-mm-dd"), QStringLiteral("yyyy-mm-dd hh:mm"));
    }
    bool beginSheet(int, const QString& name, const QList<double>& widths) override
    {
        if (!m_xlsx.addWorksheet(name))
            return false;
        for (int c = 0; c < widths.size(); ++c) {
            if (!m_xlsx.setColumnWidth(c, c, widths.at(c)))
                return false;
        }
        return true;
    }
    bool header(int row, const QStringList& names, bool freeze, int lastRow) override
    {
        return freeze ? m_xlsx.writeHeader(row, names, qMax(lastRow, row))
                      : m_xlsx.writeHeaderCells(row, names);
    }
    bool text(int row, int column, const QString& value, bool bold) override
    {
        return m_xlsx.writeString(row, column, value, bold);
    }
    bool number(int row, int column, double value) override { return m_xlsx.writeNumber(row, column, value); }
    bool percent(int row, int column, double fraction) override
    {
        return m_xlsx.writePercent(row, column, fraction);
    }
    bool date(int row, int column, const QDate& value) override
    {
        return m_xlsx.writeDate(row, column, value);
    }
    bool dateTime(int row, int column, const QDateTime& value) override
    {
        return m_xlsx.writeDateTime(row, column, value);
    }
    bool endSheet() override { return true; }
    bool finish() override { return m_xlsx.close(); }
    QString error() const override { return m_xlsx.errorMessage(); }
    bool isOpen() const { return m_xlsx.isOpen(); }

private:
    static XlsxWorkbookWriter::Options makeOptions(bool constantMemory)
    {
        XlsxWorkbookWriter::Options o;
        o.constantMemory = constantMemory;
        return o;
    }
    XlsxWorkbookWriter m_xlsx;
};

// One CSV file per sheet, each a QSaveFile committed only when every sheet was written.
class CsvSink : public IssuanceReportWriter::Sink
{
public:
    explicit CsvSink(const QStringList& paths) : m_paths(paths)
    {
        CsvWriter::Options o;
        o.guardFormulas = true;
        m_csv = CsvWriter(o);
    }
    bool beginSheet(int sheet, const QString&, const QList<double>&) override
    {
        if (!flushRow() || !flushBuffer())
            return false;
        int index = 0;
        while (index < 4 && !(sheet & (1 << index)))
            ++index;
        auto file = std::make_unique<QSaveFile>(m_paths.value(index));
        if (!file->open(QIODevice::WriteOnly)) {
            m_error = QStringLiteral("cannot write %1: %2").arg(file->fileName(), file->errorString());
            return false;
        }
        m_file = file.get();
        m_files.push_back(std::move(file));
        m_buffer = QByteArray("\xEF\xBB\xBF"); // UTF-8 BOM: Excel reads accents right
        m_row = -1;
        return true;
    }
    bool header(int row, const QStringList& names, bool, int) override
    {
        for (int c = 0; c < names.size(); ++c) {
            if (!text(row, c, names.at(c), true))
                return false;
        }
        return true;
    }
    bool text(int row, int column, const QString& value, bool) override { return put(row, column, value); }
    bool number(int row, int column, double value) override
    {
        return put(row, column, QString::number(value, 'g', 15));
    }
    bool percent(int row, int column, double fraction) override
    {
        return put(row, column, QString::number(fraction * 100, 'f', 1) + QLatin1Char('%'));
    }
    bool date(int row, int column, const QDate& value) override
    {
        return put(row, column, value.isValid() ? value.toString(Qt::ISODate) : QString());
    }
    bool dateTime(int row, int column, const QDateTime& value) override
    {
        return put(row, column,
                   value.isValid() ? value.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString());
    }
    bool endSheet() override { return flushRow() && flushBuffer(); }
    bool finish() override
    {
        if (!flushRow() || !flushBuffer())
            return false;
        for (auto& f : m_files) {
            if (!f->commit()) {
                m_error = QStringLiteral("cannot write %1: %2").arg(f->fileName(), f->errorString());
                return false;
            }
        }
        return true;
    }
    QString error() const override { return m_error; }

private:
    bool put(int row, int column, const QString& value)
    {
        if (row != m_row) {
            if (!flushRow())
                return false;
            // Blank lines between the Summary's sections.
            for (int r = m_row + 1; m_row >= 0 && r < row; ++r)
                m_buffer += "\r\n";
            m_row = row;
        }
        if (m_cells.size() <= column)
            m_cells.resize(column + 1);
        m_cells[column] = value;
        return true;
    }
    bool flushRow()
    {
        if (!m_cells.isEmpty())
            m_csv.appendRow(m_buffer, m_cells);
        m_cells.clear();
        return m_buffer.size() < (1 << 20) || flushBuffer();
    }
    bool flushBuffer()
    {
        if (!m_file || m_buffer.isEmpty())
            return true;
        if (m_file->write(m_buffer) != m_buffer.size()) {
            m_error = QStringLiteral("cannot write %1: %2").arg(m_file->fileName(), m_file->errorString());
            return false;
        }
        m_buffer.clear();
        return true;
    }

    QStringList m_paths;
    CsvWriter m_csv;
    std::vector<std::unique_ptr<QSaveFile>> m_files;
    QSaveFile* m_file = nullptr;
    QByteArray m_buffer;
    QStringList m_cells;
    int m_row = -1;
    QString m_error;
};

QString monthName(const QString& month)
{
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    return first.isValid() ? QLocale(QLocale::English).toString(first, QStringLiteral("MMMM yyyy")) : month;
}

} // namespace

IssuanceReportWriter::IssuanceReportWriter(IssuanceReport& report) : IssuanceReportWriter(report, Options())
{}

IssuanceReportWriter::IssuanceReportWriter(IssuanceReport& report, const Options& options)
    : m_report(report), m_options(options)
{}

QStringList IssuanceReportWriter::csvPaths(const QString& path)
{
    const QFileInfo info(path);
    const QString stem = info.dir().filePath(info.completeBaseName());
    return {stem + QStringLiteral("-summary.csv"), stem + QStringLiteral("-issued.csv"),
            stem + QStringLiteral("-exceptions.csv"), stem + QStringLiteral("-attempts.csv")};
}

QStringList IssuanceReportWriter::issuedHeader()
{
    return {
        QStringLiteral("Row ID"),          QStringLiteral("Batch"),           QStringLiteral("First Name"),
        QStringLiteral("Last Name"),       QStringLiteral("Email"),           QStringLiteral("School"),
        QStringLiteral("Assessment Code"), QStringLiteral("Assessment"),      QStringLiteral("Badge"),
        QStringLiteral("Issued At"),       QStringLiteral("Credly Badge ID"), QStringLiteral("Badge State"),
        QStringLiteral("State Updated")};
}

QStringList IssuanceReportWriter::exceptionsHeader()
{
    return {QStringLiteral("Row ID"),          QStringLiteral("Batch"),       QStringLiteral("First Name"),
            QStringLiteral("Last Name"),       QStringLiteral("Email"),       QStringLiteral("School"),
            QStringLiteral("Assessment Code"), QStringLiteral("Assessment"),  QStringLiteral("Test Date"),
            QStringLiteral("Status"),          QStringLiteral("Reason Code"), QStringLiteral("Reason"),
            QStringLiteral("Detail")};
}

QStringList IssuanceReportWriter::attemptsHeader()
{
    return {QStringLiteral("At"),          QStringLiteral("Row ID"),  QStringLiteral("Batch"),
            QStringLiteral("Purpose"),     QStringLiteral("Method"),  QStringLiteral("Endpoint"),
            QStringLiteral("HTTP Status"), QStringLiteral("Outcome"), QStringLiteral("Duration (ms)"),
            QStringLiteral("Message")};
}

QStringList IssuanceReportWriter::funnelHeader()
{
    return {QStringLiteral("Stage"), QStringLiteral("Reason Code"), QStringLiteral("Rows"),
            QStringLiteral("% of Rows Received"), QStringLiteral("% of Step Before")};
}

QStringList IssuanceReportWriter::groupHeader(const QString& keyName, const QString& nameName)
{
    return {keyName,
            nameName,
            QStringLiteral("Rows Received"),
            QStringLiteral("Excluded"),
            QStringLiteral("Needing Attention"),
            QStringLiteral("Approved"),
            QStringLiteral("Issued"),
            QStringLiteral("Accepted"),
            QStringLiteral("Acceptance Rate")};
}

bool IssuanceReportWriter::write(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return writeXlsx(path);
    if (suffix == QLatin1String("csv"))
        return writeCsv(path);
    m_error = QStringLiteral("%1: a report is written as .xlsx or .csv; name the file with one of those "
                             "extensions.")
                  .arg(path);
    return false;
}

bool IssuanceReportWriter::writeXlsx(const QString& path)
{
    m_written.clear();
    // libxlsxwriter writes in place: build the workbook beside the target and rename it over it,
    // so a full disk or a crash never leaves a truncated workbook where the old one was.
    const QFileInfo info(path);
    const QString temporary = info.dir().filePath(
        QStringLiteral(".%1.%2.part").arg(info.fileName()).arg(QCoreApplication::applicationPid()));
    bool ok = false;
    {
        XlsxSink sink(temporary, m_options.constantMemory);
        if (!sink.isOpen()) {
            m_error =
                QStringLiteral("Could not create %1: check that the folder exists and you may write to it.")
                    .arg(path);
            return false;
        }
        ok = writeTo(sink);
        const bool closed = sink.finish();
        if (ok && !closed) {
            m_error = QStringLiteral("Could not write %1: %2").arg(path, sink.error());
            ok = false;
        } else if (!ok && m_error.isEmpty()) {
            m_error = QStringLiteral("Could not write %1: %2").arg(path, sink.error());
        }
    }
    if (!ok) {
        QFile::remove(temporary);
        return false;
    }
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(path);
        if (!QFile::rename(temporary, path)) {
            QFile::remove(temporary);
            m_error = QStringLiteral("Could not replace %1: is it open in another program?").arg(path);
            return false;
        }
    }
    m_written << path;
    return true;
}

bool IssuanceReportWriter::writeCsv(const QString& path)
{
    m_written.clear();
    const QStringList paths = csvPaths(path);
    CsvSink sink(paths);
    if (!writeTo(sink)) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("Could not write %1: %2").arg(path, sink.error());
        return false; // the QSaveFiles are discarded uncommitted
    }
    if (!sink.finish()) {
        m_error = QStringLiteral("Could not write the report: %1").arg(sink.error());
        return false;
    }
    for (int i = 0; i < 4; ++i) {
        if (m_options.sheets & (1 << i))
            m_written << paths.at(i);
    }
    return true;
}

bool IssuanceReportWriter::tick()
{
    ++m_done;
    if (m_options.progress && (m_done % 500 == 0 || m_done == m_total) &&
        !m_options.progress(m_done, m_total)) {
        m_canceled = true;
        m_error = QStringLiteral("The export was canceled; no file was written.");
        return false;
    }
    return true;
}

bool IssuanceReportWriter::writeTo(Sink& sink)
{
    m_error.clear();
    m_canceled = false;
    m_done = 0;
    if (!m_report.summary(&m_summary, (m_options.sheets & SummarySheet) != 0)) {
        m_error = QStringLiteral("Could not read the report's rows: %1").arg(m_report.error());
        return false;
    }
    m_total = 0;
    if (m_options.sheets & IssuedSheet)
        m_total += m_summary.funnel.issued;
    if (m_options.sheets & ExceptionsSheet)
        m_total += m_summary.funnel.received - m_summary.funnel.issued;
    m_attempts = (m_options.sheets & AttemptsSheet) ? m_report.attemptCount() : 0;
    m_total += m_attempts;
    if (m_options.progress && !m_options.progress(0, m_total)) {
        m_canceled = true;
        m_error = QStringLiteral("The export was canceled; no file was written.");
        return false;
    }
    const auto fail = [this, &sink] {
        if (m_error.isEmpty())
            m_error = sink.error().isEmpty() ? m_report.error() : sink.error();
        return false;
    };
    if ((m_options.sheets & SummarySheet) && !writeSummary(sink))
        return fail();
    if ((m_options.sheets & IssuedSheet) && !writeIssued(sink))
        return fail();
    if ((m_options.sheets & ExceptionsSheet) && !writeExceptions(sink))
        return fail();
    if ((m_options.sheets & AttemptsSheet) && !writeAttempts(sink))
        return fail();
    return true;
}

bool IssuanceReportWriter::writeSummary(Sink& sink)
{
    if (!sink.beginSheet(SummarySheet, QStringLiteral("Summary"), {44, 16, 12, 14, 14, 12, 12, 12, 14}))
        return false;
    const QDateTime generated =
        (m_options.generatedAt.isValid() ? m_options.generatedAt : QDateTime::currentDateTime())
            .toTimeZone(m_report.timeZone());
    const QString environment = environmentKey(m_report.environment());
    if (!sink.text(0, 0, QStringLiteral("BadgeDesk issuance report: %1").arg(m_report.scope().description()),
                   true) ||
        !sink.text(1, 0,
                   QStringLiteral("Badges issued in %1 (%2). Generated %3; times in %4.")
                       .arg(environment.left(1).toUpper() + environment.mid(1),
                            m_report.environment() == CredlyEnvironment::Practice
                                ? QStringLiteral("the Practice simulator")
                                : QStringLiteral("Sandbox rehearsals are not counted"),
                            generated.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                            QString::fromUtf8(m_report.timeZone().id()))))
        return false;
    int row = 3;
    const auto steps = IssuanceReport::steps(m_summary.funnel);
    if (!sink.header(row, funnelHeader(), true, row + int(steps.size())))
        return false;
    ++row;
    for (const auto& step : steps) {
        const QString label = step.level > 0 ? QStringLiteral("    ") + step.label : step.label;
        if (!sink.text(row, 0, label, step.level == 0) || !sink.text(row, 1, step.reasonCode) ||
            !sink.number(row, 2, step.count) || !sink.percent(row, 3, step.ofReceived) ||
            (step.ofPrevious >= 0 && !sink.percent(row, 4, step.ofPrevious)))
            return false;
        ++row;
    }
    const auto section = [&](const QString& title, const QStringList& header,
                             const QList<IssuanceReport::Group>& groups, bool months) {
        ++row;
        if (!sink.text(row++, 0, title, true) || !sink.header(row++, header, false))
            return false;
        for (const auto& g : groups) {
            if (!sink.text(row, 0, g.key) || !sink.text(row, 1, months ? monthName(g.name) : g.name) ||
                !sink.number(row, 2, g.received) || !sink.number(row, 3, g.excluded) ||
                !sink.number(row, 4, g.needsAttention) || !sink.number(row, 5, g.approved) ||
                !sink.number(row, 6, g.issued) || !sink.number(row, 7, g.accepted) ||
                (g.acceptance() >= 0 && !sink.percent(row, 8, g.acceptance())))
                return false;
            ++row;
        }
        return true;
    };
    if (!section(QStringLiteral("By school"),
                 groupHeader(QStringLiteral("School Code"), QStringLiteral("School")), m_summary.bySchool,
                 false) ||
        !section(QStringLiteral("By assessment"),
                 groupHeader(QStringLiteral("Assessment Code"), QStringLiteral("Assessment")),
                 m_summary.byAssessment, false) ||
        !section(QStringLiteral("By month"),
                 groupHeader(QStringLiteral("Month"), QStringLiteral("Month Name")), m_summary.byMonth, true))
        return false;
    return sink.endSheet();
}

bool IssuanceReportWriter::writeIssued(Sink& sink)
{
    const QStringList header = issuedHeader();
    if (!sink.beginSheet(IssuedSheet, QStringLiteral("Issued"),
                         {9, 8, 14, 16, 32, 30, 12, 34, 34, 17, 38, 12, 17}) ||
        !sink.header(0, header, true, m_summary.funnel.issued))
        return false;
    int row = 1;
    const bool ok = m_report.forEachIssued([&](const IssuanceReport::IssuedRow& r) {
        const bool written = sink.number(row, 0, double(r.rowId)) && sink.number(row, 1, double(r.batchId)) &&
                             sink.text(row, 2, r.firstName) && sink.text(row, 3, r.lastName) &&
                             sink.text(row, 4, r.email) && sink.text(row, 5, r.school) &&
                             sink.text(row, 6, r.assessmentCode) && sink.text(row, 7, r.assessmentTitle) &&
                             sink.text(row, 8, r.badgeName) && sink.dateTime(row, 9, r.issuedAt) &&
                             sink.text(row, 10, r.badgeId) && sink.text(row, 11, r.badgeState) &&
                             sink.dateTime(row, 12, r.stateUpdatedAt);
        ++row;
        return written && tick();
    });
    return ok && sink.endSheet();
}

bool IssuanceReportWriter::writeExceptions(Sink& sink)
{
    const QStringList header = exceptionsHeader();
    if (!sink.beginSheet(ExceptionsSheet, QStringLiteral("Exceptions"),
                         {9, 8, 14, 16, 32, 30, 12, 34, 12, 16, 18, 60, 60}) ||
        !sink.header(0, header, true, m_summary.funnel.received - m_summary.funnel.issued))
        return false;
    int row = 1;
    const bool ok = m_report.forEachException([&](const IssuanceReport::ExceptionRow& r) {
        const bool written = sink.number(row, 0, double(r.rowId)) && sink.number(row, 1, double(r.batchId)) &&
                             sink.text(row, 2, r.firstName) && sink.text(row, 3, r.lastName) &&
                             sink.text(row, 4, r.email) && sink.text(row, 5, r.school) &&
                             sink.text(row, 6, r.assessmentCode) && sink.text(row, 7, r.assessmentTitle) &&
                             sink.date(row, 8, r.testDate) && sink.text(row, 9, r.status) &&
                             sink.text(row, 10, r.reasonCode) && sink.text(row, 11, r.reason) &&
                             sink.text(row, 12, r.detail);
        ++row;
        return written && tick();
    });
    return ok && sink.endSheet();
}

bool IssuanceReportWriter::writeAttempts(Sink& sink)
{
    const QStringList header = attemptsHeader();
    if (!sink.beginSheet(AttemptsSheet, QStringLiteral("Attempts"), {17, 9, 8, 10, 8, 44, 11, 14, 12, 60}) ||
        !sink.header(0, header, true, m_attempts))
        return false;
    int row = 1;
    const bool ok = m_report.forEachAttempt([&](const IssuanceReport::AttemptRow& r) {
        const bool written = sink.dateTime(row, 0, r.at) && sink.number(row, 1, double(r.rowId)) &&
                             sink.number(row, 2, double(r.batchId)) && sink.text(row, 3, r.purpose) &&
                             sink.text(row, 4, r.method) && sink.text(row, 5, r.endpoint) &&
                             sink.number(row, 6, r.httpStatus) && sink.text(row, 7, r.outcome) &&
                             sink.number(row, 8, double(r.durationMs)) && sink.text(row, 9, r.message);
        ++row;
        return written && tick();
    });
    return ok && sink.endSheet();
}

} // namespace badgedesk
