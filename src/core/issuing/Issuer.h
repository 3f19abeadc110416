#pragma once

#include "IssueOptions.h"
#include "IssueProgress.h"
#include "IssueResult.h"
#include "credly/CredlyBadge.h"
#include "credly/CredlyError.h"
#include "credly/CredlyExchange.h"
#include "domain/CredlyEnvironment.h"
#include "storage/IssuanceRepository.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QTimer>

#include <deque>
#include <memory>
#include <optional>

class QLockFile;

namespace badgedesk {

Q_DECLARE_LOGGING_CATEGORY(lcIssuing)

class CredlyClient;
class CredlyReply;
struct BadgeIssueRequest;

// One issuing run of a batch in one environment: the journal-driven engine behind the Issue page
// and `badgedesk-cli issue` (credly-api.md "Implications"; issue 7 items 1, 3 and 4).
//
// - Plans a journal row per approved row (queued), then checks the templates at Credly.
// - Recovery first: rows a crash left 'sending' are looked up (issuer_earner_id + template) and
//   settled (found: issued; absent: queued) before anything is sent again.
// - Sends with `concurrency` requests in flight and an optional rate cap. 'sending' is committed
//   before each POST; the answer is committed before the row counts as done.
// - 201: issued. 422 duplicate: the existing badge is looked up and adopted (same earner, or one
//   with no earner id; another earner's badge on the same email fails the row). Other 4xx: the
//   row fails with Credly's message. 429: all sending waits (Retry-After, else the next minute).
//   5xx, network error, timeout: the outcome is unknown, so the row backs off and is looked up
//   before any re-send. 401/403: the run stops and says why. Templates that allow duplicates get
//   no protection from Credly, so their rows are looked up before the first POST too.
// - Pause, resume, cancel: requests in flight finish and are recorded.
//
// Lives on one thread with its connection and client (IssueJob runs it on a worker thread; the
// CLI on its main thread). Every HTTP request is recorded in issuance_attempts.
class Issuer : public QObject
{
    Q_OBJECT
public:
    Issuer(QSqlDatabase db, CredlyClient* client, CredlyEnvironment environment, qint64 batchId,
           IssueOptions options, QObject* parent = nullptr);
    ~Issuer() override;

    void start();
    // start() and wait in a local event loop: for the CLI and tests.
    IssueResult runNow();

    bool isRunning() const { return m_started && !m_finished; }
    const IssueProgress& progress() const { return m_progress; }
    const IssueResult& result() const { return m_result; }
    qint64 runId() const { return m_runId; }

    // The issued_at sent for a test date: noon in the zone, with its offset.
    static QDateTime issuedAtFor(const QString& testDate, const QString& timeZone);

public slots:
    void pause();
    void resume();
    void cancel();

signals:
    void progressChanged(const badgedesk::IssueProgress& progress);
    void rowSettled(qint64 journalId, const QString& state);
    void finished(const badgedesk::IssueResult& result);

private:
    enum class Action
    {
        Lookup,      // is there a badge for this earner and template?
        Send,        // POST
        AdoptLookup, // after a 422 duplicate: find the badge to adopt (earner id, then email)
    };
    struct Work
    {
        IssuanceRepository::Entry entry;
        Action action = Action::Send;
        bool recovery = false;     // left 'sending' by an earlier run
        bool sentBefore = false;   // a POST of this row may have reached Credly (lookup found = issued)
        int transientFailures = 0; // of this row's POSTs
        int lookupFailures = 0;
        int adoptStage = 0;    // AdoptLookup: 0 = by earner id, 1 = by email
        QString dbState;       // the row's state as written (or queued to be written)
        bool reserved = false; // marked 'sending' on disk ahead of its POST (group commit)
        CredlyError lastError;
    };
    struct Call
    {
        qint64 journalId = 0;
        QString purpose;
        QList<IssuanceRepository::Attempt> attempts;
    };

