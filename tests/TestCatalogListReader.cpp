#include "importing/CatalogListReader.h"
#include "reports/XlsxWorkbookWriter.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace badgedesk;

namespace {

QString writeText(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QStringList problemKinds(const CatalogListReader& reader)
{
    QStringList kinds;
    for (const auto& p : reader.problems())
        kinds << QStringLiteral("%1@%2").arg(p.kind).arg(p.row);
    return kinds;
}

} // namespace

class TestCatalogListReader : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void csvWithTitleRowsAndTotals()
    {
        // Windows-1252, CRLF, a title and a blank row above the header, a totals line at the end.
        const QByteArray csv = "Approved Industry Credentials FY2026,,,\r\n"
                               ",,,\r\n"
                               "Assessment Code,Assessment Title,Testing Vendor,CareerTech Badges\r\n"
                               "911,Entrepreneur ,CTTC,Yes\r\n"
                               "8005,Caf\xe9 Management,CTTC,N\r\n"
                               ",,,\r\n"
                               "Total: 2 assessments,,,\r\n";
        const QString path = writeText(m_dir, QStringLiteral("titled.csv"), csv);
        CatalogListReader reader;
        QVERIFY2(reader.read(path), qPrintable(reader.errorMessage()));
        QCOMPARE(reader.headerRow(), 3);
        QCOMPARE(reader.dataRows(), 3);
        QCOMPARE(reader.entries().size(), 2);
        QCOMPARE(reader.entries().at(0).code, QStringLiteral("0911"));
        QCOMPARE(reader.entries().at(0).title, QStringLiteral("Entrepreneur"));
        QVERIFY(reader.entries().at(0).careertechBadges);
        QCOMPARE(reader.entries().at(1).title, QStringLiteral("Caf\u00e9 Management"));
        QCOMPARE(problemKinds(reader),
                 (QStringList{QStringLiteral("code_padded@4"), QStringLiteral("footer@7")}));
        QCOMPARE(
            reader.problems().last().message,
            QStringLiteral("Row 7 looks like a totals line (\"Total: 2 assessments\") and was skipped."));
    }

    void loneCodeIsHeldNotSkippedAsATotal()
    {
        const QString path =
            writeText(m_dir, QStringLiteral("lone.csv"),
                      "AssessmentCode,AssessmentTitle,TestingVendor\n8005,,\n0911,Entrepreneur,CTTC\n");
        CatalogListReader reader;
        QVERIFY(reader.read(path));
        QCOMPARE(reader.entries().size(), 1);
        QCOMPARE(reader.heldCodes(), QStringList{QStringLiteral("8005")});
        QCOMPARE(problemKinds(reader), QStringList{QStringLiteral("missing_title@2")});
    }

    void xlsxWithNumericCodesAndDates()
    {
        const QString path = m_dir.filePath(QStringLiteral("list.xlsx"));
        {
            XlsxWorkbookWriter xlsx(path);
            QVERIFY(xlsx.addWorksheet(QStringLiteral("Approved")));
            QVERIFY(xlsx.writeTitle(0, 0, 3, QStringLiteral("Approved Assessments FY2026")));
            QVERIFY(xlsx.writeHeader(1, {QStringLiteral("AssessmentCode"), QStringLiteral("AssessmentTitle"),
                                         QStringLiteral("EffectiveDate"),
                                         QStringLiteral("VendorIssuesDigitalBadge")}));
            QVERIFY(xlsx.writeNumber(2, 0, 911));
            QVERIFY(xlsx.writeString(2, 1, QStringLiteral("Entrepreneur")));
            QVERIFY(xlsx.writeDate(2, 2, QDate(2024, 7, 1)));
            QVERIFY(xlsx.writeString(2, 3, QStringLiteral("TRUE")));
            QVERIFY(xlsx.writeString(3, 0, QStringLiteral("CMP-1101")));
            QVERIFY(xlsx.writeString(3, 1, QStringLiteral("CompTIA A+")));
            QVERIFY(xlsx.writeString(3, 2, QStringLiteral("FY2020")));
            QVERIFY(xlsx.writeString(3, 3, QStringLiteral("maybe")));
            QVERIFY(xlsx.close());
        }
        CatalogListReader reader;
        QVERIFY2(reader.read(path), qPrintable(reader.errorMessage()));
        QCOMPARE(reader.headerRow(), 2);
        QCOMPARE(reader.entries().size(), 2);
        QCOMPARE(reader.entries().at(0).code, QStringLiteral("0911"));
        QCOMPARE(reader.entries().at(0).effectiveDate, QDate(2024, 7, 1));
        QVERIFY(reader.entries().at(0).vendorBadges);
        QCOMPARE(reader.entries().at(1).effectiveDate, QDate(2019, 7, 1));
        QCOMPARE(problemKinds(reader),
                 (QStringList{QStringLiteral("code_padded@3"), QStringLiteral("bad_flag@4")}));
    }

    void unreadableFilesSayWhatToDo_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("old excel") << QStringLiteral("list.xls") << QByteArray("\xd0\xcf\x11\xe0")
                                   << QStringLiteral(
                                          "list.xls is an old Excel 97-2003 workbook. Open it in Excel and "
                                          "save it as an .xlsx workbook or a .csv file, then import that.");
        QTest::newRow("pdf") << QStringLiteral("list.pdf") << QByteArray("%PDF-1.4")
                             << QStringLiteral(
                                    "list.pdf is not a spreadsheet BadgeDesk reads. Save the list as an "
                                    ".xlsx workbook or a .csv file and import that.");
        QTest::newRow("empty") << QStringLiteral("empty.csv") << QByteArray()
                               << QStringLiteral("empty.csv is empty.");
        QTest::newRow("no code column")
            << QStringLiteral("nocode.csv") << QByteArray("Title,Vendor\nEntrepreneur,CTTC\n")
            << QStringLiteral(
                   "nocode.csv: no header row found in the first 2 rows. The list has no AssessmentCode "
                   "column. Check that the first row of the sheet holds the column names, or rename "
                   "the column in the file.");
        QTest::newRow("broken xlsx") << QStringLiteral("broken.xlsx") << QByteArray("PK\x03\x04 not really")
                                     << QStringLiteral("broken.xlsx could not be read: ");
    }

    void unreadableFilesSayWhatToDo()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString path = writeText(m_dir, name, bytes);
        QVERIFY(!path.isEmpty());
        CatalogListReader reader;
        QVERIFY(!reader.read(path));
        QVERIFY2(reader.errorMessage().startsWith(message), qPrintable(reader.errorMessage()));
        QVERIFY(reader.entries().isEmpty());
    }

    void missingFile()
    {
        CatalogListReader reader;
        QVERIFY(!reader.read(m_dir.filePath(QStringLiteral("nowhere.csv"))));
        QVERIFY(reader.errorMessage().endsWith(
            QStringLiteral("nowhere.csv does not exist. Check the file name and "
                           "folder.")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCatalogListReader)
#include "TestCatalogListReader.moc"
