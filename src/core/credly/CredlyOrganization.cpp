#include "CredlyOrganization.h"

namespace badgedesk {

CredlyOrganization CredlyOrganization::fromJson(const QJsonObject& json)
{
    CredlyOrganization o;
    o.id = json.value(QStringLiteral("id")).toString();
    o.name = json.value(QStringLiteral("name")).toString();
    o.url = json.value(QStringLiteral("url")).toString();
    o.json = json;
    return o;
}

} // namespace badgedesk
