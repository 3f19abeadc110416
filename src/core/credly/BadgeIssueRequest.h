#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace badgedesk {

// Every field of POST /v1/organizations/{org}/badges (credly-api.md §2).
struct BadgeIssueRequest
{
    enum class Expiry
    {
        TemplateDefault, // expires_at: null
        Never,           // expires_at: false
        At               // expires_at: expiresAt
    };

    // required
    QString recipientEmail;
    QString firstName;
    QString lastName;
    QString templateId;
    QDateTime issuedAt; // sent as "yyyy-MM-dd HH:mm:ss +hhmm" with its own offset
    // optional
    QString middleName;
    QString issuedTo;       // full display name
    QString issuerEarnerId; // a keyed hash, never the student id
    QString locale;         // en, fr, de, ko, ja, zh-CN, pt, es-ES, es-US, fr-CA, pt-BR
    bool suppressNotificationEmail = false;
    Expiry expiry = Expiry::TemplateDefault;
    QDateTime expiresAt;
    QString countryName;
    QString stateOrProvince;
    QJsonArray evidence;       // {"type":"UrlEvidence"|"IdEvidence", ...}
    QString duplicateBehavior; // replace, allow, deny; empty = Credly's default

    QJsonObject toJson() const;
    // "2014-04-01 09:41:00 -0500": the documented format, always with an explicit offset.
    static QString formatTime(const QDateTime& when);
};

} // namespace badgedesk
