#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace badgedesk {

// Where a run stands, for the progress bar, the status bar and the CLI.
struct IssueProgress
{
    enum class Phase
    {
        Starting,   // planning the journal, checking the templates
        Recovering, // looking up rows a crash left 'sending'
        Sending,
        Waiting, // paused by Credly (429) or backing off after failures; resumesAt says until when
        Pausing, // pause asked; requests in flight finish first
        Paused,
        Stopping, // cancel or a stop; requests in flight finish and are recorded
        Finished,
    };

    Phase phase = Phase::Starting;
    int total = 0;         // approved rows of the batch
    int settledBefore = 0; // issued or adopted before this run
    int skipped = 0;       // not sent by this run: settled before, or failed before and not retried
    int issued = 0;        // by this run
    int adopted = 0;       // by this run
    int failed = 0;        // by this run
    int remaining = 0;     // still to settle in this run (queued, sending, in flight)
    int inFlight = 0;
    int throttled = 0;   // 429 answers so far
    int transient = 0;   // 5xx, network errors and timeouts so far
    QDateTime resumesAt; // when Waiting
    QString note;        // what the wait is about, for the user
    int etaSeconds = -1; // -1: not known yet

    int done() const { return skipped + issued + adopted + failed; }
    static QString phaseKey(Phase phase);
    // "312 of 500 done · 300 issued · 10 adopted · 2 failed · about 1 min 20 s left"
    QString summary() const;
};

} // namespace badgedesk

Q_DECLARE_METATYPE(badgedesk::IssueProgress)
