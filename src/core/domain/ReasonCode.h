#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace badgedesk {

// Why a row is not eligible. One vocabulary for the database (CHECK constraint in
// 0001_initial.sql), the CLI's JSON and every report; keep the three in step.
enum class ReasonCode
{
    NoEmail,
    BadEmail,
    MissingName,
    BadDate,
    NotOnList,
    Retired,
    VendorBadged,
    NoTemplate,
    NotPassed,
    DuplicateInBatch,
    AlreadyBadged,
    Under13,
};

QString reasonKey(ReasonCode code);
std::optional<ReasonCode> reasonFromKey(const QString& key);
QStringList allReasonKeys();

// The reason in a few words, as the review page names it ("Not on the approved list").
QString reasonTitle(ReasonCode code);
// The reason as a sentence for people who did not review the batch (the reports' Exceptions
// sheet): what is wrong and, where there is one, what would fix it.
QString reasonExplanation(ReasonCode code);

} // namespace badgedesk
