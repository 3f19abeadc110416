#include "ReviewCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "domain/EmailCheck.h"
#include "storage/AuditLog.h"
#include "storage/BatchRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/SignOffRepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace badgedesk {
namespace {

// The options every review command shares; the command adds its own before parsing.
struct Parsed
{
    QCommandLineParser parser;
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Machine-readable output.")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Help.")};
};

// Returns ExitOk to go on, or the exit code to stop with (help printed, or a usage error).
int parse(CliContext& context, Parsed& p, const QStringList& arguments, const QString& name)
{
    p.parser.addOptions({p.json, p.help});
    if (!p.parser.parse(arguments)) {
        context.printUsageError(p.parser.errorText(), QStringLiteral("badgedesk-cli %1 --help").arg(name));
        return ExitUsage;
    }
    if (p.parser.isSet(p.json))
        context.setJson(true);
    if (p.parser.isSet(p.help)) {
        context.out() << p.parser.helpText();
        context.out().flush();
        return -1;
    }
    return ExitOk;
}

// "12" (a batch id) or "2026-10" (the newest batch of that month).
// A batch imported but never classified is classified before its rows are decided.
bool classifiedOnce(CliContext& context, ReviewRepository& repo, qint64 batchId)
{
    if (!repo.hasUnclassifiedRows(batchId) || repo.classifyBatch(batchId))
        return true;
    context.printError(QStringLiteral("The batch could not be classified: %1").arg(repo.error()));
    return false;
}

// "1,2,5-9" -> [1, 2, 5, 6, 7, 8, 9]; false when it is not that.
bool rowIds(const QString& text, QList<qint64>* ids, QString* error)
{
    static const QRegularExpression item(QStringLiteral("^\\s*(\\d+)\\s*(?:-\\s*(\\d+)\\s*)?$"));
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        *error = QStringLiteral("--rows needs row ids, e.g. --rows 12,15,20-30");
        return false;
    }
    for (const QString& part : parts) {
        const auto m = item.match(part);
        if (!m.hasMatch()) {
            *error =
                QStringLiteral("--rows: \"%1\" is not a row id or a range like 20-30").arg(part.trimmed());
            return false;
        }
        const qint64 from = m.captured(1).toLongLong();
        const qint64 to = m.captured(2).isEmpty() ? from : m.captured(2).toLongLong();
        if (to < from || to - from > 1000000) {
            *error = QStringLiteral("--rows: the range %1 is backwards or too long").arg(part.trimmed());
            return false;
        }
        for (qint64 id = from; id <= to; ++id)
            ids->append(id);
    }
    return true;
}

QString signOffKey(SignOffRepository::State state)
{
    switch (state) {
    case SignOffRepository::State::NotSignedOff:
        return QStringLiteral("not_signed_off");
    case SignOffRepository::State::Valid:
        return QStringLiteral("valid");
    case SignOffRepository::State::Voided:
        return QStringLiteral("voided");
    }
    return {};
}

QJsonObject signOffJson(const SignOffRepository::Status& s)
{
    QJsonObject o{{QStringLiteral("state"), signOffKey(s.state)},
                  {QStringLiteral("approved_rows"), s.approvedRows},
                  {QStringLiteral("message"), s.message}};
    if (s.signedOffAt.isValid()) {
        o.insert(QStringLiteral("signed_off_at"), s.signedOffAt.toUTC().toString(Qt::ISODate));
        o.insert(QStringLiteral("signed_off_by"), s.signedOffBy);
    }
    return o;
}

QJsonObject countsJson(const QMap<QString, int>& counts)
{
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject rowJson(const ReviewRepository::Row& r)
{
    QJsonObject o{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("file_row"), r.sourceRow},
        {QStringLiteral("status"), statusKey(r.status)},
        {QStringLiteral("reason"), r.reason ? QJsonValue(reasonKey(*r.reason)) : QJsonValue()},
        {QStringLiteral("detail"), r.detail},
        {QStringLiteral("first_name"), r.firstName},
        {QStringLiteral("last_name"), r.lastName},
        {QStringLiteral("email"), r.email},
        {QStringLiteral("school"), r.schoolName.isEmpty() ? r.schoolCode : r.schoolName},
        {QStringLiteral("assessment"), r.assessmentCode},
        {QStringLiteral("test_date"), r.testDate.isValid() ? r.testDate.toString(Qt::ISODate) : QString()}};
    if (!r.emailSuggestion.isEmpty())
        o.insert(QStringLiteral("email_suggestion"), r.emailSuggestion);
    if (r.overridden)
        o.insert(QStringLiteral("overridden"), true);
    if (r.ruleChangedSinceApproval())
        o.insert(QStringLiteral("rule_now"),
                 r.ruleReason ? reasonKey(*r.ruleReason) : statusKey(r.ruleStatus));
    return o;
}

