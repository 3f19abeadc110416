// bench/report: the Issued sheet of a 100,000-row issuance report written by BadgeDesk's real
// report writer (IssuanceReport + IssuanceReportWriter: libxlsxwriter, constant memory, rows
// streamed from SQLite) against Python openpyxl in write-only mode writing the same cells from
// the same database, measured in the same run (issue 8: target at least 5x faster), with peak memory.
//
//   build/ci/bench/bench_report [--rows N] [--runs N] [--results bench/RESULTS.md]
//   build/ci/bench/bench_report --write FILE --db DB     (the measured child: our writer)
//
// The database (one batch of N rows, all issued in Practice, with templates and badge states) is
// made once before the runs and is not timed. Both sides are separate processes, alternated,
// timed by wall clock; medians are compared. Afterwards openpyxl reads both files back and
// compares sampled rows and the row count, so the two really wrote the same cells.
#include "common/BenchRun.h"
#include "reports/IssuanceReport.h"
#include "reports/IssuanceReportWriter.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
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

// One batch of `rows` issued rows in a Practice database (the report counts Practice there).
bool makeDatabase(const QString& path, int rows)
{
    Database db;
    if (!db.open(path))
        return false;
    QSqlQuery q(db.connection());
    const QString now = QStringLiteral("2026-11-01T00:00:00.000Z");
    bool ok = q.exec(QStringLiteral("INSERT INTO batches(id, month, created_at) VALUES(1, '2026-10', '%1')")
                         .arg(now)) &&
              q.exec(QStringLiteral("INSERT INTO import_files(id, batch_id, file_name, sha256, imported_at) "
                                    "VALUES(1, 1, 'bench.csv', 'x', '%1')")
                         .arg(now));
    for (int code = 100; ok && code < 250; ++code) {
        ok = q.exec(QStringLiteral(
                        "INSERT INTO catalog_entries(code, title, careertech_badges, credly_template_id, "
                        "updated_at) VALUES('%1', 'Assessment %2', 1, 'tmpl-%1', '%3')")
                        .arg(code, 4, 10, QLatin1Char('0'))
                        .arg(code)
                        .arg(now)) &&
             q.exec(QStringLiteral(
                        "INSERT INTO credly_templates(environment, id, name, state, synced_at) VALUES("
                        "'practice', 'tmpl-%1', 'CareerTech Testing Center - Assessment %2', 'active', '%3')")
                        .arg(code, 4, 10, QLatin1Char('0'))
                        .arg(code)
                        .arg(now));
    }
    if (!ok)
        return false;
    Transaction transaction(db.connection());
    SqliteStatement cert(
        db.connection(),
        "INSERT INTO certifications(id, batch_id, import_file_id, source_row, raw_json, row_key, "
        "first_name, last_name, email, school_code, school_name, assessment_code, test_date, status, "
        "updated_at) VALUES(?, 1, 1, ?, '[]', ?, ?, ?, ?, ?, ?, ?, ?, 'issued', ?)");
    SqliteStatement journal(
        db.connection(),
        "INSERT INTO issuance_journal(certification_id, batch_id, environment, template_id, "
        "issuer_earner_id, state, credly_badge_id, badge_state, issued_at, badge_state_at, "
        "created_at, updated_at) VALUES(?, 1, 'practice', ?, ?, 'issued', ?, ?, ?, ?, ?, ?)");
    for (qint64 i = 0; i < rows; ++i) {
        const qint64 code = (i * 7) % 150 + 100;
        const QDate test = QDate(2026, 10, 1).addDays(i % 30);
        const QDateTime issued(test, QTime(17, 0), Qt::UTC);
        const quint64 tail = (quint64(i) * 2654435761ULL) % (1ULL << 48);
        cert.bind(1, i + 1);
        cert.bind(2, i + 2);
        cert.bind(3, QStringLiteral("k%1").arg(i));
        cert.bind(4, QString::fromLatin1(Firsts[i % 20]));
        cert.bind(5, QString::fromLatin1(Lasts[(i / 20) % 25]));
        cert.bind(6, QStringLiteral("student%1@students.example.org").arg(i));
        cert.bind(7, QStringLiteral("%1").arg(i % 37 + 1, 4, 10, QLatin1Char('0')));
        cert.bind(8, QStringLiteral("Technology Center %1 - Campus %2").arg(i % 37 + 1).arg(i % 5 + 1));
        cert.bind(9, QStringLiteral("%1").arg(code, 4, 10, QLatin1Char('0')));
        cert.bind(10, test.toString(Qt::ISODate));
        cert.bind(11, now);
        journal.bind(1, i + 1);
        journal.bind(2, QStringLiteral("tmpl-%1").arg(code, 4, 10, QLatin1Char('0')));
        journal.bind(3, QStringLiteral("e%1").arg(i));
        journal.bind(4, QStringLiteral("%1-0000-4000-8000-%2")
                            .arg(i, 8, 16, QLatin1Char('0'))
                            .arg(tail, 12, 16, QLatin1Char('0')));
        journal.bind(5, QString::fromLatin1(States[i % 4]));
        journal.bind(6, issued.toString(Qt::ISODateWithMs));
        journal.bind(7, issued.addSecs(3600 * (i % 200)).toString(Qt::ISODateWithMs));
        journal.bind(8, now);
        journal.bind(9, now);
        if (!cert.exec() || !journal.exec())
            return false;
    }
    return transaction.commit();
}

