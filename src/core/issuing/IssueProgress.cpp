#include "IssueProgress.h"

#include <QCoreApplication>

namespace badgedesk {

QString IssueProgress::phaseKey(Phase phase)
{
    switch (phase) {
    case Phase::Starting:
        return QStringLiteral("starting");
    case Phase::Recovering:
        return QStringLiteral("recovering");
    case Phase::Sending:
        return QStringLiteral("sending");
    case Phase::Waiting:
        return QStringLiteral("waiting");
    case Phase::Pausing:
        return QStringLiteral("pausing");
    case Phase::Paused:
        return QStringLiteral("paused");
    case Phase::Stopping:
        return QStringLiteral("stopping");
    case Phase::Finished:
        return QStringLiteral("finished");
    }
    return {};
}

namespace {

QString duration(int seconds)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("IssueProgress", text); };
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

} // namespace

QString IssueProgress::summary() const
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("IssueProgress", text); };
    QStringList parts{tr("%1 of %2 done").arg(done()).arg(total)};
    parts << tr("%1 issued").arg(issued);
    if (adopted > 0)
        parts << tr("%1 already at Credly").arg(adopted);
    if (failed > 0)
        parts << tr("%1 failed").arg(failed);
    if (skipped > 0)
        parts << tr("%1 done before").arg(skipped);
    if (etaSeconds >= 0 && remaining > 0)
        parts << tr("about %1 left").arg(duration(etaSeconds));
    return parts.join(QStringLiteral(" · "));
}

} // namespace badgedesk
