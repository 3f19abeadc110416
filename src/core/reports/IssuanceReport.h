#pragma once

#include "ReportScope.h"
#include "domain/CredlyEnvironment.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>
#include <functional>

namespace badgedesk {

// The queries behind an issuance report (issue 8): the Summary (funnel, by school, by assessment,
// by month) read whole, and the Issued, Exceptions and Attempts rows streamed one at a time from
// a prepared statement, so a 100,000-row report never holds its rows in memory.
// Issued means a journal row issued or adopted in the environment that counts: Production, or
// Practice in a Practice database, never Sandbox (a rehearsal; as ReviewRepository's history).
// Times are shown in the issuing time zone (setting issuing.timezone, default America/Chicago):
// spreadsheets have no time zones, and that is the clock the specialist reads.
class IssuanceReport
{
public:
    struct Funnel
    {
        int received = 0;
        int unclassified = 0; // status new
        int excluded = 0;
        QMap<QString, int> excludedByReason; // reason key -> rows
        int rejected = 0;                    // by the specialist
        int needsAttention = 0;
        int eligible = 0; // not yet approved
        int approved = 0; // approved and beyond (queued, sending, issued, failed)
        int issued = 0;
        int accepted = 0;
        int pending = 0;
        int badgeRejected = 0; // the earner declined it
        int revoked = 0;
        int failed = 0; // sends that failed
    };

    // One line of the funnel as the Summary sheet shows it.
    struct Step
    {
        QString key;        // received, excluded, excluded:<reason>, rejected, ...
        QString label;      // "Rows received", "Excluded: Not passed"
        QString reasonCode; // for excluded:<reason>
        int count = 0;
        double ofReceived = 0;  // fraction of rows received
        double ofPrevious = -1; // the main steps' conversion (approved of received, ...); -1: none
        int level = 0;          // 1: a breakdown line under its step
    };

    struct Group
    {
        QString key;  // school code, assessment code or month
        QString name; // school name, assessment title, or the month
        int received = 0;
        int excluded = 0;
        int needsAttention = 0;
        int approved = 0;
        int issued = 0;
        int accepted = 0;
        // Accepted of issued; -1 when nothing was issued.
        double acceptance() const { return issued > 0 ? double(accepted) / issued : -1; }
    };

    struct Summary
    {
        Funnel funnel;
        QList<Group> bySchool;
        QList<Group> byAssessment;
        QList<Group> byMonth;
    };

    // Who and what a certification row is: the first columns of the Issued and Exceptions sheets.
    struct RowIdentity
    {
        qint64 rowId = 0;
        qint64 batchId = 0;
        QString firstName;
        QString lastName;
        QString email; // Issued: as Credly has it (a replace may have changed it)
        QString school;
        QString assessmentCode;
        QString assessmentTitle;
    };

    struct IssuedRow : RowIdentity
    {
        QString badgeName; // the template's name, else its id
        QDateTime issuedAt;
        QString badgeId;
        QString badgeState;
        QDateTime stateUpdatedAt;
    };

    struct ExceptionRow : RowIdentity
    {
        QDate testDate;
        QString status;     // the row's status, or the journal's (failed, sending)
        QString reasonCode; // a reason key, or a failed send's error kind
        QString reason;     // plain language
        QString detail; // this row's specifics (the rule's detail, the rejection's reason, Credly's message)
    };

    struct AttemptRow
    {
        QDateTime at;
        qint64 rowId = 0;
        qint64 batchId = 0;
        QString purpose;
        QString method;
        QString endpoint;
        int httpStatus = 0;
        QString outcome;
        qint64 durationMs = 0;
        QString message;
    };

    IssuanceReport(QSqlDatabase db, const ReportScope& scope);

    const ReportScope& scope() const { return m_scope; }
    CredlyEnvironment environment() const { return m_environment; }
    QTimeZone timeZone() const { return m_timeZone; }
    QString error() const { return m_error; }

    // The environment whose badges count as issued in this database.
    static CredlyEnvironment countingEnvironment(QSqlDatabase db);
    static QList<Step> steps(const Funnel& funnel);

    // withGroups false: the funnel only (one pass; what a writer without a Summary sheet needs).
    bool summary(Summary* out, bool withGroups = true);
    // Each visits rows in order until the visitor returns false (false is returned then too, with
    // no error set) or the rows end. False with error() set on a database error.
    bool forEachIssued(const std::function<bool(const IssuedRow&)>& visit);
    bool forEachException(const std::function<bool(const ExceptionRow&)>& visit);
    bool forEachAttempt(const std::function<bool(const AttemptRow&)>& visit);
    int attemptCount();

private:
    QByteArray sql(const char* select, const char* from, const char* where, const char* tail) const;
    QDateTime localTime(const QString& utcText) const;
    bool groups(const char* keyExpression, const char* nameExpression, QList<Group>* out);

    QSqlDatabase m_db;
    ReportScope m_scope;
    CredlyEnvironment m_environment = CredlyEnvironment::Production;
    QTimeZone m_timeZone;
    mutable QHash<qint64, int> m_offsets; // UTC hour -> the zone's offset then
    QString m_error;
};

} // namespace badgedesk
