// bench/issue: issuing 1,000 badges against the Credly simulator at 200 ms latency with concurrency
// 1, 4 and 8 (issue 7 item 9: target within 15% of the ideal, concurrency / latency).
//
//   build/ci/bench/bench_issue [--rows N] [--latency-ms N] [--concurrency 1,4,8] [--results bench/RESULTS.md]
//
// For each concurrency: a fresh credly-sim process (its own state) and a fresh database with one
// signed-off batch of N approved rows; then `badgedesk-cli issue` exactly as a user runs it, under
// /usr/bin/time for its CPU time and peak memory. Throughput is taken from the journal's attempt
// log (first POST sent to last answer received), so start-up, the backup and the template check
// are reported apart from the sending itself.
#include "CredlySimulator.h"
#include "storage/Database.h"
#include "storage/SignOffRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <limits>

using namespace badgedesk;

namespace {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

struct Level
{
    int concurrency = 1;
    double wallSeconds = 0;    // the whole command
    double sendingSeconds = 0; // first POST out to last answer in
    double cpuSeconds = 0;     // user + system of badgedesk-cli
    double peakMiB = 0;
    int issued = 0;
    double perSecond = 0;
    double ideal = 0;
    double ratio = 0;
};

QString makeDatabase(const QString& path, int rows)
{
    Database db;
    if (!db.open(path) || !db.setEnvironment(CredlyEnvironment::Sandbox))
        return db.errorMessage();
    QSqlQuery q(db.connection());
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    q.exec(QStringLiteral(
               "INSERT INTO batches(id, month, created_at, notice_sent_at) VALUES(1, '2026-09', '%1', "
               "'2026-01-01T00:00:00.000Z')")
               .arg(now));
    q.exec(
        QStringLiteral("INSERT INTO import_files(id, batch_id, file_name, sha256, imported_at) VALUES(1, 1, "
                       "'bench.csv', 'x', '%1')")
            .arg(now));
    // The common case: active templates that refuse duplicates (Credly's own guard applies).
    QStringList templates;
    for (const auto& t : CredlySimulator::seedTemplates()) {
        if (!t.archived && !t.allowDuplicates && templates.size() < 20)
            templates << t.id;
    }
    for (int i = 0; i < templates.size(); ++i)
        q.exec(
            QStringLiteral("INSERT INTO catalog_entries(code, title, careertech_badges, credly_template_id, "
                           "updated_at) VALUES('B%1', 'Bench %1', 1, '%2', '%3')")
                .arg(i, 3, 10, QLatin1Char('0'))
                .arg(templates.at(i), now));
    db.connection().transaction();
    QSqlQuery insert(db.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO certifications(id, batch_id, import_file_id, source_row, raw_json, row_key, student_id, "
        "first_name, last_name, email, school_code, assessment_code, test_date, status, updated_at) "
        "VALUES(?, 1, 1, ?, '[]', ?, ?, ?, 'Bench', ?, '0101', ?, '2026-09-15', 'approved', ?)"));
    for (int i = 1; i <= rows; ++i) {
        insert.addBindValue(i);
        insert.addBindValue(i + 1);
        insert.addBindValue(QStringLiteral("bench-%1").arg(i));
        insert.addBindValue(QStringLiteral("S%1").arg(i, 7, 10, QLatin1Char('0')));
        insert.addBindValue(QStringLiteral("Student%1").arg(i));
        insert.addBindValue(QStringLiteral("bench%1@example.org").arg(i));
        insert.addBindValue(QStringLiteral("B%1").arg(i % templates.size(), 3, 10, QLatin1Char('0')));
        insert.addBindValue(now);
        if (!insert.exec())
            return insert.lastError().text();
    }
    db.connection().commit();
    SignOffRepository signOff(db.connection());
    if (!signOff.signOff(1, QStringLiteral("bench")))
        return signOff.error();
    return {};
}

bool startSimulator(QProcess& sim, const QString& program, int latencyMs, QUrl* url)
{
    sim.setProgram(program);
    sim.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--latency-ms"),
                      QString::number(latencyMs), QStringLiteral("--org"), QStringLiteral("bench-org"),
                      QStringLiteral("--token"), QStringLiteral("bench-token")});
    sim.start();
    if (!sim.waitForStarted(10000))
        return false;
    QByteArray banner;
    for (int i = 0; i < 100 && !banner.contains('\n'); ++i) {
        sim.waitForReadyRead(100);
        banner += sim.readAllStandardOutput();
    }
    const auto m = QRegularExpression(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+/v1/)"))
                       .match(QString::fromUtf8(banner));
    if (!m.hasMatch())
        return false;
    *url = QUrl(m.captured(1));
    return true;
}

