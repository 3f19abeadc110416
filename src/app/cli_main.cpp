#include "AppIdentity.h"
#include "Cli.h"
#include "diagnostics/DiagnosticsLog.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTextStream>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    badgedesk::applyAppIdentity();
    badgedesk::DiagnosticsLog::install(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs"), true);
    // Output is for people and scripts: keep progress chatter out unless QT_LOGGING_RULES asks.
    QLoggingCategory::setFilterRules(QStringLiteral("badgedesk.*.debug=false\nbadgedesk.*.info=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return badgedesk::Cli(out, err).run(app.arguments());
}
