#pragma once

#include "domain/CredlyEnvironment.h"

#include <QString>

namespace badgedesk {

// Which environment BadgeDesk opens at start, remembered in QSettings ("credly/environment").
// The environment decides the database file: Practice has its own, Sandbox and Production share
// the real one (Database::defaultPath). A fresh install starts in Practice. The GUI and the CLI
// read the same preference, so both open the same file unless --db says otherwise.
class EnvironmentPreference
{
public:
    static CredlyEnvironment load();
    static void save(CredlyEnvironment environment);
    // Database::defaultPath(load()).
    static QString databasePath();
    // Whether switching between the two environments means another database file.
    static bool needsOtherDatabase(CredlyEnvironment from, CredlyEnvironment to);
};

} // namespace badgedesk
