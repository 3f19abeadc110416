#include "importing/XlsxReader.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using badgedesk::XlsxReader;

using Rows = QList<QStringList>;
using Numbers = QList<qint64>;

namespace {

// Fixtures come from programs we did not write (tests/data/make_xlsx_fixtures.py).
QString pythonProgram()
{
    // Debian's python3 has python3-openpyxl; a pyenv shim earlier in PATH may not.
    if (QFile::exists(QStringLiteral("/usr/bin/python3")))
        return QStringLiteral("/usr/bin/python3");
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_fixtureError;

    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

    static Rows readAll(XlsxReader& reader, Numbers* rowNumbers = nullptr)
    {
        Rows rows;
        QStringList cells;
        while (reader.readRow(&cells)) {
            rows << cells;
            if (rowNumbers)
                *rowNumbers << reader.rowNumber();
        }
        return rows;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString python = pythonProgram();
        if (python.isEmpty()) {
            m_fixtureError = QStringLiteral("python3 not found");
            return;
        }
        QProcess process;
        process.start(python,
                      {QStringLiteral(BADGEDESK_TEST_DATA_DIR "/make_xlsx_fixtures.py"), m_dir.path()});
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            m_fixtureError = QString::fromUtf8(process.readAllStandardError());
    }

    void init()
    {
        if (!m_fixtureError.isEmpty())
            QSKIP(qPrintable(QStringLiteral("fixtures need python3-openpyxl: ") + m_fixtureError));
    }

    void openpyxlWorkbook()
    {
        XlsxReader reader(path("basic.xlsx"));
        QString error;
        QVERIFY2(reader.open(&error), qPrintable(error));
        QCOMPARE(reader.sheetNames(), (QStringList{QStringLiteral("Entries"), QStringLiteral("Totals")}));
        QCOMPARE(reader.sheetName(), QStringLiteral("Entries"));
        QVERIFY(!reader.isDate1904());
        Numbers numbers;
        const Rows rows = readAll(reader, &numbers);
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        const auto s = [](const char* text) { return QString::fromUtf8(text); };
        const Rows expected{
            {s("CTIMS Real-Time Certifications - March 2025")},
            {s("EntryID"), s("StudentID"), s("Name"), s("TestDate"), s("EntryDateTime"), s("Score"),
             s("Passed"), s("Code"), s("Ratio")},
            // Dates by their number format, numbers as their shortest text, booleans as Excel shows them.
            {s("1234567"), s("1230000000"), s("José Peña"), s("2025-03-14"), s("2025-03-14T14:37:11"),
             s("87.5"), s("TRUE"), s("911"), s("0.1")},
            // Sparse: gaps filled; 1900-01-01 is serial 1 and 1900-03-01 is 61 (after the phantom 29 Feb).
            {s("7"), s(""), s(""), s("1900-01-01"), s("1900-03-01"), s(""), s("FALSE")},
            {s(""), s(""), s(""), s(""), s(""), s("-3.25")},
            // A time-only format; a date serial under the General format stays a number.
            {s(""), s("14:30:00"), s("45730")},
        };
        QCOMPARE(rows, expected);
        QCOMPARE(numbers, (Numbers{1, 3, 4, 5, 7, 8}));
        QCOMPARE(reader.bytesRead(), reader.bytesTotal());
    }

    void chosenSheet()
    {
        XlsxReader reader(path("basic.xlsx"));
        reader.setSheetName(QStringLiteral("totals")); // case differences forgiven
        QVERIFY2(reader.open(), qPrintable(reader.errorString()));
        QCOMPARE(reader.sheetName(), QStringLiteral("Totals"));
        Numbers numbers;
        QCOMPARE(readAll(reader, &numbers),
                 (Rows{{QString(), QStringLiteral("Total"), QStringLiteral("900")}}));
        QCOMPARE(numbers, Numbers{2});
    }

    void dateSystem1904()
    {
        XlsxReader reader(path("mac1904.xlsx"));
        QVERIFY2(reader.open(), qPrintable(reader.errorString()));
        QVERIFY(reader.isDate1904());
        QCOMPARE(readAll(reader), (Rows{{QStringLiteral("2025-03-14")},
                                        {QStringLiteral("2024-02-29T08:30:00")},
                                        {QStringLiteral("1904-01-01")}}));
    }

    void handWrittenXml()
    {
        XlsxReader reader(path("handmade.xlsx"));
        QVERIFY2(reader.open(), qPrintable(reader.errorString()));
        QCOMPARE(reader.sheetNames(), QStringList{QStringLiteral("Data")});
        Numbers numbers;
        const Rows rows = readAll(reader, &numbers);
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QStringList wide(27);
        wide << QStringLiteral("28");
        const Rows expected{
            // Rich inline runs joined without the phonetic guide; formulas give their cached values.
            {QString(), QStringLiteral("José"), QStringLiteral("Joséx"), QStringLiteral("2"),
             QStringLiteral("#N/A"), QStringLiteral("FALSE"), QStringLiteral("2025-03-14")},
            // Cells and rows without references follow the previous ones; 1.23E+9 keeps its digits.
            {QStringLiteral(" padded "), QStringLiteral("1230000000"), QStringLiteral("0.045")},
            wide,
        };
        QCOMPARE(rows, expected);
        QCOMPARE(numbers, (Numbers{2, 3, 6}));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes"); // written when not empty; else the fixture is used
        QTest::addColumn<QString>("sheet");
        QTest::addColumn<QString>("message");

        QTest::newRow("text renamed .xlsx")
            << QStringLiteral("text.xlsx") << QByteArray("EntryID,Email\n1,a@example.com\n") << QString()
            << QStringLiteral("This file is not an Excel workbook (.xlsx)");
        QTest::newRow("OLE signature")
            << QStringLiteral("old.xlsx") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest of an OLE file")
            << QString() << QStringLiteral("password-protected or an old Excel");
        QTest::newRow("empty file") << QStringLiteral("empty.xlsx") << QByteArray() << QString()
                                    << QStringLiteral("is empty");
        QTest::newRow("zip without a workbook") << QStringLiteral("notworkbook.xlsx") << QByteArray()
                                                << QString() << QStringLiteral("holds no workbook");
        QTest::newRow("missing sheet")
            << QStringLiteral("basic.xlsx") << QByteArray() << QStringLiteral("Nope")
            << QStringLiteral("no sheet named \"Nope\". Its sheets are: \"Entries\", "
                              "\"Totals\".");
    }

    void refused()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, sheet);
        QFETCH(QString, message);
        const QString file = m_dir.filePath(fileName);
        if (!bytes.isEmpty() || !QFile::exists(file)) {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
        }
        XlsxReader reader(file);
        reader.setSheetName(sheet);
        QString error;
        QVERIFY(!reader.open(&error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QStringList cells;
        QVERIFY(!reader.readRow(&cells));
    }

    void truncatedZip()
    {
        QFile in(path("basic.xlsx"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray whole = in.readAll();
        QFile out(path("truncated.xlsx"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(whole.left(whole.size() * 2 / 3));
        out.close();
        XlsxReader reader(out.fileName());
        QVERIFY(!reader.open());
        QVERIFY2(reader.errorString().contains(QStringLiteral("damaged")), qPrintable(reader.errorString()));
    }

    void hostileXml_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("message");
        QTest::newRow("DTD with an entity")
            << QStringLiteral("dtd.xlsx") << QStringLiteral("document type declaration; refused");
        QTest::newRow("column beyond XFD")
            << QStringLiteral("badref.xlsx") << QStringLiteral("invalid reference");
    }

    void hostileXml()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, message);
        XlsxReader reader(m_dir.filePath(fileName));
        QVERIFY2(reader.open(), qPrintable(reader.errorString()));
        QStringList cells;
        QVERIFY(!reader.readRow(&cells));
        QVERIFY2(reader.errorString().contains(message), qPrintable(reader.errorString()));
    }

    void columnIndex_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<int>("index");
        QTest::newRow("A1") << QStringLiteral("A1") << 0;
        QTest::newRow("Z9") << QStringLiteral("Z9") << 25;
        QTest::newRow("AA10") << QStringLiteral("AA10") << 26;
        QTest::newRow("AB7") << QStringLiteral("AB7") << 27;
        QTest::newRow("XFD1") << QStringLiteral("XFD1") << 16383;
        QTest::newRow("beyond XFD") << QStringLiteral("XFE1") << -1;
        QTest::newRow("absurd") << QStringLiteral("ZZZZZZZZ1") << -1;
        QTest::newRow("no letters") << QStringLiteral("12") << -1;
    }

    void columnIndex()
    {
        QFETCH(QString, reference);
        QFETCH(int, index);
        QCOMPARE(XlsxReader::columnIndex(reference), index);
    }

    void numberText_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("text");
        QTest::newRow("integer") << QStringLiteral("911") << QStringLiteral("911");
        QTest::newRow("integer as float") << QStringLiteral("911.0") << QStringLiteral("911");
        QTest::newRow("scientific id") << QStringLiteral("1.23E+9") << QStringLiteral("1230000000");
        QTest::newRow("ten digits") << QStringLiteral("1234567890") << QStringLiteral("1234567890");
        QTest::newRow("fraction") << QStringLiteral("87.5") << QStringLiteral("87.5");
        QTest::newRow("binary noise") << QStringLiteral("0.1") << QStringLiteral("0.1");
        QTest::newRow("small exponent") << QStringLiteral("4.5E-2") << QStringLiteral("0.045");
        QTest::newRow("negative") << QStringLiteral("-3.25") << QStringLiteral("-3.25");
        QTest::newRow("not a number") << QStringLiteral("abc") << QStringLiteral("abc");
    }