    void begin();
    void checkTemplates();
    void onTemplates();
    void pump();
    void dispatch(qint64 id);
    void onLookup(qint64 id, CredlyReply* reply);
    void onSend(qint64 id, CredlyReply* reply);
    void onAdoptLookup(qint64 id, CredlyReply* reply);
    void onExchanged(CredlyReply* reply, const CredlyExchange& exchange);

    // Writes go out in groups (flush): one sync to disk for many rows. Only 'sending' must be on
    // disk before a POST leaves, and flush() runs right before that; an answer lost to a crash
    // before its flush leaves the row 'sending', which the next run settles by look-up.
    void queueWrite(qint64 id, const IssuanceRepository::Settlement& settlement,
                    const QList<IssuanceRepository::Attempt>& attempts, bool final = false);
    bool flush(const QList<qint64>& reserve = {});
    void unreserve();
    void settled(qint64 id, const IssuanceRepository::Settlement& settlement,
                 QList<IssuanceRepository::Attempt> attempts);
    void requeue(qint64 id, Action action, bool front);
    void scheduleAfter(qint64 id, Action action, int delayMs);
    void transientFailure(qint64 id, const CredlyError& error, QList<IssuanceRepository::Attempt> attempts,
                          bool onLookup);
    void waitAll(const QDateTime& until, const QString& note);
    void stop(const QString& message, const CredlyError& error = {});
    void finish(IssueResult::End end, const QString& message = {});
    void journalFailed(const QString& what);
    void updateProgress();
    int backoffDelay(int failures) const;
    QList<IssuanceRepository::Attempt> takeAttempts(CredlyReply* reply);
    // How every answer for a row starts: one request fewer in flight, its attempts taken; the
    // row's work, or nullptr (and the run pumped on) when the row is no longer in the run.
    Work* answered(qint64 id, CredlyReply* reply, QList<IssuanceRepository::Attempt>* attempts);
    CredlyReply* track(CredlyReply* reply, qint64 journalId, const QString& purpose);
    std::optional<BadgeIssueRequest> requestFor(const Work& work, QString* problem) const;
    static std::optional<CredlyBadge> pick(const QList<CredlyBadge>& badges);

    QSqlDatabase m_db;
    CredlyClient* m_client;
    CredlyEnvironment m_environment;
    qint64 m_batchId;
    QString m_defaultLanguage; // of rows without one: the batch's notice language
    IssueOptions m_options;
    IssuanceRepository m_repo;

    bool m_started = false;
    bool m_finished = false;
    bool m_paused = false;
    bool m_canceling = false;
    bool m_stopping = false;
    QString m_stopMessage;
    CredlyError m_stopError;

    qint64 m_runId = 0;
    IssuanceRepository::Run m_run;
    std::unique_ptr<QLockFile> m_lock;
    QHash<qint64, Work> m_work;
    std::deque<qint64> m_recoveryQueue;
    std::deque<qint64> m_sendQueue;
    int m_recoveryOpen = 0; // recovery rows not yet settled (queued, waiting or in flight)
    int m_delayed = 0;      // rows waiting on a back-off timer
    int m_inFlight = 0;
    int m_consecutiveFailures = 0;
    QDateTime m_waitUntil;
    QString m_waitNote;
    QDateTime m_nextSlot; // rate cap
    QTimer m_wakeUp;
    QTimer m_flushTimer;
    struct PendingWrite
    {
        IssuanceRepository::Write write;
        bool final = false; // the row is done: counted and announced once on disk
    };
    QList<PendingWrite> m_pending;
    QHash<CredlyReply*, Call> m_calls;
    QPointer<CredlyReply> m_templatesReply;
    QHash<QString, bool> m_activeTemplates;      // id -> allows duplicates (active ones only)
    QHash<QString, QString> m_inactiveTemplates; // id -> state

    IssueProgress m_progress;
    IssueResult m_result;
    QElapsedTimer m_clock;
    std::deque<qint64> m_completions; // m_clock times of the rows settled in the last 30 s, for the ETA
    qint64 m_sendingSinceMs = -1;     // m_clock time the templates were checked
};

} // namespace badgedesk
