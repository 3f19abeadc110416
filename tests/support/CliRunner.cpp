#include "CliRunner.h"

#include "Cli.h"

#include <QJsonDocument>
#include <QTextStream>

namespace badgedesk::test {

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

CliRun runCli(const QStringList& arguments)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    QStringList argv{QStringLiteral("badgedesk-cli")};
    argv += arguments;
    run.code = Cli(out, err).run(argv);
    out.flush();
    err.flush();
    return run;
}

} // namespace badgedesk::test
