#pragma once

#include "credly/CredlyError.h"

#include <QMetaType>
#include <QString>

namespace badgedesk {

// How a run ended.
struct IssueResult
{
    enum class End
    {
        Finished,   // every row was tried: issued, adopted or failed
        Canceled,   // by the user; the rest stays queued for another run
        Stopped,    // by Credly (token, permission, unreachable) or the journal; message says why
        NotStarted, // refused before sending anything; message says why
    };

    End end = End::NotStarted;
    QString message;   // for the user: what happened and what to do
    CredlyError error; // the Credly error that stopped the run, if any
    qint64 runId = 0;
    int issued = 0;
    int adopted = 0;
    int failed = 0;
    int skipped = 0;   // settled before this run, or failed before and not retried
    int remaining = 0; // queued or sending when the run ended
    int total = 0;     // approved rows of the batch

    bool isComplete() const { return end == End::Finished && failed == 0 && remaining == 0; }
    static QString endKey(End end); // finished, canceled, stopped, not_started
};

} // namespace badgedesk

Q_DECLARE_METATYPE(badgedesk::IssueResult)
