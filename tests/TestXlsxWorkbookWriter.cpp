#include "reports/XlsxWorkbookWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace badgedesk;

namespace {

// The first Python 3 that has openpyxl (Debian's python3-openpyxl lives in /usr/bin/python3;
// a pyenv shim earlier on PATH may lack it).
QString pythonWithOpenpyxl()
{
    for (const QString& candidate : {QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")}) {
        QProcess process;
        process.start(candidate, {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
        if (process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit &&
            process.exitCode() == 0)
            return candidate;
    }
    return QString();
}

// Reads the workbook with openpyxl and returns, as JSON, the sheet names, the merged ranges,
// the frozen pane and for each requested cell its Python type, value and boldness.
QJsonObject inspect(const QString& python, const QString& path, const QStringList& cells, QString* error)
{
    static const QString script = QStringLiteral(R"(
import json, sys, datetime
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.worksheets[0]
out = {"sheets": wb.sheetnames, "merged": [str(r) for r in ws.merged_cells.ranges],
       "freeze": ws.freeze_panes, "max_row": ws.max_row, "cells": {}}
for ref in sys.argv[2:]:
    c = ws[ref]
    v = c.value
    out["cells"][ref] = {"type": type(v).__name__,
                         "value": v.isoformat() if isinstance(v, (datetime.date, datetime.datetime)) else v,
                         "bold": bool(c.font and c.font.b)}
print(json.dumps(out))
)");
    QProcess process;
    process.start(python, QStringList{QStringLiteral("-c"), script, path} + cells);
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

} // namespace

class TestXlsxWorkbookWriter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_python = pythonWithOpenpyxl();
    }

    void excelSerial_data()
    {
        QTest::addColumn<QDateTime>("dateTime");
        QTest::addColumn<double>("serial");
        QTest::newRow("1900-03-01") << QDateTime(QDate(1900, 3, 1), QTime(0, 0)) << 61.0;
        QTest::newRow("2025-03-14 (domain.md's 45730)")
            << QDateTime(QDate(2025, 3, 14), QTime(0, 0)) << 45730.0;
        QTest::newRow("noon") << QDateTime(QDate(2025, 3, 14), QTime(12, 0)) << 45730.5;
        QTest::newRow("6 pm") << QDateTime(QDate(2026, 5, 1), QTime(18, 0)) << 46143.75;
    }

    void excelSerial()
    {
        QFETCH(QDateTime, dateTime);
        QFETCH(double, serial);
        QCOMPARE(XlsxWorkbookWriter::excelSerial(dateTime), serial);
        QCOMPARE(XlsxWorkbookWriter::excelSerial(dateTime.date()), std::floor(serial));
    }

    void writesCellsThatOpenpyxlReadsBack()
    {
        if (m_python.isEmpty())
            QSKIP("python3 with openpyxl not found");
        const QString path = m_dir.filePath(QStringLiteral("cells.xlsx"));
        {
            XlsxWorkbookWriter writer(path);
            QVERIFY(writer.isOpen());
            QVERIFY(writer.addWorksheet(QStringLiteral("Report")));
            QVERIFY(writer.writeTitle(0, 0, 3, QStringLiteral("Monthly summary, FY2026")));
            QVERIFY(writer.writeHeader(1,
                                       {QStringLiteral("Code"), QStringLiteral("Title"),
                                        QStringLiteral("When"), QStringLiteral("Score")},
                                       3));
            QVERIFY(writer.writeRow(2, {QStringLiteral("0911"), QStringLiteral("Jos\u00E9 \"A+\", Pe\u00F1a"),
                                        QDateTime(QDate(2026, 3, 14), QTime(14, 37, 11)), 87}));
            QVERIFY(writer.writeRow(3, {QVariant(), QString(), QDate(2026, 5, 1), 99.5}));
            QVERIFY2(writer.close(), qPrintable(writer.errorMessage()));
            QVERIFY(writer.close()); // idempotent
        }
        QString error;
        const QJsonObject info =
            inspect(m_python, path,
                    {QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("D2"), QStringLiteral("A3"),
                     QStringLiteral("B3"), QStringLiteral("C3"), QStringLiteral("D3"), QStringLiteral("A4"),
                     QStringLiteral("B4"), QStringLiteral("C4"), QStringLiteral("D4")},
                    &error);
        QVERIFY2(!info.isEmpty(), qPrintable(error));
        QCOMPARE(info.value(QStringLiteral("sheets")).toArray(), QJsonArray{QStringLiteral("Report")});
        QCOMPARE(info.value(QStringLiteral("merged")).toArray(), QJsonArray{QStringLiteral("A1:D1")});
        QCOMPARE(info.value(QStringLiteral("freeze")).toString(), QStringLiteral("A3"));
        const QJsonObject cells = info.value(QStringLiteral("cells")).toObject();
        const auto cell = [&](const char* ref) { return cells.value(QLatin1String(ref)).toObject(); };
        QCOMPARE(cell("A1").value(QStringLiteral("value")).toString(),
                 QStringLiteral("Monthly summary, FY2026"));
        QVERIFY(cell("A1").value(QStringLiteral("bold")).toBool());
        QCOMPARE(cell("A2").value(QStringLiteral("value")).toString(), QStringLiteral("Code"));
        QVERIFY(cell("A2").value(QStringLiteral("bold")).toBool());
        QCOMPARE(cell("D2").value(QStringLiteral("value")).toString(), QStringLiteral("Score"));
        QCOMPARE(cell("A3").value(QStringLiteral("type")).toString(), QStringLiteral("str"));
        QCOMPARE(cell("A3").value(QStringLiteral("value")).toString(), QStringLiteral("0911"));
        QVERIFY(!cell("A3").value(QStringLiteral("bold")).toBool());
        QCOMPARE(cell("B3").value(QStringLiteral("value")).toString(),
                 QStringLiteral("Jos\u00E9 \"A+\", Pe\u00F1a"));
        QCOMPARE(cell("C3").value(QStringLiteral("type")).toString(), QStringLiteral("datetime"));
        QCOMPARE(cell("C3").value(QStringLiteral("value")).toString(), QStringLiteral("2026-03-14T14:37:11"));
        QCOMPARE(cell("D3").value(QStringLiteral("value")).toInt(), 87);
        QCOMPARE(cell("A4").value(QStringLiteral("type")).toString(), QStringLiteral("NoneType"));
        QCOMPARE(cell("B4").value(QStringLiteral("type")).toString(), QStringLiteral("NoneType"));
        QCOMPARE(cell("C4").value(QStringLiteral("value")).toString(), QStringLiteral("2026-05-01T00:00:00"));
        QCOMPARE(cell("D4").value(QStringLiteral("value")).toDouble(), 99.5);
    }

    void constantMemoryStreamsManyRows()
    {
        if (m_python.isEmpty())
            QSKIP("python3 with openpyxl not found");
        const QString path = m_dir.filePath(QStringLiteral("big.xlsx"));
        XlsxWorkbookWriter::Options options;
        options.constantMemory = true;
        XlsxWorkbookWriter writer(path, options);
        QVERIFY(writer.addWorksheet(QStringLiteral("Rows")));
        QVERIFY(writer.writeHeader(0, {QStringLiteral("N"), QStringLiteral("Text")}));
        for (int row = 1; row <= 20000; ++row)
            QVERIFY(writer.writeRow(row, {row, QStringLiteral("row %1").arg(row)}));
        QVERIFY2(writer.close(), qPrintable(writer.errorMessage()));
        QString error;
        const QJsonObject info =
            inspect(m_python, path, {QStringLiteral("A20001"), QStringLiteral("B20001")}, &error);
        QVERIFY2(!info.isEmpty(), qPrintable(error));
        QCOMPARE(info.value(QStringLiteral("max_row")).toInt(), 20001);
        const QJsonObject cells = info.value(QStringLiteral("cells")).toObject();
        QCOMPARE(cells.value(QStringLiteral("A20001")).toObject().value(QStringLiteral("value")).toInt(),
                 20000);
        QCOMPARE(cells.value(QStringLiteral("B20001")).toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("row 20000"));
    }

    void fixedCreationTimeMakesIdenticalFiles()
    {
        const auto write = [](const QString& path) {
            XlsxWorkbookWriter::Options options;
            options.created = QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC);
            XlsxWorkbookWriter writer(path, options);
            return writer.addWorksheet(QStringLiteral("S")) && writer.writeHeader(0, {QStringLiteral("a")}) &&
                   writer.writeDate(1, 0, QDate(2026, 5, 2)) && writer.close();
        };
        const QString a = m_dir.filePath(QStringLiteral("same-a.xlsx"));
        const QString b = m_dir.filePath(QStringLiteral("same-b.xlsx"));
        QVERIFY(write(a));
        QVERIFY(write(b));
        QFile fa(a);
        QFile fb(b);
        QVERIFY(fa.open(QIODevice::ReadOnly));
        QVERIFY(fb.open(QIODevice::ReadOnly));
        QCOMPARE(fa.readAll(), fb.readAll());
    }

    void invalidSheetNameIsReported()
    {
        XlsxWorkbookWriter writer(m_dir.filePath(QStringLiteral("badname.xlsx")));
        QVERIFY(!writer.addWorksheet(QStringLiteral("bad[name]")));
        QVERIFY2(writer.errorMessage().contains(QStringLiteral("bad[name]")),
                 qPrintable(writer.errorMessage()));
        QVERIFY(!writer.addWorksheet(QStringLiteral("a name longer than thirty-one characters")));
    }

    void writingWithoutASheetFails()
    {
        XlsxWorkbookWriter writer(m_dir.filePath(QStringLiteral("nosheet.xlsx")));
        QVERIFY(!writer.writeString(0, 0, QStringLiteral("x")));
        QVERIFY2(writer.errorMessage().contains(QStringLiteral("no worksheet")),
                 qPrintable(writer.errorMessage()));
    }

    void outOfRangeCellFails()
    {
        XlsxWorkbookWriter writer(m_dir.filePath(QStringLiteral("range.xlsx")));
        QVERIFY(writer.addWorksheet(QStringLiteral("S")));
        QVERIFY(!writer.writeNumber(1048576, 0, 1));
        QVERIFY(!writer.errorMessage().isEmpty());
        QVERIFY(!writer.close()); // an earlier failure makes the workbook a failure
    }

    void unwritablePathFailsOnClose()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing/dir/out.xlsx"));
        XlsxWorkbookWriter writer(path);
        QVERIFY(writer.addWorksheet(QStringLiteral("S")));
        QVERIFY(writer.writeString(0, 0, QStringLiteral("x")));
        QVERIFY(!writer.close());
        QVERIFY2(writer.errorMessage().contains(path), qPrintable(writer.errorMessage()));
        QVERIFY(!QFile::exists(path));
    }

private:
    QTemporaryDir m_dir;
    QString m_python;
};

QTEST_GUILESS_MAIN(TestXlsxWorkbookWriter)
#include "TestXlsxWorkbookWriter.moc"
