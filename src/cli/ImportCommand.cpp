#include "ImportCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "importing/ImportProblem.h"
#include "importing/Importer.h"

#include <QCommandLineParser>
#include <QDir>

namespace badgedesk {
namespace {

bool parseEncoding(const QString& text, CsvReader::Encoding* encoding)
{
    const QString key =
        text.toLower().remove(QLatin1Char('-')).remove(QLatin1Char(' ')).remove(QLatin1Char('_'));
    if (key == QLatin1String("utf8"))
        *encoding = CsvReader::Encoding::Utf8;
    else if (key == QLatin1String("utf16le") || key == QLatin1String("utf16"))
        *encoding = CsvReader::Encoding::Utf16LE;
    else if (key == QLatin1String("utf16be"))
        *encoding = CsvReader::Encoding::Utf16BE;
    else if (key == QLatin1String("windows1252") || key == QLatin1String("cp1252") ||
             key == QLatin1String("latin1"))
        *encoding = CsvReader::Encoding::Windows1252;
    else
        return false;
    return true;
}

void printText(QTextStream& out, const ImportResult& result)
{
    out << result.message << '\n';
    if (result.status != ImportResult::Status::Imported &&
        result.status != ImportResult::Status::NothingNew) {
        out.flush();
        return;
    }
    const auto line = [&out](const char* label, qint64 value) {
        out << "  " << QString::fromLatin1(label).leftJustified(24) << value << '\n';
    };
    line("rows read", result.rowsRead);
    line("added", result.rowsAdded);
    line("already present", result.rowsAlreadyPresent);
    if (result.rowsRepeatedInFile > 0)
        line("  repeated in the file", result.rowsRepeatedInFile);
    for (auto it = result.alreadyPresentIn.cbegin(); it != result.alreadyPresentIn.cend(); ++it)
        out << "    in batch " << it.key() << ": " << it.value() << '\n';
    line("unreadable", result.rowsUnreadable);
    line("skipped (totals)", result.rowsSkipped);
    if (!result.problemCounts.isEmpty()) {
        out << "Problems in the added rows (check them in Review):\n";
        for (auto it = result.problemCounts.cbegin(); it != result.problemCounts.cend(); ++it) {
            const auto kind = ImportProblem::fromKey(it.key());
            out << "  " << it.key().leftJustified(20) << ' ' << QString::number(it.value()).rightJustified(6)
                << "  " << (kind ? ImportProblem::description(*kind) : QString()) << '\n';
        }
    }
    if (!result.unreadable.isEmpty()) {
        out << "Rows that could not be read (kept as they were in the file):\n";
        const int shown = int(qMin<qsizetype>(result.unreadable.size(), 20));
        for (int i = 0; i < shown; ++i)
            out << "  row " << result.unreadable.at(i).rowNumber << ": " << result.unreadable.at(i).reason
                << '\n';
        if (result.rowsUnreadable > shown)
            out << "  ... and " << (result.rowsUnreadable - shown) << " more (--json lists up to 1000)\n";
    }
    out.flush();
}

} // namespace

int runImportCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Import a CTIMS export (CSV or XLSX) into a new batch. The same file twice adds nothing; "
        "an overlapping file adds only the rows not imported before."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The CSV or XLSX export."));
    const QCommandLineOption sheetOption(QStringLiteral("sheet"),
                                         QStringLiteral("XLSX: the sheet to read (default: the first)."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QStringLiteral("Use this saved mapping profile (default: the best-fitting "
                       "saved profile, else the column names)."),
        QStringLiteral("NAME"));
    const QCommandLineOption monthOption(
        QStringLiteral("month"),
        QStringLiteral("The batch's month (default: the most common month of the "
                       "entry times)."),
        QStringLiteral("YYYY-MM"));
    const QCommandLineOption encodingOption(
        QStringLiteral("encoding"),
        QStringLiteral("CSV: utf-8, utf-16le, utf-16be or windows-1252 (default: "
                       "detected)."),
        QStringLiteral("NAME"));
    const QCommandLineOption headerRowOption(QStringLiteral("header-row"),
                                             QStringLiteral("The file row holding the column names (default: "
                                                            "detected)."),
                                             QStringLiteral("N"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Machine-readable output."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Help."));
    parser.addOptions(
        {sheetOption, profileOption, monthOption, encodingOption, headerRowOption, jsonOption, helpOption});

    if (!parser.parse(arguments)) {
        context.printError(parser.errorText() +
                           QStringLiteral(". Run badgedesk-cli import --help for usage."));
        return ExitUsage;
    }
    if (parser.isSet(jsonOption))
        context.setJson(true);
    if (parser.isSet(helpOption)) {
        context.out() << parser.helpText();
        context.out().flush();
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        context.printError(files.isEmpty()
                               ? QStringLiteral("import needs the file to import: badgedesk-cli import FILE")
                               : QStringLiteral("import takes one file (got %1)").arg(files.size()));
        return ExitUsage;
    }

    ImportOptions options;
    options.filePath = QDir::current().absoluteFilePath(files.first());
    options.sheetName = parser.value(sheetOption);
    options.profileName = parser.value(profileOption).trimmed();
    options.month = parser.value(monthOption).trimmed();
    if (parser.isSet(monthOption) && !Importer::isValidMonth(options.month)) {
        context.printError(
            QStringLiteral("--month \"%1\" is not a month: write it as YYYY-MM, for example 2026-10")
                .arg(options.month));
        return ExitBadInput;
    }
    if (parser.isSet(encodingOption) && !parseEncoding(parser.value(encodingOption), &options.encoding)) {
        context.printError(
            QStringLiteral("--encoding \"%1\" is not one of utf-8, utf-16le, utf-16be, windows-1252")
                .arg(parser.value(encodingOption)));
        return ExitBadInput;
    }
    if (parser.isSet(headerRowOption)) {
        bool ok = false;
        options.headerRow = parser.value(headerRowOption).toLongLong(&ok);
        if (!ok || options.headerRow < 1) {
            context.printError(QStringLiteral("--header-row must be a row number from 1 up"));
            return ExitBadInput;
        }
    }

    Database* db = context.database();
    if (!db)
        return ExitBadInput;
    Importer importer(db->connection());
    const ImportResult result = importer.run(options);
    if (context.json())
        context.printJson(result.toJson());
    else if (result.status == ImportResult::Status::Failed)
        context.printError(result.message);
    else
        printText(context.out(), result);
    return result.status == ImportResult::Status::Failed || result.status == ImportResult::Status::Cancelled
               ? ExitBadInput
               : ExitOk;
}

} // namespace badgedesk
