#include "CredlyEvent.h"

namespace badgedesk {

CredlyEvent CredlyEvent::fromJson(const QJsonObject& json)
{
    CredlyEvent e;
    e.id = json.value(QStringLiteral("id")).toString();
    e.eventType = json.value(QStringLiteral("event_type")).toString();
    e.organizationId = json.value(QStringLiteral("organization_id")).toString();
    e.occurredAt =
        QDateTime::fromString(json.value(QStringLiteral("occurred_at")).toString(), Qt::ISODateWithMs);
    e.badge = CredlyBadge::fromJson(json.value(QStringLiteral("badge")).toObject());
    return e;
}

} // namespace badgedesk
