#include "CatalogCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "domain/CatalogDiff.h"
#include "domain/CatalogValidator.h"
#include "importing/CatalogListReader.h"
#include "reports/CatalogListWriter.h"
#include "storage/CatalogRepository.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace badgedesk {
namespace {

QString actor()
{
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject entryJson(const CatalogEntry& entry, const CatalogValidator& validator)
{
    const auto t = validator.templateFor(entry.credlyTemplateId);
    const CatalogValidator::Problem problem = validator.check(entry);
    return {
        {QStringLiteral("code"), entry.code},
        {QStringLiteral("title"), entry.title},
        {QStringLiteral("credentialing_body"), entry.credentialingBody},
        {QStringLiteral("vendor"), entry.vendor},
        {QStringLiteral("credential_type"), entry.credentialType},
        {QStringLiteral("program_area"), entry.programArea},
        {QStringLiteral("effective_date"), textOrNull(entry.fieldValue(QStringLiteral("effective_date")))},
        {QStringLiteral("retired_date"), textOrNull(entry.fieldValue(QStringLiteral("retired_date")))},
        {QStringLiteral("vendor_badges"), entry.vendorBadges},
        {QStringLiteral("careertech_badges"), entry.careertechBadges},
        {QStringLiteral("credly_template_id"), textOrNull(entry.credlyTemplateId)},
        {QStringLiteral("template_name"), t ? QJsonValue(t->name) : QJsonValue()},
        {QStringLiteral("template_state"), t ? QJsonValue(t->state) : QJsonValue()},
        {QStringLiteral("notes"), entry.notes},
        {QStringLiteral("problem"), textOrNull(problem.kind)},
        {QStringLiteral("problem_message"), textOrNull(problem.message)},
    };
}

// Values as a reader of the terminal wants them: flags as yes/no, empty as (empty).
QString shown(const QString& field, const QString& value)
{
    if (field == QLatin1String("vendor_badges") || field == QLatin1String("careertech_badges"))
        return value == QLatin1String("1") ? QStringLiteral("yes") : QStringLiteral("no");
    return value.isEmpty() ? QStringLiteral("(empty)") : QLatin1Char('"') + value + QLatin1Char('"');
}

int parseOrFail(CliContext& context, QCommandLineParser& parser, const QStringList& arguments,
                const QString& usage, int positionals)
{
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Machine-readable output."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Help."));
    parser.addOptions({json, help});
    if (!parser.parse(arguments)) {
        context.printError(parser.errorText() + QStringLiteral(". Usage: ") + usage);
        return ExitUsage;
    }
    if (parser.isSet(json))
        context.setJson(true);
    if (parser.isSet(help)) {
        context.out() << "Usage: " << usage << "\n\n" << parser.helpText();
        context.out().flush();
        return ExitOk;
    }
    if (parser.positionalArguments().size() != positionals) {
        context.printError(QStringLiteral("Usage: ") + usage);
        return ExitUsage;
    }
    return -1;
}

int runList(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    if (const int code = parseOrFail(context, parser, arguments, QStringLiteral("catalog list [--json]"), 0);
        code >= 0)
        return code;
    Database* db = context.database();
    if (!db)
        return ExitBadInput;
    CatalogRepository repository(db->connection());
    const CatalogValidator validator = repository.validator(db->environment());
    const QList<CatalogEntry> entries = repository.all();
    int problems = 0;
    int retired = 0;
    for (const CatalogEntry& entry : entries) {
        problems += validator.check(entry).isNull() ? 0 : 1;
        retired += entry.retiredDate.isValid() ? 1 : 0;
    }

    if (context.json()) {
        QJsonArray list;
        for (const CatalogEntry& entry : entries)
            list.append(entryJson(entry, validator));
        context.printJson({{QStringLiteral("environment"), environmentKey(db->environment())},
                           {QStringLiteral("count"), int(entries.size())},
                           {QStringLiteral("retired"), retired},
                           {QStringLiteral("problems"), problems},
                           {QStringLiteral("entries"), list}});
        return ExitOk;
    }
    QTextStream& out = context.out();
    if (entries.isEmpty()) {
        out << "The catalog is empty. Import the published list with: badgedesk-cli catalog import FILE "
               "--apply\n";
        out.flush();
        return ExitOk;
    }
    for (const CatalogEntry& entry : entries) {
        QStringList marks;
        if (entry.retiredDate.isValid())
            marks << QStringLiteral("retired %1").arg(entry.retiredDate.toString(Qt::ISODate));
        if (entry.careertechBadges)
            marks << QStringLiteral("CareerTech badges: %1")
                         .arg(validator.templateLabel(entry.credlyTemplateId).isEmpty()
                                  ? QStringLiteral("no template")
                                  : validator.templateLabel(entry.credlyTemplateId));
        if (entry.vendorBadges)
            marks << QStringLiteral("vendor badges");
        out << entry.code.leftJustified(10) << ' ' << entry.title;
        if (!marks.isEmpty())
            out << "  [" << marks.join(QStringLiteral("; ")) << ']';
        out << '\n';
        const CatalogValidator::Problem problem = validator.check(entry);
        if (!problem.isNull())
            out << "           ! " << problem.message << '\n';
    }
    out << entries.size() << " assessments, " << retired << " retired, " << problems << " with a problem\n";
    out.flush();
    return ExitOk;
}

