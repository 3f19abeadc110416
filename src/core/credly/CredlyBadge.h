#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace badgedesk {

// An issued badge as Credly returns it (credly-api.md §2 and §5).
struct CredlyBadge
{
    QString id;
    QString state; // pending, accepted, rejected, revoked
    QString recipientEmail;
    QString issuedTo;
    QString firstName;
    QString middleName;
    QString lastName;
    QString issuerEarnerId;
    QDateTime issuedAt;
    QString issuedAtDate;
    QDateTime expiresAt;
    QString templateId;
    QString templateName;
    QString acceptBadgeUrl;
    QString badgeUrl;
    QString replacesBadgeId;
    QString replacementBadgeId;
    QString revocationReason;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime stateUpdatedAt;
    QJsonObject json;

    static CredlyBadge fromJson(const QJsonObject& json);
};

} // namespace badgedesk
