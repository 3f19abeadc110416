#include "SampleCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "sample/SampleDataGenerator.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace badgedesk {

int runSampleCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Write a synthetic CTIMS export and approved-assessment list (CSV and XLSX)."));
    const QCommandLineOption monthOption(
        QStringLiteral("month"), QStringLiteral("Report month, e.g. 2026-10."), QStringLiteral("YYYY-MM"));
    const QCommandLineOption rowsOption(
        QStringLiteral("rows"), QStringLiteral("Rows in the export (default 900; May 3500; July 250)."),
        QStringLiteral("N"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."),
                                        QStringLiteral("S"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Directory to write into."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption titleOption(
        QStringLiteral("title-rows"), QStringLiteral("Add a title row above the header and a totals row."));
    const QCommandLineOption driftOption(
        QStringLiteral("header-drift"),
        QStringLiteral("Use this month's drifted column names (e.g. \"Email Address\") and a blank column."));
    const QCommandLineOption cp1252Option(
        QStringLiteral("windows-1252"),
        QStringLiteral("Write the CSV files in Windows-1252, as Excel on Windows saves them."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Help."));
    parser.addOptions(
        {monthOption, rowsOption, seedOption, outOption, titleOption, driftOption, cp1252Option, helpOption});

    if (!parser.parse(arguments)) {
        context.printUsageError(parser.errorText(), QStringLiteral("badgedesk-cli sample --help"));
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        context.out() << parser.helpText();
        context.out().flush();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        context.printError(QStringLiteral("sample takes no positional arguments (got \"%1\")")
                               .arg(parser.positionalArguments().join(QLatin1Char(' '))));
        return ExitUsage;
    }

    SampleDataGenerator::Options options;
    if (!parser.isSet(monthOption) ||
        !SampleDataGenerator::parseMonth(parser.value(monthOption), &options.month)) {
        context.printError(QStringLiteral("--month must look like 2026-10"));
        return ExitUsage;
    }
    if (parser.isSet(rowsOption)) {
        bool ok = false;
        options.rows = parser.value(rowsOption).toInt(&ok);
        if (!ok || options.rows < 1 || options.rows > 1000000) {
            context.printError(QStringLiteral("--rows must be a whole number from 1 to 1000000"));
            return ExitUsage;
        }
    }
    if (parser.isSet(seedOption)) {
        bool ok = false;
        options.seed = parser.value(seedOption).toUInt(&ok);
        if (!ok) {
            context.printError(QStringLiteral("--seed must be a whole number from 0 to 4294967295"));
            return ExitUsage;
        }
    }
    if (!parser.isSet(outOption) || parser.value(outOption).isEmpty()) {
        context.printError(QStringLiteral("--out DIR is required: the directory to write the files into"));
        return ExitUsage;
    }
    options.titleAndTotals = parser.isSet(titleOption);
    options.headerDrift = parser.isSet(driftOption);
    options.windows1252 = parser.isSet(cp1252Option);

    const QString outDir = QDir::cleanPath(QDir::current().absoluteFilePath(parser.value(outOption)));
    if (!QDir().mkpath(outDir) || !QFileInfo(outDir).isDir() || !QFileInfo(outDir).isWritable()) {
        context.printError(QStringLiteral("cannot write to %1: not a writable directory").arg(outDir));
        return ExitBadInput;
    }

    QElapsedTimer timer;
    timer.start();
    SampleDataGenerator generator(options);
    QList<SampleDataGenerator::WrittenFile> written;
    if (!generator.writeAll(outDir, &written)) {
        context.printError(generator.errorMessage());
        return ExitBadInput;
    }
    const qint64 elapsed = timer.elapsed();

    if (context.json()) {
        QJsonArray files;
        for (const SampleDataGenerator::WrittenFile& file : std::as_const(written))
            files.append(
                QJsonObject{{QStringLiteral("path"), file.path}, {QStringLiteral("rows"), file.rows}});
        context.printJson({
            {QStringLiteral("month"), generator.month().toString(QStringLiteral("yyyy-MM"))},
            {QStringLiteral("rows"), generator.rows()},
            {QStringLiteral("seed"), qint64(options.seed)},
            {QStringLiteral("files"), files},
            {QStringLiteral("milliseconds"), elapsed},
        });
        return ExitOk;
    }
    QTextStream& out = context.out();
    out << "Synthetic sample data for " << generator.month().toString(QStringLiteral("yyyy-MM")) << " (seed "
        << options.seed << ", " << elapsed << " ms):\n";
    for (const SampleDataGenerator::WrittenFile& file : std::as_const(written))
        out << "  " << file.path << "  " << file.rows << " rows\n";
    out.flush();
    return ExitOk;
}

} // namespace badgedesk
