#include "CredlyTemplate.h"

namespace badgedesk {

CredlyTemplate CredlyTemplate::fromJson(const QJsonObject& json)
{
    CredlyTemplate t;
    t.id = json.value(QStringLiteral("id")).toString();
    t.name = json.value(QStringLiteral("name")).toString();
    t.description = json.value(QStringLiteral("description")).toString();
    t.state = json.value(QStringLiteral("state")).toString();
    t.allowDuplicateBadges = json.value(QStringLiteral("allow_duplicate_badges")).toBool();
    t.imageUrl = json.value(QStringLiteral("image_url")).toString();
    t.url = json.value(QStringLiteral("url")).toString();
    t.updatedAt =
        QDateTime::fromString(json.value(QStringLiteral("updated_at")).toString(), Qt::ISODateWithMs);
    t.json = json;
    return t;
}

} // namespace badgedesk
