#include "Cli.h"
#include "ExitCode.h"
#include "sample/SampleDataGenerator.h"
#include "storage/Database.h"
#include "support/CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace badgedesk;
using namespace badgedesk::test;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestImportCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_csv;
    QString m_xlsx;
    SampleDataGenerator::Table m_table;
    int m_repeats = 0;

    QString db(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        SampleDataGenerator::Options options;
        options.month = QDate(2026, 10, 1);
        options.rows = 500;
        options.titleAndTotals = true;
        SampleDataGenerator generator(options);
        m_table = generator.monthlyExport();
        QString error;
        m_csv = m_dir.filePath(s("ctims_realtime_2026-10.csv"));
        m_xlsx = m_dir.filePath(s("ctims_realtime_2026-10.xlsx"));
        QVERIFY(SampleDataGenerator::writeCsv(m_table, m_csv, &error));
        QVERIFY(SampleDataGenerator::writeXlsx(m_table, m_xlsx, s("Export"),
                                               QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC), false,
                                               &error));
        QSet<QString> seen;
        for (const QStringList& row : std::as_const(m_table.rows)) {
            if (seen.contains(row.first()))
                ++m_repeats;
            seen.insert(row.first());
        }
        QVERIFY(m_repeats > 0);
    }

    void jsonHasTheCounts()
    {
        const CliRun run = runCli({s("--db"), db("json.sqlite"), s("import"), m_csv, s("--json")});
        QCOMPARE(run.code, int(ExitOk));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(s("status")).toString(), s("imported"));
        QCOMPARE(json.value(s("batch")).toInt(), 1);
        QCOMPARE(json.value(s("month")).toString(), s("2026-10"));
        QCOMPARE(json.value(s("rows_read")).toInt(), 500);
        QCOMPARE(json.value(s("rows_added")).toInt(), 500 - m_repeats);
        QCOMPARE(json.value(s("rows_already_present")).toInt(), m_repeats);
        QCOMPARE(json.value(s("rows_repeated_in_file")).toInt(), m_repeats);
        QCOMPARE(json.value(s("rows_unreadable")).toInt(), 0);
        QCOMPARE(json.value(s("rows_skipped")).toInt(), 1);
        const QJsonObject file = json.value(s("file")).toObject();
        QCOMPARE(file.value(s("name")).toString(), s("ctims_realtime_2026-10.csv"));
        QCOMPARE(file.value(s("format")).toString(), s("csv"));
        QCOMPARE(file.value(s("encoding")).toString(), s("UTF-8"));
        QCOMPARE(file.value(s("header_row")).toInt(), 2);
        QCOMPARE(file.value(s("size")).toInteger(), QFileInfo(m_csv).size());
        QCOMPARE(file.value(s("sha256")).toString().size(), 64);

        // Problem counts equal what the rows carry.
        const QJsonObject problems = json.value(s("problems")).toObject();
        QVERIFY(!problems.isEmpty());
        Database database;
        QVERIFY(database.open(db("json.sqlite")));
        for (auto it = problems.constBegin(); it != problems.constEnd(); ++it) {
            QSqlQuery q(database.connection());
            q.prepare(
                s("SELECT COUNT(*) FROM certifications, json_each(certifications.problems_json) p WHERE "
                  "json_extract(p.value, '$.kind') = ?"));
            q.addBindValue(it.key());
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.value(0).toInt(), it.value().toInt());
        }
    }

    void globalJsonOptionWorksToo()
    {
        const CliRun run = runCli({s("--json"), s("--db"), db("global.sqlite"), s("import"), m_xlsx});
        QCOMPARE(run.code, int(ExitOk));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(s("rows_added")).toInt(), 500 - m_repeats);
        QCOMPARE(json.value(s("file")).toObject().value(s("format")).toString(), s("xlsx"));
        QCOMPARE(json.value(s("file")).toObject().value(s("sheet")).toString(), s("Export"));
    }

    void sameFileAgainSaysWhenAndWhichBatch()
    {
        QCOMPARE(runCli({s("--db"), db("again.sqlite"), s("import"), m_csv}).code, int(ExitOk));
        CliRun run = runCli({s("--db"), db("again.sqlite"), s("import"), m_csv, s("--json")});
        QCOMPARE(run.code, int(ExitOk));
        QJsonObject json = run.json();
        QCOMPARE(json.value(s("status")).toString(), s("already_imported"));
        QCOMPARE(json.value(s("batch")).toInt(), 1);
        QCOMPARE(json.value(s("rows_added")).toInt(), 0);
        QCOMPARE(json.value(s("previous_import")).toObject().value(s("batch")).toInt(), 1);
        QVERIFY(!json.value(s("previous_import")).toObject().value(s("imported_at")).toString().isEmpty());

        run = runCli({s("--db"), db("again.sqlite"), s("import"), m_csv});
        QCOMPARE(run.code, int(ExitOk));
        QVERIFY2(run.out.startsWith(s("ctims_realtime_2026-10.csv was already imported on ")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(
            s("as batch 1 (month 2026-10, %1 rows added). Nothing was added.").arg(500 - m_repeats)));

        // The XLSX of the same month is another file, but every row is in already.
        run = runCli({s("--db"), db("again.sqlite"), s("import"), m_xlsx, s("--json")});
        QCOMPARE(run.code, int(ExitOk));
        json = run.json();
        QCOMPARE(json.value(s("status")).toString(), s("nothing_new"));
        QVERIFY(json.value(s("batch")).isNull());
        QCOMPARE(json.value(s("rows_already_present")).toInt(), 500);
        const QJsonArray presentIn = json.value(s("already_present_in")).toArray();
        QCOMPARE(presentIn.size(), 1);
        QCOMPARE(presentIn.first().toObject().value(s("batch")).toInt(), 1);
        QCOMPARE(presentIn.first().toObject().value(s("rows")).toInt(), 500);
    }

    void textOutputSummarises()
    {
        const CliRun run =
            runCli({s("--db"), db("text.sqlite"), s("import"), m_csv, s("--month"), s("2026-09")});
        QCOMPARE(run.code, int(ExitOk));
        const QStringList lines = run.out.split(QLatin1Char('\n'));
        QCOMPARE(lines.first(),
                 s("Imported ctims_realtime_2026-10.csv as batch 1 (month 2026-09): %1 of 500 rows "
                   "added, %2 already present.")
                     .arg(500 - m_repeats)
                     .arg(m_repeats));
        QVERIFY(lines.contains(s("  rows read               500")));
        QVERIFY(lines.contains(s("    repeated in the file  %1").arg(m_repeats)));
        QVERIFY(lines.contains(s("Problems in the added rows (check them in Review):")));
        QVERIFY(run.out.contains(s("  email_missing ")));
    }

    void badInputExitsWithTwoAndAMessage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing file")
            << QStringList{s("import"), s("/nonexistent/x.csv")} << int(ExitBadInput) << s("does not exist");
        QTest::newRow("bad month") << QStringList{s("import"), s("FILE"), s("--month"), s("October")}
                                   << int(ExitBadInput) << s("--month \"October\" is not a month");
        QTest::newRow("bad encoding") << QStringList{s("import"), s("FILE"), s("--encoding"), s("ebcdic")}
                                      << int(ExitBadInput) << s("--encoding \"ebcdic\"");
        QTest::newRow("bad header row") << QStringList{s("import"), s("FILE"), s("--header-row"), s("0")}
                                        << int(ExitBadInput) << s("--header-row");
        QTest::newRow("unknown profile") << QStringList{s("import"), s("FILE"), s("--profile"), s("Spring")}
                                         << int(ExitBadInput) << s("no mapping profile named \"Spring\"");
        QTest::newRow("unknown sheet") << QStringList{s("import"), s("XLSX"), s("--sheet"), s("Nope")}
                                       << int(ExitBadInput) << s("no sheet named \"Nope\"");
        QTest::newRow("no file") << QStringList{s("import")} << int(ExitUsage) << s("import needs the file");
        QTest::newRow("two files") << QStringList{s("import"), s("FILE"), s("FILE")} << int(ExitUsage)
                                   << s("import takes one file");
        QTest::newRow("unknown option")
            << QStringList{s("import"), s("FILE"), s("--frobnicate")} << int(ExitUsage) << s("frobnicate");
    }
    void badInputExitsWithTwoAndAMessage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        arguments.replaceInStrings(s("FILE"), m_csv);
        arguments.replaceInStrings(s("XLSX"), m_xlsx);
        const QString path = db("bad.sqlite");
        CliRun run = runCli(QStringList{s("--db"), path} + arguments);
        QCOMPARE(run.code, code);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        // With --json the error is a JSON object on stdout.
        run = runCli(QStringList{s("--json"), s("--db"), path} + arguments);
        QCOMPARE(run.code, code);
        QVERIFY2(run.json().value(s("error")).toString().contains(message), qPrintable(run.out));
    }

    void missingRequiredColumnIsNamed()
    {
        const QString path = m_dir.filePath(s("no-email.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("EntryID,StudentID,FirstName,LastName,AssessmentCode,TestDate\n1,2,A,B,0911,3/1/2026\n");
        f.close();
        const CliRun run = runCli({s("--db"), db("required.sqlite"), s("import"), path});
        QCOMPARE(run.code, int(ExitBadInput));
        QCOMPARE(run.err.trimmed(),
                 s("badgedesk-cli: The file has no column for: Email. Choose the column for each in "
                   "the mapping step."));
    }

    void helpListsTheOptions()
    {
        const CliRun run = runCli({s("import"), s("--help")});
        QCOMPARE(run.code, int(ExitOk));
        for (const char* option : {"--sheet", "--profile", "--month", "--encoding", "--header-row", "--json"})
            QVERIFY2(run.out.contains(QLatin1String(option)), option);
        QVERIFY(runCli({s("--help")}).out.contains(s("  import ")));
    }
};

QTEST_GUILESS_MAIN(TestImportCommand)
#include "TestImportCommand.moc"
