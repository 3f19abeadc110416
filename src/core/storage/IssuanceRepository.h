#pragma once

#include "credly/CredlyBadge.h"
#include "credly/CredlyExchange.h"
#include "domain/CredlyEnvironment.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace badgedesk {

class EarnerId;

// The issuing journal (issuance_journal), the HTTP attempts behind it (issuance_attempts) and the
// runs (issuance_runs). Every state change is one transaction, committed before the caller goes on:
// 'sending' is on disk before the POST leaves, the answer is on disk before the next row starts.
// Outside Sandbox the certification's status follows the journal (queued, sending, issued,
// failed), so the month's path and the reports see it; a Sandbox rehearsal leaves the rows as they
// were (BRIEF: environments never mix).
class IssuanceRepository
{
public:
    // Journal states, as stored.
    static constexpr const char* kQueued = "queued";
    static constexpr const char* kSending = "sending";
    static constexpr const char* kIssued = "issued";
    static constexpr const char* kAdopted = "adopted";
    static constexpr const char* kFailed = "failed";

    struct Entry
    {
        qint64 id = 0;
        qint64 certificationId = 0;
        qint64 batchId = 0;
        CredlyEnvironment environment = CredlyEnvironment::Practice;
        QString organizationId;
        QString templateId;
        QString earnerId;
        QString state;
        bool recovered = false;
        bool unknownOutcome = false;
        QString badgeId;
        QString badgeState;
        QDateTime issuedAt;
        QDateTime badgeStateAt;
        QDateTime syncedAt;
        QString revocationReason;
        QString replacesBadgeId;
        QString recipientEmail; // set by a replace; else the row's email
        QString errorKind;
        QString errorMessage;
        bool retryable = false;
        int attempts = 0;
        qint64 runId = 0;
        QDateTime sendingAt;
        QDateTime createdAt;
        QDateTime updatedAt;
        // From the certification: what goes to Credly and what the specialist recognises.
        QString email;
        QString firstName;
        QString middleName;
        QString lastName;
        QString assessmentCode;
        QString assessmentTitle;
        QString schoolName;
        QString testDate; // YYYY-MM-DD
        QString batchMonth;
        QString language; // "en", "es", or empty: the batch's default (NoticeRepository)

        // The email Credly has (a replace may have changed it).
        QString currentEmail() const { return recipientEmail.isEmpty() ? email : recipientEmail; }
        QString displayName() const;
        bool isSettled() const; // issued or adopted
    };

    struct Attempt
    {
        qint64 id = 0;
        qint64 journalId = 0; // 0: a call of the run (templates)
        qint64 runId = 0;
        QDateTime at;
        QString purpose; // issue, lookup, templates, sync, revoke, replace
        QString method;
        QString endpoint;
        int httpStatus = 0;
        QString outcome;
        qint64 durationMs = 0;
        QString message;

        static Attempt from(const CredlyExchange& exchange, const QString& purpose, qint64 journalId,
                            qint64 runId);
    };

    // How a row ends up after a call: the new state and what goes with it.
    struct Settlement
    {
        QString state; // queued, sending, issued, adopted, failed
        std::optional<CredlyBadge> badge;
        bool recovered = false;
        bool unknownOutcome = false;
        QString errorKind;
        QString errorMessage;
        bool retryable = false;
        bool countsSend = false; // the call was a POST of this row: attempts + 1
    };

    // One write of a batch (write()): a state change (state empty: only the attempts).
    struct Write
    {
        qint64 journalId = 0;
        Settlement settlement;
        QList<Attempt> attempts;
    };

    struct Run
    {
        qint64 id = 0;
        qint64 batchId = 0;
        CredlyEnvironment environment = CredlyEnvironment::Practice;
        QString organizationId;
        QString actor;
        QDateTime startedAt;
        QDateTime finishedAt;
        QString state; // running, paused, finished, canceled, stopped, interrupted
        QString stopReason;
        int concurrency = 4;
        int ratePerMinute = 0;
        QString backupPath;
        QString noticeOverride;
        int issued = 0;
        int adopted = 0;
        int failed = 0;
        int skipped = 0;

        bool isUnfinished() const
        {
            return state == QLatin1String("running") || state == QLatin1String("paused");
        }
    };

    struct Counts
    {
        int approved = 0; // approved rows of the batch (and beyond), journaled or not
        QMap<QString, int> states;
        QMap<QString, int> badgeStates;
        int state(const char* key) const { return states.value(QLatin1String(key)); }
        int settled() const { return state(kIssued) + state(kAdopted); }
    };

    // An approved row as the preflight sees it: the row, its catalog template, its journal row if any.
    struct Candidate
    {
        qint64 certificationId = 0;
        QString studentId; // only to compute the earner id; never leaves the process
        QString email;
        QString firstName;
        QString middleName;
        QString lastName;
        QString schoolCode;
        QString assessmentCode;
        QString testDate;
        QString catalogTemplateId;
        qint64 journalId = 0;
        QString journalState;
        QString journalTemplateId;
        QString journalEarnerId;
        QString badgeId;
        QString errorMessage;
        QString recipientEmail;
        QDateTime issuedAt;

