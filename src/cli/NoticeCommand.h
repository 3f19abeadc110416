#pragma once

#include <QStringList>

namespace badgedesk {

class CliContext;

// badgedesk-cli notice BATCH --out DIR [--mark-sent | --clear-sent REASON] [--json]
int runNoticeCommand(CliContext& context, const QStringList& arguments);

} // namespace badgedesk
