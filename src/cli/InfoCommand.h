#pragma once

#include <QStringList>

namespace badgedesk {

class CliContext;

// `badgedesk-cli info`: schema version, database path, environment and row counts.
int runInfoCommand(CliContext& context, const QStringList& arguments);

} // namespace badgedesk