// The outcome of approve/reject: counts, what was left and why; exit 0, 4 (partly) or 2 (none).
int report(CliContext& context, qint64 batchId, const ReviewRepository::Change& change, const QString& verb,
           ReviewRepository& repo)
{
    if (!change.ok) {
        context.printError(change.error);
        return ExitBadInput;
    }
    const int code = change.skipped.isEmpty() ? ExitOk : change.decided > 0 ? ExitPartlyDone : ExitBadInput;
    if (context.json()) {
        QJsonArray skipped;
        for (const auto& s : change.skipped)
            skipped.append(QJsonObject{{QStringLiteral("row"), s.id}, {QStringLiteral("why"), s.why}});
        const auto counts = repo.counts(batchId);
        context.printJson({{QStringLiteral("batch"), batchId},
                           {verb, change.decided},
                           {QStringLiteral("skipped"), skipped},
                           {QStringLiteral("statuses"), countsJson(counts.statuses)}});
        return code;
    }
    QTextStream& out = context.out();
    out << QStringLiteral("Batch %1: %2 %3 row(s).").arg(batchId).arg(verb).arg(change.decided) << '\n';
    if (!change.skipped.isEmpty()) {
        out << change.skipped.size() << " row(s) left as they were:\n";
        for (const auto& s : change.skipped)
            out << "  " << s.why << '\n';
    }
    out.flush();
    return code;
}

} // namespace

