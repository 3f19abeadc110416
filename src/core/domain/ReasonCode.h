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

} // namespace badgedesk
