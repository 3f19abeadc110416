#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace badgedesk {

// A Credly badge template (credly-api.md §4): what the catalog picker and the sync cache need,
// plus the whole JSON object.
struct CredlyTemplate
{
    QString id;
    QString name;
    QString description;
    QString state; // active, archived, draft
    bool allowDuplicateBadges = false;
    QString imageUrl;
    QString url;
    QDateTime updatedAt;
    QJsonObject json;

    bool isActive() const { return state == QLatin1String("active"); }
    static CredlyTemplate fromJson(const QJsonObject& json);
};

} // namespace badgedesk
