#pragma once

#include <QStringList>

namespace badgedesk {

class CliContext;

// badgedesk-cli catalog import FILE [--apply] [--retire-on DATE] | export FILE | list
int runCatalogCommand(CliContext& context, const QStringList& arguments);

} // namespace badgedesk
