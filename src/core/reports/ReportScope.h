#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace badgedesk {

// Which certification rows an issuance report covers.
// - Batch: the batch's rows.
// - Month (YYYY-MM): the rows of every batch imported for that month (batches.month), so a month
//   read in two files reports as one.
// - Date range (from..to, both included): rows are picked by the day that matters for them: a
//   badge's issue date (the journal's issued_at, as a UTC date) once it was issued in the
//   environment that counts, else the row's test date, else the day it was entered in CTIMS.
//   BadgeDesk issues with issued_at = the test date at noon, so for issued and not-yet-issued
//   rows alike this is "when the certification was earned", and a fiscal-year report counts each
//   row once, whichever month's batch it arrived in.
class ReportScope
{
public:
    enum class Kind
    {
        Batch,
        Month,
        DateRange,
    };

    static ReportScope forBatch(qint64 batchId, const QString& month = {});
    // nullopt with *error set when the month is not YYYY-MM.
    static std::optional<ReportScope> forMonth(const QString& month, QString* error = nullptr);
    // nullopt with *error set when a date is invalid or from is after to.
    static std::optional<ReportScope> forRange(const QDate& from, const QDate& to, QString* error = nullptr);
    // "2026-10-31" or "10/31/2026"; invalid when neither.
    static QDate parseDate(const QString& text);

    Kind kind() const { return m_kind; }
    qint64 batchId() const { return m_batchId; }
    QString month() const { return m_month; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }

    // For titles: "Batch 3 (2026-10)", "October 2026", "2026-07-01 to 2027-06-30".
    QString description() const;
    // A file name part: "batch-3", "2026-10", "2026-07-01_2027-06-30".
    QString fileStem() const;

private:
    Kind m_kind = Kind::Batch;
    qint64 m_batchId = 0;
    QString m_month;
    QDate m_from;
    QDate m_to;
};

} // namespace badgedesk
