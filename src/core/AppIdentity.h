#pragma once

#include <QString>

namespace badgedesk {

// Sets the application, organisation and version names that QStandardPaths and QSettings
// derive their folders from. Both executables call it first, so they share one data folder.
void applyAppIdentity();

QString versionString();

} // namespace badgedesk
