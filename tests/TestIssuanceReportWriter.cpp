#include "ReportFixture.h"
#include "importing/CsvReader.h"
#include "importing/XlsxReader.h"
#include "reports/IssuanceReport.h"
#include "reports/IssuanceReportWriter.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace badgedesk;
using namespace badgedesk::testing;

namespace {

QList<QStringList> readXlsx(const QString& path, const QString& sheet)
{
    QList<QStringList> rows;
    XlsxReader reader(path);
    reader.setSheetName(sheet);
    if (!reader.open())
        return rows;
    QStringList cells;
    while (reader.readRow(&cells))
        rows.append(cells);
    return rows;
}

QList<QStringList> readCsv(const QString& path)
{
    QList<QStringList> rows;
    CsvReader reader(path);
    if (!reader.open())
        return rows;
    QStringList cells;
    while (reader.readRow(&cells))
        rows.append(cells);
    return rows;
}

// openpyxl's view of the workbook (tests/reports/dump_xlsx.py).
QJsonObject openpyxlDump(const QString& path, QString* error)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral(BADGEDESK_SOURCE_DIR "/tests/reports/dump_xlsx.py"), path});
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

// [type, number format, value] of a cell, by 0-based row and column.
QJsonArray cell(const QJsonObject& dump, const QString& sheet, int row, int column)
{
    return dump.value(sheet)
        .toObject()
        .value(QStringLiteral("rows"))
        .toArray()
        .at(row)
        .toArray()
        .at(column)
        .toArray();
}

} // namespace