    void numberText()
    {
        QFETCH(QString, raw);
        QFETCH(QString, text);
        QCOMPARE(XlsxReader::numberText(raw), text);
    }

    void dateKind_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("kind");
        using K = XlsxReader::DateKind;
        QTest::newRow("builtin 14") << 14 << QString() << int(K::Date);
        QTest::newRow("builtin 17") << 17 << QString() << int(K::Date);
        QTest::newRow("builtin 22") << 22 << QString() << int(K::DateTime);
        QTest::newRow("builtin 20") << 20 << QString() << int(K::Time);
        QTest::newRow("builtin 47") << 47 << QString() << int(K::Time);
        QTest::newRow("builtin 0 General") << 0 << QString() << int(K::None);
        QTest::newRow("builtin 2 0.00") << 2 << QString() << int(K::None);
        QTest::newRow("iso") << 164 << QStringLiteral("yyyy-mm-dd") << int(K::Date);
        QTest::newRow("locale tag and AM/PM")
            << 165 << QStringLiteral("[$-409]m/d/yy h:mm AM/PM;@") << int(K::DateTime);
        QTest::newRow("quoted text is not a token") << 166 << QStringLiteral("\"Day \"0") << int(K::None);
        QTest::newRow("elapsed hours") << 167 << QStringLiteral("[h]:mm:ss") << int(K::Time);
        QTest::newRow("colour is not a token") << 168 << QStringLiteral("[Red]0.00") << int(K::None);
        QTest::newRow("minutes and seconds") << 169 << QStringLiteral("mm:ss") << int(K::Time);
        QTest::newRow("month and year") << 170 << QStringLiteral("mmm yyyy") << int(K::Date);
        QTest::newRow("General") << 171 << QStringLiteral("General") << int(K::None);
    }

    void dateKind()
    {
        QFETCH(int, id);
        QFETCH(QString, code);
        QFETCH(int, kind);
        QCOMPARE(int(XlsxReader::dateKind(id, code)), kind);
    }

    void serialToText_data()
    {
        QTest::addColumn<double>("serial");
        QTest::addColumn<bool>("date1904");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        using K = XlsxReader::DateKind;
        QTest::newRow("2025-03-14") << 45730.0 << false << int(K::Date) << QStringLiteral("2025-03-14");
        QTest::newRow("serial 1") << 1.0 << false << int(K::Date) << QStringLiteral("1900-01-01");
        QTest::newRow("serial 59") << 59.0 << false << int(K::Date) << QStringLiteral("1900-02-28");
        QTest::newRow("phantom leap day") << 60.0 << false << int(K::Date) << QStringLiteral("1900-02-29");
        QTest::newRow("serial 61") << 61.0 << false << int(K::Date) << QStringLiteral("1900-03-01");
        QTest::newRow("noon keeps its time")
            << 45730.5 << false << int(K::Date) << QStringLiteral("2025-03-14T12:00:00");
        QTest::newRow("date-time at midnight")
            << 45730.0 << false << int(K::DateTime) << QStringLiteral("2025-03-14T00:00:00");
        QTest::newRow("time only") << 0.75 << false << int(K::Time) << QStringLiteral("18:00:00");
        QTest::newRow("rounds to the second")
            << 45730.99999999 << false << int(K::DateTime) << QStringLiteral("2025-03-15T00:00:00");
        QTest::newRow("1904 day 0") << 0.0 << true << int(K::Date) << QStringLiteral("1904-01-01");
        QTest::newRow("1904 2025-03-14") << 44268.0 << true << int(K::Date) << QStringLiteral("2025-03-14");
        QTest::newRow("negative stays a number") << -5.0 << false << int(K::Date) << QStringLiteral("-5");
    }

    void serialToText()
    {
        QFETCH(double, serial);
        QFETCH(bool, date1904);
        QFETCH(int, kind);
        QFETCH(QString, text);
        QCOMPARE(XlsxReader::serialToText(serial, date1904, static_cast<XlsxReader::DateKind>(kind)), text);
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "TestXlsxReader.moc"
