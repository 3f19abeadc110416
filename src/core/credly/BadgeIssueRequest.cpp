#include "BadgeIssueRequest.h"

namespace badgedesk {

QString BadgeIssueRequest::formatTime(const QDateTime& when)
{
    const int offset = when.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) +
           (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
           QStringLiteral("%1%2")
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QJsonObject BadgeIssueRequest::toJson() const
{
    QJsonObject o{
        {QStringLiteral("recipient_email"), recipientEmail},
        {QStringLiteral("issued_to_first_name"), firstName},
        {QStringLiteral("issued_to_last_name"), lastName},
        {QStringLiteral("badge_template_id"), templateId},
        {QStringLiteral("issued_at"), formatTime(issuedAt)},
        {QStringLiteral("suppress_badge_notification_email"), suppressNotificationEmail},
    };
    const auto optional = [&o](const char* key, const QString& value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    optional("issued_to_middle_name", middleName);
    optional("issued_to", issuedTo);
    optional("issuer_earner_id", issuerEarnerId);
    optional("locale", locale);
    optional("country_name", countryName);
    optional("state_or_province", stateOrProvince);
    optional("duplicate_behavior", duplicateBehavior);
    // Explicit about expiry: null = the template's default, false = never.
    switch (expiry) {
    case Expiry::TemplateDefault:
        o.insert(QStringLiteral("expires_at"), QJsonValue::Null);
        break;
    case Expiry::Never:
        o.insert(QStringLiteral("expires_at"), false);
        break;
    case Expiry::At:
        o.insert(QStringLiteral("expires_at"), formatTime(expiresAt));
        break;
    }
    if (!evidence.isEmpty())
        o.insert(QStringLiteral("evidence"), evidence);
    return o;
}

} // namespace badgedesk