int writeOurs(const QString& path, const QString& database)
{
    // As the app's export (ReportExportJob) opens its own connection to the database the window
    // already opened and checked: no integrity check per report, as openpyxl's side has none.
    Database db;
    if (!db.openConnection(database))
        return 1;
    IssuanceReport report(db.connection(), ReportScope::forBatch(1));
    IssuanceReportWriter::Options options;
    options.sheets = IssuanceReportWriter::IssuedSheet;
    IssuanceReportWriter writer(report, options);
    return writer.writeXlsx(path) ? 0 : 1;
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
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Child mode: the database."),
                                      QStringLiteral("DB"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows (default 100000)."),
                                        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each (default 3)."),
                                        QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption resultsOption(QStringLiteral("results"),
                                           QStringLiteral("Append figures to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption makeDbOption(
        QStringLiteral("make-db"),
        QStringLiteral("Only make the database of --rows issued rows (profiling)."), QStringLiteral("DB"));
    parser.addOptions({writeOption, dbOption, makeDbOption, rowsOption, runsOption, resultsOption});
    parser.addHelpOption();
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    if (parser.isSet(makeDbOption))
        return makeDatabase(parser.value(makeDbOption), rows) ? 0 : 1;
    if (parser.isSet(writeOption))
        return writeOurs(parser.value(writeOption), parser.value(dbOption));

    QTextStream out(stdout);
    QTemporaryDir scratch;
    const QString script = QStringLiteral(BADGEDESK_BENCH_DIR "/report/openpyxl_write.py");
    const QString self = QCoreApplication::applicationFilePath();
    const QString oursFile = scratch.filePath(QStringLiteral("ours.xlsx"));
    const QString theirsFile = scratch.filePath(QStringLiteral("openpyxl.xlsx"));
    const QString database = scratch.filePath(QStringLiteral("bench.sqlite"));
    out << "making a database of " << rows << " issued rows...\n";
    out.flush();
    if (!makeDatabase(database, rows)) {
        out << "could not make the database\n";
        return 1;
    }
    Series ours(
        QStringLiteral("BadgeDesk IssuanceReportWriter, Issued sheet (libxlsxwriter, constant memory)"));
    Series theirs(QStringLiteral("Python openpyxl, write-only mode (anchor)"));
    const QString load = loadAverage();
    for (int run = 0; run < parser.value(runsOption).toInt(); ++run) {
        theirs.add(
            runChild({QStringLiteral("/usr/bin/python3"), script, database, theirsFile}, scratch.path()));
        ours.add(runChild({self, QStringLiteral("--write"), oursFile, QStringLiteral("--db"), database},
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
      << rows
      << " rows x 13 columns of the report's Issued sheet (numbers, text, date-times), read from SQLite by "
         "both, "
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
