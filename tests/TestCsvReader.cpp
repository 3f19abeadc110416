#include "importing/CsvReader.h"

#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using badgedesk::CsvReader;

using Rows = QList<QStringList>;
using Numbers = QList<qint64>;

namespace {

QByteArray utf16(const QString& text, QStringEncoder::Encoding encoding)
{
    QStringEncoder encoder(encoding, QStringEncoder::Flag::WriteBom);
    return encoder.encode(text);
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_fileCount = 0;

    QString write(const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("file%1.csv").arg(++m_fileCount));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write test file");
        return path;
    }

    // Reads every row, recording the row and line numbers the reader reports.
    static Rows readAll(CsvReader& reader, Numbers* rowNumbers = nullptr, Numbers* lineNumbers = nullptr)
    {
        Rows rows;
        QStringList cells;
        while (reader.readRow(&cells)) {
            rows << cells;
            if (rowNumbers)
                *rowNumbers << reader.rowNumber();
            if (lineNumbers)
                *lineNumbers << reader.lineNumber();
        }
        return rows;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void read_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Rows>("expected");
        QTest::addColumn<Numbers>("rowNumbers");
        QTest::addColumn<Numbers>("lineNumbers");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QString>("delimiter");

        const auto s = [](const char* text) { return QString::fromUtf8(text); };
        const int utf8 = int(CsvReader::Encoding::Utf8);

        QTest::newRow("LF") << QByteArray("a,b,c\n1,2,3\n")
                            << Rows{{s("a"), s("b"), s("c")}, {s("1"), s("2"), s("3")}} << Numbers{1, 2}
                            << Numbers{1, 2} << utf8 << s(",");
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << Rows{{s("a"), s("b")}, {s("1"), s("2")}}
                              << Numbers{1, 2} << Numbers{1, 2} << utf8 << s(",");
        QTest::newRow("CR only") << QByteArray("a,b\r1,2\r") << Rows{{s("a"), s("b")}, {s("1"), s("2")}}
                                 << Numbers{1, 2} << Numbers{1, 2} << utf8 << s(",");
        QTest::newRow("no trailing newline")
            << QByteArray("a,b\n1,2") << Rows{{s("a"), s("b")}, {s("1"), s("2")}} << Numbers{1, 2}
            << Numbers{1, 2} << utf8 << s(",");
        QTest::newRow("quotes, embedded delimiter and quote")
            << QByteArray("name,note\n\"Doe, Jane\",\"She said \"\"hi\"\"\"\n")
            << Rows{{s("name"), s("note")}, {s("Doe, Jane"), s("She said \"hi\"")}} << Numbers{1, 2}
            << Numbers{1, 2} << utf8 << s(",");
        QTest::newRow("embedded newlines keep row numbers")
            << QByteArray("id,note\r\n1,\"line one\r\nline two\"\r\n2,\"a\nb\nc\"\r\n3,plain\r\n")
            << Rows{{s("id"), s("note")},
                    {s("1"), s("line one\r\nline two")},
                    {s("2"), s("a\nb\nc")},
                    {s("3"), s("plain")}}
            << Numbers{1, 2, 3, 4} << Numbers{1, 2, 4, 7} << utf8 << s(",");
        QTest::newRow("blank lines are skipped but counted")
            << QByteArray("a,b\n\n\n1,2\n\n") << Rows{{s("a"), s("b")}, {s("1"), s("2")}} << Numbers{1, 4}
            << Numbers{1, 4} << utf8 << s(",");
        QTest::newRow("ragged rows kept ragged")
            << QByteArray("a,b,c\n1\n1,2,3,4\n")
            << Rows{{s("a"), s("b"), s("c")}, {s("1")}, {s("1"), s("2"), s("3"), s("4")}} << Numbers{1, 2, 3}
            << Numbers{1, 2, 3} << utf8 << s(",");
        QTest::newRow("empty and quoted empty fields")
            << QByteArray("a,b,c\n,,\n\"\",x,\"\"\n")
            << Rows{{s("a"), s("b"), s("c")}, {s(""), s(""), s("")}, {s(""), s("x"), s("")}}
            << Numbers{1, 2, 3} << Numbers{1, 2, 3} << utf8 << s(",");
        QTest::newRow("semicolon") << QByteArray("a;b;c\n1,5;2;3\n")
                                   << Rows{{s("a"), s("b"), s("c")}, {s("1,5"), s("2"), s("3")}}
                                   << Numbers{1, 2} << Numbers{1, 2} << utf8 << s(";");
        QTest::newRow("tab") << QByteArray("a\tb, c\tc\n1\t2\t3\n")
                             << Rows{{s("a"), s("b, c"), s("c")}, {s("1"), s("2"), s("3")}} << Numbers{1, 2}
                             << Numbers{1, 2} << utf8 << s("\t");
        QTest::newRow("title row with a comma above a semicolon table")
            << QByteArray("Certifications, May 2025\nA;B;C\n1;2;3\n4;5;6\n")
            << Rows{{s("Certifications, May 2025")},
                    {s("A"), s("B"), s("C")},
                    {s("1"), s("2"), s("3")},
                    {s("4"), s("5"), s("6")}}
            << Numbers{1, 2, 3, 4} << Numbers{1, 2, 3, 4} << utf8 << s(";");
        QTest::newRow("UTF-8 with BOM")
            << QByteArray("\xEF\xBB\xBFname\r\nJos\xC3\xA9\r\n") << Rows{{s("name")}, {s("José")}}
            << Numbers{1, 2} << Numbers{1, 2} << utf8 << s(",");
        QTest::newRow("UTF-8 without BOM") << QByteArray("name,city\nNguy\xE1\xBB\x85n,Tulsa\n")
                                           << Rows{{s("name"), s("city")}, {s("Nguyễn"), s("Tulsa")}}
                                           << Numbers{1, 2} << Numbers{1, 2} << utf8 << s(",");
        QTest::newRow("UTF-16 LE with BOM")
            << utf16(s("first;last\r\nJosé;Peña\r\n"), QStringEncoder::Utf16LE)
            << Rows{{s("first"), s("last")}, {s("José"), s("Peña")}} << Numbers{1, 2} << Numbers{1, 2}
            << int(CsvReader::Encoding::Utf16LE) << s(";");
        QTest::newRow("UTF-16 BE with BOM")
            << utf16(s("first\tlast\nJosé\tPeña\n"), QStringEncoder::Utf16BE)
            << Rows{{s("first"), s("last")}, {s("José"), s("Peña")}} << Numbers{1, 2} << Numbers{1, 2}
            << int(CsvReader::Encoding::Utf16BE) << s("\t");
        QTest::newRow("Windows-1252 detected")
            << QByteArray("first,last,note\r\nJos\xE9,Pe\xF1"
                          "a,\x93"
                          "ok\x94 \x80"
                          "5\r\n")
            << Rows{{s("first"), s("last"), s("note")}, {s("José"), s("Peña"), s("“ok” €5")}} << Numbers{1, 2}
            << Numbers{1, 2} << int(CsvReader::Encoding::Windows1252) << s(",");
        QTest::newRow("mojibake kept as is")
            << QByteArray("first\nJos\xC3\x83\xC2\xA9\n") << Rows{{s("first")}, {s("JosÃ©")}} << Numbers{1, 2}
            << Numbers{1, 2} << utf8 << s(",");
    }

