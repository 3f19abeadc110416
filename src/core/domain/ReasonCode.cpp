#include "ReasonCode.h"

#include <QCoreApplication>

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

QString reasonTitle(ReasonCode code)
{
    switch (code) {
    case ReasonCode::NoEmail:
        return QCoreApplication::translate("ReasonCode", "No email");
    case ReasonCode::BadEmail:
        return QCoreApplication::translate("ReasonCode", "Email to fix");
    case ReasonCode::MissingName:
        return QCoreApplication::translate("ReasonCode", "Name missing");
    case ReasonCode::BadDate:
        return QCoreApplication::translate("ReasonCode", "Date to check");
    case ReasonCode::NotOnList:
        return QCoreApplication::translate("ReasonCode", "Not on the approved list");
    case ReasonCode::Retired:
        return QCoreApplication::translate("ReasonCode", "Assessment retired");
    case ReasonCode::VendorBadged:
        return QCoreApplication::translate("ReasonCode", "Vendor badges it");
    case ReasonCode::NoTemplate:
        return QCoreApplication::translate("ReasonCode", "No badge template");
    case ReasonCode::NotPassed:
        return QCoreApplication::translate("ReasonCode", "Not passed");
    case ReasonCode::DuplicateInBatch:
        return QCoreApplication::translate("ReasonCode", "Duplicate in batch");
    case ReasonCode::AlreadyBadged:
        return QCoreApplication::translate("ReasonCode", "Already badged");
    case ReasonCode::Under13:
        return QCoreApplication::translate("ReasonCode", "Under 13");
    }
    return {};
}

QString reasonExplanation(ReasonCode code)
{
    switch (code) {
    case ReasonCode::NoEmail:
        return QCoreApplication::translate("ReasonCode",
                                           "There is no email address, so Credly cannot send the badge.");
    case ReasonCode::BadEmail:
        return QCoreApplication::translate(
            "ReasonCode", "The email address is not valid; it must be fixed before issuing.");
    case ReasonCode::MissingName:
        return QCoreApplication::translate("ReasonCode", "The first or last name is missing.");
    case ReasonCode::BadDate:
        return QCoreApplication::translate("ReasonCode",
                                           "The test date is missing, unreadable or needs checking.");
    case ReasonCode::NotOnList:
        return QCoreApplication::translate(
            "ReasonCode", "The assessment is not on the Approved Assessment list, or CareerTech does not "
                          "badge it.");
    case ReasonCode::Retired:
        return QCoreApplication::translate(
            "ReasonCode", "The assessment was retired from the approved list before the test.");
    case ReasonCode::VendorBadged:
        return QCoreApplication::translate(
            "ReasonCode", "The testing vendor issues its own digital badge for this assessment.");
    case ReasonCode::NoTemplate:
        return QCoreApplication::translate(
            "ReasonCode", "The assessment has no usable Credly badge template in the catalog.");
    case ReasonCode::NotPassed:
        return QCoreApplication::translate("ReasonCode", "The result is not a pass.");
    case ReasonCode::DuplicateInBatch:
        return QCoreApplication::translate(
            "ReasonCode", "The same student and assessment appear more than once in the batch; one row is "
                          "kept.");
    case ReasonCode::AlreadyBadged:
        return QCoreApplication::translate("ReasonCode",
                                           "The student already has this badge from an earlier batch.");
    case ReasonCode::Under13:
        return QCoreApplication::translate(
            "ReasonCode", "The student was under 13 on the test date; Credly needs a parent's consent.");
    }
    return {};
}

} // namespace badgedesk