int runReviewCommand(CliContext& context, const QStringList& arguments)
{
    Parsed p;
    p.parser.setApplicationDescription(QStringLiteral(
        "Classify a batch's rows again (catalog and history as they are now) and show how many "
        "rows have each status and reason; --rows lists the rows."));
    p.parser.addPositionalArgument(QStringLiteral("BATCH"),
                                   QStringLiteral("Batch number, or a month YYYY-MM."));
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("List the rows too."));
    const QCommandLineOption statusOption(
        QStringLiteral("status"),
        QStringLiteral("With --rows: only rows with this status (eligible, "
                       "needs_attention, excluded, approved, rejected...)."),
        QStringLiteral("STATUS"));
    const QCommandLineOption reasonOption(QStringLiteral("reason"),
                                          QStringLiteral("With --rows: only rows with this reason code."),
                                          QStringLiteral("REASON"));
    p.parser.addOptions({rowsOption, statusOption, reasonOption});
    if (const int code = parse(context, p, arguments, QStringLiteral("review")); code != ExitOk)
        return code < 0 ? ExitOk : code;
    const QStringList args = p.parser.positionalArguments();
    if (args.size() != 1) {
        context.printError(
            QStringLiteral("review needs one batch: badgedesk-cli review BATCH [--rows] [--json]"));
        return ExitUsage;
    }
    std::optional<RowStatus> status;
    if (p.parser.isSet(statusOption)) {
        status = statusFromKey(p.parser.value(statusOption).trimmed());
        if (!status) {
            context.printError(
                QStringLiteral("--status \"%1\" is not a status; use one of %2")
                    .arg(p.parser.value(statusOption), allStatusKeys().join(QStringLiteral(", "))));
            return ExitBadInput;
        }
    }
    std::optional<ReasonCode> reason;
    if (p.parser.isSet(reasonOption)) {
        reason = reasonFromKey(p.parser.value(reasonOption).trimmed());
        if (!reason) {
            context.printError(
                QStringLiteral("--reason \"%1\" is not a reason code; use one of %2")
                    .arg(p.parser.value(reasonOption), allReasonKeys().join(QStringLiteral(", "))));
            return ExitBadInput;
        }
    }
    const qint64 batchId = context.batch(args.first());
    if (batchId == 0)
        return ExitBadInput;
    Database* db = context.database(); // open: batch() found the batch in it
    ReviewRepository repo(db->connection());
    if (!repo.classifyBatch(batchId)) {
        context.printError(QStringLiteral("The batch could not be classified: %1").arg(repo.error()));
        return ExitBadInput;
    }
    const auto counts = repo.counts(batchId);
    const auto signOff = SignOffRepository(db->connection()).status(batchId);
    const auto summary = BatchRepository(db->connection()).byId(batchId);
    QList<ReviewRepository::Row> rows;
    if (p.parser.isSet(rowsOption)) {
        const auto all = repo.rows(batchId, true);
        for (const auto& r : all) {
            if ((!status || r.status == *status) && (!reason || r.reason == reason))
                rows.append(r);
        }
    }

    if (context.json()) {
        QJsonObject batch{{QStringLiteral("id"), batchId},
                          {QStringLiteral("month"), summary ? summary->month : QString()},
                          {QStringLiteral("label"), summary ? summary->label : QString()},
                          {QStringLiteral("rows"), counts.rows},
                          {QStringLiteral("sign_off"), signOffJson(signOff)}};
        QJsonObject o{{QStringLiteral("batch"), batch},
                      {QStringLiteral("statuses"), countsJson(counts.statuses)},
                      {QStringLiteral("reasons"), countsJson(counts.reasons)}};
        if (p.parser.isSet(rowsOption)) {
            QJsonArray list;
            for (const auto& r : std::as_const(rows))
                list.append(rowJson(r));
            o.insert(QStringLiteral("rows"), list);
        }
        context.printJson(o);
        return ExitOk;
    }
    QTextStream& out = context.out();
    out << "Batch " << batchId << " (" << (summary ? summary->displayName() : QString())
        << "): " << counts.rows << " rows. " << signOff.message << '\n';
    out << "Statuses:\n";
    for (auto it = counts.statuses.cbegin(); it != counts.statuses.cend(); ++it) {
        if (it.value() > 0)
            out << "  " << it.key().leftJustified(20) << QString::number(it.value()).rightJustified(7)
                << '\n';
    }
    bool anyReason = false;
    for (auto it = counts.reasons.cbegin(); it != counts.reasons.cend(); ++it) {
        if (it.value() == 0)
            continue;
        if (!anyReason)
            out << "Reasons (rows excluded or needing attention):\n";
        anyReason = true;
        out << "  " << it.key().leftJustified(20) << QString::number(it.value()).rightJustified(7) << '\n';
    }
    if (p.parser.isSet(rowsOption)) {
        out << "\n"
            << QStringLiteral("%1 %2 %3 %4 %5 %6")
                   .arg(QStringLiteral("id").rightJustified(8), QStringLiteral("row").rightJustified(6),
                        QStringLiteral("status").leftJustified(16),
                        QStringLiteral("reason").leftJustified(19), QStringLiteral("name").leftJustified(28),
                        QStringLiteral("email"))
            << '\n';
        for (const auto& r : std::as_const(rows)) {
            const QString name = r.lastName + QStringLiteral(", ") + r.firstName;
            out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                       .arg(QString::number(r.id).rightJustified(8),
                            QString::number(r.sourceRow).rightJustified(6),
                            statusKey(r.status).leftJustified(16),
                            (r.reason ? reasonKey(*r.reason) : QString()).leftJustified(19),
                            name.left(28).leftJustified(28), r.email)
                << (r.emailSuggestion.isEmpty()
                        ? QString()
                        : QStringLiteral("  (did you mean %1?)").arg(r.emailSuggestion))
                << '\n';
        }
    }
    out.flush();
    return ExitOk;
}