bool measure(Level& level, const QString& cli, const QString& simProgram, int rows, int latencyMs,
             const QString& scratch)
{
    const QString dbPath = scratch + QStringLiteral("/bench-c%1.sqlite").arg(level.concurrency);
    const QString problem = makeDatabase(dbPath, rows);
    if (!problem.isEmpty()) {
        out() << "cannot prepare the database: " << problem << Qt::endl;
        return false;
    }
    QProcess sim;
    QUrl url;
    if (!startSimulator(sim, simProgram, latencyMs, &url)) {
        out() << "cannot start credly-sim" << Qt::endl;
        return false;
    }
    const QString timeFile = scratch + QStringLiteral("/time.txt");
    QProcess run;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BADGEDESK_CREDLY_TOKEN"), QStringLiteral("bench-token"));
    run.setProcessEnvironment(env);
    QStringList arguments{cli,
                          QStringLiteral("--db"),
                          dbPath,
                          QStringLiteral("issue"),
                          QStringLiteral("1"),
                          QStringLiteral("--json"),
                          QStringLiteral("--concurrency"),
                          QString::number(level.concurrency),
                          QStringLiteral("--credly-url"),
                          url.toString(),
                          QStringLiteral("--org"),
                          QStringLiteral("bench-org")};
    const bool timed = QFileInfo::exists(QStringLiteral("/usr/bin/time"));
    if (timed)
        arguments =
            QStringList{QStringLiteral("-f"), QStringLiteral("%M %U %S"), QStringLiteral("-o"), timeFile} +
            arguments;
    QElapsedTimer wall;
    wall.start();
    run.start(timed ? QStringLiteral("/usr/bin/time") : arguments.takeFirst(), arguments);
    run.waitForFinished(-1);
    level.wallSeconds = wall.elapsed() / 1000.0;
    const QJsonObject result = QJsonDocument::fromJson(run.readAllStandardOutput()).object();
    level.issued = result.value(QStringLiteral("issued")).toInt();
    sim.kill();
    sim.waitForFinished(5000);
    if (run.exitCode() != 0 || level.issued != rows) {
        out() << "issue failed (exit " << run.exitCode() << ", " << level.issued
              << " issued): " << run.readAllStandardError() << Qt::endl;
        return false;
    }
    if (timed) {
        QFile f(timeFile);
        if (f.open(QIODevice::ReadOnly)) {
            const QStringList parts = QString::fromLatin1(f.readAll()).trimmed().split(QLatin1Char(' '));
            if (parts.size() == 3) {
                level.peakMiB = parts.at(0).toDouble() / 1024.0;
                level.cpuSeconds = parts.at(1).toDouble() + parts.at(2).toDouble();
            }
        }
    }
    Database db;
    db.openConnection(dbPath);
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT at, duration_ms FROM issuance_attempts WHERE purpose = 'issue'"));
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = 0;
    while (q.next()) {
        const qint64 start =
            QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
        first = std::min(first, start);
        last = std::max(last, start + q.value(1).toLongLong());
    }
    level.sendingSeconds = (last - first) / 1000.0;
    level.perSecond = level.issued / level.sendingSeconds;
    level.ideal = level.concurrency * 1000.0 / latencyMs;
    level.ratio = level.perSecond / level.ideal;
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Badges per run."),
                                        QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"), QStringLiteral("Simulator latency."),
                                           QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption levelsOption(QStringLiteral("concurrency"),
                                          QStringLiteral("Levels, comma separated."), QStringLiteral("LIST"),
                                          QStringLiteral("1,4,8"));
    const QCommandLineOption resultsOption(QStringLiteral("results"),
                                           QStringLiteral("Append the figures to this Markdown file."),
                                           QStringLiteral("FILE"));
    parser.addOptions({rowsOption, latencyOption, levelsOption, resultsOption});
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    const int latency = parser.value(latencyOption).toInt();
    QTemporaryDir scratch;

    QList<Level> levels;
    for (const QString& c : parser.value(levelsOption).split(QLatin1Char(','))) {
        Level level;
        level.concurrency = c.toInt();
        out() << "concurrency " << level.concurrency << ": issuing " << rows << " badges at " << latency
              << " ms latency..." << Qt::endl;
        if (!measure(level, QStringLiteral(BADGEDESK_CLI_PATH), QStringLiteral(BADGEDESK_CREDLY_SIM_PATH),
                     rows, latency, scratch.path()))
            return 1;
        out() << QStringLiteral(
                     "  %1 badges/s sending (ideal %2) = %3 of ideal; whole command %4 s; CPU %5 s; "
                     "peak %6 MiB")
                     .arg(level.perSecond, 0, 'f', 2)
                     .arg(level.ideal, 0, 'f', 2)
                     .arg(level.ratio, 0, 'f', 3)
                     .arg(level.wallSeconds, 0, 'f', 1)
                     .arg(level.cpuSeconds, 0, 'f', 2)
                     .arg(level.peakMiB, 0, 'f', 1)
              << Qt::endl;
        levels.append(level);
    }

    QString table;
    QTextStream t(&table);
    t << "\n### bench/issue, " << QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
      << " UTC\n\n"
      << rows << " badges per run, simulator latency " << latency << " ms, " << QSysInfo::prettyProductName()
      << ", " << QThread::idealThreadCount() << " CPUs.\n\n"
      << "| concurrency | badges/s (sending) | ideal | ratio to ideal | whole command s | CPU s (user+sys) | "
         "CPU % of "
         "wall | peak RSS MiB |\n"
      << "|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    bool met = true;
    for (const Level& l : levels) {
        t << "| " << l.concurrency << " | " << QString::number(l.perSecond, 'f', 2) << " | "
          << QString::number(l.ideal, 'f', 2) << " | " << QString::number(l.ratio, 'f', 3) << " | "
          << QString::number(l.wallSeconds, 'f', 1) << " | " << QString::number(l.cpuSeconds, 'f', 2) << " | "
          << QString::number(100.0 * l.cpuSeconds / l.wallSeconds, 'f', 1) << " | "
          << QString::number(l.peakMiB, 'f', 1) << " |\n";
        met = met && l.ratio >= 0.85;
    }
    t << "\nTarget: every ratio >= 0.85 (within 15% of the ideal): " << (met ? "met" : "NOT met") << ".\n";
    t.flush();
    out() << table << Qt::endl;
    if (parser.isSet(resultsOption)) {
        QFile f(parser.value(resultsOption));
        if (f.open(QIODevice::Append | QIODevice::Text))
            f.write(table.toUtf8());
    }
    return met ? 0 : 2;
}
