#pragma once

#include <QStringList>

namespace badgedesk {

class CliContext;

// `badgedesk-cli sample --month YYYY-MM [--rows N] [--seed S] --out DIR [--title-rows]`:
// writes a synthetic CTIMS export and approved-assessment list (CSV and XLSX) into DIR.
int runSampleCommand(CliContext& context, const QStringList& arguments);

} // namespace badgedesk
