#include "ExitCode.h"
#include "ReportFixture.h"
#include "importing/XlsxReader.h"
#include "support/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace badgedesk;
using namespace badgedesk::testing;
using badgedesk::test::runCli;

// badgedesk-cli report and credly-csv as the executable runs them.
class TestReportCommand : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
        Database db;
        QVERIFY(db.open(m_db));
        const QString error = makeReportFixture(db);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void reportOfABatchAsXlsx()
    {
        const QString out = m_dir.filePath(QStringLiteral("b1.xlsx"));
        const auto run =
            runCli({QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("report"),
                    QStringLiteral("--batch"), QStringLiteral("1"), QStringLiteral("--out"), out});
        QCOMPARE(run.code, int(ExitOk));
        const QJsonObject o = run.json();
        QCOMPARE(o.value(QStringLiteral("scope")).toString(), QStringLiteral("Batch 1 (2026-09)"));
        QCOMPARE(o.value(QStringLiteral("environment")).toString(), QStringLiteral("production"));
        QCOMPARE(o.value(QStringLiteral("files")).toArray().first().toString(), out);
        const QJsonObject funnel = o.value(QStringLiteral("funnel")).toObject();
        QCOMPARE(funnel.value(QStringLiteral("received")).toInt(), 10);
        QCOMPARE(funnel.value(QStringLiteral("issued")).toInt(), 3);
        QCOMPARE(funnel.value(QStringLiteral("accepted")).toInt(), 1);
        QCOMPARE(funnel.value(QStringLiteral("excluded_by_reason"))
                     .toObject()
                     .value(QStringLiteral("not_passed"))
                     .toInt(),
                 1);
        XlsxReader reader(out);
        reader.setSheetName(QStringLiteral("Issued"));
        QVERIFY(reader.open());
        QStringList cells;
        int rows = 0;
        while (reader.readRow(&cells))
            ++rows;
        QCOMPARE(rows, 4);
    }

    void reportOfARangeAsCsv()
    {
        const QString out = m_dir.filePath(QStringLiteral("fy.csv"));
        const auto run =
            runCli({QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("--from"),
                    QStringLiteral("2026-09-01"), QStringLiteral("--to"), QStringLiteral("09/30/2026"),
                    QStringLiteral("--out"), out});
        QCOMPARE(run.code, int(ExitOk));
        QVERIFY2(run.out.contains(QStringLiteral("11 rows received")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("fy-issued.csv")));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("fy-summary.csv"))));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("fy-attempts.csv"))));
    }

    void reportOfAMonth()
    {
        const auto run =
            runCli({QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("report"),
                    QStringLiteral("--month"), QStringLiteral("2026-10"), QStringLiteral("--out"),
                    m_dir.filePath(QStringLiteral("oct.xlsx"))});
        QCOMPARE(run.code, int(ExitOk));
        QCOMPARE(
            run.json().value(QStringLiteral("funnel")).toObject().value(QStringLiteral("received")).toInt(),
            3);
        QCOMPARE(run.json().value(QStringLiteral("scope")).toString(), QStringLiteral("October 2026"));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString out = QStringLiteral("--out");
        QTest::newRow("no scope") << QStringList{out, QStringLiteral("r.xlsx")} << int(ExitUsage)
                                  << "exactly one of --batch ID, --month YYYY-MM or --from DATE --to DATE";
        QTest::newRow("two scopes") << QStringList{QStringLiteral("--batch"),
                                                   QStringLiteral("1"),
                                                   QStringLiteral("--month"),
                                                   QStringLiteral("2026-09"),
                                                   out,
                                                   QStringLiteral("r.xlsx")}
                                    << int(ExitUsage) << "exactly one of";
        QTest::newRow("no out") << QStringList{QStringLiteral("--batch"), QStringLiteral("1")}
                                << int(ExitUsage) << "needs --out FILE.xlsx";
        QTest::newRow("bad extension")
            << QStringList{QStringLiteral("--batch"), QStringLiteral("1"), out, QStringLiteral("r.ods")}
            << int(ExitUsage) << "written as .xlsx or .csv";
        QTest::newRow("from only") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-09-01"), out,
                                                  QStringLiteral("r.csv")}
                                   << int(ExitUsage) << "needs both --from DATE and --to DATE";
        QTest::newRow("bad month") << QStringList{QStringLiteral("--month"), QStringLiteral("Sept"), out,
                                                  QStringLiteral("r.csv")}
                                   << int(ExitBadInput) << "write it as YYYY-MM";
        QTest::newRow("bad date") << QStringList{QStringLiteral("--from"),
                                                 QStringLiteral("2026-09-01"),
                                                 QStringLiteral("--to"),
                                                 QStringLiteral("30.9.2026"),
                                                 out,
                                                 QStringLiteral("r.csv")}
                                  << int(ExitBadInput) << "\"30.9.2026\" is not a date";
        QTest::newRow("reversed range") << QStringList{QStringLiteral("--from"),
                                                       QStringLiteral("2026-09-30"),
                                                       QStringLiteral("--to"),
                                                       QStringLiteral("2026-09-01"),
                                                       out,
                                                       QStringLiteral("r.csv")}
                                        << int(ExitBadInput) << "swap the dates";
        QTest::newRow("no such batch")
            << QStringList{QStringLiteral("--batch"), QStringLiteral("9"), out, QStringLiteral("r.csv")}
            << int(ExitBadInput) << "There is no batch 9";
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--bogus")} << int(ExitUsage) << "badgedesk-cli report --help";
    }

    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        QDir::setCurrent(m_dir.path());
        const auto run =
            runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("report")} + arguments);
        QCOMPARE(run.code, code);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("r.xlsx"))));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("r-summary.csv"))));
    }

    void credlyCsv()
    {
        const QString out = m_dir.filePath(QStringLiteral("bulk"));
        const auto run =
            runCli({QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("credly-csv"),
                    QStringLiteral("2026-09"), QStringLiteral("--out"), out});
        QCOMPARE(run.code, int(ExitOk));
        const QJsonObject o = run.json();
        QCOMPARE(o.value(QStringLiteral("batch")).toInt(), 1);
        // Approved and beyond without a Production badge: row 3 (failed) and row 9 (Sandbox only).
        QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("files")).toArray().size(), 1);
        QVERIFY(QFile::exists(QDir(out).filePath(QStringLiteral("credly-bulk-batch1-2026-09.csv"))));
    }

    void credlyCsvBadArguments()
    {
        auto run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("credly-csv"), QStringLiteral("1")});
        QCOMPARE(run.code, int(ExitUsage));
        QVERIFY(run.err.contains(QStringLiteral("needs --out DIR")));
        run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("credly-csv"), QStringLiteral("--out"),
                      m_dir.path()});
        QCOMPARE(run.code, int(ExitUsage));
        QVERIFY(run.err.contains(QStringLiteral("needs one batch")));
        run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("credly-csv"), QStringLiteral("77"),
                      QStringLiteral("--out"), m_dir.path()});
        QCOMPARE(run.code, int(ExitBadInput));
        QVERIFY(run.err.contains(QStringLiteral("There is no batch 77")));
    }
};

QTEST_GUILESS_MAIN(TestReportCommand)
#include "TestReportCommand.moc"
