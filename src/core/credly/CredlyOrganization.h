#pragma once

#include <QJsonObject>
#include <QString>

namespace badgedesk {

// An organization the token can see (GET /v1/organizations).
struct CredlyOrganization
{
    QString id;
    QString name;
    QString url;
    QJsonObject json;

    static CredlyOrganization fromJson(const QJsonObject& json);
};

} // namespace badgedesk
