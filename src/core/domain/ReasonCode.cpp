#include "ReasonCode.h"

#include <array>
#include <utility>

namespace badgedesk {
namespace {

constexpr std::array<std::pair<ReasonCode, const char*>, 12> kReasons{{
    {ReasonCode::NoEmail, "no_email"},
    {ReasonCode::BadEmail, "bad_email"},
    {ReasonCode::MissingName, "missing_name"},
    {ReasonCode::BadDate, "bad_date"},
    {ReasonCode::NotOnList, "not_on_list"},
    {ReasonCode::Retired, "retired"},
    {ReasonCode::VendorBadged, "vendor_badged"},
    {ReasonCode::NoTemplate, "no_template"},
    {ReasonCode::NotPassed, "not_passed"},
    {ReasonCode::DuplicateInBatch, "duplicate_in_batch"},
    {ReasonCode::AlreadyBadged, "already_badged"},
    {ReasonCode::Under13, "under_13"},
}};

} // namespace

QString reasonKey(ReasonCode code)
{
    for (const auto& [c, key] : kReasons) {
        if (c == code)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<ReasonCode> reasonFromKey(const QString& key)
{
    for (const auto& [c, k] : kReasons) {
        if (key == QLatin1String(k))
            return c;
    }
    return std::nullopt;
}

QStringList allReasonKeys()
{
    QStringList keys;
    for (const auto& entry : kReasons)
        keys << QString::fromLatin1(entry.second);
    return keys;
}

} // namespace badgedesk