        QString displayName() const;
    };

    // What the Issuance log shows.
    struct Filter
    {
        CredlyEnvironment environment = CredlyEnvironment::Practice;
        qint64 batchId = 0; // 0: every batch
        QStringList states; // journal states; empty: all
        bool exceptionsOnly = false;
        int pendingDays = 14; // for exceptionsOnly: pending longer than this is an exception
        QDate from;           // sent (or planned) on or after
        QDate to;             // ... on or before
        QDateTime now;        // for pendingDays; invalid: the clock
    };

    explicit IssuanceRepository(QSqlDatabase db);

    static bool mirrorsRowStatus(CredlyEnvironment environment)
    {
        return environment != CredlyEnvironment::Sandbox;
    }
    // The rows a batch issues: approved, and those already on their way.
    static QString issuableStatusesSql();

    // Makes a journal row (queued) for every approved row of the batch that has none in this
    // environment, with its template from the catalog and its earner id; drops queued rows whose
    // certification is no longer approved (never sent, nothing to look up). Returns rows added.
    int plan(qint64 batchId, CredlyEnvironment environment, const QString& organizationId,
             const EarnerId& earnerIds, QString* error = nullptr);
    QList<Candidate> candidates(qint64 batchId, CredlyEnvironment environment) const;
    Counts counts(qint64 batchId, CredlyEnvironment environment) const;
    QList<Entry> entries(qint64 batchId, CredlyEnvironment environment, const QStringList& states = {}) const;
    std::optional<Entry> entry(qint64 journalId) const;
    std::optional<Entry> entryByBadge(const QString& badgeId) const;
    QList<Entry> search(const Filter& filter) const;
    // Whether the environment has any journal row at all (the log's empty state).
    bool hasEntries(CredlyEnvironment environment) const;

    // queued -> sending; one transaction, committed before the POST.
    bool markSending(qint64 journalId, qint64 runId);
    // Any state change with its attempts, in one transaction.
    bool settle(qint64 journalId, const Settlement& settlement, const QList<Attempt>& attempts = {});
    // Group commit: the writes in order, then the rows to mark 'sending', in one transaction (one
    // sync to disk for many rows; the Issuer's way to keep up at high concurrency).
    bool write(const QList<Write>& writes, const QList<qint64>& toSending = {}, qint64 runId = 0);
    bool addAttempts(const QList<Attempt>& attempts);
    QList<Attempt> attempts(qint64 journalId) const;

    // Follow-up: Credly's current view of an issued badge (state, replacement, revocation).
    bool updateBadge(qint64 journalId, const CredlyBadge& badge, const QList<Attempt>& attempts = {});
    // Many at once, in one transaction (a sync of a month).
    bool updateBadges(const QList<QPair<qint64, CredlyBadge>>& badges, const QList<Attempt>& attempts = {});
    // A revoke or a replace done at Credly, with its audit record, in one transaction.
    bool recordRevoke(qint64 journalId, const CredlyBadge& badge, const QString& reason, const QString& actor,
                      const QList<Attempt>& attempts = {});
    bool recordReplace(qint64 journalId, const CredlyBadge& newBadge, const QString& newEmail,
                       const QString& actor, const QList<Attempt>& attempts = {});
    // failed -> queued (the template read again from the catalog); only rows with no badge.
    int retryFailed(qint64 batchId, CredlyEnvironment environment, const QList<qint64>& journalIds = {});
    // Failed, rejected, revoked, and pending longer than pendingDays.
    QList<Entry> worklist(CredlyEnvironment environment, int pendingDays, qint64 batchId = 0,
                          const QDateTime& now = {}) const;

    qint64 startRun(const Run& run);
    bool updateRun(const Run& run);
    std::optional<Run> run(qint64 runId) const;
    // The newest run of the batch left running or paused: the app or the CLI stopped mid-run.
    std::optional<Run> unfinishedRun(qint64 batchId, CredlyEnvironment environment) const;
    QList<Run> runs(qint64 batchId, CredlyEnvironment environment) const;

    QString error() const { return m_error; }

    static QString timestamp(const QDateTime& when);
    static QDateTime parseTime(const QString& text);

private:
    bool mirror(qint64 journalId, const QString& journalState);
    bool applyBadge(qint64 journalId, const CredlyBadge& badge);
    bool applySettle(qint64 journalId, const Settlement& settlement, const QList<Attempt>& attempts);
    bool applySending(qint64 journalId, qint64 runId);
    bool insertAttempts(const QList<Attempt>& attempts);
    QList<Entry> select(const QString& where, const QVariantList& binds, const QString& order = {}) const;
    bool fail(const QString& message);

    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace badgedesk
