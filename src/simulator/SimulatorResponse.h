#pragma once

#include <QJsonObject>

namespace badgedesk {

// What one simulated endpoint answers, before the fault layer decides how (or whether) to send it.
struct SimulatorResponse
{
    int status = 200;
    QJsonObject body;
    int retryAfterSeconds = -1; // Retry-After header when >= 0
    bool createdBadge = false;  // a badge now exists: the drop-after-create fault may cut here
};

} // namespace badgedesk
