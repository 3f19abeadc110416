#pragma once

#include <QStringList>

namespace badgedesk {

class CliContext;

// badgedesk-cli issue BATCH [--dry-run] [--concurrency N] [--rate-per-minute N] [--yes]
//                           [--notice-override REASON] [--retry-failed] [--json]
int runIssueCommand(CliContext& context, const QStringList& arguments);

} // namespace badgedesk
