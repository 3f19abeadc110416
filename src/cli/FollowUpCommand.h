#pragma once

#include <QStringList>

namespace badgedesk {

class CliContext;

// badgedesk-cli sync [--batch ID] [--json]: badge states from Credly into the journal.
int runSyncCommand(CliContext& context, const QStringList& arguments);
// badgedesk-cli revoke BADGE --reason TEXT [--json]
int runRevokeCommand(CliContext& context, const QStringList& arguments);
// badgedesk-cli log --batch ID [--exceptions] [--attempts] [--json]: the journal, offline.
int runLogCommand(CliContext& context, const QStringList& arguments);

} // namespace badgedesk
