#pragma once

#include <QStringList>

namespace badgedesk {

class CliContext;

// badgedesk-cli import FILE [--sheet NAME] [--profile NAME] [--month YYYY-MM] [--json]
int runImportCommand(CliContext& context, const QStringList& arguments);

} // namespace badgedesk
