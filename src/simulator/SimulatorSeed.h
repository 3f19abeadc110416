#pragma once

#include "SeedTemplate.h"

#include <QJsonObject>
#include <QList>

namespace badgedesk {

// The deterministic starting catalogue of the simulator: the badge templates the sample
// approved list names (SampleDataGenerator::badgeTemplates, about 150 over three pages and a bit),
// with the same ids, a few archived and a few that allow duplicate badges.
class SimulatorSeed
{
public:
    static constexpr quint32 DefaultSampleSeed = 1;

    static QList<SeedTemplate> templates(quint32 sampleSeed = DefaultSampleSeed);

    static QJsonObject templateJson(const SeedTemplate& seed, int index, const QString& organizationId,
                                    const QString& organizationName);
};

} // namespace badgedesk
