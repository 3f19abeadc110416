#include "BadgeReplaceRequest.h"

#include "BadgeIssueRequest.h"

namespace badgedesk {

QJsonObject BadgeReplaceRequest::toJson() const
{
    QJsonObject o{
        {QStringLiteral("badge_template_id"), templateId},
        {QStringLiteral("issued_at"), BadgeIssueRequest::formatTime(issuedAt)},
    };
    const auto optional = [&o](const char* key, const QString& value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    optional("recipient_email", recipientEmail);
    optional("issued_to_first_name", firstName);
    optional("issued_to_middle_name", middleName);
    optional("issued_to_last_name", lastName);
    optional("issued_to", issuedTo);
    optional("issuer_earner_id", issuerEarnerId);
    optional("country_name", countryName);
    optional("state_or_province", stateOrProvince);
    optional("notification_message", notificationMessage);
    if (expiresAt.isValid())
        o.insert(QStringLiteral("expires_at"), BadgeIssueRequest::formatTime(expiresAt));
    if (!evidence.isEmpty())
        o.insert(QStringLiteral("evidence"), evidence);
    return o;
}

} // namespace badgedesk
