// bench/import: how long a 100,000-row CTIMS export takes to import, against the sqlite3 shell's
// .import of the same CSV into a bare table, measured in the same run (issue 3: target <= 2x).
//
//   build/ci/bench/bench_import [--rows N] [--runs N] [--results bench/RESULTS.md]
//
// Each measurement is a child process (the real badgedesk-cli, the real sqlite3 shell) timed by
// wall clock, with its peak memory from wait4(). Runs alternate between the anchor and ours so
// load from other processes hits both alike; the medians are compared.
#include "common/BenchRun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace badgedesk::bench;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Import benchmark: badgedesk-cli import vs sqlite3 .import"));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        QStringLiteral("Rows in the export (100000)."), QStringLiteral("N"),
                                        QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each (5)."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption resultsOption(QStringLiteral("results"),
                                           QStringLiteral("Append a dated section to this Markdown file."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption cliOption(QStringLiteral("cli"), QStringLiteral("badgedesk-cli to time."),
                                       QStringLiteral("PATH"), QStringLiteral(BADGEDESK_CLI_PATH));
    parser.addOptions({rowsOption, runsOption, resultsOption, cliOption});
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const QString cli = parser.value(cliOption);

    QTextStream out(stdout);
    QTemporaryDir dir;
    if (!dir.isValid() || rows < 1) {
        out << "bench_import: bad arguments or no temporary folder\n";
        return 1;
    }
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    QDir().mkpath(dataDir);

    // The CLI writes the sample files: this process stays small, so nothing it holds can leak
    // into the children's figures.
    QElapsedTimer timer;
    timer.start();
    const QString earlierDir = dir.filePath(QStringLiteral("earlier"));
    const Measurement generated =
        runChild({cli, QStringLiteral("sample"), QStringLiteral("--month"), QStringLiteral("2026-05"),
                  QStringLiteral("--rows"), QString::number(rows), QStringLiteral("--out"), dataDir},
                 dir.path());
    const Measurement generatedEarlier =
        runChild({cli, QStringLiteral("sample"), QStringLiteral("--month"), QStringLiteral("2026-04"),
                  QStringLiteral("--rows"), QString::number(rows), QStringLiteral("--out"), earlierDir},
                 dir.path());
    const QString csv = dataDir + QStringLiteral("/ctims_realtime_2026-05.csv");
    const QString xlsx = dataDir + QStringLiteral("/ctims_realtime_2026-05.xlsx");
    const QString earlier = earlierDir + QStringLiteral("/ctims_realtime_2026-04.csv");
    if (generated.exitCode != 0 || generatedEarlier.exitCode != 0 || !QFileInfo::exists(csv)) {
        out << "bench_import: " << cli << " sample failed\n";
        return 1;
    }
    out << "Generated " << rows << " rows (CSV " << QFileInfo(csv).size() / 1024 << " KiB, XLSX "
        << QFileInfo(xlsx).size() / 1024 << " KiB) in " << timer.elapsed() << " ms\n";
    out.flush();

    Series anchor(QStringLiteral("sqlite3 .import of the CSV into a bare table (anchor)"));
    Series csvImport(QStringLiteral("badgedesk-cli import CSV into an empty database"));
    Series xlsxImport(QStringLiteral("badgedesk-cli import XLSX into an empty database"));
    Series csvSecond(
        QStringLiteral("badgedesk-cli import CSV into a database holding another 100k-row month"));
    const QString loadBefore = loadAverage();
    int counter = 0;
    const auto freshDb = [&] { return dir.filePath(QStringLiteral("db%1.sqlite").arg(++counter)); };
    for (int run = 0; run < runs; ++run) {
        anchor.add(
            runChild({QStringLiteral("sqlite3"), freshDb(), QStringLiteral(".import --csv %1 t").arg(csv)},
                     dir.path()));
        csvImport.add(
            runChild({cli, QStringLiteral("--db"), freshDb(), QStringLiteral("import"), csv}, dir.path()));
        anchor.add(
            runChild({QStringLiteral("sqlite3"), freshDb(), QStringLiteral(".import --csv %1 t").arg(csv)},
                     dir.path()));
        xlsxImport.add(
            runChild({cli, QStringLiteral("--db"), freshDb(), QStringLiteral("import"), xlsx}, dir.path()));
        const QString held = freshDb();
        const Measurement first =
            runChild({cli, QStringLiteral("--db"), held, QStringLiteral("import"), earlier}, dir.path());
        if (first.exitCode != 0)
            csvSecond.failed = true;
        csvSecond.add(
            runChild({cli, QStringLiteral("--db"), held, QStringLiteral("import"), csv}, dir.path()));
        out << "run " << run + 1 << '/' << runs << " done\n";
        out.flush();
    }

    const double anchorMedian = median(anchor.seconds);
    QString table2;
    QTextStream t(&table2);
    t << "| what | median s | ratio to anchor | peak RSS MiB |\n|---|---:|---:|---:|\n";
    for (const Series* series : {&anchor, &csvImport, &xlsxImport, &csvSecond}) {
        const double m = median(series->seconds);
        t << "| " << series->name << (series->failed ? " (FAILED)" : "") << " | "
          << QString::number(m, 'f', 2) << " | " << QString::number(m / anchorMedian, 'f', 2) << "x | "
          << QString::number(series->peakKiB / 1024.0, 'f', 1) << " |\n";
    }
    t.flush();
    const double ratio = median(csvImport.seconds) / anchorMedian;
    const QString verdict = QStringLiteral("CSV import / anchor = %1x (target <= 2x: %2)")
                                .arg(ratio, 0, 'f', 2)
                                .arg(ratio <= 2.0 ? QStringLiteral("met") : QStringLiteral("NOT met"));
    out << '\n' << table2 << '\n' << verdict << '\n';

    if (parser.isSet(resultsOption)) {
        QFile results(parser.value(resultsOption));
        if (!results.open(QIODevice::Append | QIODevice::Text)) {
            out << "bench_import: cannot append to " << results.fileName() << '\n';
            return 1;
        }
        QTextStream r(&results);
        r << "\n### bench/import, "
          << QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << " UTC\n\n"
          << rows << " rows (CSV " << QFileInfo(csv).size() / (1024 * 1024) << " MiB, XLSX "
          << QFileInfo(xlsx).size() / (1024 * 1024) << " MiB), " << runs << " runs each, medians; "
          << QSysInfo::prettyProductName() << ", " << QThread::idealThreadCount() << " CPUs, load average "
          << loadBefore << " before and " << loadAverage() << " after.\n\n"
          << table2 << '\n'
          << verdict << "\n";
    }
    return csvImport.failed || xlsxImport.failed || csvSecond.failed || anchor.failed ? 2 : 0;
}
