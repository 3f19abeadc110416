#pragma once

#include <QStringList>
#include <QTextStream>

namespace badgedesk {

// badgedesk-cli: global options (--db, --json, --version, --help), then one command with its
// own arguments. Returns an ExitCode. main() only builds the streams and calls run().
class Cli
{
public:
    Cli(QTextStream& out, QTextStream& err);
    int run(const QStringList& arguments);

private:
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace badgedesk
