// bench/review: the review queue of a 100,000-row batch (issue 5): classification (target under
// 1 s), opening the Review page, sorting, filtering and searching (each under 100 ms), bulk
// approval, and peak memory.
//
//   build/ci/bench/bench_review [--rows N] [--runs N] [--results bench/RESULTS.md]
//
// One process: it writes a synthetic month with SampleDataGenerator (every messy case of
// domain.md 7.2) and the sample approved list, imports it with the real Importer, then times
// each step in place, several runs, medians. Anchors measured in the same run: SQLite reading
// every row of the batch (the floor under loading the queue), SQLite rewriting every row with
// one UPDATE statement (the floor under writing a first classification), and std::sort of
// 100,000 integers (the floor under sorting). Wall time and this thread's CPU time are both
// shown: the build machine is shared, and CPU time is what other processes do not inflate.
#include "importing/Importer.h"
#include "pages/ReviewPage.h"
#include "review/ReviewQueueModel.h"
#include "sample/SampleDataGenerator.h"
#include "sample/SampleMonthLoader.h"
#include "storage/Database.h"
#include "storage/ReviewRepository.h"
#include "storage/SqliteStatement.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QItemSelectionModel>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUndoStack>

#include <algorithm>
#include <ctime>
#include <functional>
#include <random>
#include <sys/resource.h>

using namespace badgedesk;

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Series
{
    QString name;
    QString target; // "< 1000 ms", "< 100 ms", or empty
    double limitMs = 0;
    QList<double> wall;
    QList<double> cpu;
};

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

void measure(Series& series, const std::function<void()>& prepare, const std::function<void()>& work)
{
    if (prepare)
        prepare();
    QElapsedTimer timer;
    const double cpu = threadCpuMs();
    timer.start();
    work();
    series.wall.append(double(timer.nsecsElapsed()) / 1e6);
    series.cpu.append(threadCpuMs() - cpu);
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2)
                                       : QStringLiteral("?");
}

long currentRssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the review queue of a large batch."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows in the batch."),
                                        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each step."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption resultsOption(QStringLiteral("results"),
                                           QStringLiteral("Append the figures to this RESULTS.md."),
                                           QStringLiteral("FILE"));
    parser.addOptions({rowsOption, runsOption, resultsOption});
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    QTextStream out(stdout);
    const QString loadBefore = loadAverage();

    QTemporaryDir dir;
    Database db;
    if (!db.open(dir.filePath(QStringLiteral("bench.sqlite")))) {
        out << "bench_review: " << db.errorMessage() << '\n';
        return 2;
    }
    // The approved list (and its catalog) of the sample seed, then a month of the size asked.
    const QDate month(2026, 5, 1);
    const SampleMonthLoader::Result sample =
        SampleMonthLoader::load(db, month, dir.filePath(QStringLiteral("s")));
    if (!sample.isOk()) {
        out << "bench_review: " << sample.error << '\n';
        return 2;
    }
    SampleDataGenerator::Options options;
    options.month = month;
    options.rows = rows;
    SampleDataGenerator generator(options);
    const QString csv = dir.filePath(QStringLiteral("month.csv"));
    QString error;
    if (!SampleDataGenerator::writeCsv(generator.monthlyExport(), csv, &error)) {
        out << "bench_review: " << error << '\n';
        return 2;
    }
    ImportOptions importOptions;
    importOptions.filePath = csv;
    const ImportResult imported = Importer(db.connection()).run(importOptions);
    if (imported.batchId == 0) {
        out << "bench_review: the import failed: " << imported.message << '\n';
        return 2;
    }
    const qint64 batch = imported.batchId;
    out << "imported " << imported.rowsAdded << " rows into batch " << batch << '\n';
    out.flush();

    ReviewRepository repo(db.connection());
    const auto clearClassification = [&db] {
        QSqlQuery q(db.connection());
        q.exec(
            QStringLiteral("UPDATE certifications SET status = 'new', reason = NULL, rule_status = NULL, "
                           "rule_reason = NULL, rule_detail = NULL, email_suggestion = NULL, template_id = "
                           "NULL, badge_key = NULL, kept_row_id = NULL"));
    };

    Series readAnchor{
        QStringLiteral("anchor: SQLite reads every column of every row of the batch"), {}, 0, {}, {}};
    Series updateAnchor{
        QStringLiteral("anchor: SQLite rewrites every row (one UPDATE of updated_at)"), {}, 0, {}, {}};
    Series sortAnchor{QStringLiteral("anchor: std::sort of as many random integers"), {}, 0, {}, {}};
    Series classifyFirst{QStringLiteral("classify a freshly imported batch (load, rules, write all)"),
                         QStringLiteral("< 1000 ms"),
                         1000,
                         {},
                         {}};
    Series classifyAgain{QStringLiteral("classify again, nothing changed (what a catalog edit costs)"),
                         QStringLiteral("< 1000 ms"),
                         1000,
                         {},
                         {}};
    Series open{QStringLiteral("open the Review page on the batch (the window blocked)"),
                QStringLiteral("< 100 ms"),
                100,
                {},
                {}};
    Series ready{QStringLiteral("... until every row is in the table (read and prepared on a worker thread)"),
                 {},
                 0,
                 {},
                 {}};
    Series sortName{QStringLiteral("sort by name"), QStringLiteral("< 100 ms"), 100, {}, {}};
    Series sortStatus{QStringLiteral("sort by status"), QStringLiteral("< 100 ms"), 100, {}, {}};
    Series sortDate{QStringLiteral("sort by test date, descending"), QStringLiteral("< 100 ms"), 100, {}, {}};
    Series filterStatus{
        QStringLiteral("filter: needs attention only"), QStringLiteral("< 100 ms"), 100, {}, {}};
    Series filterSchool{QStringLiteral("filter: one school"), QStringLiteral("< 100 ms"), 100, {}, {}};
    Series search{QStringLiteral("search \"smith\" over name, email, school, assessment"),
                  QStringLiteral("< 100 ms"),
                  100,
                  {},
                  {}};
    Series approveOne{QStringLiteral("approve one row from the page (A), with every refresh it causes"),
                      QStringLiteral("< 100 ms"),
                      100,
                      {},
                      {}};
    Series undoOne{QStringLiteral("undo it (Ctrl+Z): the row's group classified again"),
                   QStringLiteral("< 100 ms"),
                   100,
                   {},
                   {}};
    Series approveAll{QStringLiteral("approve all eligible (with audit rows), then undo it"), {}, 0, {}, {}};

    const long rssBeforePage = currentRssKiB();
    long rssWithPage = 0;
    ReviewPage page(db);
    page.resize(1400, 900);
    page.show();
    QApplication::processEvents();
    ReviewQueueModel* model = page.model();
    QString schoolOfFirstRow;

    for (int run = 0; run < runs; ++run) {
        measure(readAnchor, nullptr, [&] {
            SqliteStatement q(db.connection(), "SELECT * FROM certifications WHERE batch_id = ?");
            q.bind(1, batch);
            qint64 bytes = 0;
            while (q.next()) {
                for (int c = 0; c < 30; ++c)
                    bytes += q.bytes(c).size();
            }
            if (bytes == 0)
                out << "anchor read nothing\n";
        });
        measure(updateAnchor, nullptr, [&] {
            QSqlQuery q(db.connection());
            q.exec(QStringLiteral("UPDATE certifications SET updated_at = '%1'")
                       .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)));
        });
        measure(sortAnchor, nullptr, [&] {
            std::vector<int> values(static_cast<size_t>(rows));
            std::mt19937 rng(static_cast<quint32>(run));
            for (int& v : values)
                v = int(rng());
            std::sort(values.begin(), values.end());
        });
        ReviewRepository::ClassifyStats stats;
        measure(classifyFirst, clearClassification, [&] { repo.classifyBatch(batch, &stats); });
        out << "run " << run + 1 << ": classification " << stats.rows << " rows, load " << stats.loadMs
            << " ms, rules " << stats.classifyMs << " ms, write " << stats.writeMs << " ms\n";
        measure(classifyAgain, nullptr, [&] { repo.classifyBatch(batch); });
        QElapsedTimer opening;
        measure(
            open,
            [&] {
                page.setBatch(0);
                opening.start();
            },
            [&] { page.setBatch(batch); });
        while (page.isLoading())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        ready.wall.append(double(opening.nsecsElapsed()) / 1e6);
        if (rssWithPage == 0)
            rssWithPage = currentRssKiB();
        if (schoolOfFirstRow.isEmpty() && model->rowCount() > 0)
            schoolOfFirstRow =
                model->index(0, ReviewQueueModel::School).data(ReviewQueueModel::FilterKeyRole).toString();
        measure(
            sortName, [&] { model->sort(ReviewQueueModel::Id, Qt::AscendingOrder); },
            [&] { model->sort(ReviewQueueModel::Name, Qt::AscendingOrder); });
        measure(sortStatus, nullptr, [&] { model->sort(ReviewQueueModel::Status, Qt::AscendingOrder); });
        measure(sortDate, nullptr, [&] { model->sort(ReviewQueueModel::TestDate, Qt::DescendingOrder); });
        measure(
            filterStatus, [&] { model->clearFilters(); },
            [&] { model->setStatusFilter({RowStatus::NeedsAttention}); });
        measure(
            filterSchool, [&] { model->clearFilters(); }, [&] { model->setSchoolFilter(schoolOfFirstRow); });
        measure(
            search, [&] { model->clearFilters(); }, [&] { model->setSearchText(QStringLiteral("smith")); });
        model->clearFilters();
        {
            // The first eligible row on screen, as the specialist would press A on it.
            model->setStatusFilter({RowStatus::Eligible});
            QTableView* view = page.view();
            view->setCurrentIndex(model->index(0, ReviewQueueModel::Name));
            view->selectionModel()->select(model->index(0, 0),
                                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            measure(approveOne, nullptr, [&] { page.approveSelected(); });
            measure(undoOne, nullptr, [&] { page.undoStack()->undo(); });
            model->clearFilters();
        }
        measure(approveAll, nullptr, [&] {
            const auto change = repo.approveAllEligible(batch, QStringLiteral("bench"));
            repo.restore(batch, change.before, QStringLiteral("bench"));
        });
        out << "run " << run + 1 << '/' << runs << " done\n";
        out.flush();
    }

    QString table;
    QTextStream t(&table);
    t << "| what | median ms (wall) | median ms (CPU) | target | ratio to anchor "
         "|\n|---|---:|---:|---|---:|\n";
    const auto line = [&](const Series& s, const Series* anchor) {
        const double w = median(s.wall);
        const double c = median(s.cpu);
        QString verdict;
        if (s.limitMs > 0)
            verdict = s.target + (w < s.limitMs ? QStringLiteral(" met") : QStringLiteral(" NOT met"));
        t << "| " << s.name << " | " << QString::number(w, 'f', 1) << " | "
          << (s.cpu.isEmpty() ? QStringLiteral("—") : QString::number(c, 'f', 1)) << " | " << verdict << " | "
          << (anchor ? QString::number(w / std::max(0.01, median(anchor->wall)), 'f', 2) + QLatin1Char('x')
                     : QString())
          << " |\n";
    };
    line(readAnchor, nullptr);
    line(updateAnchor, nullptr);
    line(sortAnchor, nullptr);
    line(classifyFirst, &updateAnchor);
    line(classifyAgain, &readAnchor);
    line(open, &readAnchor);
    line(ready, &readAnchor);
    line(sortName, &sortAnchor);
    line(sortStatus, &sortAnchor);
    line(sortDate, &sortAnchor);
    line(filterStatus, nullptr);
    line(filterSchool, nullptr);
    line(search, nullptr);
    line(approveOne, nullptr);
    line(undoOne, nullptr);
    line(approveAll, &updateAnchor);
    t.flush();
    const QString memory =
        QStringLiteral(
            "Memory: the Review page holding the batch adds %1 MiB to the process (RSS before it was "
            "made and after its first load); peak RSS of the whole process, the generated month and "
            "its import included: %2 MiB.")
            .arg(double(rssWithPage - rssBeforePage) / 1024.0, 0, 'f', 1)
            .arg(double(peakRssKiB()) / 1024.0, 0, 'f', 1);
    out << '\n' << table << '\n' << memory << '\n';

    if (parser.isSet(resultsOption)) {
        QFile results(parser.value(resultsOption));
        if (!results.open(QIODevice::ReadOnly | QIODevice::Text)) {
            out << "bench_review: cannot read " << results.fileName() << '\n';
            return 1;
        }
        QString text = QString::fromUtf8(results.readAll());
        results.close();
        QString entry;
        QTextStream e(&entry);
        e << "\n### bench/review, "
          << QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << " UTC\n\n"
          << rows << " rows, " << runs << " runs each, medians; " << QSysInfo::prettyProductName() << ", "
          << QThread::idealThreadCount() << " CPUs, load average " << loadBefore << " before and "
          << loadAverage() << " after.\n\n"
          << table << '\n'
          << memory << "\n";
        e.flush();
        // Into the review section, before the next section (or at the end).
        const QString header = QStringLiteral("\n## bench/review");
        int at = int(text.indexOf(header));
        if (at < 0) {
            text += header + QStringLiteral(" — the review queue (issue 5)\n");
            at = int(text.size());
        } else {
            const int next = int(text.indexOf(QStringLiteral("\n## "), at + 1));
            at = next < 0 ? int(text.size()) : next;
        }
        text.insert(at, entry);
        if (!results.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            out << "bench_review: cannot write " << results.fileName() << '\n';
            return 1;
        }
        results.write(text.toUtf8());
    }
    return 0;
}
