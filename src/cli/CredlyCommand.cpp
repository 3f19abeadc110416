#include "CredlyCommand.h"

#include "CliContext.h"
#include "CliCredlyConnection.h"
#include "ExitCode.h"
#include "credly/CredlyConnectionCheck.h"
#include "credly/TemplateSync.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/TokenStore.h"
#include "storage/CredlySettingsRepository.h"
#include "storage/CredlyTemplateRepository.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace badgedesk {

namespace {

const char* const kUsage =
    "Usage: badgedesk-cli credly <test | templates | token set | token delete> [options]\n"
    "  test                          connect; show the organization and template count\n"
    "  templates [--json]            refresh the template cache and list it\n"
    "  token set --env ENV [--org ID]    store a token in the keychain (read from "
    "standard input)\n"
    "  token delete --env ENV [--org ID] remove it from the keychain\n"
    "test and templates accept --credly-url URL and --org ID, and take the token from "
    "BADGEDESK_CREDLY_TOKEN when it is set.\n";

const QCommandLineOption kJsonOption(QStringLiteral("json"), QStringLiteral("Machine-readable output."));
const QCommandLineOption kHelpOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Help."));

bool parse(CliContext& context, QCommandLineParser& parser, const QStringList& arguments, const QString& name,
           int* exitCode)
{
    parser.addOption(kJsonOption);
    parser.addOption(kHelpOption);
    if (!parser.parse(arguments)) {
        context.printError(parser.errorText() +
                           QStringLiteral(". Run badgedesk-cli credly --help for usage."));
        *exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(kJsonOption))
        context.setJson(true);
    if (parser.isSet(kHelpOption)) {
        context.out() << kUsage;
        context.out().flush();
        *exitCode = ExitOk;
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        // Not echoed: a stray argument here is often a pasted token.
        context.printError(
            name.startsWith(QLatin1String("token"))
                ? QStringLiteral(
                      "credly %1 takes no further arguments; the token is read from standard input, "
                      "never from an argument (it would end up in the shell history).")
                      .arg(name)
                : QStringLiteral("credly %1 takes no further arguments (%2 given)")
                      .arg(name)
                      .arg(parser.positionalArguments().size()));
        *exitCode = ExitUsage;
        return false;
    }
    return true;
}

QJsonObject expiryJson(const CredlyTokenExpiry& e)
{
    if (!e.known)
        return {{QStringLiteral("known"), false}, {QStringLiteral("reason"), e.unknownReason}};
    return {{QStringLiteral("known"), true},
            {QStringLiteral("expires_at"), e.expiresAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("days_left"), e.daysLeft(QDate::currentDate())},
            {QStringLiteral("warning"), e.needsWarning(QDate::currentDate())}};
}

int fail(CliContext& context, const CredlyError& error)
{
    if (context.json())
        context.printJson({{QStringLiteral("error"), error.userText()},
                           {QStringLiteral("kind"), CredlyError::kindKey(error.kind)},
                           {QStringLiteral("http_status"), error.httpStatus}});
    else
        context.printError(error.userText());
    return CliCredlyConnection::exitCodeFor(error);
}

int runTest(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions(CliCredlyConnection::options());
    int code = ExitOk;
    if (!parse(context, parser, arguments, QStringLiteral("test"), &code))
        return code;
    CliCredlyConnection connection;
    if ((code = connection.connect(context, parser)) != ExitOk)
        return code;

    const CredlyConnectionCheck::Result r = CredlyConnectionCheck(&connection.client()).runNow();
    if (!r.isOk())
        return fail(context, r.error);
    // Remember the expiry date for the app's warning; the date is not a secret.
    if (r.tokenExpiry.known && connection.environment() != CredlyEnvironment::Practice)
        CredlySettingsRepository(context.database()->connection())
            .setTokenExpiresAt(connection.environment(), r.tokenExpiry.expiresAt);

    if (context.json()) {
        context.printJson({
            {QStringLiteral("environment"), environmentKey(connection.environment())},
            {QStringLiteral("base_url"), connection.client().baseUrl().toString()},
            {QStringLiteral("organization"), QJsonObject{{QStringLiteral("id"), r.organizationId},
                                                         {QStringLiteral("name"), r.organizationName}}},
            {QStringLiteral("templates"), QJsonObject{{QStringLiteral("total"), r.templateCount},
                                                      {QStringLiteral("active"), r.activeTemplateCount}}},
            {QStringLiteral("token"), expiryJson(r.tokenExpiry)},
            {QStringLiteral("token_source"), connection.tokenSource()},
        });
        return ExitOk;
    }
    QTextStream& out = context.out();
    out << "Credly " << environmentLabel(connection.environment()) << " at "
        << connection.client().baseUrl().toString() << '\n';
    out << "Organization:  " << r.organizationName << " (" << r.organizationId << ")\n";
    out << "Templates:     " << r.templateCount << " (" << r.activeTemplateCount << " active)\n";
    out << "Token:         " << r.tokenExpiry.userText(QDate::currentDate()) << '\n';
    out << "Token from:    " << connection.tokenSource() << '\n';
    out.flush();
    return ExitOk;
}

int runTemplates(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions(CliCredlyConnection::options());
    int code = ExitOk;
    if (!parse(context, parser, arguments, QStringLiteral("templates"), &code))
        return code;
    CliCredlyConnection connection;
    if ((code = connection.connect(context, parser)) != ExitOk)
        return code;

    Database* db = context.database();
    const TemplateSync::Result r =
        TemplateSync(&connection.client(), db->connection(), connection.environment()).runNow();
    if (r.error.isError())
        return fail(context, r.error);
    if (!r.storageError.isEmpty()) {
        context.printError(r.summary());
        return ExitBadInput;
    }
    const auto cached = CredlyTemplateRepository(db->connection()).all(connection.environment());

    if (context.json()) {
        QJsonArray templates;
        for (const auto& t : cached)
            templates.append(QJsonObject{{QStringLiteral("id"), t.id},
                                         {QStringLiteral("name"), t.name},
                                         {QStringLiteral("state"), t.state},
                                         {QStringLiteral("allow_duplicate_badges"), t.allowDuplicateBadges}});
        const auto refs = [](const QList<TemplateSync::Reference>& list) {
            QJsonArray a;
            for (const auto& ref : list)
                a.append(QJsonObject{{QStringLiteral("code"), ref.code},
                                     {QStringLiteral("title"), ref.title},
                                     {QStringLiteral("template_id"), ref.templateId},
                                     {QStringLiteral("template_name"), ref.templateName},
                                     {QStringLiteral("template_state"), ref.templateState}});
            return a;
        };
        context.printJson({
            {QStringLiteral("environment"), environmentKey(connection.environment())},
            {QStringLiteral("synced_at"), r.syncedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("counts"), QJsonObject{{QStringLiteral("total"), r.total},
                                                   {QStringLiteral("active"), r.active},
                                                   {QStringLiteral("archived"), r.archived}}},
            {QStringLiteral("templates"), templates},
            {QStringLiteral("archived_in_use"), refs(r.archivedInUse)},
            {QStringLiteral("unknown_in_use"), refs(r.unknownInUse)},
        });
        return ExitOk;
    }
    QTextStream& out = context.out();
    out << QStringLiteral("%1  %2  %3\n")
               .arg(QStringLiteral("ID").leftJustified(36), QStringLiteral("STATE   "),
                    QStringLiteral("NAME"));
    for (const auto& t : cached)
        out << QStringLiteral("%1  %2  %3\n").arg(t.id.leftJustified(36), t.state.leftJustified(8), t.name);
    out << '\n' << environmentLabel(connection.environment()) << ": " << r.summary() << '\n';
    out.flush();
    return ExitOk;
}

// Reads one line without echoing it when standard input is a terminal.
QString readToken(CliContext& context)
{
#ifdef Q_OS_UNIX
    const bool terminal = isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal) {
        context.err() << "Paste the Credly token and press Enter (it is not shown): " << Qt::flush;
        if (tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
    }
    const QString line = context.in().readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        context.err() << Qt::endl;
    }
    return line.trimmed();
#else
    return context.in().readLine().trimmed();
#endif
}

