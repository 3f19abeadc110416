#include "IssueCommand.h"

#include "CliContext.h"
#include "CliCredlyConnection.h"
#include "ExitCode.h"
#include "issuing/IssueGate.h"
#include "issuing/IssueOptions.h"
#include "issuing/Issuer.h"
#include "issuing/Preflight.h"
#include "storage/AuditLog.h"
#include "storage/IssuanceRepository.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace badgedesk {

namespace {

QJsonObject countsJson(const Preflight::Result& r)
{
    QJsonObject o;
    for (auto outcome :
         {PreflightRow::Outcome::Issue, PreflightRow::Outcome::AtCredly, PreflightRow::Outcome::AlreadyIssued,
          PreflightRow::Outcome::Blocked, PreflightRow::Outcome::Unchecked})
        o.insert(PreflightRow::outcomeKey(outcome), r.count(outcome));
    return o;
}

int dryRun(CliContext& context, CliCredlyConnection& connection, qint64 batchId, int concurrency,
           const IssueGate::Check& gate)
{
    Database* db = context.database();
    Preflight preflight(db->connection(), &connection.client(), connection.environment(), batchId,
                        concurrency);
    const Preflight::Result r = preflight.runNow();
    if (!r.message.isEmpty()) {
        context.printError(r.message);
        return ExitBadInput;
    }
    if (context.json()) {
        QJsonArray rows;
        for (const PreflightRow& row : r.rows) {
            QJsonObject o{{QStringLiteral("row"), row.certificationId},
                          {QStringLiteral("outcome"), PreflightRow::outcomeKey(row.outcome)},
                          {QStringLiteral("assessment_code"), row.assessmentCode},
                          {QStringLiteral("template_id"), row.templateId}};
            if (!row.why.isEmpty())
                o.insert(QStringLiteral("why"), row.why);
            if (!row.badgeId.isEmpty())
                o.insert(QStringLiteral("badge_id"), row.badgeId);
            rows.append(o);
        }
        QJsonObject out{
            {QStringLiteral("dry_run"), true},
            {QStringLiteral("batch"), batchId},
            {QStringLiteral("environment"), environmentKey(connection.environment())},
            {QStringLiteral("can_issue"), gate.canIssue()},
            {QStringLiteral("counts"), countsJson(r)},
            {QStringLiteral("templates"), QJsonObject{{QStringLiteral("needed"), r.templatesNeeded},
                                                      {QStringLiteral("inactive"), r.templatesInactive}}},
            {QStringLiteral("rows"), rows}};
        if (!gate.canIssue())
            out.insert(QStringLiteral("problem"), gate.problem());
        if (r.error.isError())
            out.insert(QStringLiteral("error"),
                       QJsonObject{{QStringLiteral("kind"), CredlyError::kindKey(r.error.kind)},
                                   {QStringLiteral("message"), r.error.userText()}});
        context.printJson(out);
    } else {
        QTextStream& out = context.out();
        out << "Preflight of batch " << batchId << " (" << environmentLabel(connection.environment())
            << ", nothing sent)\n";
        out << r.summary() << '\n';
        for (const PreflightRow& row : r.rows) {
            if (row.outcome == PreflightRow::Outcome::Issue && row.why.isEmpty())
                continue;
            out << "  row " << QString::number(row.certificationId).leftJustified(8) << ' '
                << PreflightRow::outcomeKey(row.outcome).leftJustified(15) << ' ' << row.why << '\n';
        }
        if (!gate.canIssue())
            out << "Not ready to issue: " << gate.problem() << '\n';
        out.flush();
    }
    return r.error.isError() ? CliCredlyConnection::exitCodeFor(r.error) : ExitOk;
}

bool confirmProduction(CliContext& context, const QString& text)
{
#ifdef Q_OS_UNIX
    if (!isatty(STDIN_FILENO))
        return false;
#endif
    context.err() << text << "\nType yes to go on: " << Qt::flush;
    const QString answer = context.in().readLine().trimmed();
    return answer.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;
}

} // namespace

int runIssueCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Issue the approved rows of a signed-off batch as Credly badges, with a journal that survives any "
        "crash: run it again after an interruption and it settles what was in flight by look-up, then "
        "carries on. Never issues a badge twice."));
    parser.addPositionalArgument(QStringLiteral("BATCH"),
                                 QStringLiteral("The batch id (badgedesk-cli info)."));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"), QStringLiteral("Preflight only: check templates and existing badges "
                                                  "and predict each row's outcome; send nothing."));
    const QCommandLineOption concurrencyOption(
        QStringLiteral("concurrency"), QStringLiteral("Requests in flight at once, 1-16 (default 4)."),
        QStringLiteral("N"));
    const QCommandLineOption rateOption(QStringLiteral("rate-per-minute"),
                                        QStringLiteral("Cap on requests per minute (default: none)."),
                                        QStringLiteral("N"));
    const QCommandLineOption yesOption(QStringLiteral("yes"),
                                       QStringLiteral("Production: issue without asking for confirmation."));
    const QCommandLineOption overrideOption(
        QStringLiteral("notice-override"),
        QStringLiteral(
            "Issue before the notice wait is over (or with no notice recorded); the reason is kept "
            "in the audit log."),
        QStringLiteral("REASON"));
    const QCommandLineOption retryOption(QStringLiteral("retry-failed"),
                                         QStringLiteral("Queue the rows that failed in earlier runs again."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Machine-readable output."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Help."));
    parser.addOptions({dryRunOption, concurrencyOption, rateOption, yesOption, overrideOption, retryOption,
                       jsonOption, helpOption});
    parser.addOptions(CliCredlyConnection::options());

    if (!parser.parse(arguments)) {
        context.printUsageError(parser.errorText(), QStringLiteral("badgedesk-cli issue --help"));
        return ExitUsage;
    }
    if (parser.isSet(jsonOption))
        context.setJson(true);
    if (parser.isSet(helpOption)) {
        context.out() << parser.helpText();
        context.out().flush();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        context.printError(positional.isEmpty()
                               ? QStringLiteral("issue needs the batch: badgedesk-cli issue BATCH")
                               : QStringLiteral("issue takes one batch, a number or a month (got \"%1\")")
                                     .arg(positional.join(QLatin1Char(' '))));
        return ExitUsage;
    }
    const qint64 batchId = context.batch(positional.first());
    if (batchId == 0)
        return ExitBadInput;
    Database* db = context.database();
    bool ok = false;
    IssueOptions options = IssueOptions::load(db->connection());
    if (parser.isSet(concurrencyOption)) {
        options.concurrency = parser.value(concurrencyOption).toInt(&ok);
        if (!ok || options.concurrency < 1 || options.concurrency > 16) {
            context.printError(QStringLiteral("--concurrency must be a whole number from 1 to 16"));
            return ExitBadInput;
        }
    }
    if (parser.isSet(rateOption)) {
        options.ratePerMinute = parser.value(rateOption).toInt(&ok);
        if (!ok || options.ratePerMinute < 0) {
            context.printError(QStringLiteral("--rate-per-minute must be a whole number, 0 for no cap"));
            return ExitBadInput;
        }
    }
    const QString noticeOverride = parser.value(overrideOption).trimmed();
    if (parser.isSet(overrideOption) && noticeOverride.isEmpty()) {
        context.printError(
            QStringLiteral("--notice-override needs a reason, e.g. --notice-override \"students "
                           "were told in class on 3 Oct\""));
        return ExitBadInput;
    }
    const IssueGate::Check gate = IssueGate::check(db->connection(), batchId, noticeOverride);

    CliCredlyConnection connection;
    if (const int code = connection.connect(context, parser); code != ExitOk)
        return code;

    if (parser.isSet(dryRunOption))
        return dryRun(context, connection, batchId, options.concurrency, gate);

    if (!gate.canIssue()) {
        QString problem = gate.problem();
        if (gate.signedOff && !gate.noticeOk())
            problem += QStringLiteral(" Pass --notice-override REASON to issue now.");
        context.printError(problem);
        return ExitBadInput;
    }

    const CredlyEnvironment environment = connection.environment();
    const QString actor = AuditLog::currentActor();
    if (environment == CredlyEnvironment::Production && !parser.isSet(yesOption)) {
        const auto counts = IssuanceRepository(db->connection()).counts(batchId, environment);
        const int toSend = counts.approved - counts.settled();
        const QString question =
            QStringLiteral(
                "Issue up to %1 badge(s) of batch %2 to PRODUCTION (organization %3)? Real students get "
                "real emails from Credly. %4 were issued before.")
                .arg(toSend)
                .arg(batchId)
                .arg(connection.client().organizationId())
                .arg(counts.settled());
        if (!confirmProduction(context, question)) {
            context.printError(question +
                               QStringLiteral(" Not confirmed: nothing was sent. Run again with --yes "
                                              "to confirm."));
            return ExitUsage;
        }
    }

    // A copy of the database before every run (BRIEF), so even a mistake in the app can be undone.
    const QString backup = IssueGate::backupPathFor(db->path(), batchId);
    QString backupError;
    if (!db->backupTo(backup, &backupError)) {
        context.printError(
            QStringLiteral("The backup before issuing could not be written (%1); nothing was sent. "
                           "Free some disk space, then try again.")
                .arg(backupError));
        return ExitBadInput;
    }
    IssueGate::pruneBackups(db->path());
    if (gate.needsOverride() &&
        !IssueGate::recordOverride(db->connection(), batchId, environment, noticeOverride, actor, gate)) {
        context.printError(
            QStringLiteral("The notice override could not be recorded in the audit log; nothing was "
                           "sent."));
        return ExitBadInput;
    }

    options.actor = actor;
    options.backupPath = backup;
    options.noticeOverride = gate.needsOverride() ? noticeOverride : QString();
    options.retryFailed = parser.isSet(retryOption);
    Issuer issuer(db->connection(), &connection.client(), environment, batchId, options);
    QElapsedTimer sincePrint;
    sincePrint.start();
    if (!context.json()) {
        QObject::connect(&issuer, &Issuer::progressChanged, &issuer, [&](const IssueProgress& p) {
            if (sincePrint.elapsed() < 2000 && p.phase != IssueProgress::Phase::Waiting)
                return;
            sincePrint.restart();
            context.err() << p.summary();
            if (!p.note.isEmpty())
                context.err() << " · " << p.note;
            context.err() << Qt::endl;
        });
    }
    const IssueResult r = issuer.runNow();

    if (context.json()) {
        QJsonObject out{{QStringLiteral("status"), IssueResult::endKey(r.end)},
                        {QStringLiteral("batch"), batchId},
                        {QStringLiteral("environment"), environmentKey(environment)},
                        {QStringLiteral("run"), r.runId},
                        {QStringLiteral("issued"), r.issued},
                        {QStringLiteral("adopted"), r.adopted},
                        {QStringLiteral("failed"), r.failed},
                        {QStringLiteral("skipped"), r.skipped},
                        {QStringLiteral("remaining"), r.remaining},
                        {QStringLiteral("total"), r.total},
                        {QStringLiteral("message"), r.message},
                        {QStringLiteral("backup"), backup}};
        if (r.error.isError())
            out.insert(QStringLiteral("error"),
                       QJsonObject{{QStringLiteral("kind"), CredlyError::kindKey(r.error.kind)},
                                   {QStringLiteral("http_status"), r.error.httpStatus},
                                   {QStringLiteral("message"), r.error.message}});
        context.printJson(out);
    } else {
        QTextStream& out = context.out();
        out << r.message << '\n';
        out << "  issued     " << r.issued << '\n'
            << "  adopted    " << r.adopted << '\n'
            << "  failed     " << r.failed << '\n'
            << "  skipped    " << r.skipped << '\n'
            << "  remaining  " << r.remaining << '\n';
        if (r.failed > 0)
            out << "See badgedesk-cli log --batch " << batchId
                << " for why; fix, then issue again with --retry-failed.\n";
        out.flush();
    }
    switch (r.end) {
    case IssueResult::End::Finished:
        return r.failed > 0 ? ExitPartlyDone : ExitOk;
    case IssueResult::End::Canceled:
        return ExitPartlyDone;
    case IssueResult::End::Stopped:
        return r.error.isError() ? CliCredlyConnection::exitCodeFor(r.error) : ExitBadInput;
    case IssueResult::End::NotStarted:
        return ExitBadInput;
    }
    return ExitBadInput;
}

} // namespace badgedesk
