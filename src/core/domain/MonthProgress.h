#pragma once

#include <QList>
#include <QString>

namespace badgedesk {

// Where a batch stands on the month's path (UI.md): Imported > Reviewed > Signed off > Notified >
// Issued > Done. Each step is done, current or blocked (with why), or not started.
class MonthProgress
{
public:
    enum class Step
    {
        Imported,
        Reviewed,
        SignedOff,
        Notified,
        Issued,
        Done,
    };
    enum class State
    {
        NotStarted,
        Current,
        Done,
        Blocked,
    };
    struct StepState
    {
        Step step = Step::Imported;
        State state = State::NotStarted;
        QString why; // for the tooltip: what is left, or why it is blocked
    };

    // What is known of the batch; the rest of the path follows from it.
    struct Facts
    {
        bool exists = false;
        int rows = 0;
        int undecided = 0; // new, eligible, needs_attention
        int approved = 0;  // approved and beyond (queued, sending, issued, failed)
        int issued = 0;
        int failed = 0;
        bool signedOff = false;
        bool signOffVoid = false;
        bool noticeSent = false;
        int noticeDaysLeft = 0; // the notice wait, when the notice went out
    };

    static QList<StepState> compute(const Facts& facts);
    static QString stepKey(Step step); // "imported", "reviewed", "signedOff", ...
};

} // namespace badgedesk
