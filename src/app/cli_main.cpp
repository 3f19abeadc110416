#include "AppIdentity.h"
#include "Cli.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    badgedesk::applyAppIdentity();
    // Output is for people and scripts: keep progress chatter out unless QT_LOGGING_RULES asks.
    QLoggingCategory::setFilterRules(QStringLiteral("badgedesk.*.debug=false\nbadgedesk.*.info=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return badgedesk::Cli(out, err).run(app.arguments());
}
