#pragma once

#include <QStringList>

namespace badgedesk {

class CliContext;

// badgedesk-cli credly test | templates [--json] | token set|delete --env ENV [--org ID]
int runCredlyCommand(CliContext& context, const QStringList& arguments);

} // namespace badgedesk