// The report files read back cell by cell, by our XlsxReader and CsvReader and by openpyxl: real
// dates and numbers, percentages, frozen styled headers with filters, and injected formulas kept
// as text.
class TestIssuanceReportWriter : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Database m_db;
    QString m_xlsx;

    IssuanceReportWriter::Options fixedOptions() const
    {
        IssuanceReportWriter::Options o;
        o.generatedAt = QDateTime(QDate(2026, 10, 31), QTime(14, 0), QTimeZone::utc());
        return o;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("report.sqlite"))), qPrintable(m_db.errorMessage()));
        const QString error = makeReportFixture(m_db);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        IssuanceReport report(m_db.connection(), ReportScope::forBatch(1, QStringLiteral("2026-09")));
        IssuanceReportWriter writer(report, fixedOptions());
        m_xlsx = m_dir.filePath(QStringLiteral("batch-1.xlsx"));
        QVERIFY2(writer.write(m_xlsx), qPrintable(writer.errorMessage()));
        QCOMPARE(writer.writtenFiles(), QStringList{m_xlsx});
        QCOMPARE(writer.rowsWritten(), 3 + 7 + 2);
        // Nothing left beside it.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden).size(),
                 0);
    }

    void ourReaderSeesEverySheet()
    {
        XlsxReader reader(m_xlsx);
        QVERIFY(reader.open());
        QCOMPARE(reader.sheetNames(),
                 (QStringList{QStringLiteral("Summary"), QStringLiteral("Issued"),
                              QStringLiteral("Exceptions"), QStringLiteral("Attempts")}));
    }

    void summaryCellByCell()
    {
        const auto rows = readXlsx(m_xlsx, QStringLiteral("Summary"));
        QVERIFY(rows.size() > 20);
        QCOMPARE(rows.at(0).value(0), QStringLiteral("BadgeDesk issuance report: Batch 1 (2026-09)"));
        QVERIFY(rows.at(1).value(0).contains(QStringLiteral("Production")));
        // (Readers skip the blank row 3.)
        QCOMPARE(rows.at(2), IssuanceReportWriter::funnelHeader());
        QCOMPARE(rows.at(3).mid(0, 4), (QStringList{QStringLiteral("Rows received"), QString(),
                                                    QStringLiteral("10"), QStringLiteral("1")}));
        QCOMPARE(rows.at(4).mid(0, 4), (QStringList{QStringLiteral("Excluded by a rule"), QString(),
                                                    QStringLiteral("2"), QStringLiteral("0.2")}));
        QCOMPARE(rows.at(5).mid(0, 3), (QStringList{QStringLiteral("    Excluded: Not passed"),
                                                    QStringLiteral("not_passed"), QStringLiteral("1")}));
        QCOMPARE(rows.at(6).mid(0, 3),
                 (QStringList{QStringLiteral("    Excluded: Duplicate in batch"),
                              QStringLiteral("duplicate_in_batch"), QStringLiteral("1")}));
        // approved 5 of 10, issued 3 of 5 approved, accepted 1 of 3 issued
        int approved = -1;
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i).value(0) == QLatin1String("Approved"))
                approved = i;
        }
        QVERIFY(approved > 0);
        QCOMPARE(rows.at(approved).mid(2, 3),
                 (QStringList{QStringLiteral("5"), QStringLiteral("0.5"), QStringLiteral("0.5")}));
        QCOMPARE(rows.at(approved + 1).mid(0, 5),
                 (QStringList{QStringLiteral("Issued"), QString(), QStringLiteral("3"), QStringLiteral("0.3"),
                              QStringLiteral("0.6")}));
        QCOMPARE(rows.at(approved + 2).value(0), QStringLiteral("Accepted"));
        QCOMPARE(rows.at(approved + 2).value(2), QStringLiteral("1"));
        int bySchool = -1;
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i).value(0) == QLatin1String("By school"))
                bySchool = i;
        }
        QVERIFY(bySchool > 0);
        QCOMPARE(rows.at(bySchool + 1).value(0), QStringLiteral("School Code"));
        QCOMPARE(rows.at(bySchool + 2).mid(0, 8),
                 (QStringList{QStringLiteral("0101"), QStringLiteral("School 0101"), QStringLiteral("4"),
                              QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("3"),
                              QStringLiteral("3"), QStringLiteral("1")}));
        QVERIFY(rows.at(bySchool + 2).value(8).startsWith(QStringLiteral("0.333")));
        QCOMPARE(rows.last().value(0), QStringLiteral("2026-09"));
        QCOMPARE(rows.last().value(1), QStringLiteral("September 2026"));
    }

    void issuedCellByCell()
    {
        const auto rows = readXlsx(m_xlsx, QStringLiteral("Issued"));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0), IssuanceReportWriter::issuedHeader());
        QCOMPARE(rows.at(1),
                 (QStringList{QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("Ana"),
                              QStringLiteral("Diaz"), QStringLiteral("ana@example.org"),
                              QStringLiteral("School 0101"), QStringLiteral("T000"),
                              QStringLiteral("Welding Level 1"), QStringLiteral("CareerTech Welding Level 1"),
                              QStringLiteral("2026-09-15T12:00:00"), QStringLiteral("badge-0001"),
                              QStringLiteral("accepted"), QStringLiteral("2026-09-20T09:30:00")}));
        // Injected formulas come back as the text they were.
        QCOMPARE(rows.at(3).value(2), injectedFirstName());
        QCOMPARE(rows.at(3).value(3), injectedLastName());
        QCOMPARE(rows.at(3).value(4), QStringLiteral("@sum.example.org"));
    }

    void exceptionsCellByCell()
    {
        const auto rows = readXlsx(m_xlsx, QStringLiteral("Exceptions"));
        QCOMPARE(rows.size(), 8);
        QCOMPARE(rows.at(0), IssuanceReportWriter::exceptionsHeader());
        QCOMPARE(rows.at(1).value(0), QStringLiteral("3"));
        QCOMPARE(rows.at(1).value(8), QStringLiteral("2026-09-15")); // a real date cell
        QCOMPARE(rows.at(1).value(9), QStringLiteral("failed"));
        QCOMPARE(rows.at(1).value(10), QStringLiteral("validation"));
        QCOMPARE(rows.at(1).value(12), QStringLiteral("Recipient email is invalid"));
        QCOMPARE(rows.at(2).value(10), QStringLiteral("not_passed"));
        QCOMPARE(rows.at(2).value(11), QStringLiteral("The result is not a pass."));
        QCOMPARE(rows.at(5).value(12), injectedRejectReason());
    }

    void attemptsCellByCell()
    {
        const auto rows = readXlsx(m_xlsx, QStringLiteral("Attempts"));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0), IssuanceReportWriter::attemptsHeader());
        QCOMPARE(rows.at(2).mid(0, 10),
                 (QStringList{QStringLiteral("2026-10-20T10:00:02"), QStringLiteral("3"), QStringLiteral("1"),
                              QStringLiteral("issue"), QStringLiteral("POST"),
                              QStringLiteral("/v1/organizations/o/badges"), QStringLiteral("422"),
                              QStringLiteral("validation"), QStringLiteral("95"),
                              QStringLiteral("=Recipient email is invalid")}));
    }

    void openpyxlReadsRealTypes()
    {
        QString error;
        const QJsonObject dump = openpyxlDump(m_xlsx, &error);
        QVERIFY2(!dump.isEmpty(), qPrintable(error));
        QCOMPARE(dump.value(QStringLiteral("sheets")).toArray().size(), 4);
        // Issued: frozen header, autofilter over the data, widths set.
        const QJsonObject issued = dump.value(QStringLiteral("Issued")).toObject();
        QCOMPARE(issued.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
        QCOMPARE(issued.value(QStringLiteral("filter")).toString(), QStringLiteral("A1:M4"));
        QVERIFY(issued.value(QStringLiteral("widths")).toObject().value(QStringLiteral("E")).toDouble() > 20);
        QCOMPARE(cell(dump, QStringLiteral("Issued"), 1, 0).at(0).toString(), QStringLiteral("n"));
        QCOMPARE(cell(dump, QStringLiteral("Issued"), 1, 0).at(2).toInt(), 1);
        QCOMPARE(cell(dump, QStringLiteral("Issued"), 1, 9).at(0).toString(), QStringLiteral("date"));
        QCOMPARE(cell(dump, QStringLiteral("Issued"), 1, 9).at(2).toString(),
                 QStringLiteral("2026-09-15T12:00:00"));
        // "=HYPERLINK(...)" and "+SUM(1,2)": strings, never formulas.
        QCOMPARE(cell(dump, QStringLiteral("Issued"), 3, 2).at(0).toString(), QStringLiteral("s"));
        QCOMPARE(cell(dump, QStringLiteral("Issued"), 3, 2).at(2).toString(), injectedFirstName());
        QCOMPARE(cell(dump, QStringLiteral("Issued"), 3, 3).at(0).toString(), QStringLiteral("s"));
        QCOMPARE(cell(dump, QStringLiteral("Issued"), 3, 4).at(0).toString(), QStringLiteral("s"));
        QCOMPARE(cell(dump, QStringLiteral("Exceptions"), 5, 12).at(0).toString(), QStringLiteral("s"));
        QCOMPARE(cell(dump, QStringLiteral("Exceptions"), 5, 12).at(2).toString(), injectedRejectReason());
        QCOMPARE(cell(dump, QStringLiteral("Exceptions"), 1, 8).at(0).toString(), QStringLiteral("date"));
        QCOMPARE(cell(dump, QStringLiteral("Attempts"), 2, 9).at(0).toString(), QStringLiteral("s"));
        QCOMPARE(cell(dump, QStringLiteral("Attempts"), 2, 6).at(0).toString(), QStringLiteral("n"));
        // Summary: counts are numbers, shares are numbers shown as percentages.
        QCOMPARE(cell(dump, QStringLiteral("Summary"), 4, 2).at(0).toString(), QStringLiteral("n"));
        QCOMPARE(cell(dump, QStringLiteral("Summary"), 4, 2).at(2).toInt(), 10);
        QCOMPARE(cell(dump, QStringLiteral("Summary"), 5, 3).at(0).toString(), QStringLiteral("n"));
        QCOMPARE(cell(dump, QStringLiteral("Summary"), 5, 3).at(1).toString(), QStringLiteral("0.0%"));
        QCOMPARE(cell(dump, QStringLiteral("Summary"), 5, 3).at(2).toDouble(), 0.2);
        const QJsonObject summary = dump.value(QStringLiteral("Summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("freeze")).toString(), QStringLiteral("A5"));
        QVERIFY(summary.value(QStringLiteral("filter")).toString().startsWith(QStringLiteral("A4:E")));
        // Not one formula anywhere.
        const QStringList sheets{QStringLiteral("Summary"), QStringLiteral("Issued"),
                                 QStringLiteral("Exceptions"), QStringLiteral("Attempts")};
        for (const QString& sheet : sheets) {
            const QJsonArray rows = dump.value(sheet).toObject().value(QStringLiteral("rows")).toArray();
            for (const auto& row : rows) {
                for (const auto& c : row.toArray())
                    QVERIFY2(c.toArray().at(0).toString() != QLatin1String("f"), qPrintable(sheet));
            }
        }
    }

    void csvFilesWithFormulaGuards()
    {
        IssuanceReport report(m_db.connection(), ReportScope::forBatch(1, QStringLiteral("2026-09")));
        IssuanceReportWriter writer(report, fixedOptions());
        const QString path = m_dir.filePath(QStringLiteral("september.csv"));
        QVERIFY2(writer.write(path), qPrintable(writer.errorMessage()));
        const QStringList expected{m_dir.filePath(QStringLiteral("september-summary.csv")),
                                   m_dir.filePath(QStringLiteral("september-issued.csv")),
                                   m_dir.filePath(QStringLiteral("september-exceptions.csv")),
                                   m_dir.filePath(QStringLiteral("september-attempts.csv"))};
        QCOMPARE(writer.writtenFiles(), expected);
        QVERIFY(!QFile::exists(path));

        QFile raw(expected.at(1));
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(raw.readAll().startsWith("\xEF\xBB\xBFRow ID,Batch,First Name"));

        const auto issued = readCsv(expected.at(1));
        QCOMPARE(issued.size(), 4);
        QCOMPARE(issued.at(0), IssuanceReportWriter::issuedHeader());
        QCOMPARE(issued.at(1).value(9), QStringLiteral("2026-09-15 12:00:00"));
        QCOMPARE(issued.at(3).value(2), QStringLiteral("'") + injectedFirstName());
        QCOMPARE(issued.at(3).value(3), QStringLiteral("'") + injectedLastName());
        QCOMPARE(issued.at(3).value(4), QStringLiteral("'@sum.example.org"));
        const auto exceptions = readCsv(expected.at(2));
        QCOMPARE(exceptions.size(), 8);
        QCOMPARE(exceptions.at(5).value(12), QStringLiteral("'") + injectedRejectReason());
        QCOMPARE(exceptions.at(1).value(8), QStringLiteral("2026-09-15"));
        const auto attempts = readCsv(expected.at(3));
        QCOMPARE(attempts.at(2).value(9), QStringLiteral("'=Recipient email is invalid"));
        const auto summary = readCsv(expected.at(0));
        QCOMPARE(summary.at(0).value(0), QStringLiteral("BadgeDesk issuance report: Batch 1 (2026-09)"));
        QCOMPARE(summary.at(3).mid(0, 4), (QStringList{QStringLiteral("Rows received"), QString(),
                                                       QStringLiteral("10"), QStringLiteral("100.0%")}));
        QCOMPARE(summary.at(4).value(3), QStringLiteral("20.0%"));
    }

    void canceledExportLeavesNothing()
    {
        IssuanceReport report(m_db.connection(), ReportScope::forBatch(1));
        IssuanceReportWriter::Options options = fixedOptions();
        options.progress = [](qint64, qint64) { return false; };
        IssuanceReportWriter writer(report, options);
        const QString xlsx = m_dir.filePath(QStringLiteral("canceled.xlsx"));
        QVERIFY(!writer.write(xlsx));
        QVERIFY(writer.wasCanceled());
        QVERIFY(!QFile::exists(xlsx));
        QVERIFY(!writer.write(m_dir.filePath(QStringLiteral("canceled.csv"))));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("canceled-summary.csv"))));
        QCOMPARE(
            QDir(m_dir.path()).entryList({QStringLiteral("*canceled*")}, QDir::Files | QDir::Hidden).size(),
            0);
    }

    void refusesOtherExtensions()
    {
        IssuanceReport report(m_db.connection(), ReportScope::forBatch(1));
        IssuanceReportWriter writer(report);
        QVERIFY(!writer.write(m_dir.filePath(QStringLiteral("report.ods"))));
        QVERIFY(writer.errorMessage().contains(QStringLiteral(".xlsx or .csv")));
        QVERIFY(!writer.write(QStringLiteral("/nonexistent-folder/report.xlsx")));
        QVERIFY(writer.errorMessage().contains(QStringLiteral("/nonexistent-folder/report.xlsx")));
    }

    void emptyScopeStillWritesAllSheets()
    {
        IssuanceReport report(m_db.connection(), *ReportScope::forMonth(QStringLiteral("2025-01")));
        IssuanceReportWriter writer(report, fixedOptions());
        const QString path = m_dir.filePath(QStringLiteral("empty.xlsx"));
        QVERIFY2(writer.write(path), qPrintable(writer.errorMessage()));
        QCOMPARE(readXlsx(path, QStringLiteral("Issued")).size(), 1);
        QCOMPARE(readXlsx(path, QStringLiteral("Summary")).at(3).value(2), QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestIssuanceReportWriter)
#include "TestIssuanceReportWriter.moc"
