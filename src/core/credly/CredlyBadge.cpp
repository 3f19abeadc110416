#include "CredlyBadge.h"

namespace badgedesk {

namespace {

QDateTime timeOf(const QJsonObject& o, const QString& key)
{
    const QString text = o.value(key).toString();
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t : QDateTime::fromString(text, Qt::ISODate);
}

} // namespace

CredlyBadge CredlyBadge::fromJson(const QJsonObject& json)
{
    CredlyBadge b;
    const auto text = [&json](const char* key) { return json.value(QLatin1String(key)).toString(); };
    b.id = text("id");
    b.state = text("state");
    b.recipientEmail = text("recipient_email");
    b.issuedTo = text("issued_to");
    b.firstName = text("issued_to_first_name");
    b.middleName = text("issued_to_middle_name");
    b.lastName = text("issued_to_last_name");
    b.issuerEarnerId = text("issuer_earner_id");
    b.issuedAt = timeOf(json, QStringLiteral("issued_at"));
    b.issuedAtDate = text("issued_at_date");
    b.expiresAt = timeOf(json, QStringLiteral("expires_at"));
    const QJsonObject tpl = json.value(QStringLiteral("badge_template")).toObject();
    b.templateId = tpl.value(QStringLiteral("id")).toString();
    b.templateName = tpl.value(QStringLiteral("name")).toString();
    b.acceptBadgeUrl = text("accept_badge_url");
    b.badgeUrl = text("badge_url");
    b.replacesBadgeId = text("replaces_badge_id");
    b.replacementBadgeId = text("replacement_badge_id");
    b.revocationReason = text("revocation_reason");
    b.createdAt = timeOf(json, QStringLiteral("created_at"));
    b.updatedAt = timeOf(json, QStringLiteral("updated_at"));
    b.stateUpdatedAt = timeOf(json, QStringLiteral("state_updated_at"));
    b.json = json;
    return b;
}

} // namespace badgedesk
