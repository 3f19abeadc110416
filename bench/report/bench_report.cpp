// bench/report: a 100,000-row XLSX report written by BadgeDesk's XlsxWorkbookWriter
// (libxlsxwriter, constant memory) against Python openpyxl in write-only mode writing the same
// cells, measured in the same run (issue 8: target at least 5x faster), with peak memory.
//
//   build/ci/bench/bench_report [--rows N] [--runs N] [--results bench/RESULTS.md]
//   build/ci/bench/bench_report --write FILE --rows N      (the measured child: our writer)
//
// Both sides are separate processes, alternated, timed by wall clock; medians are compared.
// Afterwards openpyxl reads both files back and compares the first rows and the row count, so
// the two really wrote the same cells.
#include "common/BenchRun.h"
#include "reports/XlsxWorkbookWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

using namespace badgedesk;
using namespace badgedesk::bench;

namespace {

const char* const Firsts[] = {"Ana",  "Ben",  "Carla", "Dev",  "Elena", "Farah", "Gus",
                              "Hana", "Ivan", "Jada",  "Kai",  "Lena",  "Marco", "Nia",
                              "Omar", "Pia",  "Quinn", "Rosa", "Sam",   "Tara"};
const char* const Lasts[] = {"Adams",  "Baker",   "Chavez", "Diaz",  "Evans", "Foster", "Garcia",
                             "Hughes", "Iverson", "Jones",  "Kim",   "Lopez", "Moore",  "Nguyen",
                             "Ortiz",  "Patel",   "Quincy", "Reyes", "Smith", "Tran",   "Underwood",
                             "Vega",   "White",   "Young",  "Zamora"};
const char* const States[] = {"pending", "accepted", "accepted", "rejected"};

const QStringList Header{
    QStringLiteral("First Name"), QStringLiteral("Last Name"),       QStringLiteral("Email"),
    QStringLiteral("School"),     QStringLiteral("Assessment Code"), QStringLiteral("Assessment"),
    QStringLiteral("Badge"),      QStringLiteral("Issued At"),       QStringLiteral("Credly Badge ID"),
    QStringLiteral("State"),      QStringLiteral("Score"),           QStringLiteral("Test Date")};

// The same rule as cells() in openpyxl_write.py.
bool writeRow(XlsxWorkbookWriter& w, int row, qint64 i)
{
    const qint64 code = (i * 7) % 150 + 100;
    // UTC: a naive wall-clock time, as openpyxl writes it (no time-zone lookups per cell).
    const QDateTime issued = QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC).addSecs(i * 60);
    const quint64 tail = (quint64(i) * 2654435761ULL) % (1ULL << 48);
    return w.writeString(row, 0, QString::fromLatin1(Firsts[i % 20])) &&
           w.writeString(row, 1, QString::fromLatin1(Lasts[(i / 20) % 25])) &&
           w.writeString(row, 2, QStringLiteral("student%1@students.example.org").arg(i)) &&
           w.writeString(row, 3,
                         QStringLiteral("Technology Center %1 - Campus %2").arg(i % 37 + 1).arg(i % 5 + 1)) &&
           w.writeString(row, 4, QStringLiteral("%1").arg(code, 4, 10, QLatin1Char('0'))) &&
           w.writeString(row, 5, QStringLiteral("Assessment %1").arg(code)) &&
           w.writeString(row, 6, QStringLiteral("CareerTech Testing Center - Assessment %1").arg(code)) &&
           w.writeDateTime(row, 7, issued) &&
           w.writeString(row, 8,
                         QStringLiteral("%1-0000-4000-8000-%2")
                             .arg(i, 8, 16, QLatin1Char('0'))
                             .arg(tail, 12, 16, QLatin1Char('0'))) &&
           w.writeString(row, 9, QString::fromLatin1(States[i % 4])) &&
           w.writeNumber(row, 10, double(70 + i % 31)) &&
           w.writeDate(row, 11, QDate(2026, 9, 1).addDays(i % 30));
}

int writeOurs(const QString& path, int rows)
{
    XlsxWorkbookWriter::Options options;
    options.constantMemory = true;
    XlsxWorkbookWriter w(path, options);
    bool ok = w.addWorksheet(QStringLiteral("Issued")) && w.writeHeader(0, Header, rows) &&
              w.setColumnWidth(0, int(Header.size()) - 1, 18);
    for (int i = 0; ok && i < rows; ++i)
        ok = writeRow(w, i + 1, i);
    return ok && w.close() ? 0 : 1;
}

