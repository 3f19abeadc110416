#pragma once

#include <QString>
#include <optional>

namespace badgedesk {

// Where badges go. Practice is the built-in simulator on loopback and works on its own
// database file, so sample data never meets real data.
enum class CredlyEnvironment
{
    Practice,
    Sandbox,
    Production
};

// Stable key used in the database, the CLI's JSON and settings: "practice", "sandbox", "production".
QString environmentKey(CredlyEnvironment environment);
std::optional<CredlyEnvironment> environmentFromKey(const QString& key);

// What the user reads: "PRACTICE", "SANDBOX", "PRODUCTION".
QString environmentLabel(CredlyEnvironment environment);

} // namespace badgedesk
