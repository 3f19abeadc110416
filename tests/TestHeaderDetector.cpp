#include "importing/ColumnMapping.h"
#include "importing/CsvReader.h"
#include "importing/FieldSynonyms.h"
#include "importing/HeaderDetector.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using badgedesk::ColumnMapping;
using badgedesk::CsvReader;
using badgedesk::FieldSynonyms;
using badgedesk::HeaderDetector;
using badgedesk::ImportField;

using Rows = QList<QStringList>;

namespace {

QList<HeaderDetector::Row> numbered(const Rows& rows)
{
    QList<HeaderDetector::Row> result;
    for (qsizetype i = 0; i < rows.size(); ++i)
        result.append({i + 1, rows.at(i)});
    return result;
}

QStringList cells(const char* commaSeparated)
{
    return QString::fromUtf8(commaSeparated).split(QLatin1Char(','));
}

} // namespace

class TestHeaderDetector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void detect_data()
    {
        QTest::addColumn<Rows>("rows");
        QTest::addColumn<int>("headerIndex");
        QTest::addColumn<QList<int>>("columnIndexes");
        QTest::addColumn<int>("synonymMatches");

        QTest::newRow("header first") << Rows{cells("EntryID,StudentID,Email,AssessmentCode,TestDate"),
                                              cells("1000001,0012345678,a@example.com,0911,3/14/2025")}
                                      << 0 << QList<int>{0, 1, 2, 3, 4} << 5;
        QTest::newRow("title and run date above, blank row between")
            << Rows{cells("CTIMS Real-Time Certifications - May 2025"), cells("Run date:,6/1/2025"),
                    QStringList{},
                    cells("Entry ID,First Name,Last Name,Student Email,Assessment Code,Test Date"),
                    cells("1000001,ANA,LOPEZ,ana@example.com,0911,5/2/2025")}
            << 3 << QList<int>{0, 1, 2, 3, 4, 5} << 6;
        QTest::newRow("blank columns ignored") << Rows{cells(",Entry ID,,Student Email,Assessment Code,"),
                                                       cells(",1000001,,a@example.com,0911,")}
                                               << 0 << QList<int>{1, 3, 4} << 3;
        QTest::newRow("two-cell title loses to a known header")
            << Rows{cells("Report,May 2025"), cells("Name,Email,Assessment Code,Result"),
                    cells("Ann Lee,a@example.com,0911,Pass")}
            << 1 << QList<int>{0, 1, 2, 3} << 3;
        QTest::newRow("unknown header names still found")
            << Rows{cells("Title"), cells("Alpha,Beta,Gamma"), cells("1,2,3"), cells("4,5,6")} << 1
            << QList<int>{0, 1, 2} << 0;
        QTest::newRow("data rows below do not win")
            << Rows{cells("Email,Assessment,Result"), cells("Email,Assessment,Result")} << 0
            << QList<int>{0, 1, 2} << 3;
        QTest::newRow("only numbers: no header")
            << Rows{cells("1,2,3"), cells("4,5,6")} << -1 << QList<int>{} << 0;
        QTest::newRow("repeated cells are not a header")
            << Rows{cells("x,x,x,x"), cells("Student ID,Email,Test Code,Test Date")} << 1
            << QList<int>{0, 1, 2, 3} << 4;
    }

    void detect()
    {
        QFETCH(Rows, rows);
        QFETCH(int, headerIndex);
        QFETCH(QList<int>, columnIndexes);
        QFETCH(int, synonymMatches);

        HeaderDetector detector;
        QCOMPARE(detector.detect(numbered(rows)), headerIndex >= 0);
        QCOMPARE(detector.headerIndex(), headerIndex);
        QCOMPARE(detector.headerRowNumber(), qint64(headerIndex + 1));
        QList<int> found;
        for (const auto& column : detector.columns())
            found << column.index;
        QCOMPARE(found, columnIndexes);
        QCOMPARE(detector.synonymMatches(), synonymMatches);
    }

    void footer_data()
    {
        QTest::addColumn<QStringList>("row");
        QTest::addColumn<int>("headerWidth");
        QTest::addColumn<bool>("footer");

        QTest::newRow("Total with a count") << cells("Total,,,,,900") << 8 << true;
        QTest::newRow("Totals") << cells("Totals") << 8 << true;
        QTest::newRow("Grand Total:") << cells("Grand Total: 900") << 8 << true;
        QTest::newRow("Count:") << cells("Count:,900") << 8 << true;
        QTest::newRow("Record count") << cells("Record Count: 900") << 8 << true;
        QTest::newRow("only a count") << cells(",,,,,,900,") << 8 << true;
        QTest::newRow("n records") << cells("900 records") << 8 << true;
        QTest::newRow("end of report") << cells("End of Report") << 8 << true;
        QTest::newRow("page footer") << cells("Page 3 of 4") << 8 << true;
        QTest::newRow("generated on") << cells("Generated on 6/1/2025 8:00 AM") << 8 << true;
        QTest::newRow("non-breaking spaces")
            << QStringList{QStringLiteral("\u00A0Total\u00A0"), QString()} << 8 << true;
        QTest::newRow("data row") << cells("1000001,Ann,Lee,a@example.com,0911,3/14/2025") << 6 << false;
        QTest::newRow("student named Total fills the row")
            << cells("Total,Ann,a@example.com,0911,3/14/2025") << 5 << false;
        QTest::newRow("blank row") << cells(",,,") << 4 << false;
        QTest::newRow("a lone word is not a count") << cells("Smith") << 8 << false;
        QTest::newRow("a lone number in a narrow table") << cells("5") << 2 << false;
    }

    void footer()
    {
        QFETCH(QStringList, row);
        QFETCH(int, headerWidth);
        QFETCH(bool, footer);
        QCOMPARE(HeaderDetector::isFooterRow(row, headerWidth), footer);
    }

    void synonyms_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("field"); // key, or empty for no match

        const auto row = [](const char* header, const char* key) {
            QTest::newRow(header) << QString::fromUtf8(header) << QString::fromUtf8(key);
        };
        row("Student Email", "email");
        row("Email Address", "email");
        row("E-mail", "email");
        row("EMAIL", "email");
        row(" e_mail ", "email");
        row("Student E-mail Address", "email");
        row("EntryID", "entry_id");
        row("Entry #", "");
        row("EntryDateTime", "entry_time");
        row("Date Entered", "entry_time");
        row("EnteredBy", "entered_by");
        row("DistrictCode", "district_code");
        row("District", "district_name");
        row("SiteCode", "school_code");
        row("SchoolName", "school_name");
        row("ProgramCode", "program_code");
        row("Program", "program_name");
        row("STN", "student_id");
        row("Student ID", "student_id");
        row("FirstName", "first_name");
        row("MI", "middle_name");
        row("Surname", "last_name");
        row("DOB", "date_of_birth");
        row("Assessment Code", "assessment_code");
        row("Test Code", "assessment_code");
        row("AssessmentTitle", "assessment_title");
        row("Credentialing Body", "vendor");
        row("Test Date", "test_date");
        row("Date Earned", "test_date");
        row("Pass/Fail", "result");
        row("Score %", "score");
        row("Language", "language");
        row("Home Language", "language");
        row("Preferred Language", "language");
        row("Idioma", "language");
        row("home_language", "language");
        row("Notes", "");
        row("Attempt", "");
        row("", "");
    }

    void synonyms()
    {
        QFETCH(QString, header);
        QFETCH(QString, field);
        const auto match = FieldSynonyms::match(header);
        QCOMPARE(match ? FieldSynonyms::key(*match) : QString(), field);
    }

    // Every synonym leads back to its own field: a synonym listed under two fields would make
    // the mapping depend on table order.
    void everySynonymIsUnambiguous()
    {
        QCOMPARE(FieldSynonyms::allFields().size(), 22);
        for (const ImportField field : FieldSynonyms::allFields()) {
            QCOMPARE(FieldSynonyms::fromKey(FieldSynonyms::key(field)), field);
            QCOMPARE(FieldSynonyms::match(FieldSynonyms::key(field)), field);
            QCOMPARE(FieldSynonyms::match(FieldSynonyms::displayName(field)), field);
            for (const QString& synonym : FieldSynonyms::synonyms(field)) {
                const auto match = FieldSynonyms::match(synonym);
                QVERIFY2(match && *match == field, qPrintable(synonym));
            }
        }
    }

    void mappingRequirements_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QStringList>("missing");

        QTest::newRow("complete with student id")
            << cells("EntryID,StudentID,Email,AssessmentCode,TestDate") << QStringList{};
        QTest::newRow("names instead of an id, entry time instead of a test date")
            << cells("First Name,Last Name,E-mail,Test Code,Date Entered") << QStringList{};
        QTest::newRow("only a first name")
            << cells("First Name,Email Address,Assessment Code,Test Date")
            << QStringList{QStringLiteral("Student ID or first and last name")};
        QTest::newRow("nothing known")
            << cells("Alpha,Beta")
            << QStringList{QStringLiteral("Student ID or first and last name"), QStringLiteral("Email"),
                           QStringLiteral("Assessment code"), QStringLiteral("Test date or entry time")};
        QTest::newRow("title is not a code") << cells("StudentID,Email,Assessment Title,Test Date")
                                             << QStringList{QStringLiteral("Assessment code")};
    }

    void mappingRequirements()
    {
        QFETCH(QStringList, header);
        QFETCH(QStringList, missing);
        const ColumnMapping mapping = ColumnMapping::detect(header);
        QCOMPARE(mapping.missingRequired(), missing);
        QCOMPARE(mapping.isComplete(), missing.isEmpty());
        const QString message = mapping.missingRequiredMessage();
        QCOMPARE(message.isEmpty(), missing.isEmpty());
        for (const QString& name : missing)
            QVERIFY2(message.contains(name), qPrintable(message));
    }

    void mappingColumns()
    {
        ColumnMapping mapping =
            ColumnMapping::detect(cells("Student Email,Notes,Email Address,StudentID,Test Code,Test Date"));
        QCOMPARE(mapping.column(ImportField::Email), 0);
        QCOMPARE(mapping.duplicateColumns(), QList<int>{2}); // the first email column wins
        QCOMPARE(mapping.unmappedColumns(), (QList<int>{1, 2}));
        // The wizard moves email to the other column; one column feeds one field.
        mapping.setColumn(ImportField::Email, 2);
        QCOMPARE(mapping.column(ImportField::Email), 2);
        QCOMPARE(mapping.duplicateColumns(), QList<int>{});
        mapping.setColumn(ImportField::Result, 2);
        QCOMPARE(mapping.column(ImportField::Result), 2);
        QVERIFY(!mapping.isMapped(ImportField::Email));
        QCOMPARE(mapping.missingRequired(), QStringList{QStringLiteral("Email")});
        const QStringList row = cells("a@example.com,,Pass,0012345678");
        QCOMPARE(mapping.value(row, ImportField::StudentId), QStringLiteral("0012345678"));
        QCOMPARE(mapping.value(row, ImportField::TestDate), QString()); // row shorter than the header
        QCOMPARE(mapping.value(row, ImportField::Vendor), QString());   // not mapped
    }

    // The readers and the detector together on a messy export: a title, a blank column, header
    // drift and a totals row at the bottom.
    void messyCsvEndToEnd()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("export.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xEF\xBB\xBF"
                   "CTIMS Real-Time Certifications,,,,,\r\n"
                   "\r\n"
                   "EntryID,StudentID,,Student Email,Assessment Code,TestDate\r\n"
                   "1000001,0012345678,,ana@example.com,0911,3/14/2025\r\n"
                   "1000002,0012345679,,bo@example.com,8005,3/15/2025\r\n"
                   "Total,2,,,,\r\n");
        file.close();

        CsvReader reader(path);
        QVERIFY(reader.open());
        QList<HeaderDetector::Row> head;
        QStringList row;
        while (head.size() < HeaderDetector::RowsToScan && reader.readRow(&row))
            head.append({reader.rowNumber(), row});
        HeaderDetector detector;
        QVERIFY(detector.detect(head));
        QCOMPARE(detector.headerRowNumber(), qint64(3));
        QCOMPARE(detector.columns().size(), 5);
        const ColumnMapping mapping = ColumnMapping::detect(detector.headerCells());
        QVERIFY2(mapping.isComplete(), qPrintable(mapping.missingRequiredMessage()));

        QStringList emails;
        QList<qint64> footers;
        for (qsizetype i = detector.headerIndex() + 1; i < head.size(); ++i) {
            if (HeaderDetector::isFooterRow(head.at(i).cells, int(detector.columns().size())))
                footers << head.at(i).rowNumber;
            else
                emails << mapping.value(head.at(i).cells, ImportField::Email);
        }
        QCOMPARE(emails, (QStringList{QStringLiteral("ana@example.com"), QStringLiteral("bo@example.com")}));
        QCOMPARE(footers, QList<qint64>{6});
    }
};

QTEST_GUILESS_MAIN(TestHeaderDetector)
#include "TestHeaderDetector.moc"
