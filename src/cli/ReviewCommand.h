#pragma once

#include <QStringList>

namespace badgedesk {

class CliContext;

// The review step from the command line (issue 5 item 4):
//   review BATCH [--rows [--status S] [--reason R]] [--json]
//   approve BATCH (--all-eligible | --rows IDS [--override REASON])
//   reject BATCH --rows IDS --reason TEXT
//   set-email ROW EMAIL [--force]
//   signoff BATCH
// BATCH is a batch number or a month (YYYY-MM, its newest batch). Every change is audited.
int runReviewCommand(CliContext& context, const QStringList& arguments);
int runApproveCommand(CliContext& context, const QStringList& arguments);
int runRejectCommand(CliContext& context, const QStringList& arguments);
int runSetEmailCommand(CliContext& context, const QStringList& arguments);
int runSignOffCommand(CliContext& context, const QStringList& arguments);

} // namespace badgedesk
