#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace badgedesk {

// POST .../badges/{id}/replace (credly-api.md §5): template and issued_at required; the rest
// only when set. The email can change only while the badge is pending.
struct BadgeReplaceRequest
{
    QString templateId;
    QDateTime issuedAt;
    QString recipientEmail;
    QString firstName;
    QString middleName;
    QString lastName;
    QString issuedTo;
    QString issuerEarnerId;
    QDateTime expiresAt;
    QString countryName;
    QString stateOrProvince;
    QJsonArray evidence;
    QString notificationMessage;

    QJsonObject toJson() const;
};

} // namespace badgedesk
