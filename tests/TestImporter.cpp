#include "domain/CatalogDiff.h"
#include "domain/CatalogTableParser.h"
#include "importing/ImportJob.h"
#include "importing/Importer.h"
#include "reports/CsvWriter.h"
#include "sample/SampleDataGenerator.h"
#include "storage/CatalogRepository.h"
#include "storage/Database.h"
#include "storage/ImportProfileRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace badgedesk;
using Status = ImportResult::Status;
using Table = SampleDataGenerator::Table;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QString pythonProgram()
{
    // Debian's python3 has python3-openpyxl; a pyenv shim earlier in PATH may not.
    if (QFile::exists(s("/usr/bin/python3")))
        return s("/usr/bin/python3");
    return QStandardPaths::findExecutable(s("python3"));
}

// Column indexes of the sample export (SampleDataGenerator's header).
enum SampleColumn
{
    ColEntryId = 0,
    ColStudentId = 9,
    ColFirstName = 10,
    ColLastName = 12,
    ColDateOfBirth = 14,
    ColEmail = 16,
    ColAssessmentCode = 17,
    ColTestDate = 20,
};

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;
    Database m_db;
    QString m_fixtureError;
    QString m_fixtures;

    QString file(const QString& name) const { return m_dir.filePath(name); }

    QString writeBytes(const QString& name, const QByteArray& bytes)
    {
        const QString path = file(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static Table sample(int rows, bool titleAndTotals = false, const QDate& month = QDate(2026, 10, 1))
    {
        SampleDataGenerator::Options options;
        options.month = month;
        options.rows = rows;
        options.titleAndTotals = titleAndTotals;
        return SampleDataGenerator(options).monthlyExport();
    }

    QString writeCsv(const QString& name, const Table& table)
    {
        QString error;
        const QString path = file(name);
        if (!SampleDataGenerator::writeCsv(table, path, &error))
            qFatal("%s", qPrintable(error));
        return path;
    }

    QString writeXlsx(const QString& name, const Table& table)
    {
        QString error;
        const QString path = file(name);
        if (!SampleDataGenerator::writeXlsx(table, path, s("Real-Time Certifications"),
                                            QDateTime(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC), false,
                                            &error))
            qFatal("%s", qPrintable(error));
        return path;
    }

    static QByteArray csvBytes(const QList<QStringList>& rows)
    {
        CsvWriter::Options options;
        options.byteOrderMark = false;
        return CsvWriter(options).toBytes(rows);
    }

    // The sample approved list, loaded the way the catalog page loads it.
    void loadCatalog()
    {
        SampleDataGenerator::Options options;
        options.month = QDate(2026, 10, 1);
        const Table list = SampleDataGenerator(options).approvedAssessments();
        CatalogTableParser parser;
        QVERIFY(parser.setHeader(list.header));
        for (int i = 0; i < list.rows.size(); ++i)
            parser.addRow(list.rows.at(i), i + 2);
        CatalogRepository repo(m_db.connection());
        const CatalogDiff diff = CatalogDiff::compute({}, parser.entries());
        QVERIFY2(repo.applyImport(diff, QDate(2026, 7, 1), s("approved.csv"), s("test")) > 0,
                 qPrintable(repo.error()));
    }

    qint64 count(const QString& sql) const
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(sql) || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0).toLongLong();
    }

    QStringList column(const QString& sql) const
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        QStringList values;
        while (q.next())
            values << q.value(0).toString();
        return values;
    }

    // Every table's rows and the schema, hashed: equal before and after means nothing changed.
    QByteArray fingerprint() const
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString& table :
             column(s("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                      "ORDER BY name"))) {
            hash.addData(table.toUtf8());
            QSqlQuery q(m_db.connection());
            if (!q.exec(s("SELECT * FROM %1 ORDER BY rowid").arg(table)))
                qFatal("%s", qPrintable(q.lastError().text()));
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    hash.addData(q.value(i).toString().toUtf8() + '\x1f');
            }
        }
        for (const QString& sql : column(s("SELECT sql FROM sqlite_master ORDER BY name")))
            hash.addData(sql.toUtf8());
        return hash.result();
    }

    ImportResult import(const QString& path, ImportOptions options = {})
    {
        options.filePath = path;
        Importer importer(m_db.connection());
        return importer.run(options);
    }

    // Rows of the table that repeat an earlier entry ID (the export's exact duplicates).
    static int repeatedEntryIds(const Table& table)
    {
        QSet<QString> seen;
        int repeats = 0;
        for (const QStringList& row : table.rows) {
            if (seen.contains(row.at(ColEntryId)))
                ++repeats;
            seen.insert(row.at(ColEntryId));
        }
        return repeats;
    }

    // The first row of each entry ID: what the import keeps.
    static QList<QStringList> firstOccurrences(const Table& table)
    {
        QSet<QString> seen;
        QList<QStringList> rows;
        for (const QStringList& row : table.rows) {
            if (!seen.contains(row.at(ColEntryId)))
                rows << row;
            seen.insert(row.at(ColEntryId));
        }
        return rows;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_fixtures = m_dir.filePath(s("fixtures"));
        QVERIFY(QDir().mkpath(m_fixtures));
        const QString python = pythonProgram();
        if (python.isEmpty()) {
            m_fixtureError = s("python3 not found");
            return;
        }
        QProcess process;
        process.start(python, {s(BADGEDESK_TEST_DATA_DIR "/make_import_fixtures.py"), m_fixtures});
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            m_fixtureError = QString::fromUtf8(process.readAllStandardError());
    }

    void init() { QVERIFY(m_db.open(file(s("db%1.sqlite").arg(++m_count)))); }
    void cleanup() { m_db.close(); }

    // --- The sample month end to end -----------------------------------------------------------

    void sampleCsvEndToEnd()
    {
        const Table table = sample(900, true);
        const QString path = writeCsv(s("ctims_realtime_2026-10.csv"), table);
        const ImportResult result = import(path);
        QCOMPARE(result.status, Status::Imported);
        QVERIFY(result.succeeded());
        QCOMPARE(result.batchId, 1);
        QCOMPARE(result.month, s("2026-10"));
        QCOMPARE(result.format, s("csv"));
        QCOMPARE(result.encodingName, s("UTF-8"));
        QCOMPARE(result.headerRowNumber, 2); // the title row sits above it
        QCOMPARE(result.rowsRead, 900);
        QCOMPARE(result.rowsSkipped, 1); // "Total Records: 900"
        const int repeats = repeatedEntryIds(table);
        QVERIFY(repeats > 0);
        QCOMPARE(result.rowsRepeatedInFile, repeats);
        QCOMPARE(result.rowsAlreadyPresent, repeats);
        QCOMPARE(result.rowsAdded, 900 - repeats);
        QCOMPARE(result.rowsUnreadable, 0);
        QVERIFY(result.alreadyPresentIn.isEmpty());
        QCOMPARE(result.message,
                 s("Imported ctims_realtime_2026-10.csv as batch 1 (month 2026-10): %1 of 900 rows "
                   "added, %2 already present.")
                     .arg(900 - repeats)
                     .arg(repeats));

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QCOMPARE(result.sha256,
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(result.fileSize, bytes.size());

        // The batch and the file's provenance.
        QCOMPARE(column(s("SELECT month || '|' || label FROM batches")),
                 QStringList{s("2026-10|ctims_realtime_2026-10.csv")});
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(
            s("SELECT file_name, sha256, file_size, format, encoding, header_row, rows_read, rows_added, "
              "rows_already_present, rows_repeated_in_file, rows_unreadable, rows_skipped, row_count, "
              "problems_json, header_json, mapping_json, imported_at FROM import_files")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), s("ctims_realtime_2026-10.csv"));
        QCOMPARE(q.value(1).toString(), result.sha256);
        QCOMPARE(q.value(2).toLongLong(), bytes.size());
        QCOMPARE(q.value(3).toString(), s("csv"));
        QCOMPARE(q.value(4).toString(), s("UTF-8"));
        QCOMPARE(q.value(5).toInt(), 2);
        QCOMPARE(q.value(6).toInt(), 900);
        QCOMPARE(q.value(7).toInt(), 900 - repeats);
        QCOMPARE(q.value(8).toInt(), repeats);
        QCOMPARE(q.value(9).toInt(), repeats);
        QCOMPARE(q.value(10).toInt(), 0);
        QCOMPARE(q.value(11).toInt(), 1);
        QCOMPARE(q.value(12).toInt(), 900 - repeats);
        const QJsonObject problems = QJsonDocument::fromJson(q.value(13).toByteArray()).object();
        for (auto it = result.problemCounts.cbegin(); it != result.problemCounts.cend(); ++it)
            QCOMPARE(problems.value(it.key()).toInt(), it.value());
        QCOMPARE(QJsonDocument::fromJson(q.value(14).toByteArray()).array().at(16).toString(), s("Email"));
        QCOMPARE(QJsonDocument::fromJson(q.value(15).toByteArray()).object().value(s("email")).toString(),
                 s("Email"));
        QVERIFY(!q.value(16).toString().isEmpty());

        // Every row points back at its file row and keeps its cells as read.
        QCOMPARE(count(s("SELECT COUNT(*) FROM certifications")), 900 - repeats);
        QCOMPARE(count(s("SELECT COUNT(*) FROM certifications WHERE batch_id = 1 AND import_file_id = 1 AND "
                         "status = 'new'")),
                 900 - repeats);
        for (const int i : {0, 1, 450, 899}) {
            const QStringList& cells = table.rows.at(i);
            QSqlQuery row(m_db.connection());
            row.prepare(s("SELECT source_row, raw_json, row_key FROM certifications WHERE entry_id = ?"));
            row.addBindValue(cells.at(ColEntryId));
            QVERIFY(row.exec() && row.next());
            const int firstIndex = int(table.rows.indexOf(cells));
            QCOMPARE(row.value(0).toInt(), firstIndex + 3); // title row 1, header row 2
            QJsonArray raw = QJsonDocument::fromJson(row.value(1).toByteArray()).array();
            QStringList rawCells;
            for (const QJsonValue& v : raw)
                rawCells << v.toString();
            QCOMPARE(rawCells, cells);
            QCOMPARE(row.value(2).toString(), s("entry:") + cells.at(ColEntryId));
        }
    }

    void sampleXlsxGivesTheSameRowsAsTheCsv()
    {
        const Table table = sample(900, true);
        const QString csv = writeCsv(s("month.csv"), table);
        const QString xlsx = writeXlsx(s("month.xlsx"), table);
        const QString columns =
            s("row_key, source_row, entry_id, entered_at, entered_by, district_code, school_code, "
              "school_name, program_code, program_name, student_id, first_name, middle_name, "
              "last_name, email, date_of_birth, assessment_code, assessment_title, vendor, "
              "test_date, result, score, problems_json");
        const QString select = s("SELECT %1 FROM certifications ORDER BY row_key").arg(columns);
        const auto dump = [&] {
            QStringList lines;
            QSqlQuery q(m_db.connection());
            if (!q.exec(select))
                qFatal("%s", qPrintable(q.lastError().text()));
            while (q.next()) {
                QStringList values;
                for (int i = 0; i < q.record().count(); ++i)
                    values << q.value(i).toString();
                lines << values.join(QLatin1Char('|'));
            }
            return lines;
        };
        QCOMPARE(import(csv).status, Status::Imported);
        const QStringList fromCsv = dump();
        m_db.close();
        QVERIFY(m_db.open(file(s("xlsx-twin.sqlite"))));
        const ImportResult result = import(xlsx);
        QCOMPARE(result.status, Status::Imported);
        QCOMPARE(result.format, s("xlsx"));
        QCOMPARE(result.sheetName, s("Real-Time Certifications"));
        QCOMPARE(result.rowsRead, 900);
        QCOMPARE(result.rowsSkipped, 1);
        const QStringList fromXlsx = dump();
        QCOMPARE(fromXlsx.size(), fromCsv.size());
        for (int i = 0; i < fromCsv.size(); ++i)
            QCOMPARE(fromXlsx.at(i), fromCsv.at(i));
    }

    // --- domain.md 7.2, one messy case at a time ---------------------------------------------------

    void messyCasesOfTheSampleMonth()
    {
        loadCatalog();
        const Table table = sample(3500, false, QDate(2026, 5, 1));
        const ImportResult result = import(writeCsv(s("may.csv"), table));
        QCOMPARE(result.status, Status::Imported);
        const QList<QStringList> kept = firstOccurrences(table);
        QCOMPARE(result.rowsAdded, kept.size());

        // 1. Exact duplicates (same entry ID): kept once, counted as repeated in the file.
        QCOMPARE(result.rowsRepeatedInFile, table.rows.size() - kept.size());
        QCOMPARE(count(s("SELECT COUNT(DISTINCT entry_id) FROM certifications")), kept.size());

        // 2 and 3. Same student and assessment entered twice (second instructor, retest): both kept.
        QVERIFY(count(s("SELECT COUNT(*) FROM (SELECT student_id, assessment_code FROM certifications "
                        "GROUP BY 1, 2 HAVING COUNT(*) > 1)")) > 0);
        QVERIFY(
            count(s(
                "SELECT COUNT(*) FROM certifications a JOIN certifications b ON a.student_id = b.student_id "
                "AND a.assessment_code = b.assessment_code AND a.id < b.id AND a.result = 'fail' AND "
                "b.result = 'pass'")) > 0);

        // 4. Emails: trimmed and lower case; missing, malformed and doubled ones flagged.
        QCOMPARE(count(s("SELECT COUNT(*) FROM certifications WHERE email <> lower(trim(email))")), 0);
        int missing = 0;
        int doubled = 0;
        for (const QStringList& row : kept) {
            const QString email = row.at(ColEmail).trimmed();
            missing += email.isEmpty() ? 1 : 0;
            doubled += email.count(QLatin1Char('@')) == 2 &&
                               (email.contains(QLatin1Char(';')) || email.contains(QLatin1Char(',')))
                           ? 1
                           : 0;
        }
        QVERIFY(missing > 0 && doubled > 0);
        QCOMPARE(result.problemCounts.value(s("email_missing")), missing);
        QCOMPARE(result.problemCounts.value(s("email_multiple")), doubled);
        QVERIFY(result.problemCounts.value(s("email_invalid")) > 0);
        QCOMPARE(count(s("SELECT COUNT(*) FROM certifications WHERE email IS NULL")), missing);
        QCOMPARE(count(s("SELECT COUNT(*) FROM certifications WHERE email_original IS NOT email")), 0);
        QCOMPARE(count(s("SELECT COUNT(*) FROM certifications WHERE problems_json LIKE '%email_multiple%'")),
                 doubled);

        // 5. Names: no ALL CAPS or all lower case names left; Mc names capitalised inside.
        QVERIFY(
            count(s("SELECT COUNT(*) FROM certifications WHERE raw_json LIKE '%\"MCDONALD\"%' OR raw_json "
                    "LIKE '%\"SMITH\"%'")) > 0);
        QCOMPARE(count(s("SELECT COUNT(*) FROM certifications WHERE length(last_name) > 3 AND last_name = "
                         "upper(last_name) AND last_name <> lower(last_name)")),
                 0);
        // (SQLite's lower() and upper() know only ASCII: "Ángel" counts by its first letter.)
        QCOMPARE(count(s("SELECT COUNT(*) FROM certifications WHERE length(first_name) > 2 AND first_name = "
                         "lower(first_name) AND substr(first_name, 1, 1) BETWEEN 'a' AND 'z'")),
                 0);
        QCOMPARE(
            count(s(
                "SELECT COUNT(*) FROM certifications WHERE last_name LIKE 'Mc%' AND substr(last_name, 3, 1) "
                "<> upper(substr(last_name, 3, 1))")),
            0);
        QVERIFY(count(s("SELECT COUNT(*) FROM certifications WHERE last_name = 'De La Cruz'")) > 0);

        // 6. Whitespace: codes, titles and names trimmed, U+00A0 and tabs gone.
        for (const char* field :
             {"assessment_code", "assessment_title", "first_name", "last_name", "school_name"}) {
            const QString f = QLatin1String(field);
            QCOMPARE(
                count(
                    s("SELECT COUNT(*) FROM certifications WHERE %1 <> trim(%1) OR instr(%1, char(160)) > 0 "
                      "OR instr(%1, char(9)) > 0 OR instr(%1, '  ') > 0")
                        .arg(f)),
                0);
        }

        // 7. Mojibake (José read as JosÃ©) repaired.
        QVERIFY(result.problemCounts.value(s("text_mojibake")) > 0);
        QCOMPARE(
            count(
                s("SELECT COUNT(*) FROM certifications WHERE first_name LIKE '%Ã%' OR last_name LIKE '%Ã%'")),
            0);

        // 8. Excel damage: serial and day-first dates, scientific IDs, codes without their zeros.
        int scientific = 0;
        for (const QStringList& row : kept)
            scientific += row.at(ColStudentId).contains(s("E+")) ? 1 : 0;
        QVERIFY(scientific > 0);
        QCOMPARE(result.problemCounts.value(s("id_scientific")), scientific);
        QVERIFY(result.problemCounts.value(s("date_serial")) > 0);
        QVERIFY(result.problemCounts.value(s("code_zeros_restored")) > 0);
        QCOMPARE(
            count(s("SELECT COUNT(*) FROM certifications c WHERE length(c.assessment_code) = 3 AND EXISTS "
                    "(SELECT 1 FROM catalog_entries e WHERE e.code = '0' || c.assessment_code)")),
            0);
        for (const char* field : {"test_date", "date_of_birth"})
            QCOMPARE(count(s("SELECT COUNT(*) FROM certifications WHERE %1 IS NOT NULL AND %1 NOT GLOB "
                             "'[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'")
                               .arg(QLatin1String(field))),
                     0);
        QCOMPARE(count(s("SELECT COUNT(*) FROM certifications WHERE entered_at NOT GLOB "
                         "'2026-05-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]'")),
                 0);
        // Ambiguous dates are few: only the damaged ones, not every US date with a day <= 12.
        QVERIFY(result.problemCounts.value(s("date_ambiguous")) > 0);
        QVERIFY(result.problemCounts.value(s("date_ambiguous")) < kept.size() / 50);

        // 10. Minors, retired credentials and public testing are imported like any row (the
        // classifier flags them later).
        QVERIFY(count(s("SELECT COUNT(*) FROM certifications WHERE date_of_birth > '2013-06-01'")) > 0);
        QVERIFY(count(s("SELECT COUNT(*) FROM certifications WHERE assessment_code IN ('9P01', '9D02')")) >
                0);
        QVERIFY(
            count(s(
                "SELECT COUNT(*) FROM certifications c JOIN catalog_entries e ON e.code = c.assessment_code "
                "WHERE e.retired_date IS NOT NULL")) > 0);
    }

    void windows1252AndUtf16Files()
    {
        const Table table = sample(300);
        QList<QStringList> rows{table.header};
        rows += table.rows;
        QString text;
        for (const QStringList& row : rows)
            text += row.join(QLatin1Char('\t')) + s("\r\n");

        // Windows-1252: what Excel "CSV" writes on many PCs; Nguyễn's ễ becomes "?".
        QString latin = text;
        for (QChar& c : latin) {
            if (c.unicode() > 0xFF)
                c = QLatin1Char('?');
        }
        QByteArray cp1252;
        for (const QChar c : std::as_const(latin))
            cp1252.append(char(c.unicode()));
        ImportResult result = import(writeBytes(s("cp1252.txt"), cp1252));
        QCOMPARE(result.status, Status::Imported);
        QCOMPARE(result.encodingName, s("Windows-1252"));
        QVERIFY(
            count(
                s("SELECT COUNT(*) FROM certifications WHERE first_name LIKE 'Jos_' AND first_name <> 'Jose' "
                  "AND unicode(substr(first_name, 4, 1)) = 233")) +
                count(s("SELECT COUNT(*) FROM certifications WHERE last_name LIKE '%ñ%'")) >
            0);
        QCOMPARE(result.rowsRead, 300);

        // UTF-16 LE with BOM and tabs: the same rows and keys.
        const QStringList keys = column(s("SELECT row_key FROM certifications ORDER BY row_key"));
        m_db.close();
        QVERIFY(m_db.open(file(s("utf16.sqlite"))));
        QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        result = import(writeBytes(s("utf16.csv"), encoder.encode(text)));
        QCOMPARE(result.status, Status::Imported);
        QCOMPARE(result.encodingName, s("UTF-16 LE"));
        QCOMPARE(column(s("SELECT row_key FROM certifications ORDER BY row_key")), keys);
    }

    void headerDriftBetweenMonths()
    {
        // Month one: the usual names. Month two: other names, blank columns, a title and totals.
        const QList<QStringList> first{
            {s("EntryID"), s("StudentID"), s("FirstName"), s("LastName"), s("Email"), s("AssessmentCode"),
             s("TestDate")},
            {s("5000001"), s("1122334455"), s("Ana"), s("Lee"), s("ana@x.example.org"), s("0911"),
             s("3/14/2026")},
            {s("5000002"), s("1122334466"), s("Bo"), s("Kim"), s("bo@x.example.org"), s("0911"),
             s("3/15/2026")},
        };
        const QList<QStringList> second{
            {s("Real-Time Certifications, March 2026")},
            {},
            {s("Entry Number"), QString(), s("Student Number"), s("First"), s("Surname"),
             s("Student E-mail Address"), QString(), s("Test Code"), s("Date Tested")},
            {s("5000002"), QString(), s("1122334466"), s("Bo"), s("Kim"), s("bo@x.example.org"), QString(),
             s("0911"), s("3/15/2026")},
            {s("5000003"), QString(), s("1122334477"), s("Cy"), s("Ray"), s("cy@x.example.org"), QString(),
             s("0911"), s("3/16/2026")},
            {s("Grand Total"), QString(), s("2")},
        };
        ImportResult result = import(writeBytes(s("march-a.csv"), csvBytes(first)));
        QCOMPARE(result.status, Status::Imported);
        QCOMPARE(result.rowsAdded, 2);
        result = import(writeBytes(s("march-b.csv"), csvBytes(second)));
        QCOMPARE(result.status, Status::Imported);
        QCOMPARE(result.headerRowNumber, 3);
        QCOMPARE(result.rowsRead, 2);
        QCOMPARE(result.rowsSkipped, 1);
        QCOMPARE(result.rowsAdded, 1);
        QCOMPARE(result.rowsAlreadyPresent, 1);
        QCOMPARE(result.alreadyPresentIn, (QMap<qint64, qint64>{{1, 1}}));
        QCOMPARE(column(s("SELECT email FROM certifications WHERE entry_id = '5000003'")),
                 QStringList{s("cy@x.example.org")});
        QCOMPARE(column(s("SELECT source_row FROM certifications WHERE entry_id = '5000003'")),
                 QStringList{s("5")});
    }

    // --- Same file, overlapping files, no entry IDs --------------------------------------------

    void sameFileAgainAddsNothing()
    {
        const QString path = writeCsv(s("october.csv"), sample(400));
        const ImportResult first = import(path);
        QCOMPARE(first.status, Status::Imported);
        const QByteArray before = fingerprint();
        const ImportResult again = import(path);
        QCOMPARE(again.status, Status::AlreadyImported);
        QVERIFY(again.nothingToDo());
        QCOMPARE(again.batchId, first.batchId);
        QCOMPARE(again.month, s("2026-10"));
        QVERIFY(again.previousImport);
        QCOMPARE(again.previousImport->batchId, first.batchId);
        QCOMPARE(again.previousImport->rowsAdded, first.rowsAdded);
        QVERIFY2(again.message.startsWith(s("october.csv was already imported on ")),
                 qPrintable(again.message));
        QVERIFY(again.message.contains(
            s("as batch 1 (month 2026-10, %1 rows added). Nothing was added.").arg(first.rowsAdded)));
        QCOMPARE(again.rowsAdded, 0);
        QCOMPARE(fingerprint(), before);

        // The same bytes under another name are the same file.
        QFile::copy(path, file(s("copy of october.csv")));
        QCOMPARE(import(file(s("copy of october.csv"))).status, Status::AlreadyImported);
        QCOMPARE(fingerprint(), before);
    }

    void overlappingFileAddsOnlyNewRows()
    {
        Table table = sample(900);
        Table early = table;
        early.rows = table.rows.mid(0, 600);
        Table late = table;
        late.rows = table.rows.mid(400);
        const ImportResult a = import(writeCsv(s("early.csv"), early));
        QCOMPARE(a.status, Status::Imported);
        const ImportResult b = import(writeCsv(s("late.csv"), late));
        QCOMPARE(b.status, Status::Imported);
        QCOMPARE(b.batchId, 2);

        QSet<QString> earlyIds;
        for (const QStringList& row : early.rows)
            earlyIds.insert(row.at(ColEntryId));
        QSet<QString> lateSeen;
        qint64 expectedNew = 0;
        qint64 expectedInA = 0;
        qint64 expectedRepeats = 0;
        for (const QStringList& row : late.rows) {
            const QString id = row.at(ColEntryId);
            if (earlyIds.contains(id))
                ++expectedInA;
            else if (lateSeen.contains(id))
                ++expectedRepeats;
            else
                ++expectedNew;
            lateSeen.insert(id);
        }
        QCOMPARE(b.rowsRead, 500);
        QCOMPARE(b.rowsAdded, expectedNew);
        QCOMPARE(b.rowsRepeatedInFile, expectedRepeats);
        QCOMPARE(b.rowsAlreadyPresent, expectedInA + expectedRepeats);
        QCOMPARE(b.alreadyPresentIn, (QMap<qint64, qint64>{{a.batchId, expectedInA}}));
        QCOMPARE(count(s("SELECT COUNT(*) FROM certifications")), a.rowsAdded + b.rowsAdded);
        QCOMPARE(count(s("SELECT COUNT(*) FROM certifications WHERE batch_id = 2")), expectedNew);
        QCOMPARE(count(s("SELECT COUNT(DISTINCT entry_id) FROM certifications")), a.rowsAdded + b.rowsAdded);

        // A third file with nothing new: no batch, nothing written, and it says where the rows are.
        Table middle = table;
        middle.rows = table.rows.mid(500, 200);
        const QByteArray before = fingerprint();
        const ImportResult c = import(writeCsv(s("middle.csv"), middle));
        QCOMPARE(c.status, Status::NothingNew);
        QVERIFY(c.nothingToDo());
        QCOMPARE(c.batchId, 0);
        QCOMPARE(c.rowsAdded, 0);
        QCOMPARE(c.rowsAlreadyPresent, 200);
        QVERIFY2(c.message.startsWith(s("Every row of middle.csv was already imported (batch 1: ")),
                 qPrintable(c.message));
        QVERIFY(c.message.contains(s("; batch 2: ")));
        QCOMPARE(fingerprint(), before);
    }

    void rowsWithoutEntryIdsAreKeyedByTheirValues()
    {
        Table table = sample(300);
        for (QStringList& row : table.rows)
            row.removeAt(ColEntryId);
        table.header.removeAt(ColEntryId);
        table.kinds.removeAt(ColEntryId);
        Table early = table;
        early.rows = table.rows.mid(0, 200);
        Table late = table;
        late.rows = table.rows.mid(100);
        const ImportResult a = import(writeCsv(s("no-ids-a.csv"), early));
        QCOMPARE(a.status, Status::Imported);
        QCOMPARE(count(s("SELECT COUNT(*) FROM certifications WHERE row_key NOT LIKE 'hash:%'")), 0);
        // Exact duplicates have the same values, so the same key: they collapse into one row.
        const QSet<QStringList> earlyRows(early.rows.cbegin(), early.rows.cend());
        QCOMPARE(a.rowsAdded, earlyRows.size());

        QSet<QStringList> lateSeen;
        qint64 expectedInA = 0;
        qint64 expectedNew = 0;
        for (const QStringList& row : std::as_const(late.rows)) {
            if (earlyRows.contains(row))
                ++expectedInA;
            else if (!lateSeen.contains(row))
                ++expectedNew;
            lateSeen.insert(row);
        }
        // The later file writes the same values differently (case, spaces): still the same rows.
        for (QStringList& row : late.rows) {
            row[ColEmail - 1] = row.at(ColEmail - 1).toUpper();
            row[ColFirstName - 1] = s(" ") + row.at(ColFirstName - 1);
        }
        const ImportResult b = import(writeCsv(s("no-ids-b.csv"), late));
        QCOMPARE(b.status, Status::Imported);
        QVERIFY(expectedInA >= 100);
        QCOMPARE(b.alreadyPresentIn.value(a.batchId), expectedInA);
        QCOMPARE(b.rowsAdded, expectedNew);
        QCOMPARE(a.rowsAdded + b.rowsAdded, count(s("SELECT COUNT(*) FROM certifications")));
    }

    // An export with a Language column (issue 9 item 2): stored as en / es beside the raw cell;
    // an unknown language is flagged and left to the batch's default.
    void languageColumnIsStoredNormalised()
    {
        Table table = sample(40);
        table.header << s("Home Language");
        table.kinds << SampleDataGenerator::CellKind::Text;
        const QStringList values{s("Spanish"), s("English"), s(""), s("Español"), s("Tagalog")};
        for (int i = 0; i < table.rows.size(); ++i)
            table.rows[i] << values.at(i % values.size());
        const ImportResult result = import(writeCsv(s("language.csv"), table));
        QCOMPARE(result.status, Status::Imported);
        QCOMPARE(count(s("SELECT COUNT(*) FROM certifications WHERE language = 'es' AND "
                         "json_extract(raw_json, '$[#-1]') IN ('Spanish', 'Español')")),
                 count(s("SELECT COUNT(*) FROM certifications WHERE json_extract(raw_json, '$[#-1]') IN "
                         "('Spanish', 'Español')")));
        QVERIFY(count(s("SELECT COUNT(*) FROM certifications WHERE language = 'es'")) > 0);
        QVERIFY(count(s("SELECT COUNT(*) FROM certifications WHERE language = 'en'")) > 0);
        QCOMPARE(count(s("SELECT COUNT(*) FROM certifications WHERE language IS NOT NULL AND "
                         "json_extract(raw_json, '$[#-1]') IN ('', 'Tagalog')")),
                 0);
        QVERIFY(result.problemCounts.value(s("language_unknown")) > 0);
        QCOMPARE(
            count(s("SELECT COUNT(*) FROM certifications WHERE problems_json LIKE '%language_unknown%'")),
            count(
                s("SELECT COUNT(*) FROM certifications WHERE json_extract(raw_json, '$[#-1]') = 'Tagalog'")));
    }

    // --- All or nothing -----------------------------------------------------------------------

    void cancelLeavesTheDatabaseAsItWas()
    {
        QCOMPARE(import(writeCsv(s("september.csv"), sample(300, false, QDate(2026, 9, 1)))).status,
                 Status::Imported);
        const QByteArray before = fingerprint();
        Importer importer(m_db.connection());
        QList<qint64> seen;
        importer.setProgressCallback([&](const ImportProgress& progress) {
            seen << progress.rowsRead;
            QVERIFY(progress.bytesRead > 0 && progress.bytesRead <= progress.bytesTotal);
            importer.cancel();
        });
        ImportOptions options;
        options.filePath = writeCsv(s("october.csv"), sample(900));
        const ImportResult result = importer.run(options);
        QCOMPARE(result.status, Status::Cancelled);
        QCOMPARE(result.message, s("Import cancelled. Nothing was imported."));
        QCOMPARE(seen, QList<qint64>{Importer::ProgressEveryRows});
        QCOMPARE(fingerprint(), before);
        QCOMPARE(count(s("SELECT COUNT(*) FROM batches")), 1);

        // Cancelled before it started: nothing read, nothing written. resetCancel() re-arms.
        QCOMPARE(importer.run(options).status, Status::Cancelled);
        importer.resetCancel();
        importer.setProgressCallback({});
        QCOMPARE(importer.run(options).status, Status::Imported);
    }

    void failurePartWayLeavesTheDatabaseAsItWas()
    {
        QCOMPARE(import(writeCsv(s("september.csv"), sample(200, false, QDate(2026, 9, 1)))).status,
                 Status::Imported);
        QSqlQuery q(m_db.connection());
        QVERIFY(
            q.exec(s("CREATE TRIGGER fail_on_row BEFORE INSERT ON certifications WHEN NEW.source_row = 400 "
                     "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")));
        const QByteArray before = fingerprint();
        const ImportResult result = import(writeCsv(s("october.csv"), sample(900)));
        QCOMPARE(result.status, Status::Failed);
        QVERIFY2(result.message.startsWith(s("Could not store row 400: disk on fire")),
                 qPrintable(result.message));
        QVERIFY(result.message.endsWith(s("Nothing was imported.")));
        QCOMPARE(fingerprint(), before);
    }

    void bulkLoadRebuildsTheIndexesOrLeavesThemAsTheyWere()
    {
        const QString indexes = s("SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND "
                                  "tbl_name = 'certifications' AND sql IS NOT NULL ORDER BY name");
        const QStringList before = column(indexes);
        QVERIFY(before.size() >= 4); // later migrations add their own (0005: badge_key)
        const QString path = writeCsv(s("bulk.csv"), sample(900));

        // Cancelled half way: the dropped indexes come back with the rollback.
        const QByteArray fingerprintBefore = fingerprint();
        Importer cancelling(m_db.connection());
        cancelling.setBulkLoadRows(100);
        cancelling.setProgressCallback([&](const ImportProgress& progress) {
            if (progress.rowsRead >= 500)
                cancelling.cancel();
        });
        ImportOptions options;
        options.filePath = path;
        QCOMPARE(cancelling.run(options).status, Status::Cancelled);
        QCOMPARE(column(indexes), before);
        QCOMPARE(fingerprint(), fingerprintBefore);

        // Imported: the same indexes, built after the rows, and in use.
        Importer importer(m_db.connection());
        importer.setBulkLoadRows(100);
        const ImportResult result = importer.run(options);
        QCOMPARE(result.status, Status::Imported);
        QCOMPARE(column(indexes), before);
        QCOMPARE(
            count(s("SELECT COUNT(*) FROM certifications INDEXED BY certifications_email WHERE email > ''")),
            count(s("SELECT COUNT(*) FROM certifications WHERE email > ''")));
        QSqlQuery check(m_db.connection());
        QVERIFY(check.exec(s("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), s("ok"));
    }

    void damagedWorkbookLeavesTheDatabaseAsItWas()
    {
        if (!m_fixtureError.isEmpty())
            QSKIP(qPrintable(s("fixtures need python3-openpyxl: ") + m_fixtureError));
        const QByteArray before = fingerprint();
        const ImportResult result = import(m_fixtures + s("/truncated.xlsx"));
        QCOMPARE(result.status, Status::Failed);
        QVERIFY2(result.message.contains(s("ends too early; the file is damaged")),
                 qPrintable(result.message));
        QCOMPARE(fingerprint(), before);
    }

    void unreadableRowsAreKeptRawWithTheirRowNumbers()
    {
        QByteArray bytes = "EntryID,StudentID,FirstName,LastName,Email,AssessmentCode,TestDate\r\n"
                           "6000001,1122334455,Ana,Lee,ana@x.example.org,0911,3/14/2026\r\n"
                           "6000002,1122334466,Lee, Bo,Kim,bo@x.example.org,0911,3/15/2026\r\n"
                           ",,,,,,\r\n"
                           "6000003,1122334477,C";
        bytes += QByteArray("\x01\x02", 2);
        bytes += "y,Ray,cy@x.example.org,0911,3/16/2026\r\n"
                 "6000004,1122334488,Di,Fox,di@x.example.org,0911,3/17/2026\r\n";
        const ImportResult result = import(writeBytes(s("damaged.csv"), bytes));
        QCOMPARE(result.status, Status::Imported);
        QCOMPARE(result.rowsRead, 4);
        QCOMPARE(result.rowsAdded, 2);
        QCOMPARE(result.rowsUnreadable, 2);
        QCOMPARE(result.unreadable.size(), 2);
        QCOMPARE(result.unreadable.at(0).rowNumber, 3);
        QVERIFY(result.unreadable.at(0).reason.contains(s("column 8")));
        QCOMPARE(result.unreadable.at(1).rowNumber, 5);
        QVERIFY(result.unreadable.at(1).reason.contains(s("binary")));
        QVERIFY(result.message.endsWith(s("2 unreadable (kept raw).")));
        QCOMPARE(
            column(s("SELECT source_row || ':' || raw_json FROM import_unreadable_rows ORDER BY source_row")),
            (QStringList{
                s("3:[\"6000002\",\"1122334466\",\"Lee\",\" Bo\",\"Kim\",\"bo@x.example.org\",\"0911\","
                  "\"3/15/2026\"]"),
                s("5:[\"6000003\",\"1122334477\",\"C\\u0001\\u0002y\",\"Ray\",\"cy@x.example.org\","
                  "\"0911\",\"3/16/2026\"]")}));
        QCOMPARE(count(s("SELECT rows_unreadable FROM import_files")), 2);
    }

    void missingRequiredFieldStopsWithItsName()
    {
        const QByteArray before = fingerprint();
        const ImportResult result =
            import(writeBytes(s("no-email.csv"), "EntryID,StudentID,FirstName,LastName,"
                                                 "AssessmentCode,TestDate\n1,2,A,B,0911,"
                                                 "3/1/2026\n"));
        QCOMPARE(result.status, Status::Failed);
        QCOMPARE(result.message,
                 s("The file has no column for: Email. Choose the column for each in the mapping step."));
        const ImportResult noCode =
            import(writeBytes(s("no-code.csv"), "StudentID,Email,TestDate\n1,a@x.example.org,3/1/2026\n"));
        QCOMPARE(noCode.status, Status::Failed);
        QVERIFY(noCode.message.contains(s("Assessment code")));
        QCOMPARE(fingerprint(), before);
    }

    void notASpreadsheet_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << QByteArray() << s("empty.csv") << s("empty");
        QTest::newRow("PDF") << QByteArray("%PDF-1.4\n\x00\x01\x02\x03 binary", 24) << s("report.pdf")
                             << s("binary");
        QTest::newRow("old xls or encrypted") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest", 13)
                                              << s("old.xls") << s("password-protected or an old Excel");
        // Text under an .xlsx name is read as the text it is.
        QTest::newRow("xlsx name, text inside")
            << QByteArray("just text") << s("fake.xlsx") << s("looks like column names");
        QTest::newRow("broken zip") << QByteArray("PK\x03\x04garbage", 11) << s("broken.xlsx") << s("zip");
        QTest::newRow("header only")
            << QByteArray("EntryID,StudentID,FirstName,LastName,Email,AssessmentCode,TestDate\n")
            << s("header.csv") << s("no data rows");
        QTest::newRow("no header") << QByteArray("1,2\n3,4\n") << s("numbers.csv")
                                   << s("looks like column names");
    }
    void notASpreadsheet()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, messagePart);
        const QByteArray before = fingerprint();
        const ImportResult result = import(writeBytes(name, bytes));
        QCOMPARE(result.status, Status::Failed);
        QVERIFY2(result.message.contains(messagePart), qPrintable(result.message));
        QCOMPARE(fingerprint(), before);
        // The preview says the same, and writes nothing either.
        ImportOptions options;
        options.filePath = file(name);
        const ImportPreview preview = Importer(m_db.connection()).preview(options);
        if (messagePart != s("no data rows")) {
            QVERIFY(!preview.ok);
            QCOMPARE(preview.error, result.message);
        }
    }

    void missingFile()
    {
        const ImportResult result = import(file(s("nowhere.csv")));
        QCOMPARE(result.status, Status::Failed);
        QVERIFY(result.message.contains(s("does not exist")));
    }

    // --- Month, profiles, options ---------------------------------------------------------------

    void monthIsDetectedOrGiven()
    {
        const QString path = writeCsv(s("oct.csv"), sample(100));
        ImportOptions options;
        options.month = s("2026-13");
        ImportResult result = import(path, options);
        QCOMPARE(result.status, Status::Failed);
        QCOMPARE(result.message, s("\"2026-13\" is not a month: write it as YYYY-MM, for example 2026-10."));
        options.month = s("2026-09");
        result = import(path, options);
        QCOMPARE(result.status, Status::Imported);
        QCOMPARE(result.month, s("2026-09"));
        QCOMPARE(column(s("SELECT month FROM batches")), QStringList{s("2026-09")});
        QVERIFY(Importer::isValidMonth(s("2026-01")));
        QVERIFY(!Importer::isValidMonth(s("2026-1")));
        QVERIFY(!Importer::isValidMonth(s("2026-00")));

        // No entry time column: the test dates decide.
        const QList<QStringList> rows{
            {s("StudentID"), s("FirstName"), s("LastName"), s("Email"), s("AssessmentCode"), s("TestDate")},
            {s("1"), s("A"), s("B"), s("a@x.example.org"), s("0911"), s("4/28/2026")},
            {s("2"), s("C"), s("D"), s("c@x.example.org"), s("0911"), s("5/2/2026")},
            {s("3"), s("E"), s("F"), s("e@x.example.org"), s("0911"), s("5/3/2026")},
        };
        result = import(writeBytes(s("no-entry-time.csv"), csvBytes(rows)));
        QCOMPARE(result.status, Status::Imported);
        QCOMPARE(result.month, s("2026-05"));
    }

    void savedProfileIsPickedAutomatically()
    {
        const QList<QStringList> rows{
            {s("Learner No"), s("Given"), s("Family"), s("Contact"), s("Exam Key"), s("When Tested")},
            {s("1122334455"), s("Ana"), s("Lee"), s("ana@x.example.org"), s("0911"), s("3/14/2026")},
        };
        const QString path = writeBytes(s("odd.csv"), csvBytes(rows));
        ImportResult result = import(path);
        QCOMPARE(result.status, Status::Failed);
        QVERIFY(result.message.contains(
            s("Student ID or first and last name; Email; Assessment code; Test date or "
              "entry time")));

        ImportOptions options;
        options.filePath = path;
        ImportPreview preview = Importer(m_db.connection()).preview(options);
        QVERIFY(preview.ok);
        QCOMPARE(preview.missingRequired.size(), 4);
        ColumnMapping mapping = preview.mapping;
        for (int i = 0; i < 6; ++i)
            mapping.setColumn(QList<ImportField>{ImportField::StudentId, ImportField::FirstName,
                                                 ImportField::LastName, ImportField::Email,
                                                 ImportField::AssessmentCode, ImportField::TestDate}
                                  .at(i),
                              i);
        QVERIFY(mapping.isComplete());
        ImportProfileRepository profiles(m_db.connection());
        QVERIFY(profiles.save(ImportProfile::fromMapping(s("Odd export"), mapping)));

        preview = Importer(m_db.connection()).preview(options);
        QCOMPARE(preview.profileName, s("Odd export"));
        QVERIFY(preview.missingRequired.isEmpty());
        result = import(path);
        QCOMPARE(result.status, Status::Imported);
        QCOMPARE(result.profileName, s("Odd export"));
        QCOMPARE(column(s("SELECT email || '|' || test_date FROM certifications")),
                 QStringList{s("ana@x.example.org|2026-03-14")});
        QCOMPARE(column(s("SELECT profile_name FROM import_files")), QStringList{s("Odd export")});
        QVERIFY(!profiles.byName(s("Odd export"))->lastUsedAt.isEmpty());
    }

    void namedProfileMustExistAndFit()
    {
        ImportProfileRepository profiles(m_db.connection());
        const QString path = writeCsv(s("oct.csv"), sample(50));
        ImportOptions options;
        options.profileName = s("Spring");
        ImportResult result = import(path, options);
        QCOMPARE(result.status, Status::Failed);
        QCOMPARE(result.message,
                 s("There is no mapping profile named \"Spring\"; none is saved yet. Import without "
                   "--profile to map the columns by their names."));

        ImportProfile other;
        other.name = s("Other");
        other.columns.insert(ImportField::Email, s("Contact"));
        other.columns.insert(ImportField::StudentId, s("Learner No"));
        QVERIFY(profiles.save(other));
        result = import(path, options);
        QCOMPARE(result.message,
                 s("There is no mapping profile named \"Spring\". Saved profiles: \"Other\"."));
        options.profileName = s("other");
        result = import(path, options);
        QCOMPARE(result.status, Status::Failed);
        QCOMPARE(result.message,
                 s("The mapping profile \"Other\" does not fit this file: it has no column named "
                   "\"Learner No\", \"Contact\". Choose another profile or map the columns again."));
        QCOMPARE(count(s("SELECT COUNT(*) FROM batches")), 0);

        // A profile that fits is used as given, even where synonyms would map more.
        ImportProfile fits = ImportProfile::fromMapping(s("Fits"), ColumnMapping::detect(sample(1).header));
        fits.columns.remove(ImportField::Score);
        QVERIFY(profiles.save(fits));
        options.profileName = s("Fits");
        result = import(path, options);
        QCOMPARE(result.status, Status::Imported);
        QCOMPARE(count(s("SELECT COUNT(*) FROM certifications WHERE score IS NOT NULL")), 0);
    }

    void wizardMappingIsUsedAsEdited()
    {
        const Table table = sample(50);
        const QString path = writeCsv(s("oct.csv"), table);
        ImportOptions options;
        options.filePath = path;
        const ImportPreview preview = Importer(m_db.connection()).preview(options);
        ColumnMapping mapping = preview.mapping;
        QCOMPARE(mapping.fieldOf(2), ImportField::EnteredBy);
        QVERIFY(!mapping.fieldOf(7)); // CIPCode: no field
        mapping.clear(ImportField::EnteredBy);
        mapping.setColumn(ImportField::AssessmentTitle, 19); // the vendor column, as a (wrong) choice
        options.mapping = mapping;
        ImportResult result = import(path, options);
        QCOMPARE(result.status, Status::Imported);
        QCOMPARE(count(s("SELECT COUNT(*) FROM certifications WHERE entered_by IS NOT NULL")), 0);
        QCOMPARE(count(s("SELECT COUNT(*) FROM certifications WHERE vendor IS NOT NULL")), 0);
        QVERIFY(
            count(s(
                "SELECT COUNT(*) FROM certifications WHERE assessment_title = 'NOCTI' OR assessment_title = "
                "'CompTIA' OR assessment_title = 'Certiport' OR assessment_title LIKE 'CareerTech%'")) > 0);

        // A mapping made for another header is refused.
        options.mapping = ColumnMapping::detect({s("Email"), s("StudentID")});
        options.filePath = writeCsv(s("oct2.csv"), sample(60));
        result = Importer(m_db.connection()).run(options);
        QCOMPARE(result.status, Status::Failed);
        QVERIFY(result.message.startsWith(
            s("The file's column names are not the ones the mapping was made for")));
    }

    void headerRowCanBeChosen()
    {
        const QList<QStringList> rows{
            {s("Email"), s("Note")}, // looks like a header, but is not the real one
            {s("StudentID"), s("FirstName"), s("LastName"), s("Email"), s("AssessmentCode"), s("TestDate")},
            {s("1"), s("A"), s("B"), s("a@x.example.org"), s("0911"), s("4/28/2026")},
        };
        ImportOptions options;
        options.headerRow = 2;
        const ImportResult result = import(writeBytes(s("two-headers.csv"), csvBytes(rows)), options);
        QCOMPARE(result.status, Status::Imported);
        QCOMPARE(result.headerRowNumber, 2);
        QCOMPARE(result.rowsAdded, 1);
        options.headerRow = 9;
        QVERIFY(import(file(s("two-headers.csv")), options)
                    .message.startsWith(s("Row 9 is empty or past the end")));
        options.headerRow = 5000;
        QCOMPARE(import(file(s("two-headers.csv")), options).message,
                 s("Row 5000 is too far down for the column names: choose a row among the first 1000."));
    }

    // --- Preview --------------------------------------------------------------------------------

    void previewShowsWhatTheImportWillDo()
    {
        const Table table = sample(900, true);
        const QString path = writeCsv(s("preview.csv"), table);
        ImportOptions options;
        options.filePath = path;
        Importer importer(m_db.connection());
        ImportPreview preview = importer.preview(options);
        QVERIFY2(preview.ok, qPrintable(preview.error));
        QCOMPARE(preview.fileName, s("preview.csv"));
        QCOMPARE(preview.format, s("csv"));
        QCOMPARE(preview.encoding, CsvReader::Encoding::Utf8);
        QCOMPARE(preview.encodingName, s("UTF-8"));
        QVERIFY(preview.hasByteOrderMark);
        QCOMPARE(preview.delimiter, QLatin1Char(','));
        QVERIFY(preview.sheetNames.isEmpty());
        QCOMPARE(preview.headerRowNumber, 2);
        QCOMPARE(preview.header, table.header);
        QCOMPARE(preview.rowsAboveHeader.size(), 1);
        QCOMPARE(preview.rowsAboveHeader.first().cells.value(0), table.title);
        QCOMPARE(preview.rows.size(), ImportPreview::MaxRows);
        QCOMPARE(preview.rows.first().rowNumber, 3);
        QCOMPARE(preview.rows.first().cells, table.rows.first());
        QVERIFY(preview.mapping.isComplete());
        QVERIFY(preview.missingRequiredMessage.isEmpty());
        QVERIFY(preview.profileName.isEmpty());
        QCOMPARE(preview.detectedMonth, s("2026-10"));
        QVERIFY(!preview.previousImport);
        QCOMPARE(preview.sha256, Importer::fileSha256(path));
        int problems = 0;
        for (const ImportedRow& row : std::as_const(preview.rows))
            problems += int(row.problems.size());
        int counted = 0;
        for (const int n : std::as_const(preview.problemCounts))
            counted += n;
        QCOMPARE(counted, problems);
        QVERIFY(counted > 0);
        QCOMPARE(count(s("SELECT COUNT(*) FROM batches")), 0);

        // After the import, the preview warns that this file is in already.
        const ImportResult result = importer.run(options);
        QCOMPARE(result.status, Status::Imported);
        preview = importer.preview(options);
        QVERIFY(preview.previousImport);
        QCOMPARE(preview.previousImport->batchId, result.batchId);

        // Forcing another encoding is shown, and the preview follows it.
        options.encoding = CsvReader::Encoding::Windows1252;
        preview = importer.preview(options);
        QCOMPARE(preview.encodingName, s("Windows-1252"));
    }

    // --- Workbooks written by other programs --------------------------------------------------

    void workbooksWrittenByOtherPrograms_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("sheet");
        QTest::addColumn<QString>("secondStudentId");
        QTest::addColumn<int>("rows");
        QTest::newRow("openpyxl, data on the second sheet")
            << s("fixtures/openpyxl_export.xlsx") << s("Export") << s("0011223") << 3;
        QTest::newRow("openpyxl, 1904 date system")
            << s("fixtures/openpyxl_1904.xlsx") << s("Export") << s("0011223") << 4;
        // LibreOffice Calc opened the CSV and saved it: codes and IDs became numbers.
        QTest::newRow("LibreOffice from CSV")
            << s(BADGEDESK_TEST_DATA_DIR "/libreoffice/export_from_csv.xlsx") << s("export") << s("11223")
            << 3;
        QTest::newRow("LibreOffice round trip of the openpyxl workbook")
            << s(BADGEDESK_TEST_DATA_DIR "/libreoffice/roundtrip.xlsx") << s("Export") << s("0011223") << 3;
    }
    void workbooksWrittenByOtherPrograms()
    {
        QFETCH(QString, path);
        QFETCH(QString, sheet);
        QFETCH(QString, secondStudentId);
        QFETCH(int, rows);
        if (path.startsWith(s("fixtures/"))) {
            if (!m_fixtureError.isEmpty())
                QSKIP(qPrintable(s("fixtures need python3-openpyxl: ") + m_fixtureError));
            path = m_dir.filePath(path);
        }
        CatalogEntry welding;
        welding.code = s("0911");
        welding.title = s("Welding I");
        QVERIFY(CatalogRepository(m_db.connection()).add(welding, s("test")) > 0);

        ImportOptions options;
        options.filePath = path;
        const ImportPreview preview = Importer(m_db.connection()).preview(options);
        QVERIFY2(preview.ok, qPrintable(preview.error));
        QCOMPARE(preview.format, s("xlsx"));
        QCOMPARE(preview.sheetName, sheet); // picked by its header, not by position
        QVERIFY(preview.mapping.isComplete());

        const ImportResult result = import(path);
        QCOMPARE(result.status, Status::Imported);
        QCOMPARE(result.rowsRead, rows);
        QCOMPARE(result.rowsAdded, rows);
        QCOMPARE(result.month, s("2025-03"));
        QCOMPARE(
            column(
                s("SELECT entry_id || '|' || entered_at || '|' || student_id || '|' || first_name || '|' || "
                  "last_name || '|' || date_of_birth || '|' || coalesce(email, '') || '|' || assessment_code "
                  "|| "
                  "'|' || test_date || '|' || result || '|' || score FROM certifications ORDER BY entry_id "
                  "LIMIT 3")),
            (QStringList{
                s("2000001|2025-03-20T14:37:11|1234567890|José|Peña|2008-06-20|jose.pena@gmail.example."
                  "com|0911|2025-03-14|pass|88"),
                s("2000002|2025-03-21T09:05:00|%1|Mary|O'Brien|2009-11-27|mary.obrien@students.example."
                  "org|8005|2025-03-05|pass|92")
                    .arg(secondStudentId),
                s("2000003|2025-03-28T16:45:30|2233445566|Ángel|McDonald|2010-01-02|a@x.example.org; "
                  "b@y.example.org|CMP123|2025-02-28|fail|61")}));
        if (rows == 4) // the 1904 workbook's unformatted serial is read in its own system
            QCOMPARE(column(s("SELECT test_date FROM certifications WHERE entry_id = '2000004'")),
                     QStringList{s("2029-03-15")});
    }

    void sheetCanBeChosenAndIsValidated()
    {
        if (!m_fixtureError.isEmpty())
            QSKIP(qPrintable(s("fixtures need python3-openpyxl: ") + m_fixtureError));
        ImportOptions options;
        options.filePath = m_fixtures + s("/openpyxl_export.xlsx");
        options.sheetName = s("Read me");
        ImportPreview preview = Importer(m_db.connection()).preview(options);
        QVERIFY(!preview.ok);
        QCOMPARE(preview.sheetNames, (QStringList{s("Read me"), s("Export")}));
        QVERIFY2(preview.error.contains(s("the sheet \"Read me\" in openpyxl_export.xlsx")),
                 qPrintable(preview.error));
        options.sheetName = s("Nope");
        preview = Importer(m_db.connection()).preview(options);
        QVERIFY(!preview.ok);
        QVERIFY2(preview.error.contains(s("no sheet named \"Nope\"")), qPrintable(preview.error));
        options.sheetName = s("Export");
        QCOMPARE(Importer(m_db.connection()).run(options).status, Status::Imported);
    }

    void libreOfficeLiveWhenInstalled()
    {
        // The committed LibreOffice files cover CI; where Calc is installed, convert afresh too.
        const QString soffice = QStandardPaths::findExecutable(s("soffice"));
        if (soffice.isEmpty())
            QSKIP("libreoffice-calc-nogui is not installed (tests/data/libreoffice covers it)");
        const Table table = sample(120);
        const QString csv = writeCsv(s("lo-live.csv"), table);
        const QString out = m_dir.filePath(s("lo-out"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(s("HOME"), m_dir.filePath(s("lo-home")));
        process.setProcessEnvironment(env);
        process.start(soffice, {s("--headless"), s("--infilter=CSV:44,34,76,1,,1033"), s("--convert-to"),
                                s("xlsx:Calc MS Excel 2007 XML"), s("--outdir"), out, csv});
        QVERIFY(process.waitForFinished(120000));
        const ImportResult result = import(out + s("/lo-live.xlsx"));
        QCOMPARE(result.status, Status::Imported);
        QCOMPARE(result.rowsRead, 120);
        QCOMPARE(result.rowsAdded, firstOccurrences(table).size());
        QCOMPARE(count(s("SELECT COUNT(*) FROM certifications WHERE entered_at NOT GLOB "
                         "'2026-10-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]'")),
                 0);
    }

    // --- Off the UI thread ----------------------------------------------------------------------

    void jobRunsInAWorkerThreadWithItsOwnConnection()
    {
        const QString path = writeCsv(s("threaded.csv"), sample(900));
        ImportOptions options;
        options.filePath = path;
        QThread thread;
        auto* job = new ImportJob(m_db.path(), options);
        job->moveToThread(&thread);
        QSignalSpy progress(job, &ImportJob::progress);
        QSignalSpy finished(job, &ImportJob::finished);
        connect(&thread, &QThread::started, job, &ImportJob::run);
        // QThread::quit is thread-safe: called directly, it needs no event loop of ours.
        connect(job, &ImportJob::finished, &thread, &QThread::quit, Qt::DirectConnection);
        connect(&thread, &QThread::finished, job, &QObject::deleteLater);
        thread.start();
        // The spies record in the worker thread; read them once it has finished.
        QVERIFY(thread.wait(120000));
        QCOMPARE(finished.count(), 1);
        const auto result = finished.first().first().value<ImportResult>();
        QCOMPARE(result.status, Status::Imported);
        QVERIFY(progress.count() >= 3);
        QCOMPARE(progress.first().at(0).toLongLong(), Importer::ProgressEveryRows);
        QCOMPARE(progress.last().at(0).toLongLong(), 900);
        QCOMPARE(progress.last().at(1).toLongLong(), progress.last().at(2).toLongLong());
        // The UI's own connection sees the committed batch.
        QCOMPARE(count(s("SELECT COUNT(*) FROM certifications")), result.rowsAdded);
    }

    void jobPreviewsInTheWorkerThreadToo()
    {
        ImportOptions options;
        options.filePath = writeCsv(s("preview-job.csv"), sample(300));
        ImportJob job(m_db.path(), options);
        QSignalSpy ready(&job, &ImportJob::previewReady);
        QSignalSpy finished(&job, &ImportJob::finished);
        job.preview();
        QCOMPARE(ready.count(), 1);
        QCOMPARE(finished.count(), 0);
        const auto preview = ready.first().first().value<ImportPreview>();
        QVERIFY2(preview.ok, qPrintable(preview.error));
        QCOMPARE(preview.rows.size(), ImportPreview::MaxRows);
        QVERIFY(preview.mapping.isComplete());
        QCOMPARE(count(s("SELECT COUNT(*) FROM batches")), 0);
    }

    void jobCancelledBeforeItStartsWritesNothing()
    {
        const QByteArray before = fingerprint();
        ImportOptions options;
        options.filePath = writeCsv(s("cancelled.csv"), sample(300));
        ImportJob job(m_db.path(), options);
        QSignalSpy finished(&job, &ImportJob::finished);
        job.cancel();
        job.run(); // direct call: the test thread is the worker
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job.result().status, Status::Cancelled);
        QCOMPARE(fingerprint(), before);
    }

    void jobReportsAnUnopenableDatabase()
    {
        ImportOptions options;
        options.filePath = writeCsv(s("x.csv"), sample(10));
        ImportJob job(file(s("missing/none.sqlite")), options);
        job.run();
        QCOMPARE(job.result().status, Status::Failed);
        QVERIFY(job.result().message.contains(s("does not exist")));
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "TestImporter.moc"
