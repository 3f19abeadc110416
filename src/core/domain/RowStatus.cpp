#include "RowStatus.h"

#include <array>
#include <utility>

namespace badgedesk {
namespace {

constexpr std::array<std::pair<RowStatus, const char*>, 10> kStatuses{{
    {RowStatus::New, "new"},
    {RowStatus::Eligible, "eligible"},
    {RowStatus::NeedsAttention, "needs_attention"},
    {RowStatus::Excluded, "excluded"},
    {RowStatus::Approved, "approved"},
    {RowStatus::Rejected, "rejected"},
    {RowStatus::Queued, "queued"},
    {RowStatus::Sending, "sending"},
    {RowStatus::Issued, "issued"},
    {RowStatus::Failed, "failed"},
}};

} // namespace

QString statusKey(RowStatus status)
{
    for (const auto& [s, key] : kStatuses) {
        if (s == status)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<RowStatus> statusFromKey(const QString& key)
{
    for (const auto& [s, k] : kStatuses) {
        if (key == QLatin1String(k))
            return s;
    }
    return std::nullopt;
}

QStringList allStatusKeys()
{
    QStringList keys;
    for (const auto& entry : kStatuses)
        keys << QString::fromLatin1(entry.second);
    return keys;
}

} // namespace badgedesk