    void read()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Rows, expected);
        QFETCH(Numbers, rowNumbers);
        QFETCH(Numbers, lineNumbers);
        QFETCH(int, encoding);
        QFETCH(QString, delimiter);

        CsvReader reader(write(bytes));
        QString error;
        QVERIFY2(reader.open(&error), qPrintable(error));
        QCOMPARE(int(reader.detectedEncoding()), encoding);
        QCOMPARE(QString(reader.detectedDelimiter()), delimiter);
        Numbers rows;
        Numbers lines;
        QCOMPARE(readAll(reader, &rows, &lines), expected);
        QCOMPARE(rows, rowNumbers);
        QCOMPARE(lines, lineNumbers);
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(reader.bytesRead(), reader.bytesTotal());
        QCOMPARE(reader.progress(), 1.0);
    }

    void byteOrderMarkReported()
    {
        CsvReader withBom(write("\xEF\xBB\xBF"
                                "a\n"));
        QVERIFY(withBom.open());
        QVERIFY(withBom.hasByteOrderMark());
        CsvReader without(write("a\n"));
        QVERIFY(without.open());
        QVERIFY(!without.hasByteOrderMark());
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("is empty");
        QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << QStringLiteral("is empty");
        QTest::newRow("xlsx named .csv")
            << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) << QStringLiteral("Excel workbook");
        QTest::newRow("xls or encrypted")
            << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") << QStringLiteral("password-protected");
        QTest::newRow("binary") << QByteArray("ab\0cd\n", 6) << QStringLiteral("binary");
    }

    void refused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        CsvReader reader(write(bytes));
        QString error;
        QVERIFY(!reader.open(&error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(reader.errorString(), error);
        QStringList cells;
        QVERIFY(!reader.readRow(&cells));
    }

    void missingFileIsAnError()
    {
        CsvReader reader(m_dir.filePath(QStringLiteral("nope.csv")));
        QVERIFY(!reader.open());
        QVERIFY(reader.errorString().contains(QStringLiteral("Cannot open")));
    }

    void windows1252FoundLateInTheFile()
    {
        // The only non-ASCII byte sits far beyond the sniffed head.
        QByteArray bytes("first,last\r\n");
        for (int i = 0; i < 20000; ++i)
            bytes += "Ann,Lee\r\n";
        bytes += "Jos\xE9,Pe\xF1"
                 "a\r\n";
        CsvReader reader(write(bytes));
        QVERIFY(reader.open());
        QCOMPARE(reader.detectedEncoding(), CsvReader::Encoding::Windows1252);
        const Rows rows = readAll(reader);
        QCOMPARE(rows.size(), 20002);
        QCOMPARE(rows.last(), (QStringList{QStringLiteral("José"), QStringLiteral("Peña")}));
    }

    void forcedEncoding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QString>("expected");
        QTest::newRow("UTF-8 read as 1252 gives mojibake")
            << QByteArray("Jos\xC3\xA9\n") << int(CsvReader::Encoding::Windows1252)
            << QStringLiteral("JosÃ©");
        QTest::newRow("1252 read as UTF-8 gives replacement")
            << QByteArray("Jos\xE9\n") << int(CsvReader::Encoding::Utf8) << QStringLiteral("Jos\uFFFD");
        QTest::newRow("BOM skipped when chosen too")
            << QByteArray("\xEF\xBB\xBFJos\xC3\xA9\n") << int(CsvReader::Encoding::Utf8)
            << QStringLiteral("José");
    }

    void forcedEncoding()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        QFETCH(QString, expected);
        CsvReader reader(write(bytes));
        reader.setEncoding(static_cast<CsvReader::Encoding>(encoding));
        QVERIFY(reader.open());
        QCOMPARE(int(reader.detectedEncoding()), encoding);
        QStringList cells;
        QVERIFY(reader.readRow(&cells));
        QCOMPARE(cells, QStringList{expected});
    }

    void forcedDelimiter()
    {
        CsvReader reader(write("a,b;c\n"));
        reader.setDelimiter(QLatin1Char(';'));
        QVERIFY(reader.open());
        QStringList cells;
        QVERIFY(reader.readRow(&cells));
        QCOMPARE(cells, (QStringList{QStringLiteral("a,b"), QStringLiteral("c")}));
    }

    void unclosedQuoteKeepsTheRest()
    {
        CsvReader reader(write("a,b\n1,\"never closed\n2,3\n"));
        QVERIFY(reader.open());
        const Rows rows = readAll(reader);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.last(), (QStringList{QStringLiteral("1"), QStringLiteral("never closed\n2,3\n")}));
        QVERIFY(!reader.hasError());
    }

    void windows1252Table_data()
    {
        QTest::addColumn<int>("byte");
        QTest::addColumn<int>("codePoint");
        QTest::newRow("euro") << 0x80 << 0x20AC;
        QTest::newRow("undefined 0x81") << 0x81 << 0x81;
        QTest::newRow("low quote") << 0x82 << 0x201A;
        QTest::newRow("S caron") << 0x8A << 0x0160;
        QTest::newRow("left double quote") << 0x93 << 0x201C;
        QTest::newRow("en dash") << 0x96 << 0x2013;
        QTest::newRow("trade mark") << 0x99 << 0x2122;
        QTest::newRow("Y diaeresis") << 0x9F << 0x0178;
        QTest::newRow("nbsp") << 0xA0 << 0xA0;
        QTest::newRow("e acute") << 0xE9 << 0xE9;
        QTest::newRow("y diaeresis") << 0xFF << 0xFF;
        QTest::newRow("ascii") << 0x41 << 0x41;
    }

    void windows1252Table()
    {
        QFETCH(int, byte);
        QFETCH(int, codePoint);
        const char c = static_cast<char>(byte);
        const QString decoded = CsvReader::decodeWindows1252(QByteArrayView(&c, 1));
        QCOMPARE(decoded.size(), 1);
        QCOMPARE(int(decoded.at(0).unicode()), codePoint);
    }

    void utf8Validation_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ascii") << QByteArray("abc") << true;
        QTest::newRow("two byte") << QByteArray("\xC3\xA9") << true;
        QTest::newRow("four byte") << QByteArray("\xF0\x9F\x98\x80") << true;
        QTest::newRow("latin-1 byte") << QByteArray("\xE9t\xE9") << false;
        QTest::newRow("overlong") << QByteArray("\xC0\xAF") << false;
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
        QTest::newRow("truncated") << QByteArray("\xE1\xBB") << false;
    }

    void utf8Validation()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        QCOMPARE(CsvReader::isValidUtf8(bytes), valid);
    }

    // Records straddle the reader's 256 KiB chunks: quotes, CRLF pairs and UTF-16 code units
    // must survive every boundary.
    void largeFilesAcrossChunks_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::newRow("UTF-8") << int(CsvReader::Encoding::Utf8);
        QTest::newRow("UTF-16 LE") << int(CsvReader::Encoding::Utf16LE);
    }

    void largeFilesAcrossChunks()
    {
        QFETCH(int, encoding);
        QString text = QStringLiteral("id,name,note\r\n");
        const int count = 30000;
        for (int i = 0; i < count; ++i)
            text += QStringLiteral("%1,Peña %1,\"multi\r\nline, \"\"quoted\"\" %1\"\r\n").arg(i);
        const QByteArray bytes =
            encoding == int(CsvReader::Encoding::Utf8) ? text.toUtf8() : utf16(text, QStringEncoder::Utf16LE);
        QVERIFY(bytes.size() > 4 * 256 * 1024);
        CsvReader reader(write(bytes));
        QVERIFY(reader.open());
        QCOMPARE(int(reader.detectedEncoding()), encoding);
        QStringList cells;
        QVERIFY(reader.readRow(&cells));
        for (int i = 0; i < count; ++i) {
            QVERIFY(reader.readRow(&cells));
            const QStringList expected{QString::number(i), QStringLiteral("Peña %1").arg(i),
                                       QStringLiteral("multi\r\nline, \"quoted\" %1").arg(i)};
            if (cells != expected)
                QFAIL(qPrintable(QStringLiteral("row %1: %2").arg(i).arg(cells.join(QLatin1Char('|')))));
            QCOMPARE(reader.rowNumber(), qint64(i + 2));
            QCOMPARE(reader.lineNumber(), qint64(2 * i + 2));
        }
        QVERIFY(!reader.readRow(&cells));
        QVERIFY(!reader.hasError());
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
