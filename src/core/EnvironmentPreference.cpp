#include "EnvironmentPreference.h"

#include "storage/Database.h"

#include <QSettings>

namespace badgedesk {

namespace {
const auto kKey = QStringLiteral("credly/environment");
} // namespace

CredlyEnvironment EnvironmentPreference::load()
{
    return environmentFromKey(QSettings().value(kKey).toString()).value_or(CredlyEnvironment::Practice);
}

void EnvironmentPreference::save(CredlyEnvironment environment)
{
    QSettings settings;
    settings.setValue(kKey, environmentKey(environment));
    settings.sync();
}

QString EnvironmentPreference::databasePath()
{
    return Database::defaultPath(load());
}

bool EnvironmentPreference::needsOtherDatabase(CredlyEnvironment from, CredlyEnvironment to)
{
    return Database::defaultPath(from) != Database::defaultPath(to);
}

} // namespace badgedesk
