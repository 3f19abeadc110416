#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace badgedesk {

// The one status a certification row has at a time (BRIEF "Reason codes"). The badge states
// Credly reports (pending/accepted/rejected/revoked) are kept in the issuance journal, not here.
enum class RowStatus
{
    New, // imported, not yet classified
    Eligible,
    NeedsAttention, // the specialist can fix it: email, name, date, minor, template
    Excluded,       // by rule; can be overridden with a reason
    Approved,
    Rejected,
    Queued,
    Sending,
    Issued,
    Failed,
};

QString statusKey(RowStatus status);
std::optional<RowStatus> statusFromKey(const QString& key);
QStringList allStatusKeys();

} // namespace badgedesk
