#pragma once

#include "domain/CredlyEnvironment.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace badgedesk {

// The dashboard's numbers (issue 8 item 4), each one aggregate query: badges issued per month,
// the acceptance funnel, the top assessments and schools, the open exceptions and the current
// batch's progress. Only the environment that counts is read: Production, and Practice in a
// Practice database (as ReviewRepository's history); a Sandbox rehearsal never counts.
// A badge's month is the month of its issued_at (Credly's, stored in UTC; BadgeDesk issues at noon
// local time, so the UTC date is the local date). "Today" is injectable so tests pin the window.
class DashboardStats
{
public:
    struct MonthCount
    {
        QString month; // YYYY-MM
        int issued = 0;
    };

    // Badges issued in the window, by Credly's state of each. A badge not synced yet (no state)
    // counts as pending: Credly creates every badge pending.
    struct Funnel
    {
        int issued = 0;
        int pending = 0;
        int accepted = 0;
        int rejected = 0;
        int revoked = 0;

        // accepted / issued, 0..1; 0 when nothing was issued.
        double acceptanceRate() const { return issued > 0 ? double(accepted) / issued : 0.0; }
    };

    struct Ranked
    {
        QString name;
        int issued = 0;
    };

    // What needs the specialist, in the order the list shows them.
    enum class ExceptionKind
    {
        FailedSend,     // the journal row failed (Issuance Log)
        NotIssued,      // approved, but the batch's issuing run finished without it (Review)
        NeedsAttention, // the specialist can fix it: email, name, date... (Review)
        BadgeRejected,  // the earner rejected the badge at Credly (Issuance Log)
        PendingTooLong, // pending longer than issuing.pending_alert_days (Issuance Log)
    };
    struct Exception
    {
        ExceptionKind kind = ExceptionKind::NeedsAttention;
        qint64 certificationId = 0;
        qint64 batchId = 0;
        QString batchMonth; // YYYY-MM
        QString name;       // the student, as the review shows them
        QString reason;     // reason key for NeedsAttention, the error kind for FailedSend
        QString detail;     // the rule's detail, Credly's message, the run's end, the pending date
        QString text;       // a short sentence: who and what
    };
    struct Exceptions
    {
        QList<Exception> items;          // at most the limit per kind
        QMap<ExceptionKind, int> totals; // every open one, by kind
        int total() const;
    };

    struct BatchProgress
    {
        qint64 batchId = 0;
        QString month;
        QString name; // "October 2026", or the label
        int rows = 0;
        int eligible = 0;
        int needsAttention = 0;
        int excluded = 0;
        int rejected = 0;
        int approved = 0; // approved and beyond: queued, sending, issued, failed
        int issued = 0;
        int failed = 0;
    };

    explicit DashboardStats(QSqlDatabase db);

    // Tests pin the clock; the default is the local date at each call.
    void setToday(const QDate& today) { m_today = today; }
    QDate today() const;
    // The environments whose badges count, as stored keys.
    QStringList countedEnvironments() const;

    // The first day of the window's first month: the last `months` months, this one included.
    QDate windowStart(int months) const;
    // One entry per month of the window, oldest first, months with none included.
    QList<MonthCount> issuedPerMonth(int months) const;
    Funnel funnel(int months) const;
    QList<Ranked> topAssessments(int months, int limit = 5) const;
    QList<Ranked> topSchools(int months, int limit = 5) const;
    Exceptions exceptions(int limitPerKind = 50) const;
    std::optional<BatchProgress> batchProgress(qint64 batchId) const;
    // Whether there is anything to show: a batch, or a badge that counts.
    bool hasData() const;

    QString error() const { return m_error; }

    static QString kindKey(ExceptionKind kind); // failed_send, not_issued, needs_attention, ...

private:
    QList<Ranked> top(const QString& nameSql, int months, int limit) const;
    // "j.environment IN ('production', ...)" for the counted environments.
    QString environmentSql(const QString& column) const;
    QString windowStartText(int months) const;
    QString windowEndText() const;

    QSqlDatabase m_db;
    QDate m_today;
    mutable QString m_error;
};

} // namespace badgedesk
