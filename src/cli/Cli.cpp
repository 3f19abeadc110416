#include "Cli.h"

#include "AppIdentity.h"
#include "CatalogCommand.h"
#include "CliContext.h"
#include "CredlyCommand.h"
#include "EnvironmentPreference.h"
#include "ExitCode.h"
#include "FollowUpCommand.h"
#include "ImportCommand.h"
#include "InfoCommand.h"
#include "IssueCommand.h"
#include "NoticeCommand.h"
#include "ReportCommand.h"
#include "ReviewCommand.h"
#include "SampleCommand.h"

#include <QCommandLineParser>
#include <functional>

namespace badgedesk {
namespace {

struct Command
{
    const char* name;
    const char* summary;
    std::function<int(CliContext&, const QStringList&)> run;
};

const QList<Command>& commands()
{
    static const QList<Command> list{
        {"info", "Show the database's schema version, path, environment and row counts.", runInfoCommand},
        {"import", "Import a CTIMS export (CSV or XLSX) into a new batch; never duplicates a row.",
         runImportCommand},
        {"sample", "Write synthetic CTIMS and approved-list files (CSV, XLSX) into a directory.",
         runSampleCommand},
        {"catalog", "Approved assessments: import FILE [--apply] [--retire-on DATE] | export FILE | list.",
         runCatalogCommand},
        {"credly",
         "Credly: test (connect), templates [--json] (refresh and list), token set|delete --env ENV.",
         runCredlyCommand},
        {"review", "Classify a batch again and count its rows by status and reason; --rows lists them.",
         runReviewCommand},
        {"approve", "Approve a batch's rows: --all-eligible, or --rows IDS [--override REASON].",
         runApproveCommand},
        {"reject", "Reject rows of a batch: --rows IDS --reason TEXT.", runRejectCommand},
        {"set-email", "Fix a row's email (ROW EMAIL); the imported address is kept.", runSetEmailCommand},
        {"signoff", "Sign off a batch: freezes its approved rows for issuing.", runSignOffCommand},
        {"notice",
         "Write a signed-off batch's notice list (XLSX, CSV) and messages: BATCH --out DIR [--mark-sent] "
         "[--clear-sent REASON].",
         runNoticeCommand},
        {"issue",
         "Issue a signed-off batch's badges (crash-safe journal): BATCH [--dry-run] [--concurrency N] "
         "[--yes] "
         "[--notice-override REASON] [--retry-failed].",
         runIssueCommand},
        {"sync",
         "Read issued badges' states (pending, accepted, rejected, revoked) from Credly: [--batch ID].",
         runSyncCommand},
        {"revoke", "Revoke an issued badge at Credly: BADGE --reason TEXT.", runRevokeCommand},
        {"log", "Show a batch's issuing journal and runs: --batch ID [--exceptions] [--attempts].",
         runLogCommand},
        {"report",
         "Issuance report (XLSX or CSV): --batch ID | --month YYYY-MM | --from DATE --to DATE, --out FILE.",
         runReportCommand},
        {"credly-csv", "Credly bulk-issue CSV of a batch's rows not yet issued: BATCH --out DIR.",
         runCredlyCsvCommand},
    };
    return list;
}

QString usage()
{
    QString text = QStringLiteral("Usage: badgedesk-cli [--db PATH] [--json] <command> [options]\n\n"
                                  "Global options:\n"
                                  "  --db PATH    database file (default: %1)\n"
                                  "  --json       machine-readable output\n"
                                  "  --version    print the version\n"
                                  "  -h, --help   this help; <command> --help for a command's options\n\n"
                                  "Commands:\n")
                       .arg(EnvironmentPreference::databasePath());
    for (const Command& c : commands())
        text += QStringLiteral("  %1 %2\n")
                    .arg(QString::fromLatin1(c.name).leftJustified(10), QString::fromLatin1(c.summary));
    text += QStringLiteral("\nExit codes: 0 ok, 1 usage, 2 bad input, 3 network or authentication, "
                           "4 partly done.\n");
    return text;
}

} // namespace

Cli::Cli(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) {}

int Cli::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Machine-readable output."));
    const QCommandLineOption versionOption(QStringLiteral("version"), QStringLiteral("Print the version."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Help."));
    parser.addOptions({dbOption, jsonOption, versionOption, helpOption});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("The command to run."));

    CliContext context(m_out, m_err);
    if (!parser.parse(arguments)) {
        context.printUsageError(parser.errorText(), QStringLiteral("badgedesk-cli --help"));
        return ExitUsage;
    }
    context.setJson(parser.isSet(jsonOption));
    if (parser.isSet(versionOption)) {
        m_out << "badgedesk-cli " << versionString() << Qt::endl;
        return ExitOk;
    }
    const QStringList rest = parser.positionalArguments();
    if (parser.isSet(helpOption) || rest.isEmpty()) {
        (rest.isEmpty() && !parser.isSet(helpOption) ? m_err : m_out) << usage();
        m_out.flush();
        m_err.flush();
        return parser.isSet(helpOption) ? ExitOk : ExitUsage;
    }
    if (parser.isSet(dbOption))
        context.setDatabasePath(parser.value(dbOption));

    const QString name = rest.first();
    for (const Command& c : commands()) {
        if (name == QLatin1String(c.name)) {
            // The command parses its own options; argv[0] stands in for the program name.
            QStringList commandArguments{QStringLiteral("badgedesk-cli ") + name};
            commandArguments += rest.mid(1);
            return c.run(context, commandArguments);
        }
    }
    context.printError(
        QStringLiteral("unknown command \"%1\". Run badgedesk-cli --help for the list.").arg(name));
    return ExitUsage;
}

} // namespace badgedesk
