#pragma once

#include <QStringList>

namespace badgedesk {

class CliContext;

// badgedesk-cli report (--batch ID | --month YYYY-MM | --from DATE --to DATE) --out FILE.xlsx|FILE.csv
int runReportCommand(CliContext& context, const QStringList& arguments);
// badgedesk-cli credly-csv BATCH --out DIR
int runCredlyCsvCommand(CliContext& context, const QStringList& arguments);

} // namespace badgedesk