int runApproveCommand(CliContext& context, const QStringList& arguments)
{
    Parsed p;
    p.parser.setApplicationDescription(QStringLiteral(
        "Approve rows of a batch: every eligible row, or the rows given. Rows that need a fix or "
        "an override are left as they are and listed (exit 4 when some were approved)."));
    p.parser.addPositionalArgument(QStringLiteral("BATCH"),
                                   QStringLiteral("Batch number, or a month YYYY-MM."));
    const QCommandLineOption allOption(QStringLiteral("all-eligible"), QStringLiteral("Every eligible row."));
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Row ids: 12,15,20-30."),
                                        QStringLiteral("IDS"));
    const QCommandLineOption overrideOption(
        QStringLiteral("override"),
        QStringLiteral(
            "With --rows: approve excluded rows too, for this written reason (not for a missing or bad "
            "email, a missing name or a missing template: fix those)."),
        QStringLiteral("REASON"));
    p.parser.addOptions({allOption, rowsOption, overrideOption});
    if (const int code = parse(context, p, arguments, QStringLiteral("approve")); code != ExitOk)
        return code < 0 ? ExitOk : code;
    const QStringList args = p.parser.positionalArguments();
    const bool all = p.parser.isSet(allOption);
    const bool some = p.parser.isSet(rowsOption);
    if (args.size() != 1 || all == some) {
        context.printError(QStringLiteral(
            "approve needs a batch and either --all-eligible or --rows IDS: badgedesk-cli approve "
            "BATCH (--all-eligible | --rows IDS)"));
        return ExitUsage;
    }
    if (all && p.parser.isSet(overrideOption)) {
        context.printError(QStringLiteral("--override goes with --rows: overrides are decided row by row"));
        return ExitUsage;
    }
    QList<qint64> ids;
    QString error;
    if (some && !rowIds(p.parser.value(rowsOption), &ids, &error)) {
        context.printError(error);
        return ExitBadInput;
    }
    const qint64 batchId = context.batch(args.first());
    if (batchId == 0)
        return ExitBadInput;
    Database* db = context.database(); // open: batch() found the batch in it
    ReviewRepository repo(db->connection());
    if (!classifiedOnce(context, repo, batchId))
        return ExitBadInput;
    const QString actor = AuditLog::currentActor();
    const ReviewRepository::Change change =
        all ? repo.approveAllEligible(batchId, actor)
        : p.parser.isSet(overrideOption)
            ? repo.overrideRows(batchId, ids, p.parser.value(overrideOption), actor)
            : repo.approve(batchId, ids, actor);
    return report(context, batchId, change, QStringLiteral("approved"), repo);
}

int runRejectCommand(CliContext& context, const QStringList& arguments)
{
    Parsed p;
    p.parser.setApplicationDescription(
        QStringLiteral("Reject rows of a batch, with the reason written to the audit log."));
    p.parser.addPositionalArgument(QStringLiteral("BATCH"),
                                   QStringLiteral("Batch number, or a month YYYY-MM."));
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Row ids: 12,15,20-30."),
                                        QStringLiteral("IDS"));
    const QCommandLineOption reasonOption(QStringLiteral("reason"), QStringLiteral("Why (required)."),
                                          QStringLiteral("TEXT"));
    p.parser.addOptions({rowsOption, reasonOption});
    if (const int code = parse(context, p, arguments, QStringLiteral("reject")); code != ExitOk)
        return code < 0 ? ExitOk : code;
    const QStringList args = p.parser.positionalArguments();
    if (args.size() != 1 || !p.parser.isSet(rowsOption) || !p.parser.isSet(reasonOption)) {
        context.printError(QStringLiteral("reject needs a batch, the rows and a reason: badgedesk-cli reject "
                                          "BATCH --rows IDS --reason TEXT"));
        return ExitUsage;
    }
    QList<qint64> ids;
    QString error;
    if (!rowIds(p.parser.value(rowsOption), &ids, &error)) {
        context.printError(error);
        return ExitBadInput;
    }
    if (p.parser.value(reasonOption).trimmed().isEmpty()) {
        context.printError(
            QStringLiteral("--reason is empty: write why the rows are rejected (it is kept in the "
                           "audit log)"));
        return ExitBadInput;
    }
    const qint64 batchId = context.batch(args.first());
    if (batchId == 0)
        return ExitBadInput;
    Database* db = context.database(); // open: batch() found the batch in it
    ReviewRepository repo(db->connection());
    if (!classifiedOnce(context, repo, batchId))
        return ExitBadInput;
    const auto change = repo.reject(batchId, ids, p.parser.value(reasonOption), AuditLog::currentActor());
    return report(context, batchId, change, QStringLiteral("rejected"), repo);
}

