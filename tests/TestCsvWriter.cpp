#include "reports/CsvWriter.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace badgedesk;

namespace {

// A strict RFC 4180 reader, independent of the writer, to prove the round trip.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void quoteField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Welding") << QStringLiteral("Welding");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("spaces kept, not quoted") << QStringLiteral(" a b ") << QStringLiteral(" a b ");
        QTest::newRow("comma") << QStringLiteral("Business, Marketing & IT")
                               << QStringLiteral("\"Business, Marketing & IT\"");
        QTest::newRow("quote") << QStringLiteral("the \"A+\" exam")
                               << QStringLiteral("\"the \"\"A+\"\" exam\"");
        QTest::newRow("newline") << QStringLiteral("line1\nline2") << QStringLiteral("\"line1\nline2\"");
        QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("only a quote") << QStringLiteral("\"") << QStringLiteral("\"\"\"\"");
        QTest::newRow("tab is not special") << QStringLiteral("a\tb") << QStringLiteral("a\tb");
        QTest::newRow("non-ASCII") << QStringLiteral("Nguy\u1EC5n, Jos\u00E9")
                                   << QStringLiteral("\"Nguy\u1EC5n, Jos\u00E9\"");
    }

    void quoteField()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::quoteField(field), expected);
    }

    void semicolonDelimiterQuotesSemicolonsOnly()
    {
        QCOMPARE(CsvWriter::quoteField(QStringLiteral("a;b"), QLatin1Char(';')), QStringLiteral("\"a;b\""));
        QCOMPARE(CsvWriter::quoteField(QStringLiteral("a,b"), QLatin1Char(';')), QStringLiteral("a,b"));
    }

    void exactBytesWithBomAndCrlf()
    {
        const QByteArray bytes = CsvWriter().toBytes({{QStringLiteral("Code"), QStringLiteral("Title")},
                                                      {QStringLiteral("0911"), QStringLiteral("A, B")}});
        QCOMPARE(bytes, QByteArray("\xEF\xBB\xBF"
                                   "Code,Title\r\n0911,\"A, B\"\r\n"));
    }

    void optionsTurnOffBomAndCrlf()
    {
        CsvWriter::Options options;
        options.byteOrderMark = false;
        options.crlf = false;
        const QByteArray bytes = CsvWriter(options).toBytes({{QStringLiteral("a"), QStringLiteral("b")}});
        QCOMPARE(bytes, QByteArray("a,b\n"));
    }

    void windows1252BytesWithoutBom()
    {
        CsvWriter::Options options;
        options.encoding = CsvWriter::Encoding::Windows1252;
        const QByteArray bytes = CsvWriter(options).toBytes(
            {{QStringLiteral("Jos\u00e9 Pe\u00f1a"), QStringLiteral("Nguy\u1ec5n \u20ac5")}});
        // é = E9, ñ = F1, € = 80 in the code page; ễ is not in it and becomes '?', as Excel does.
        QCOMPARE(bytes, QByteArray("Jos\xE9 Pe\xF1"
                                   "a,Nguy?n \x80"
                                   "5\r\n"));
        QCOMPARE(CsvWriter::encodeWindows1252(QStringLiteral("\u2018q\u2019 \u2013 \u00a0")),
                 QByteArray("\x91q\x92 \x96 \xA0"));
    }

    void formulaGuard_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("guarded");
        QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"http://x.test\")")
                                << QStringLiteral("'=HYPERLINK(\"http://x.test\")");
        QTest::newRow("plus") << QStringLiteral("+1+2") << QStringLiteral("'+1+2");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
        QTest::newRow("carriage return") << QStringLiteral("\rx") << QStringLiteral("'\rx");
        QTest::newRow("negative number stays a number") << QStringLiteral("-5") << QStringLiteral("-5");
        QTest::newRow("signed decimal") << QStringLiteral("+3.25") << QStringLiteral("+3.25");
        QTest::newRow("plain") << QStringLiteral("O'Brien") << QStringLiteral("O'Brien");
        QTest::newRow("email") << QStringLiteral("jane@example.org") << QStringLiteral("jane@example.org");
        QTest::newRow("empty") << QString() << QString();
    }

    void formulaGuard()
    {
        QFETCH(QString, field);
        QFETCH(QString, guarded);
        QCOMPARE(CsvWriter::guardFormula(field), guarded);
        CsvWriter::Options options;
        options.byteOrderMark = false;
        options.guardFormulas = true;
        QCOMPARE(CsvWriter(options).toBytes({{field}}),
                 (CsvWriter::quoteField(guarded) + QStringLiteral("\r\n")).toUtf8());
        options.guardFormulas = false;
        QCOMPARE(CsvWriter(options).toBytes({{field}}),
                 (CsvWriter::quoteField(field) + QStringLiteral("\r\n")).toUtf8());
    }

    void emptyFieldsAndRows()
    {
        const QByteArray bytes = CsvWriter().toBytes({{QString(), QString(), QString()}, {}});
        QCOMPARE(bytes, QByteArray("\xEF\xBB\xBF"
                                   ",,\r\n\r\n"));
    }

    void fileRoundTrip()
    {
        const QList<QStringList> rows{
            {QStringLiteral("EntryID"), QStringLiteral("Title"), QStringLiteral("Note")},
            {QStringLiteral("1"), QStringLiteral("Welding, Level 1"), QStringLiteral("said \"hi\"")},
            {QStringLiteral("2"), QStringLiteral("two\nlines"), QStringLiteral("cr\r\nlf")},
            {QStringLiteral("3"), QStringLiteral("Pe\u00F1a\u00A0"), QStringLiteral(" padded ")},
            {QStringLiteral("4"), QString(), QStringLiteral("\"")},
        };
        const QString path = m_dir.filePath(QStringLiteral("roundtrip.csv"));
        CsvWriter writer;
        QVERIFY2(writer.writeFile(path, rows), qPrintable(writer.errorMessage()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.endsWith("\r\n"));
        // Outside quoted fields every line break is CRLF.
        const QString text = QString::fromUtf8(bytes.mid(3));
        QCOMPARE(parseCsv(text), rows);
    }

    void unwritablePathFailsWithMessage()
    {
        const QString path = m_dir.filePath(QStringLiteral("no/such/dir/out.csv"));
        CsvWriter writer;
        QVERIFY(!writer.writeFile(path, {{QStringLiteral("a")}}));
        QVERIFY2(writer.errorMessage().contains(path), qPrintable(writer.errorMessage()));
        QVERIFY(!QFile::exists(path));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "TestCsvWriter.moc"