int runToken(CliContext& context, const QStringList& arguments)
{
    const QString action = arguments.value(1);
    if (action != QLatin1String("set") && action != QLatin1String("delete")) {
        context.printError(QStringLiteral("credly token needs \"set\" or \"delete\". ") +
                           QString::fromLatin1(kUsage));
        return ExitUsage;
    }
    QCommandLineParser parser;
    const QCommandLineOption envOption(QStringLiteral("env"), QStringLiteral("sandbox or production."),
                                       QStringLiteral("ENV"));
    const QCommandLineOption orgOption(QStringLiteral("org"), QStringLiteral("Credly organization id."),
                                       QStringLiteral("ID"));
    parser.addOptions({envOption, orgOption});
    QStringList rest = arguments;
    rest.removeAt(1);
    int code = ExitOk;
    if (!parse(context, parser, rest, QStringLiteral("token ") + action, &code))
        return code;

    const auto environment = environmentFromKey(parser.value(envOption));
    if (!parser.isSet(envOption) || !environment) {
        context.printError(QStringLiteral("--env must be sandbox or production"));
        return ExitUsage;
    }
    if (*environment == CredlyEnvironment::Practice) {
        context.printError(QStringLiteral("Practice needs no token: BadgeDesk makes one for each session."));
        return ExitUsage;
    }
    QString organization = parser.value(orgOption).trimmed();
    if (!parser.isSet(orgOption)) {
        // The organization id set up for that environment (Credly > Settings in the app).
        if (Database* db = context.database())
            organization = CredlySettingsRepository(db->connection()).load(*environment).organizationId;
        else
            return ExitBadInput;
    }
    QString why;
    if (!CredlyConnectionSettings::isValidOrganizationId(organization, &why)) {
        context.printError(QStringLiteral("%1 Or pass --org ID.").arg(why));
        return ExitBadInput;
    }

    KeychainSecretStore keychain;
    TokenStore tokens(&keychain);
    const QString where =
        QStringLiteral("%1 organization %2").arg(environmentKey(*environment), organization);
    if (action == QLatin1String("delete")) {
        const SecretStore::Result r = tokens.forgetNow(*environment, organization);
        if (!r.isOk()) {
            context.printError(TokenStore::messageFor(r));
            return ExitBadInput;
        }
        if (context.json())
            context.printJson({{QStringLiteral("deleted"), true},
                               {QStringLiteral("key"), TokenStore::keyFor(*environment, organization)}});
        else
            context.out() << "The token for " << where << " is no longer in the keychain.\n" << Qt::flush;
        return ExitOk;
    }

    // Never from an argument: arguments end up in shell history and in the process list.
    const QString token = readToken(context);
    if (token.isEmpty()) {
        context.printError(
            QStringLiteral("no token on standard input. Pipe it in, e.g. "
                           "\"badgedesk-cli credly token set --env %1 < token.txt\", or paste it "
                           "when asked.")
                .arg(environmentKey(*environment)));
        return ExitUsage;
    }
    const SecretStore::Result r = tokens.saveNow(*environment, organization, token);
    if (!r.isOk()) {
        QString message = TokenStore::messageFor(r);
        if (r.status == SecretStore::Status::Unavailable)
            // A command-line run has no session to keep it in: the environment variable is the way.
            message =
                QStringLiteral("The system keychain is not available (%1), so the token was not stored; "
                               "BadgeDesk never writes a token to a file. For scripts, set %2 instead.")
                    .arg(r.detail, QLatin1String(CliCredlyConnection::kTokenVariable));
        context.printError(message);
        return ExitBadInput;
    }
    if (context.json())
        context.printJson({{QStringLiteral("stored"), true},
                           {QStringLiteral("key"), TokenStore::keyFor(*environment, organization)}});
    else
        context.out() << "The token for " << where << " is stored in the keychain (service \"BadgeDesk\").\n"
                      << Qt::flush;
    return ExitOk;
}

} // namespace

int runCredlyCommand(CliContext& context, const QStringList& arguments)
{
    const QString sub = arguments.value(1);
    QStringList rest = arguments;
    if (rest.size() > 1)
        rest.removeAt(1); // "badgedesk-cli credly" + the subcommand's options
    if (sub == QLatin1String("test"))
        return runTest(context, rest);
    if (sub == QLatin1String("templates"))
        return runTemplates(context, rest);
    if (sub == QLatin1String("token"))
        return runToken(context, rest);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        context.out() << kUsage << Qt::flush;
        return ExitOk;
    }
    context.printError(sub.isEmpty()
                           ? QStringLiteral("credly needs a subcommand. ") + QString::fromLatin1(kUsage)
                           : QStringLiteral("unknown credly subcommand \"%1\". ").arg(sub) +
                                 QString::fromLatin1(kUsage));
    return ExitUsage;
}

} // namespace badgedesk