int runSetEmailCommand(CliContext& context, const QStringList& arguments)
{
    Parsed p;
    p.parser.setApplicationDescription(
        QStringLiteral("Fix a row's email. The imported address stays in the row's history; the row is "
                       "classified again. An address that does not look valid is refused unless --force."));
    p.parser.addPositionalArgument(QStringLiteral("ROW"), QStringLiteral("Row id."));
    p.parser.addPositionalArgument(QStringLiteral("EMAIL"), QStringLiteral("The address."));
    const QCommandLineOption forceOption(
        QStringLiteral("force"), QStringLiteral("Save the address even if the check finds a problem."));
    p.parser.addOption(forceOption);
    if (const int code = parse(context, p, arguments, QStringLiteral("set-email")); code != ExitOk)
        return code < 0 ? ExitOk : code;
    const QStringList args = p.parser.positionalArguments();
    if (args.size() != 2) {
        context.printError(
            QStringLiteral("set-email needs a row id and an address: badgedesk-cli set-email ROW EMAIL"));
        return ExitUsage;
    }
    bool ok = false;
    const qint64 rowId = args.at(0).toLongLong(&ok);
    if (!ok || rowId <= 0) {
        context.printError(
            QStringLiteral("\"%1\" is not a row id (a number; badgedesk-cli review BATCH --rows lists "
                           "them)")
                .arg(args.at(0)));
        return ExitBadInput;
    }
    const EmailCheck::Result check = EmailCheck::check(args.at(1));
    if (!check.isValid() && !p.parser.isSet(forceOption)) {
        context.printError(QStringLiteral("\"%1\" was not saved: %2.%3 Use --force to save it anyway.")
                               .arg(args.at(1).trimmed(), EmailCheck::describe(check.problem),
                                    check.suggestion.isEmpty()
                                        ? QString()
                                        : QStringLiteral(" Did you mean %1?").arg(check.suggestion)));
        return ExitBadInput;
    }
    Database* db = context.database();
    if (!db)
        return ExitBadInput;
    ReviewRepository repo(db->connection());
    const auto change = repo.setEmail(rowId, args.at(1), AuditLog::currentActor());
    if (!change.ok) {
        context.printError(change.error);
        return ExitBadInput;
    }
    const auto rows = repo.rowsById({rowId});
    const ReviewRepository::Row row = rows.isEmpty() ? ReviewRepository::Row() : rows.first();
    if (context.json()) {
        context.printJson(
            {{QStringLiteral("row"), rowId},
             {QStringLiteral("email"), row.email},
             {QStringLiteral("old_email"), change.oldEmail},
             {QStringLiteral("status"), statusKey(row.status)},
             {QStringLiteral("reason"), row.reason ? QJsonValue(reasonKey(*row.reason)) : QJsonValue()}});
        return ExitOk;
    }
    context.out() << QStringLiteral("Row %1: email set to %2 (was %3). Status now: %4%5.")
                         .arg(rowId)
                         .arg(row.email, change.oldEmail.isEmpty() ? QStringLiteral("none") : change.oldEmail,
                              statusKey(row.status),
                              row.reason ? QStringLiteral(" (%1)").arg(reasonKey(*row.reason)) : QString())
                  << '\n';
    context.out().flush();
    return ExitOk;
}

int runSignOffCommand(CliContext& context, const QStringList& arguments)
{
    Parsed p;
    p.parser.setApplicationDescription(QStringLiteral(
        "Sign off a batch: every row decided, the approved rows frozen (a hash of them is kept; any "
        "later change to them voids the sign-off). Issuing needs a valid sign-off."));
    p.parser.addPositionalArgument(QStringLiteral("BATCH"),
                                   QStringLiteral("Batch number, or a month YYYY-MM."));
    if (const int code = parse(context, p, arguments, QStringLiteral("signoff")); code != ExitOk)
        return code < 0 ? ExitOk : code;
    const QStringList args = p.parser.positionalArguments();
    if (args.size() != 1) {
        context.printError(QStringLiteral("signoff needs one batch: badgedesk-cli signoff BATCH"));
        return ExitUsage;
    }
    const qint64 batchId = context.batch(args.first());
    if (batchId == 0)
        return ExitBadInput;
    Database* db = context.database(); // open: batch() found the batch in it
    SignOffRepository signOff(db->connection());
    if (!signOff.signOff(batchId, AuditLog::currentActor())) {
        context.printError(signOff.error());
        return ExitBadInput;
    }
    const auto status = signOff.status(batchId);
    if (context.json()) {
        QJsonObject o = signOffJson(status);
        o.insert(QStringLiteral("batch"), batchId);
        context.printJson(o);
        return ExitOk;
    }
    context.out() << status.message << '\n';
    context.out().flush();
    return ExitOk;
}

} // namespace badgedesk
