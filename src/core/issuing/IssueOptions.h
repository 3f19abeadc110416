#pragma once

#include <QSqlDatabase>
#include <QString>

namespace badgedesk {

// How an issuing run behaves. The defaults are the app's; tests and the benchmark shorten the
// waits.
struct IssueOptions
{
    int concurrency = 4;   // requests in flight at once (1..16)
    int ratePerMinute = 0; // cap on requests started per minute; 0 = no cap
    // Transient failures (5xx, network, timeout) of one row before it is given up as failed
    // (retryable). Each is followed by a back-off and a look-up before any re-send.
    int maxTransientPerRow = 5;
    int backoffBaseMs = 1000; // doubled per failure of the row, with jitter
    int backoffMaxMs = 60000;
    // Failures in a row across all rows after which sending pauses for the back-off too
    // (Credly is struggling, not one row), and after which the run stops (Credly unreachable).
    int pauseAfterConsecutiveFailures = 3;
    int stopAfterConsecutiveFailures = 12;
    // A row left 'sending' by a crash is looked up no sooner than this after its POST left, so a
    // request Credly was still working on when we died has landed before we look.
    int recoveryGraceMs = 5000;
    // issued_at is the test date at noon in this zone (the agency's), with its offset.
    QString timeZone = QStringLiteral("America/Chicago");
    bool retryFailed = false; // failed rows go back to the queue first
    // Recorded on the run.
    QString actor;
    QString backupPath;
    QString noticeOverride;

    // The database's settings (issuing.concurrency, issuing.rate_per_minute, issuing.backoff_base_ms,
    // issuing.recovery_grace_ms, issuing.timezone) over the defaults above.
    static IssueOptions load(QSqlDatabase db);
    static bool save(QSqlDatabase db, const IssueOptions& options); // concurrency and rate only
};

} // namespace badgedesk