// openpyxl reads both files back: the same row count and the same first rows.
QString compareOutputs(const QString& ours, const QString& theirs)
{
    const QString script = QStringLiteral(
        "import sys\n"
        "from openpyxl import load_workbook\n"
        "def head(p):\n"
        "    ws = load_workbook(p, read_only=True)['Issued']\n"
        "    rows, count = [], 0\n"
        "    for r in ws.iter_rows(values_only=True):\n"
        "        count += 1\n"
        "        if count <= 6 or count % 9973 == 0:\n"
        "            rows.append(tuple(r))\n"
        "    return count, rows\n"
        "a, b = head(sys.argv[1]), head(sys.argv[2])\n"
        "print('same (%d rows)' % a[0] if a == b else 'DIFFERENT: %r vs %r' % (a[0], b[0]))\n");
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, ours, theirs});
    p.waitForFinished(300000);
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption writeOption(QStringLiteral("write"), QStringLiteral("Child mode: write FILE."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows (default 100000)."),
                                        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each (default 3)."),
                                        QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption resultsOption(QStringLiteral("results"),
                                           QStringLiteral("Append figures to FILE."), QStringLiteral("FILE"));
    parser.addOptions({writeOption, rowsOption, runsOption, resultsOption});
    parser.addHelpOption();
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    if (parser.isSet(writeOption))
        return writeOurs(parser.value(writeOption), rows);

    QTextStream out(stdout);
    QTemporaryDir scratch;
    const QString script = QStringLiteral(BADGEDESK_BENCH_DIR "/report/openpyxl_write.py");
    const QString self = QCoreApplication::applicationFilePath();
    const QString oursFile = scratch.filePath(QStringLiteral("ours.xlsx"));
    const QString theirsFile = scratch.filePath(QStringLiteral("openpyxl.xlsx"));
    Series ours(QStringLiteral("BadgeDesk XlsxWorkbookWriter (libxlsxwriter, constant memory)"));
    Series theirs(QStringLiteral("Python openpyxl, write-only mode (anchor)"));
    const QString load = loadAverage();
    for (int run = 0; run < parser.value(runsOption).toInt(); ++run) {
        theirs.add(runChild({QStringLiteral("/usr/bin/python3"), script, theirsFile, QString::number(rows)},
                            scratch.path()));
        ours.add(runChild(
            {self, QStringLiteral("--write"), oursFile, QStringLiteral("--rows"), QString::number(rows)},
            scratch.path()));
        out << "run " << run + 1 << ": openpyxl " << theirs.seconds.back() << " s, ours "
            << ours.seconds.back() << " s\n";
        out.flush();
    }
    const QString same = compareOutputs(oursFile, theirsFile);
    const double ratio = ours.medianSeconds() > 0 ? theirs.medianSeconds() / ours.medianSeconds() : 0;
    QString text;
    QTextStream t(&text);
    t << "\n### bench/report, "
      << QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << " UTC\n\n"
      << rows << " rows x " << Header.size() << " columns (text, numbers, dates, date-times), "
      << ours.seconds.size() << " runs each, medians; " << QSysInfo::prettyProductName() << ", "
      << QThread::idealThreadCount() << " CPUs, load average " << load << " at the start.\n\n"
      << "| what | median s | peak RSS MiB | file KiB |\n|---|---:|---:|---:|\n"
      << "| " << theirs.name << " | " << QString::number(theirs.medianSeconds(), 'f', 2) << " | "
      << QString::number(theirs.peakKiB / 1024.0, 'f', 1) << " | " << QFileInfo(theirsFile).size() / 1024
      << " |\n"
      << "| " << ours.name << " | " << QString::number(ours.medianSeconds(), 'f', 2) << " | "
      << QString::number(ours.peakKiB / 1024.0, 'f', 1) << " | " << QFileInfo(oursFile).size() / 1024
      << " |\n\n"
      << "openpyxl / ours = " << QString::number(ratio, 'f', 1)
      << "x (target >= 5x: " << (ratio >= 5 ? "met" : "NOT met") << "). Read back by openpyxl: " << same
      << (ours.failed || theirs.failed ? ". A run FAILED." : ".") << "\n";
    t.flush();
    out << text;
    out.flush();
    if (parser.isSet(resultsOption) && !appendResults(parser.value(resultsOption), text))
        return 1;
    return ours.failed || theirs.failed || !same.startsWith(QLatin1String("same")) ? 1 : 0;
}
