#include "ReportCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "reports/CredlyBulkExport.h"
#include "reports/IssuanceReport.h"
#include "reports/IssuanceReportWriter.h"
#include "storage/BatchRepository.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace badgedesk {
namespace {

const QCommandLineOption kJsonOption(QStringLiteral("json"), QStringLiteral("Machine-readable output."));
const QCommandLineOption kHelpOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Help."));

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

QJsonObject funnelJson(const IssuanceReport::Funnel& f)
{
    QJsonObject excluded;
    for (auto it = f.excludedByReason.cbegin(); it != f.excludedByReason.cend(); ++it)
        excluded.insert(it.key(), it.value());
    return {{QStringLiteral("received"), f.received}, {QStringLiteral("unclassified"), f.unclassified},
            {QStringLiteral("excluded"), f.excluded}, {QStringLiteral("excluded_by_reason"), excluded},
            {QStringLiteral("rejected"), f.rejected}, {QStringLiteral("needs_attention"), f.needsAttention},
            {QStringLiteral("eligible"), f.eligible}, {QStringLiteral("approved"), f.approved},
            {QStringLiteral("issued"), f.issued},     {QStringLiteral("accepted"), f.accepted},
            {QStringLiteral("pending"), f.pending},   {QStringLiteral("badge_rejected"), f.badgeRejected},
            {QStringLiteral("revoked"), f.revoked},   {QStringLiteral("failed"), f.failed}};
}

} // namespace

int runReportCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write an issuance report: Summary (funnel, by school, by assessment, by month), Issued, "
        "Exceptions and Attempts, as one .xlsx workbook or as CSV files (FILE.csv becomes "
        "FILE-summary.csv, FILE-issued.csv, FILE-exceptions.csv, FILE-attempts.csv). A month takes "
        "every batch of that month; a date range takes rows by issue date once issued, else by test "
        "date."));
    const QCommandLineOption batch(QStringLiteral("batch"), QStringLiteral("A batch (number or month)."),
                                   QStringLiteral("ID"));
    const QCommandLineOption month(QStringLiteral("month"), QStringLiteral("Every batch of a month."),
                                   QStringLiteral("YYYY-MM"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First day of a date range."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last day of a date range."),
                                QStringLiteral("DATE"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("FILE.xlsx or FILE.csv."),
                                 QStringLiteral("FILE"));
    parser.addOptions({batch, month, from, to, out});
    int code = ExitOk;
    if (!parse(context, parser, arguments, QStringLiteral("report"), &code))
        return code;
    const int scopes =
        int(parser.isSet(batch)) + int(parser.isSet(month)) + int(parser.isSet(from) || parser.isSet(to));
    if (scopes != 1) {
        context.printError(
            QStringLiteral("report needs exactly one of --batch ID, --month YYYY-MM or --from DATE "
                           "--to DATE. Run badgedesk-cli report --help for usage."));
        return ExitUsage;
    }
    if (!parser.isSet(out) || parser.value(out).trimmed().isEmpty()) {
        context.printError(QStringLiteral("report needs --out FILE.xlsx or --out FILE.csv."));
        return ExitUsage;
    }
    const QString path = parser.value(out);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv")) {
        context.printError(QStringLiteral("--out %1: a report is written as .xlsx or .csv; end the file name "
                                          "with one of them.")
                               .arg(path));
        return ExitUsage;
    }
    if (parser.isSet(from) != parser.isSet(to)) {
        context.printError(QStringLiteral("A date range needs both --from DATE and --to DATE."));
        return ExitUsage;
    }

    std::optional<ReportScope> scope;
    QString error;
    if (parser.isSet(batch)) {
        const qint64 id = context.batch(parser.value(batch));
        if (!id)
            return ExitBadInput;
        const auto info = BatchRepository(context.database()->connection()).byId(id);
        scope = ReportScope::forBatch(id, info ? info->month : QString());
    } else if (parser.isSet(month)) {
        scope = ReportScope::forMonth(parser.value(month), &error);
    } else {
        const QDate first = ReportScope::parseDate(parser.value(from));
        const QDate last = ReportScope::parseDate(parser.value(to));
        if (!first.isValid() || !last.isValid()) {
            context.printError(
                QStringLiteral("\"%1\" is not a date: write dates as YYYY-MM-DD, e.g. 2026-07-01.")
                    .arg(first.isValid() ? parser.value(to) : parser.value(from)));
            return ExitBadInput;
        }
        scope = ReportScope::forRange(first, last, &error);
    }
    if (!scope) {
        context.printError(error);
        return ExitBadInput;
    }
    Database* db = context.database();
    if (!db)
        return ExitBadInput;
    IssuanceReport report(db->connection(), *scope);
    IssuanceReportWriter writer(report);
    if (!writer.write(path)) {
        context.printError(writer.errorMessage());
        return ExitBadInput;
    }
    const IssuanceReport::Funnel& f = writer.summary().funnel;
    if (context.json()) {
        QJsonObject o{{QStringLiteral("scope"), scope->description()},
                      {QStringLiteral("environment"), environmentKey(report.environment())},
                      {QStringLiteral("files"), QJsonArray::fromStringList(writer.writtenFiles())},
                      {QStringLiteral("funnel"), funnelJson(f)},
                      {QStringLiteral("schools"), int(writer.summary().bySchool.size())},
                      {QStringLiteral("assessments"), int(writer.summary().byAssessment.size())},
                      {QStringLiteral("months"), int(writer.summary().byMonth.size())}};
        context.printJson(o);
    } else {
        context.out() << "Report for " << scope->description() << " (" << environmentKey(report.environment())
                      << "): " << f.received << " rows received, " << f.excluded << " excluded, "
                      << f.needsAttention << " needing attention, " << f.approved << " approved, " << f.issued
                      << " issued, " << f.accepted << " accepted.\n";
        for (const QString& file : writer.writtenFiles())
            context.out() << "Wrote " << file << "\n";
        context.out().flush();
    }
    return ExitOk;
}

int runCredlyCsvCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write Credly's bulk-issue CSV for a batch's approved rows that have no badge yet in this "
        "database's environment (Credly's headers in order, mm/dd/yy, UTF-8, at most 5,000 rows per "
        "file), for upload under Badges > Issue in Credly when the API path cannot be used."));
    parser.addPositionalArgument(QStringLiteral("BATCH"),
                                 QStringLiteral("A batch number or a month (YYYY-MM)."));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The folder for the files."),
                                 QStringLiteral("DIR"));
    parser.addOption(out);
    int code = ExitOk;
    if (!parse(context, parser, arguments, QStringLiteral("credly-csv"), &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        context.printError(
            QStringLiteral("credly-csv needs one batch: badgedesk-cli credly-csv BATCH --out DIR"));
        return ExitUsage;
    }
    if (!parser.isSet(out) || parser.value(out).trimmed().isEmpty()) {
        context.printError(QStringLiteral("credly-csv needs --out DIR, the folder for the files."));
        return ExitUsage;
    }
    const qint64 id = context.batch(parser.positionalArguments().first());
    if (!id)
        return ExitBadInput;
    const CredlyBulkExport::Result r =
        CredlyBulkExport::write(context.database()->connection(), id, parser.value(out));
    if (!r.ok) {
        context.printError(r.error);
        return ExitBadInput;
    }
    if (context.json()) {
        QJsonArray skipped;
        for (const auto& s : r.skipped)
            skipped.append(QJsonObject{{QStringLiteral("row"), s.rowId}, {QStringLiteral("why"), s.why}});
        context.printJson({{QStringLiteral("batch"), id},
                           {QStringLiteral("environment"), environmentKey(r.environment)},
                           {QStringLiteral("rows"), r.rows},
                           {QStringLiteral("files"), QJsonArray::fromStringList(r.files)},
                           {QStringLiteral("skipped"), skipped}});
    } else {
        context.out() << r.rows << " rows for Credly's bulk upload (" << environmentKey(r.environment)
                      << "), in " << r.files.size() << (r.files.size() == 1 ? " file" : " files") << ":\n";
        for (const QString& f : r.files)
            context.out() << "  " << f << "\n";
        for (const auto& s : r.skipped)
            context.out() << "Left out row " << s.rowId << ": " << s.why << "\n";
        context.out().flush();
    }
    return ExitOk;
}

} // namespace badgedesk
