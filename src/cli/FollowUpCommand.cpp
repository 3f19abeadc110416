#include "FollowUpCommand.h"

#include "CliContext.h"
#include "CliCredlyConnection.h"
#include "ExitCode.h"
#include "issuing/BadgeActions.h"
#include "issuing/BadgeSync.h"
#include "storage/AuditLog.h"
#include "storage/IssuanceRepository.h"
#include "storage/SettingsRepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace badgedesk {

namespace {

const QCommandLineOption kJsonOption(QStringLiteral("json"), QStringLiteral("Machine-readable output."));
const QCommandLineOption kHelpOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Help."));

// Parses; false with *code set when the command should return now (help, usage error).
bool parse(CliContext& context, QCommandLineParser& parser, const QStringList& arguments, const QString& name,
           int* code)
{
    parser.addOption(kJsonOption);
    parser.addOption(kHelpOption);
    if (!parser.parse(arguments)) {
        context.printUsageError(parser.errorText(), QStringLiteral("badgedesk-cli %1 --help").arg(name));
        *code = ExitUsage;
        return false;
    }
    if (parser.isSet(kJsonOption))
        context.setJson(true);
    if (parser.isSet(kHelpOption)) {
        context.out() << parser.helpText();
        context.out().flush();
        *code = ExitOk;
        return false;
    }
    return true;
}

bool batchOption(CliContext& context, const QCommandLineParser& parser, const QCommandLineOption& option,
                 qint64* batchId)
{
    *batchId = 0;
    if (!parser.isSet(option))
        return true;
    *batchId = context.batch(parser.value(option));
    return *batchId != 0;
}

QString time(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject entryJson(const IssuanceRepository::Entry& e)
{
    QJsonObject o{{QStringLiteral("journal_id"), e.id},
                  {QStringLiteral("row"), e.certificationId},
                  {QStringLiteral("batch"), e.batchId},
                  {QStringLiteral("state"), e.state},
                  {QStringLiteral("template_id"), e.templateId},
                  {QStringLiteral("attempts"), e.attempts},
                  {QStringLiteral("updated_at"), time(e.updatedAt)}};
    if (!e.badgeId.isEmpty())
        o.insert(QStringLiteral("badge_id"), e.badgeId);
    if (!e.badgeState.isEmpty())
        o.insert(QStringLiteral("badge_state"), e.badgeState);
    if (e.issuedAt.isValid())
        o.insert(QStringLiteral("issued_at"), time(e.issuedAt));
    if (e.recovered)
        o.insert(QStringLiteral("recovered"), true);
    if (e.unknownOutcome)
        o.insert(QStringLiteral("unknown_outcome"), true);
    if (!e.errorKind.isEmpty()) {
        o.insert(QStringLiteral("error_kind"), e.errorKind);
        o.insert(QStringLiteral("error"), e.errorMessage);
        o.insert(QStringLiteral("retryable"), e.retryable);
    }
    if (!e.revocationReason.isEmpty())
        o.insert(QStringLiteral("revocation_reason"), e.revocationReason);
    if (!e.replacesBadgeId.isEmpty())
        o.insert(QStringLiteral("replaces_badge_id"), e.replacesBadgeId);
    return o;
}

} // namespace

int runSyncCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Read the state of every issued badge (pending, accepted, rejected, revoked) from Credly "
        "into the journal; --batch limits it to one batch."));
    const QCommandLineOption batch(QStringLiteral("batch"), QStringLiteral("Only this batch."),
                                   QStringLiteral("ID"));
    parser.addOption(batch);
    parser.addOptions(CliCredlyConnection::options());
    int code = ExitOk;
    if (!parse(context, parser, arguments, QStringLiteral("sync"), &code))
        return code;
    qint64 batchId = 0;
    if (!batchOption(context, parser, batch, &batchId))
        return ExitBadInput;
    CliCredlyConnection connection;
    if ((code = connection.connect(context, parser)) != ExitOk)
        return code;
    BadgeSync sync(context.database()->connection(), &connection.client(), connection.environment(), batchId);
    const BadgeSync::Result r = sync.runNow();
    if (context.json()) {
        QJsonObject states;
        for (auto it = r.states.cbegin(); it != r.states.cend(); ++it)
            states.insert(it.key(), it.value());
        QJsonObject out{{QStringLiteral("environment"), environmentKey(connection.environment())},
                        {QStringLiteral("checked"), r.checked},
                        {QStringLiteral("changed"), r.changed},
                        {QStringLiteral("missing"), r.missing},
                        {QStringLiteral("states"), states}};
        if (batchId)
            out.insert(QStringLiteral("batch"), batchId);
        if (r.error.isError())
            out.insert(QStringLiteral("error"), r.error.userText());
        if (!r.storageError.isEmpty())
            out.insert(QStringLiteral("storage_error"), r.storageError);
        context.printJson(out);
    } else {
        context.out() << r.summary() << Qt::endl;
    }
    if (r.error.isError())
        return CliCredlyConnection::exitCodeFor(r.error);
    return r.storageError.isEmpty() ? ExitOk : ExitBadInput;
}

int runRevokeCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Revoke an issued badge at Credly (the earner sees it revoked); the reason is required, "
        "sent to Credly and kept in the audit log."));
    parser.addPositionalArgument(QStringLiteral("BADGE"),
                                 QStringLiteral("Credly's badge id (badgedesk-cli log)."));
    const QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("Why it is revoked."),
                                    QStringLiteral("TEXT"));
    parser.addOption(reason);
    parser.addOptions(CliCredlyConnection::options());
    int code = ExitOk;
    if (!parse(context, parser, arguments, QStringLiteral("revoke"), &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        context.printError(
            QStringLiteral("revoke needs one badge id: badgedesk-cli revoke BADGE --reason TEXT"));
        return ExitUsage;
    }
    if (parser.value(reason).trimmed().isEmpty()) {
        context.printError(
            QStringLiteral("revoke needs --reason TEXT: Credly requires a reason, and it is kept in the "
                           "audit log."));
        return ExitUsage;
    }
    CliCredlyConnection connection;
    if ((code = connection.connect(context, parser)) != ExitOk)
        return code;
    BadgeActions actions(context.database()->connection(), &connection.client(), connection.environment());
    const BadgeActions::Result r = actions.revokeNow(parser.positionalArguments().first(),
                                                     parser.value(reason), AuditLog::currentActor());
    if (context.json()) {
        QJsonObject out{{QStringLiteral("ok"), r.ok},
                        {QStringLiteral("badge_id"), parser.positionalArguments().first()},
                        {QStringLiteral("message"), r.message}};
        if (r.ok)
            out.insert(QStringLiteral("state"), r.badge.state);
        if (r.journalId)
            out.insert(QStringLiteral("journal_id"), r.journalId);
        if (r.error.isError())
            out.insert(QStringLiteral("error"), CredlyError::kindKey(r.error.kind));
        context.printJson(out);
    } else if (r.ok) {
        context.out() << r.message << Qt::endl;
    } else {
        context.printError(r.message);
    }
    if (r.ok)
        return ExitOk;
    return r.error.isError() ? CliCredlyConnection::exitCodeFor(r.error) : ExitBadInput;
}

int runLogCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Show the issuing journal of a batch (offline): each approved row's state, badge and last "
        "error, and the runs."));
    const QCommandLineOption batch(QStringLiteral("batch"), QStringLiteral("The batch."),
                                   QStringLiteral("ID"));
    const QCommandLineOption exceptions(
        QStringLiteral("exceptions"),
        QStringLiteral("Only the worklist: failed, rejected, revoked, and pending "
                       "longer than the setting issuing.pending_alert_days (14)."));
    const QCommandLineOption attempts(QStringLiteral("attempts"),
                                      QStringLiteral("With every HTTP attempt of each row."));
    parser.addOptions({batch, exceptions, attempts});
    int code = ExitOk;
    if (!parse(context, parser, arguments, QStringLiteral("log"), &code))
        return code;
    qint64 batchId = 0;
    if (!batchOption(context, parser, batch, &batchId))
        return ExitBadInput;
    if (batchId == 0) {
        context.printError(QStringLiteral("log needs --batch ID (badgedesk-cli info lists the batches)"));
        return ExitUsage;
    }
    Database* db = context.database();
    if (!db)
        return ExitBadInput;
    const CredlyEnvironment environment = db->environment();
    IssuanceRepository repo(db->connection());
    IssuanceRepository::Filter filter;
    filter.environment = environment;
    filter.batchId = batchId;
    filter.exceptionsOnly = parser.isSet(exceptions);
    bool ok = false;
    const int pendingDays =
        SettingsRepository(db->connection()).value(QStringLiteral("issuing.pending_alert_days")).toInt(&ok);
    filter.pendingDays = ok && pendingDays > 0 ? pendingDays : 14;
    const auto entries = repo.search(filter);
    const auto counts = repo.counts(batchId, environment);
    const auto runs = repo.runs(batchId, environment);

    if (context.json()) {
        QJsonArray list;
        for (const auto& e : entries) {
            QJsonObject o = entryJson(e);
            if (parser.isSet(attempts)) {
                QJsonArray a;
                for (const auto& at : repo.attempts(e.id))
                    a.append(QJsonObject{{QStringLiteral("at"), time(at.at)},
                                         {QStringLiteral("purpose"), at.purpose},
                                         {QStringLiteral("method"), at.method},
                                         {QStringLiteral("endpoint"), at.endpoint},
                                         {QStringLiteral("http_status"), at.httpStatus},
                                         {QStringLiteral("outcome"), at.outcome},
                                         {QStringLiteral("duration_ms"), at.durationMs},
                                         {QStringLiteral("message"), at.message}});
                o.insert(QStringLiteral("attempt_log"), a);
            }
            list.append(o);
        }
        QJsonObject states;
        for (auto it = counts.states.cbegin(); it != counts.states.cend(); ++it)
            states.insert(it.key(), it.value());
        QJsonObject badgeStates;
        for (auto it = counts.badgeStates.cbegin(); it != counts.badgeStates.cend(); ++it)
            badgeStates.insert(it.key(), it.value());
        QJsonArray runList;
        for (const auto& r : runs)
            runList.append(QJsonObject{{QStringLiteral("id"), r.id},
                                       {QStringLiteral("state"), r.state},
                                       {QStringLiteral("started_at"), time(r.startedAt)},
                                       {QStringLiteral("finished_at"), time(r.finishedAt)},
                                       {QStringLiteral("issued"), r.issued},
                                       {QStringLiteral("adopted"), r.adopted},
                                       {QStringLiteral("failed"), r.failed},
                                       {QStringLiteral("skipped"), r.skipped},
                                       {QStringLiteral("stop_reason"), r.stopReason},
                                       {QStringLiteral("notice_override"), r.noticeOverride}});
        context.printJson({{QStringLiteral("batch"), batchId},
                           {QStringLiteral("environment"), environmentKey(environment)},
                           {QStringLiteral("approved"), counts.approved},
                           {QStringLiteral("states"), states},
                           {QStringLiteral("badge_states"), badgeStates},
                           {QStringLiteral("runs"), runList},
                           {QStringLiteral("entries"), list}});
        return ExitOk;
    }
    QTextStream& out = context.out();
    out << "Batch " << batchId << " in " << environmentLabel(environment) << ": " << counts.approved
        << " approved rows;";
    for (auto it = counts.states.cbegin(); it != counts.states.cend(); ++it)
        out << ' ' << it.value() << ' ' << it.key();
    out << '\n';
    for (const auto& r : runs)
        out << "  run " << r.id << "  " << r.state.leftJustified(11) << ' ' << time(r.startedAt)
            << "  issued " << r.issued << ", adopted " << r.adopted << ", failed " << r.failed
            << (r.stopReason.isEmpty() ? QString() : QStringLiteral("  (") + r.stopReason + QLatin1Char(')'))
            << '\n';
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("ROW").leftJustified(8), QStringLiteral("STATE").leftJustified(8),
                    QStringLiteral("BADGE").leftJustified(36), QStringLiteral("CREDLY").leftJustified(9),
                    QStringLiteral("TRIES"), QStringLiteral("PROBLEM"));
    for (const auto& e : entries) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(QString::number(e.certificationId).leftJustified(8), e.state.leftJustified(8),
                        e.badgeId.leftJustified(36), e.badgeState.leftJustified(9),
                        QString::number(e.attempts).leftJustified(5), e.errorMessage);
        if (parser.isSet(attempts)) {
            for (const auto& at : repo.attempts(e.id))
                out << "         " << time(at.at) << ' ' << at.purpose.leftJustified(8) << ' ' << at.method
                    << ' ' << at.endpoint << " -> "
                    << (at.httpStatus ? QString::number(at.httpStatus) : at.outcome) << " in "
                    << at.durationMs << " ms"
                    << (at.message.isEmpty() ? QString() : QStringLiteral(": ") + at.message) << '\n';
        }
    }
    out.flush();
    return ExitOk;
}

} // namespace badgedesk
