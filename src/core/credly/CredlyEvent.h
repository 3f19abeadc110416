#pragma once

#include "CredlyBadge.h"

namespace badgedesk {

// An entry of the organization's events feed: badge.created, badge.state.changed... (§6).
struct CredlyEvent
{
    QString id;
    QString eventType;
    QString organizationId;
    QDateTime occurredAt;
    CredlyBadge badge;

    static CredlyEvent fromJson(const QJsonObject& json);
};

} // namespace badgedesk
