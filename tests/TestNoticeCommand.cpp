#include "ExitCode.h"
#include "IssuingFixture.h"
#include "importing/CsvReader.h"
#include "storage/Database.h"
#include "support/CliRunner.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace badgedesk;
using namespace badgedesk::testing;
using badgedesk::test::CliRun;
using badgedesk::test::runCli;

namespace {
QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QList<QStringList> readCsv(const QString& path)
{
    CsvReader reader(path);
    QList<QStringList> table;
    if (!reader.open())
        return table;
    QStringList record;
    while (reader.readRow(&record))
        table << record;
    return table;
}
} // namespace

// badgedesk-cli notice: files for the mail merge, recording the notice, refusing what is not
// signed off, and the exit codes.
class TestNoticeCommand : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;

    CliRun cli(const QStringList& arguments) { return runCli(QStringList{s("--db"), m_db} + arguments); }

    void prepare(bool signOff)
    {
        Database db;
        QVERIFY(db.open(m_db));
        BatchSpec spec;
        spec.rows = 3;
        spec.templateIds = {seedTemplate(false).id};
        spec.signOff = false;
        spec.noticeDaysAgo = -1;
        QCOMPARE(makeBatch(db, spec), QString());
        QVERIFY(exec(db, s("UPDATE batches SET month = '2026-10'")));
        QVERIFY(exec(db, s("UPDATE certifications SET language = 'es' WHERE id = 3")));
        if (signOff)
            QVERIFY(SignOffRepository(db.connection()).signOff(1, s("tester")));
    }

    int query(const QString& sql)
    {
        Database db;
        return db.open(m_db) ? count(db, sql) : -1;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(s("cli.sqlite"));
    }
    void cleanup() { m_dir.reset(); }

    void writesTheFilesAndRecordsTheNotice()
    {
        prepare(true);
        const QString out = m_dir->filePath(s("notice/october"));
        CliRun run = cli({s("notice"), s("2026-10"), s("--out"), out, s("--json")});
        QVERIFY2(run.code == ExitOk, qPrintable(run.out + run.err));
        QJsonObject json = run.json();
        QCOMPARE(json.value(s("batch")).toInt(), 1);
        QCOMPARE(json.value(s("rows")).toInt(), 3);
        QCOMPARE(json.value(s("languages")).toObject().value(s("es")).toInt(), 1);
        QCOMPARE(json.value(s("languages")).toObject().value(s("en")).toInt(), 2);
        QCOMPARE(json.value(s("marked_sent")).toBool(), false);
        QVERIFY(json.value(s("notice_sent_at")).isNull());
        QCOMPARE(json.value(s("wait_days")).toInt(), 3);
        QCOMPARE(json.value(s("expected_issue_date")).toString(),
                 QDate::currentDate().addDays(3).toString(Qt::ISODate));
        QCOMPARE(json.value(s("files")).toArray().size(), 3);
        for (const char* name : {"notice-list.xlsx", "notice-list.csv", "messages.csv"})
            QVERIFY2(QFile::exists(QDir(out).filePath(s(name))), name);
        const QList<QStringList> list = readCsv(QDir(out).filePath(s("notice-list.csv")));
        QCOMPARE(list.size(), 4);
        QCOMPARE(list.at(0).first(), s("First Name"));
        QCOMPARE(list.at(3).mid(0, 3), (QStringList{s("Ana3"), s("Diaz"), s("student3@example.org")}));
        QCOMPARE(list.at(3).last(), s("es"));
        const QList<QStringList> messages = readCsv(QDir(out).filePath(s("messages.csv")));
        QCOMPARE(messages.size(), 4);
        QVERIFY(messages.at(3).at(5).startsWith(s("Estimado/a Ana3 Diaz:")));
        QVERIFY(messages.at(1).at(5).startsWith(s("Dear Ana1 Diaz,")));
        QCOMPARE(query(s("SELECT count(*) FROM batches WHERE notice_sent_at IS NULL")), 1);

        run = cli({s("notice"), s("1"), s("--out"), out, s("--mark-sent"), s("--json")});
        QVERIFY2(run.code == ExitOk, qPrintable(run.out + run.err));
        json = run.json();
        QCOMPARE(json.value(s("marked_sent")).toBool(), true);
        QVERIFY(json.value(s("notice_sent_at")).isString());
        QCOMPARE(
            query(s("SELECT count(*) FROM batches WHERE notice_sent_at IS NOT NULL AND notice_rows = 3")), 1);
        QCOMPARE(
            query(s("SELECT count(*) FROM audit_log WHERE action = 'notice_sent' AND subject = 'batch:1'")),
            1);

        // Once more: the files again, but the date is not moved (exit 4, partly done).
        run = cli({s("notice"), s("1"), s("--out"), out, s("--mark-sent")});
        QCOMPARE(run.code, int(ExitPartlyDone));
        QVERIFY2(run.err.contains(s("already recorded")), qPrintable(run.err));

        // Text output says when badges can go out.
        run = cli({s("notice"), s("1"), s("--out"), out});
        QCOMPARE(run.code, int(ExitOk));
        QVERIFY2(run.out.contains(s("3 students (2 English, 1 Spanish)")), qPrintable(run.out));
        QVERIFY2(run.out.contains(s("badges can be issued from ") +
                                  QDate::currentDate().addDays(3).toString(Qt::ISODate)),
                 qPrintable(run.out));

        // Cleared with a reason (audited), it can be recorded again.
        run = cli({s("notice"), s("1"), s("--clear-sent"), s("sent to the wrong list")});
        QVERIFY2(run.code == ExitOk, qPrintable(run.out + run.err));
        QCOMPARE(query(s("SELECT count(*) FROM batches WHERE notice_sent_at IS NULL")), 1);
        QCOMPARE(
            query(s("SELECT count(*) FROM audit_log WHERE action = 'notice_cleared' AND details_json LIKE "
                    "'%wrong list%'")),
            1);
        run = cli({s("notice"), s("1"), s("--clear-sent"), s("again")});
        QCOMPARE(run.code, int(ExitBadInput));
        QVERIFY(run.err.contains(s("No notice")));
    }

    void refusesABatchThatIsNotSignedOff()
    {
        prepare(false);
        const QString out = m_dir->filePath(s("notice"));
        CliRun run = cli({s("notice"), s("1"), s("--out"), out, s("--mark-sent")});
        QCOMPARE(run.code, int(ExitBadInput));
        QVERIFY2(run.err.contains(s("not signed off")) && run.err.contains(s("Review")), qPrintable(run.err));
        QVERIFY(!QFile::exists(QDir(out).filePath(s("notice-list.csv"))));
        QCOMPARE(query(s("SELECT count(*) FROM batches WHERE notice_sent_at IS NULL")), 1);

        run = cli({s("notice"), s("1"), s("--out"), out, s("--json")});
        QCOMPARE(run.code, int(ExitBadInput));
        QVERIFY(run.json().value(s("error")).toString().contains(s("not signed off")));
    }

    void usageErrors()
    {
        prepare(true);
        QCOMPARE(cli({s("notice")}).code, int(ExitUsage));
        QCOMPARE(cli({s("notice"), s("1")}).code, int(ExitUsage)); // no --out
        QCOMPARE(cli({s("notice"), s("1"), s("--out"), m_dir->path(), s("--bogus")}).code, int(ExitUsage));
        QCOMPARE(
            cli({s("notice"), s("1"), s("--mark-sent"), s("--clear-sent"), s("x"), s("--out"), m_dir->path()})
                .code,
            int(ExitUsage));
        const CliRun run = cli({s("notice"), s("7"), s("--out"), m_dir->path()});
        QCOMPARE(run.code, int(ExitBadInput));
        QVERIFY(run.err.contains(s("There is no batch 7")));
        QVERIFY(cli({s("notice"), s("--help")}).out.contains(s("--mark-sent")));
        QVERIFY(cli({s("--help")}).out.contains(s("notice")));
    }
};

QTEST_GUILESS_MAIN(TestNoticeCommand)
#include "TestNoticeCommand.moc"
