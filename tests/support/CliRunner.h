#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace badgedesk::test {

// One badgedesk-cli command run in this process through the same Cli class main() uses.
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const;
};

// arguments without the program name: runCli({"--db", path, "info"}).
CliRun runCli(const QStringList& arguments);

} // namespace badgedesk::test
