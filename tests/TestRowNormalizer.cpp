#include "importing/RowNormalizer.h"

#include <QStandardPaths>
#include <QTest>

using namespace badgedesk;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

const QStringList kHeader{s("EntryID"),  s("EntryDateTime"), s("StudentID"), s("FirstName"),
                          s("LastName"), s("DateOfBirth"),   s("Email"),     s("AssessmentCode"),
                          s("TestDate"), s("Result"),        s("Score")};

// A full, clean row; callers change the cells they test.
QStringList row(const QString& testDate = s("3/14/2025"), const QString& dob = s("6/20/2008"))
{
    return {s("1000001"), s("3/20/2025 2:37:11 PM"),       s("1234567890"), s("Jane"), s("Doe"),
            dob,          s("jane.doe@gmail.example.com"), s("0911"),       testDate,  s("Pass"),
            s("88")};
}

QList<ImportProblemKind> kinds(const ImportedRow& r)
{
    QList<ImportProblemKind> result;
    for (const ImportProblem& p : r.problems)
        result << p.kind;
    return result;
}

} // namespace

class TestRowNormalizer : public QObject
{
    Q_OBJECT

    ColumnMapping m_mapping = ColumnMapping::detect(kHeader);
    ValueNormalizer::CodeIndex m_codes{QStringList{s("0911"), s("8005")}};

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_mapping.isComplete());
    }

    void cleanRowHasValuesAndNoProblems()
    {
        RowNormalizer normalizer(m_mapping, m_codes, false);
        normalizer.learn({row()});
        const ImportedRow r = normalizer.normalize(7, row());
        QVERIFY(!r.isUnreadable());
        QCOMPARE(r.rowNumber, 7);
        QCOMPARE(r.cells, row());
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.value(0).message()));
        QCOMPARE(r.value(ImportField::EntryId), s("1000001"));
        QCOMPARE(r.value(ImportField::EntryTime), s("2025-03-20T14:37:11"));
        QCOMPARE(r.value(ImportField::TestDate), s("2025-03-14"));
        QCOMPARE(r.value(ImportField::DateOfBirth), s("2008-06-20"));
        QCOMPARE(r.value(ImportField::Result), s("pass"));
        QCOMPARE(r.value(ImportField::Score), s("88"));
        QCOMPARE(r.value(ImportField::Vendor), QString()); // unmapped
        QCOMPARE(r.rowKey, s("entry:1000001"));
    }

    void messyValuesAreNormalisedAndFlagged()
    {
        RowNormalizer normalizer(m_mapping, m_codes, false);
        QStringList cells = row();
        cells[0] = s("1.00E+06");
        cells[2] = s("1.23E+09");
        cells[3] = s("JOSÃ‰"); // JOSÉ in UTF-8, read as Windows-1252
        cells[4] = s("McDONALD\u00A0");
        cells[6] = s(" a@x.example.org; B@y.example.org ");
        cells[7] = s("911");
        cells[8] = s("45730");
        cells[9] = s("Absent");
        cells[10] = s("N/A");
        normalizer.learn({row()});
        const ImportedRow r = normalizer.normalize(3, cells);
        QCOMPARE(r.value(ImportField::FirstName), s("José"));
        QCOMPARE(r.value(ImportField::LastName), s("McDonald"));
        QCOMPARE(r.value(ImportField::Email), s("a@x.example.org; b@y.example.org"));
        QCOMPARE(r.value(ImportField::AssessmentCode), s("0911"));
        QCOMPARE(r.value(ImportField::TestDate), s("2025-03-14"));
        QCOMPARE(r.value(ImportField::StudentId), s("1.23E+09"));
        const QList<ImportProblemKind> found = kinds(r);
        for (const ImportProblemKind kind :
             {ImportProblemKind::IdScientific, ImportProblemKind::TextMojibake,
              ImportProblemKind::EmailMultiple, ImportProblemKind::CodeZerosRestored,
              ImportProblemKind::DateSerial, ImportProblemKind::ResultUnknown,
              ImportProblemKind::ScoreInvalid})
            QVERIFY2(found.contains(kind), qPrintable(ImportProblem::key(kind)));
        // Both IDs are scientific: entry ID and student ID each get a problem.
        QCOMPARE(found.count(ImportProblemKind::IdScientific), 2);
        // The problem keeps the cell as read.
        for (const ImportProblem& p : r.problems) {
            if (p.kind == ImportProblemKind::CodeZerosRestored) {
                QCOMPARE(p.field, ImportField::AssessmentCode);
                QCOMPARE(p.value, s("911"));
            }
        }
        // An entry ID Excel shortened would merge entries: the key falls back to a hash.
        QVERIFY(r.rowKey.startsWith(s("hash:")));
        QCOMPARE(r.rowKey.size(), 5 + 32);
    }

    void missingValuesAreFlagged()
    {
        RowNormalizer normalizer(m_mapping, m_codes, false);
        QStringList cells = row();
        cells[1].clear(); // entry time
        cells[4].clear(); // last name
        cells[6].clear(); // email
        cells[7].clear(); // code
        cells[8].clear(); // test date
        const ImportedRow r = normalizer.normalize(4, cells);
        QVERIFY(!r.isUnreadable());
        const QList<ImportProblemKind> found = kinds(r);
        QCOMPARE(found.size(), 4);
        QVERIFY(found.contains(ImportProblemKind::NameMissing));
        QVERIFY(found.contains(ImportProblemKind::EmailMissing));
        QVERIFY(found.contains(ImportProblemKind::CodeMissing));
        QVERIFY(found.contains(ImportProblemKind::DateMissing));
    }

    void invalidDateIsKeptRawAndFlagged()
    {
        RowNormalizer normalizer(m_mapping, m_codes, false);
        const ImportedRow r = normalizer.normalize(5, row(s("2/30/2025")));
        QCOMPARE(r.value(ImportField::TestDate), QString());
        QCOMPARE(kinds(r), QList<ImportProblemKind>{ImportProblemKind::DateInvalid});
        QCOMPARE(r.problems.first().value, s("2/30/2025"));
        QCOMPARE(r.cells.at(8), s("2/30/2025"));
    }

    void dates_data()
    {
        QTest::addColumn<QStringList>("columnDates"); // the test dates of the first rows
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("flagged");

        const QStringList us{s("3/14/2025"), s("3/18/2025"), s("2/27/2025"), s("3/2/2025"), s("1/30/2025")};
        QTest::newRow("US column: ambiguous date read US, not flagged")
            << us << s("3/5/2025") << s("2025-03-05") << false;
        QTest::newRow("US column with one stray day-first date still trusted")
            << (us + us + us + QStringList{s("14/3/2025")}) << s("3/5/2025") << s("2025-03-05") << false;
        QTest::newRow("US column: padded day-first damage is flagged, read to fit the entry")
            << us << s("05/03/2025") << s("2025-03-05") << true;
        QTest::newRow("US column: padded ambiguous that fits US is flagged, read US")
            << us << s("03/05/2025") << s("2025-03-05") << true;
        const QStringList dayFirst{s("14/03/2025"), s("18/03/2025"), s("27/02/2025"), s("02/03/2025")};
        QTest::newRow("day-first column: ambiguous read day first, not flagged")
            << dayFirst << s("05/03/2025") << s("2025-03-05") << false;
        QTest::newRow("mixed column: ambiguous flagged")
            << QStringList{s("3/14/2025"), s("14/3/2025"), s("3/18/2025"), s("18/3/2025")} << s("3/5/2025")
            << s("2025-03-05") << true;
        QTest::newRow("no evidence: US by default, not flagged")
            << QStringList{s("3/5/2025"), s("3/3/2025")} << s("2/1/2025") << s("2025-02-01") << false;
        QTest::newRow("two-digit year in a four-digit column is flagged")
            << us << s("3/5/25") << s("2025-03-05") << true;
        QTest::newRow("ISO is never ambiguous") << us << s("2025-03-05") << s("2025-03-05") << false;
    }
    void dates()
    {
        QFETCH(QStringList, columnDates);
        QFETCH(QString, cell);
        QFETCH(QString, expected);
        QFETCH(bool, flagged);
        RowNormalizer normalizer(m_mapping, m_codes, false);
        QList<QStringList> head;
        for (const QString& date : columnDates)
            head << row(date);
        normalizer.learn(head);
        const ImportedRow r = normalizer.normalize(9, row(cell));
        QCOMPARE(r.value(ImportField::TestDate), expected);
        QCOMPARE(r.hasProblem(ImportProblemKind::DateAmbiguous), flagged);
    }

    void dateOfBirthInAUsColumnIsNotFlagged()
    {
        RowNormalizer normalizer(m_mapping, m_codes, false);
        normalizer.learn({row(s("3/14/2025"), s("6/20/2008")), row(s("3/14/2025"), s("11/27/2009"))});
        QCOMPARE(normalizer.dayOrder(ImportField::DateOfBirth), ValueNormalizer::DayOrder::MonthFirst);
        const ImportedRow r = normalizer.normalize(2, row(s("3/14/2025"), s("4/5/2010")));
        QCOMPARE(r.value(ImportField::DateOfBirth), s("2010-04-05"));
        QVERIFY(r.problems.isEmpty());
    }

    void serialsFollowTheWorkbooksDateSystem()
    {
        RowNormalizer normalizer1900(m_mapping, m_codes, false);
        RowNormalizer normalizer1904(m_mapping, m_codes, true);
        QCOMPARE(normalizer1900.normalize(2, row(s("45730"))).value(ImportField::TestDate), s("2025-03-14"));
        QCOMPARE(normalizer1904.normalize(2, row(s("45730"))).value(ImportField::TestDate), s("2029-03-15"));
    }

    void unreadableRows_data()
    {
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<QString>("reasonPart");
        QStringList shifted = row();
        shifted.insert(3, s("Jr")); // an unquoted comma split a cell: everything moves right
        QTest::newRow("shifted") << shifted << s("column 12");
        QStringList binary = row();
        binary[3] = s("J") + QChar(0) + QChar(1) + s("ne");
        QTest::newRow("binary junk") << binary << s("binary");
        QStringList onlyUnmapped(kHeader.size());
        QTest::newRow("nothing mapped has a value")
            << onlyUnmapped + QStringList{} << s("none of its mapped");
    }
    void unreadableRows()
    {
        QFETCH(QStringList, cells);
        QFETCH(QString, reasonPart);
        RowNormalizer normalizer(m_mapping, m_codes, false);
        const ImportedRow r = normalizer.normalize(11, cells);
        QVERIFY(r.isUnreadable());
        QVERIFY2(r.unreadableReason.contains(reasonPart), qPrintable(r.unreadableReason));
        QCOMPARE(r.cells, cells);
        QVERIFY(r.rowKey.isEmpty());
    }

    void trailingEmptyCellsAreNotAShift()
    {
        RowNormalizer normalizer(m_mapping, m_codes, false);
        const ImportedRow r = normalizer.normalize(2, row() + QStringList{QString(), s(" ")});
        QVERIFY(!r.isUnreadable());
    }

    void hashKeyIgnoresCaseAndSpacesButNotContent()
    {
        QStringList header = kHeader;
        header.removeFirst(); // no entry ID column
        const ColumnMapping mapping = ColumnMapping::detect(header);
        RowNormalizer normalizer(mapping, m_codes, false);
        QStringList a = row();
        a.removeFirst();
        QStringList b = a;
        b[2] = s("JANE ");
        b[5] = s("Jane.Doe@Gmail.Example.com");
        QStringList c = a;
        c[6] = s("8005");
        const QString keyA = normalizer.normalize(2, a).rowKey;
        QVERIFY(keyA.startsWith(s("hash:")));
        QCOMPARE(normalizer.normalize(3, b).rowKey, keyA);
        QVERIFY(normalizer.normalize(4, c).rowKey != keyA);
    }

    // The optional Language column (issue 9 item 2): what people type, read as en / es; anything
    // else is flagged and left empty (the batch's default then applies).
    void language_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("English") << s("English") << s("en") << false;
        QTest::newRow("en") << s("en") << s("en") << false;
        QTest::newRow("ENG") << s("ENG") << s("en") << false;
        QTest::newRow("en-US") << s("en-US") << s("en") << false;
        QTest::newRow("Inglés") << s("Inglés") << s("en") << false;
        QTest::newRow("Spanish") << s("Spanish") << s("es") << false;
        QTest::newRow("SPANISH with spaces") << s("  SPANISH ") << s("es") << false;
        QTest::newRow("Español") << s("Español") << s("es") << false;
        QTest::newRow("espanol") << s("espanol") << s("es") << false;
        QTest::newRow("es") << s("es") << s("es") << false;
        QTest::newRow("es-US") << s("es-US") << s("es") << false;
        QTest::newRow("es_MX") << s("es_MX") << s("es") << false;
        QTest::newRow("SPA") << s("SPA") << s("es") << false;
        QTest::newRow("Spanish/English") << s("Spanish/English") << s("es") << false;
        QTest::newRow("blank") << s("") << s("") << false;
        QTest::newRow("Vietnamese") << s("Vietnamese") << s("") << true;
        QTest::newRow("fr") << s("fr") << s("") << true;
    }
    void language()
    {
        QFETCH(QString, cell);
        QFETCH(QString, language);
        QFETCH(bool, flagged);
        QStringList header = kHeader;
        header << s("Home Language");
        const ColumnMapping mapping = ColumnMapping::detect(header);
        QCOMPARE(mapping.column(ImportField::Language), int(header.size()) - 1);
        RowNormalizer normalizer(mapping, m_codes, false);
        QStringList cells = row();
        cells << cell;
        const ImportedRow r = normalizer.normalize(2, cells);
        QCOMPARE(r.value(ImportField::Language), language);
        QCOMPARE(kinds(r).contains(ImportProblemKind::LanguageUnknown), flagged);
        QCOMPARE(r.cells.last(), cell); // the raw cell is kept as read
    }

    // The language says how to write to the student, not which entry it is: an export that adds
    // the column finds the rows it already has.
    void languageIsNotPartOfTheRowKey()
    {
        QStringList header = kHeader;
        header.removeFirst(); // no entry ID: the key is a hash of the values
        QStringList cells = row();
        cells.removeFirst();
        const QString without =
            RowNormalizer(ColumnMapping::detect(header), m_codes, false).normalize(2, cells).rowKey;
        header << s("Language");
        cells << s("Spanish");
        const QString with =
            RowNormalizer(ColumnMapping::detect(header), m_codes, false).normalize(2, cells).rowKey;
        QVERIFY(without.startsWith(s("hash:")));
        QCOMPARE(with, without);
    }
};

QTEST_GUILESS_MAIN(TestRowNormalizer)
#include "TestRowNormalizer.moc"
