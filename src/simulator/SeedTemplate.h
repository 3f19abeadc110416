#pragma once

#include <QString>

namespace badgedesk {

// One badge template the simulator starts with. The id is the one the sample approved list gives
// the assessment (SampleDataGenerator::templateIdFor), so a sample catalog names the same template.
struct SeedTemplate
{
    QString code;  // assessment code as the approved list writes it
    QString title; // assessment title
    QString name;  // the Credly template name, e.g. "CareerTech Testing Center - <title>"
    QString id;    // UUID without braces
    bool archived = false;
    bool allowDuplicates = false;
};

} // namespace badgedesk
