#include "AppIdentity.h"
#include "Cli.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    badgedesk::applyAppIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return badgedesk::Cli(out, err).run(app.arguments());
}
