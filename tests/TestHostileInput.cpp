// Hostile and broken input through the readers and the whole Importer: zip bombs, too many zip
// entries, XML entity tricks, absurd references, deep nesting, unclosed quotes, and every input
// in tests/data/fuzz/ (the fuzzers' seeds, and each crash they ever found). Each must end with a
// clear message or an import, never a crash or a hang, and leave the database as it was when
// it fails.
#include "importing/CsvReader.h"
#include "importing/Importer.h"
#include "importing/XlsxReader.h"
#include "storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace badgedesk;
using Status = ImportResult::Status;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QString pythonProgram()
{
    if (QFile::exists(s("/usr/bin/python3")))
        return s("/usr/bin/python3");
    return QStandardPaths::findExecutable(s("python3"));
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_fixtureError;
    Database m_db;
    int m_count = 0;

    qint64 rowCount() const
    {
        QSqlQuery q(m_db.connection());
        q.exec(s("SELECT (SELECT COUNT(*) FROM batches) + (SELECT COUNT(*) FROM import_files)"));
        return q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QProcess process;
        process.start(pythonProgram(), {s(BADGEDESK_TEST_DATA_DIR "/make_import_fixtures.py"), m_dir.path()});
        if (!process.waitForFinished(120000) || process.exitCode() != 0)
            m_fixtureError = QString::fromUtf8(process.readAllStandardError());
    }

    void init() { QVERIFY(m_db.open(m_dir.filePath(s("hostile%1.sqlite").arg(++m_count)))); }
    void cleanup() { m_db.close(); }

    void refusedQuickly_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("zip bomb: 600 MB of rows in 900 KB")
            << s("zipbomb.xlsx") << s("larger than 512 MB uncompressed; refused");
        QTest::newRow("10,001 zip entries")
            << s("many-entries.xlsx") << s("more than 10000 entries; refused");
    }
    void refusedQuickly()
    {
        if (!m_fixtureError.isEmpty())
            QSKIP(qPrintable(s("fixtures need python3-openpyxl: ") + m_fixtureError));
        QFETCH(QString, file);
        QFETCH(QString, message);
        ImportOptions options;
        options.filePath = m_dir.filePath(file);
        QElapsedTimer timer;
        timer.start();
        const ImportResult result = Importer(m_db.connection()).run(options);
        QCOMPARE(result.status, Status::Failed);
        QVERIFY2(result.message.contains(message), qPrintable(result.message));
        QCOMPARE(rowCount(), 0);
        // Refused from the zip directory, before inflating anything (a generous bound, not a
        // speed test: inflating the bomb would take many seconds).
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    }

    void everyFuzzInputEndsCleanly_data()
    {
        QTest::addColumn<QString>("path");
        for (const char* kind : {"csv", "xlsx"}) {
            const QDir dir(s(BADGEDESK_TEST_DATA_DIR "/fuzz/") + QLatin1String(kind));
            for (const QString& name : dir.entryList(QDir::Files, QDir::Name))
                QTest::newRow(qPrintable(QLatin1String(kind) + QLatin1Char('/') + name))
                    << dir.filePath(name);
        }
    }
    void everyFuzzInputEndsCleanly()
    {
        QFETCH(QString, path);
        // The reader alone: rows or an error, and then it stays stopped.
        std::unique_ptr<TableSource> reader;
        if (path.contains(s("/xlsx/")))
            reader = std::make_unique<XlsxReader>(path);
        else
            reader = std::make_unique<CsvReader>(path);
        if (reader->open()) {
            QStringList cells;
            int rows = 0;
            while (reader->readRow(&cells))
                QVERIFY(++rows < 1000000);
            QVERIFY(!reader->readRow(&cells));
        } else {
            QVERIFY(!reader->errorString().isEmpty());
        }

        // The whole import: a message when it fails, and nothing written then.
        ImportOptions options;
        options.filePath = path;
        const ImportPreview preview = Importer(m_db.connection()).preview(options);
        QVERIFY(preview.ok || !preview.error.isEmpty());
        const ImportResult result = Importer(m_db.connection()).run(options);
        QVERIFY(!result.message.isEmpty());
        if (result.status == Status::Failed)
            QCOMPARE(rowCount(), 0);
        else
            QVERIFY(result.status == Status::Imported || result.status == Status::NothingNew);
    }

    void entityTricksAreRefusedNotExpanded_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("part");
        QTest::newRow("billion laughs") << s("laughs.xlsx") << s("xl/worksheets/data.xml");
        QTest::newRow("external entity") << s("external-entity.xlsx") << s("xl/worksheets/data.xml");
        QTest::newRow("entity in the shared strings") << s("shared-laughs.xlsx") << s("xl/sharedStrings.xml");
    }
    void entityTricksAreRefusedNotExpanded()
    {
        QFETCH(QString, file);
        QFETCH(QString, part);
        ImportOptions options;
        options.filePath = s(BADGEDESK_TEST_DATA_DIR "/fuzz/xlsx/") + file;
        const ImportResult result = Importer(m_db.connection()).run(options);
        QCOMPARE(result.status, Status::Failed);
        QCOMPARE(result.message,
                 s("The workbook part %1 contains a document type declaration; refused.").arg(part));
        QCOMPARE(rowCount(), 0);
    }

    void unclosedQuoteIsOneLongCellNotAHang()
    {
        // An unbalanced quote swallows the rest of the file into one cell: the row is shifted or
        // odd, but reading ends at the end of the file.
        CsvReader reader(s(BADGEDESK_TEST_DATA_DIR "/fuzz/csv/unclosed.csv"));
        QVERIFY(reader.open());
        QStringList cells;
        QVERIFY(reader.readRow(&cells)); // the header
        QVERIFY(reader.readRow(&cells));
        QCOMPARE(cells.size(), 2);
        QVERIFY(cells.at(1).startsWith(s("never closed,2,3")));
        QVERIFY(!reader.readRow(&cells));
        QVERIFY(!reader.hasError());
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "TestHostileInput.moc"