int runExport(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    if (const int code =
            parseOrFail(context, parser, arguments, QStringLiteral("catalog export FILE.xlsx|FILE.csv"), 1);
        code >= 0)
        return code;
    const QString path = QDir::current().absoluteFilePath(parser.positionalArguments().first());
    if (!CatalogListWriter::isSupported(path)) {
        context.printError(
            QStringLiteral("%1: name the export file with .xlsx or .csv at the end, e.g. catalog.xlsx")
                .arg(QDir::toNativeSeparators(path)));
        return ExitUsage;
    }
    Database* db = context.database();
    if (!db)
        return ExitBadInput;
    CatalogRepository repository(db->connection());
    const QList<CatalogEntry> entries = repository.all();
    CatalogListWriter writer;
    if (!writer.write(path, entries, repository.validator(db->environment()))) {
        context.printError(writer.errorMessage());
        return ExitBadInput;
    }
    if (context.json()) {
        context.printJson({{QStringLiteral("file"), path}, {QStringLiteral("entries"), int(entries.size())}});
    } else {
        context.out() << "Wrote " << entries.size() << " assessments to " << QDir::toNativeSeparators(path)
                      << '\n';
        context.out().flush();
    }
    return ExitOk;
}

int runImport(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption apply(QStringLiteral("apply"),
                                   QStringLiteral("Apply the changes (default: only show them)."));
    const QCommandLineOption retireOn(
        QStringLiteral("retire-on"),
        QStringLiteral("Retire the assessments missing from the list on this date "
                       "(YYYY-MM-DD; default today)."),
        QStringLiteral("DATE"));
    parser.addOptions({apply, retireOn});
    if (const int code =
            parseOrFail(context, parser, arguments,
                        QStringLiteral("catalog import FILE [--apply] [--retire-on YYYY-MM-DD] [--json]"), 1);
        code >= 0)
        return code;
    QDate retireDate = QDate::currentDate();
    if (parser.isSet(retireOn)) {
        retireDate = QDate::fromString(parser.value(retireOn), Qt::ISODate);
        if (!retireDate.isValid()) {
            context.printError(QStringLiteral("--retire-on must be a date like 2026-07-01 (got \"%1\")")
                                   .arg(parser.value(retireOn)));
            return ExitUsage;
        }
    }
    const QString path = QDir::current().absoluteFilePath(parser.positionalArguments().first());
    CatalogListReader reader;
    if (!reader.read(path)) {
        context.printError(reader.errorMessage());
        return ExitBadInput;
    }
    Database* db = context.database();
    if (!db)
        return ExitBadInput;
    CatalogRepository repository(db->connection());
    const CatalogDiff diff =
        CatalogDiff::compute(repository.all(), reader.entries(), reader.heldCodes(), reader.listedFields());

    qint64 changeSet = 0;
    if (parser.isSet(apply) && !diff.isEmpty()) {
        changeSet = repository.applyImport(diff, retireDate, QFileInfo(path).fileName(), actor());
        if (changeSet == 0) {
            context.printError(QStringLiteral("Nothing was imported: %1").arg(repository.error()));
            return ExitBadInput;
        }
    }

    if (context.json()) {
        const CatalogValidator validator = repository.validator(db->environment());
        QJsonArray added;
        for (const CatalogEntry& entry : diff.added)
            added.append(entryJson(entry, validator));
        QJsonArray changed;
        for (const CatalogDiff::Change& change : diff.changed) {
            QJsonArray fields;
            for (const CatalogDiff::FieldChange& field : change.fields)
                fields.append(QJsonObject{{QStringLiteral("field"), field.field},
                                          {QStringLiteral("old"), field.oldValue},
                                          {QStringLiteral("new"), field.newValue}});
            changed.append(QJsonObject{{QStringLiteral("code"), change.after.code},
                                       {QStringLiteral("title"), change.after.title},
                                       {QStringLiteral("fields"), fields}});
        }
        QJsonArray missing;
        for (const CatalogEntry& entry : diff.missing)
            missing.append(
                QJsonObject{{QStringLiteral("code"), entry.code}, {QStringLiteral("title"), entry.title}});
        QJsonArray problems;
        for (const CatalogTableParser::Problem& problem : reader.problems())
            problems.append(QJsonObject{{QStringLiteral("row"), problem.row},
                                        {QStringLiteral("kind"), problem.kind},
                                        {QStringLiteral("message"), problem.message}});
        QJsonObject result{
            {QStringLiteral("file"), path},
            {QStringLiteral("header_row"), reader.headerRow()},
            {QStringLiteral("rows"), reader.dataRows()},
            {QStringLiteral("added"), added},
            {QStringLiteral("changed"), changed},
            {QStringLiteral("missing"), missing},
            {QStringLiteral("retire_on"), retireDate.toString(Qt::ISODate)},
            {QStringLiteral("unchanged"), diff.unchanged},
            {QStringLiteral("kept_fields"), QJsonArray::fromStringList(reader.unlistedFields())},
            {QStringLiteral("problems"), problems},
            {QStringLiteral("applied"), changeSet > 0}};
        if (changeSet > 0)
            result.insert(QStringLiteral("change_set_id"), changeSet);
        context.printJson(result);
        return ExitOk;
    }

    QTextStream& out = context.out();
    out << QFileInfo(path).fileName() << ": " << reader.dataRows() << " rows below the header on row "
        << reader.headerRow() << '\n';
    out << "  Added      " << diff.added.size() << '\n';
    out << "  Changed    " << diff.changed.size() << '\n';
    out << "  Retired    " << diff.missing.size() << " (missing from the list; retired on "
        << retireDate.toString(Qt::ISODate) << ")\n";
    out << "  Unchanged  " << diff.unchanged << '\n';
    out << "  Problems   " << reader.problems().size() << '\n';
    if (!reader.unlistedFields().isEmpty())
        out << "Not in the file, so kept as they are: " << reader.unlistedFields().join(QStringLiteral(", "))
            << '\n';
    if (!diff.added.isEmpty()) {
        out << "\nAdded:\n";
        for (const CatalogEntry& entry : diff.added)
            out << "  + " << entry.code.leftJustified(10) << ' ' << entry.title << '\n';
    }
    if (!diff.changed.isEmpty()) {
        out << "\nChanged:\n";
        for (const CatalogDiff::Change& change : diff.changed) {
            out << "  ~ " << change.after.code.leftJustified(10) << ' ' << change.after.title << '\n';
            for (const CatalogDiff::FieldChange& field : change.fields)
                out << "      " << field.field << ": " << shown(field.field, field.oldValue) << " -> "
                    << shown(field.field, field.newValue) << '\n';
        }
    }
    if (!diff.missing.isEmpty()) {
        out << "\nMissing from the list, to be retired on " << retireDate.toString(Qt::ISODate) << ":\n";
        for (const CatalogEntry& entry : diff.missing)
            out << "  - " << entry.code.leftJustified(10) << ' ' << entry.title << '\n';
    }
    if (!reader.problems().isEmpty()) {
        out << "\nProblems in the file:\n";
        for (const CatalogTableParser::Problem& problem : reader.problems())
            out << "  " << problem.message << '\n';
    }
    out << '\n';
    if (diff.isEmpty())
        out << "The catalog already matches the list; nothing to apply.\n";
    else if (changeSet > 0)
        out << "Applied as change set " << changeSet << ". Undo it in BadgeDesk's Catalog page.\n";
    else
        out << "Nothing was changed. Run again with --apply to apply these changes.\n";
    out.flush();
    return ExitOk;
}

} // namespace

int runCatalogCommand(CliContext& context, const QStringList& arguments)
{
    const QString usage =
        QStringLiteral("catalog import FILE [--apply] [--retire-on YYYY-MM-DD] | catalog export "
                       "FILE | catalog list   (each takes --json)");
    if (arguments.size() < 2) {
        context.printError(QStringLiteral("Usage: ") + usage);
        return ExitUsage;
    }
    const QString sub = arguments.at(1);
    QStringList rest{arguments.first() + QLatin1Char(' ') + sub};
    rest += arguments.mid(2);
    if (sub == QLatin1String("import"))
        return runImport(context, rest);
    if (sub == QLatin1String("export"))
        return runExport(context, rest);
    if (sub == QLatin1String("list"))
        return runList(context, rest);
    if (sub == QLatin1String("-h") || sub == QLatin1String("--help")) {
        context.out() << "Usage: " << usage << '\n';
        context.out().flush();
        return ExitOk;
    }
    context.printError(QStringLiteral("unknown catalog command \"%1\". Usage: %2").arg(sub, usage));
    return ExitUsage;
}

} // namespace badgedesk
