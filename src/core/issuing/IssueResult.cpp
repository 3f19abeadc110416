#include "IssueResult.h"

namespace badgedesk {

QString IssueResult::endKey(End end)
{
    switch (end) {
    case End::Finished:
        return QStringLiteral("finished");
    case End::Canceled:
        return QStringLiteral("canceled");
    case End::Stopped:
        return QStringLiteral("stopped");
    case End::NotStarted:
        return QStringLiteral("not_started");
    }
    return {};
}

} // namespace badgedesk
