#include "IssuingFixture.h"
#include "importing/CsvReader.h"
#include "issuing/IssueGate.h"
#include "notices/NoticeList.h"
#include "notices/NoticeRepository.h"
#include "notices/NoticeTemplateRepository.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace badgedesk;
using namespace badgedesk::testing;

namespace {
QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// Debian's python3 has python3-openpyxl; a python earlier in PATH may not.
QString python()
{
    return QFile::exists(s("/usr/bin/python3")) ? s("/usr/bin/python3") : s("python3");
}

const char* const kReadBack = R"PY(
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.active
rows = []
for row in ws.iter_rows():
    rows.append([{"v": (c.value.isoformat() if hasattr(c.value, "isoformat") else c.value),
                  "t": c.data_type} for c in row])
print(json.dumps({"sheet": ws.title, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref, "rows": rows}))
)PY";
} // namespace

// The mail-merge list of a signed-off batch: only approved rows, the expected issue date, the
// badge name, each row's language, and files that Excel (read back with openpyxl) and a CSV
// reader see exactly, with formula-looking names kept as text.
class TestNoticeList : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    // Batch 1: rows 1-4 approved (T000, T001), then a rejected and an excluded row; signed off
    // after the tweaks each test asks for.
    void makeSignedOffBatch(const QStringList& extraSql = {})
    {
        BatchSpec spec;
        spec.rows = 4;
        spec.templateIds = {seedTemplate(false).id, seedTemplate(false, 1).id};
        spec.signOff = false;
        spec.noticeDaysAgo = -1;
        QCOMPARE(makeBatch(*m_db, spec), QString());
        QString error;
        for (const QString& sql :
             QStringList{
                 s("UPDATE certifications SET school_name = 'Tulsa Tech', assessment_title = "
                   "'Assessment ' || assessment_code"),
                 s("INSERT INTO certifications(id, batch_id, import_file_id, source_row, raw_json, "
                   "row_key, first_name, last_name, email, assessment_code, status, reason, updated_at) "
                   "VALUES(50, 1, 1, 60, '[]', 'k50', 'Rex', 'Rejected', 'rex@example.org', 'T000', "
                   "'rejected', NULL, '2026-10-01'), (51, 1, 1, 61, '[]', 'k51', 'Ed', 'Excluded', "
                   "'ed@example.org', 'T000', 'excluded', 'not_on_list', '2026-10-01')")} +
                 extraSql)
            QVERIFY2(exec(*m_db, sql, &error), qPrintable(error));
        SignOffRepository signOff(m_db->connection());
        QVERIFY2(signOff.signOff(1, s("tester")), qPrintable(signOff.error()));
    }

    NoticeList build(const QDate& noticeDate = QDate(2026, 10, 5))
    {
        NoticeList::Options options;
        options.environment = CredlyEnvironment::Practice;
        options.noticeDate = noticeDate;
        return NoticeList::build(m_db->connection(), 1, options);
    }

    QJsonObject readBack(const QString& path)
    {
        QProcess p;
        p.start(python(), {s("-c"), QString::fromUtf8(kReadBack), path});
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning().noquote() << p.readAllStandardError();
            return {};
        }
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(s("notice.sqlite"))));
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void onlyApprovedRowsWithTheExpectedDate()
    {
        makeSignedOffBatch({s("UPDATE certifications SET last_name = 'Zeta' WHERE id = 1"),
                            s("UPDATE certifications SET language = 'es' WHERE id = 2")});
        // The template name as Credly has it, for T000's template; T001's is not cached.
        QString error;
        QVERIFY2(
            exec(*m_db,
                 s("INSERT INTO credly_templates(environment, id, name, state, synced_at) VALUES('practice', "
                   "'%1', 'Certified Welder (Level 1)', 'active', '2026-10-01')")
                     .arg(seedTemplate(false).id),
                 &error),
            qPrintable(error));
        QVERIFY(IssueGate::setNoticeWaitDays(m_db->connection(), 3));
        const NoticeList list = build(QDate(2026, 10, 5));
        QVERIFY2(list.isValid(), qPrintable(list.problem()));
        QCOMPARE(list.noticeDate(), QDate(2026, 10, 5));
        QCOMPARE(list.expectedIssueDate(), QDate(2026, 10, 8));
        QCOMPARE(list.rows().size(), 4); // not the rejected or the excluded row
        // Sorted by last name, then first name: the Diaz rows (Ana2, Ana3, Ana4), then Zeta.
        QStringList names;
        for (const auto& r : list.rows())
            names << r.firstName + QLatin1Char(' ') + r.lastName;
        QCOMPARE(names, (QStringList{s("Ana2 Diaz"), s("Ana3 Diaz"), s("Ana4 Diaz"), s("Ana1 Zeta")}));
        const NoticeList::Row& spanish = list.rows().at(0);
        QCOMPARE(spanish.certificationId, 2);
        QCOMPARE(spanish.email, s("student2@example.org"));
        QCOMPARE(spanish.language, s("es"));
        QCOMPARE(spanish.badgeName, s("Assessment T001")); // T001's template is not cached: the title
        QCOMPARE(spanish.assessmentTitle, s("Assessment T001"));
        QCOMPARE(spanish.schoolName, s("Tulsa Tech"));
        QCOMPARE(spanish.expectedIssueDate, QDate(2026, 10, 8));
        QCOMPARE(list.rows().at(1).badgeName, s("Certified Welder (Level 1)"));
        QCOMPARE(list.rows().at(1).language, s("en"));
        QCOMPARE(list.languageCounts().value(s("es")), 1);
        QCOMPARE(list.languageCounts().value(s("en")), 3);

        QCOMPARE(NoticeList::cells(spanish),
                 (QStringList{s("Ana2"), s("Diaz"), s("student2@example.org"), s("Assessment T001"),
                              s("Assessment T001"), s("Tulsa Tech"), s("2026-10-08"),
                              s("8 de octubre de 2026"), s("es")}));

        // The batch's default language applies to rows without one.
        QVERIFY(NoticeRepository(m_db->connection()).setBatchLanguage(1, s("es")));
        QCOMPARE(build().languageCounts().value(s("es")), 4);
    }

    void recordedNoticeDateWins()
    {
        makeSignedOffBatch();
        NoticeRepository notices(m_db->connection());
        QVERIFY2(notices.markSent(1, 4, s("ana"), QDateTime(QDate(2026, 9, 30), QTime(15, 0), Qt::LocalTime)),
                 qPrintable(notices.error()));
        const NoticeList list = build(QDate(2026, 10, 20));
        QCOMPARE(list.noticeDate(), QDate(2026, 9, 30));
        QCOMPARE(list.expectedIssueDate(), QDate(2026, 10, 3)); // default wait: 3 days
    }

    void refusesWhatIsNotSignedOff()
    {
        BatchSpec spec;
        spec.rows = 2;
        spec.templateIds = {seedTemplate(false).id};
        spec.signOff = false;
        QCOMPARE(makeBatch(*m_db, spec), QString());
        NoticeList list = build();
        QVERIFY(!list.isValid());
        QVERIFY2(list.problem().contains(s("not signed off")), qPrintable(list.problem()));
        QVERIFY(list.rows().isEmpty());

        QVERIFY(SignOffRepository(m_db->connection()).signOff(1, s("tester")));
        QVERIFY(build().isValid());
        QVERIFY(exec(*m_db, s("UPDATE certifications SET email = 'new@example.org' WHERE id = 1")));
        list = build();
        QVERIFY2(list.problem().contains(s("voided")), qPrintable(list.problem()));

        NoticeList::Options options;
        QVERIFY(NoticeList::build(m_db->connection(), 99, options).problem().contains(s("no such batch")));
    }

    void rendersEachRowInItsLanguage()
    {
        makeSignedOffBatch({s("UPDATE certifications SET language = 'es' WHERE id = 2")});
        const NoticeList list = build(QDate(2026, 10, 5));
        NoticeTemplateRepository templates(m_db->connection());
        const NoticeList::Row& es = list.rows().at(1);
        const auto rendered = list.render(es, templates.get(es.language));
        QVERIFY2(rendered.isComplete(), qPrintable(rendered.missing.join(QLatin1Char(','))));
        QVERIFY(rendered.body.startsWith(s("Estimado/a Ana2 Diaz:")));
        QVERIFY(rendered.body.contains(s("A partir del 8 de octubre de 2026")));
        QVERIFY(rendered.body.contains(s("Oklahoma CareerTech")));
        const NoticeList::Row& en = list.rows().at(0);
        QVERIFY(list.render(en, templates.get(en.language)).body.contains(s("On or after October 8, 2026")));

        NoticeRepository(m_db->connection()).setAgencyName(s("Agency of Tests"));
        QCOMPARE(build().valuesFor(en).value(s("agency_name")), s("Agency of Tests"));
    }

    // XLSX read back with openpyxl (a reader we did not write) and the CSV with ours: the same
    // cells, a real date, text that looks like a formula kept as text.
    void filesReadBackExactly()
    {
        makeSignedOffBatch(
            {s("UPDATE certifications SET first_name = '=HYPERLINK(\"http://evil.test\",\"x\")', "
               "last_name = '+1-2', school_name = '@SUM(A1)' WHERE id = 1"),
             s("UPDATE certifications SET last_name = '-Dash', first_name = '\tTab' WHERE id = 3"),
             s("UPDATE certifications SET last_name = 'Ñúñez', first_name = 'José' WHERE id = 4")});
        const NoticeList list = build(QDate(2026, 10, 5));
        QVERIFY(list.isValid());
        const QString xlsx = m_dir->filePath(s("out/notice.xlsx"));
        const QString csv = m_dir->filePath(s("out/notice.csv"));
        QVERIFY(QDir().mkpath(m_dir->filePath(s("out"))));
        QString error;
        QVERIFY2(list.writeXlsx(xlsx, &error), qPrintable(error));
        QVERIFY2(list.writeCsv(csv, &error), qPrintable(error));

        const QJsonObject book = readBack(xlsx);
        QVERIFY2(!book.isEmpty(), "openpyxl could not read the workbook (python3-openpyxl installed?)");
        QCOMPARE(book.value(s("sheet")).toString(), s("Notice List"));
        QCOMPARE(book.value(s("freeze")).toString(), s("A2"));
        QCOMPARE(book.value(s("filter")).toString(), s("A1:I5"));
        const QJsonArray rows = book.value(s("rows")).toArray();
        QCOMPARE(rows.size(), 5);
        QStringList header;
        for (const QJsonValue& c : rows.at(0).toArray())
            header << c.toObject().value(s("v")).toString();
        QCOMPARE(header, NoticeList::header());
        QHash<QString, QJsonArray> byEmail;
        for (int i = 1; i < rows.size(); ++i) {
            const QJsonArray r = rows.at(i).toArray();
            byEmail.insert(r.at(2).toObject().value(s("v")).toString(), r);
        }
        const QJsonArray evil = byEmail.value(s("student1@example.org"));
        QCOMPARE(evil.at(0).toObject().value(s("v")).toString(), s("=HYPERLINK(\"http://evil.test\",\"x\")"));
        QCOMPARE(evil.at(0).toObject().value(s("t")).toString(), s("s")); // a string, not a formula
        QCOMPARE(evil.at(1).toObject().value(s("v")).toString(), s("+1-2"));
        QCOMPARE(evil.at(1).toObject().value(s("t")).toString(), s("s"));
        QCOMPARE(evil.at(5).toObject().value(s("v")).toString(), s("@SUM(A1)"));
        QCOMPARE(evil.at(6).toObject().value(s("t")).toString(), s("d")); // a real date
        QCOMPARE(evil.at(6).toObject().value(s("v")).toString(), s("2026-10-08T00:00:00"));
        QCOMPARE(evil.at(7).toObject().value(s("v")).toString(), s("October 8, 2026"));
        const QJsonArray tab = byEmail.value(s("student3@example.org"));
        QCOMPARE(tab.at(0).toObject().value(s("v")).toString(), s("\tTab"));
        QCOMPARE(tab.at(1).toObject().value(s("v")).toString(), s("-Dash"));
        QCOMPARE(byEmail.value(s("student4@example.org")).at(1).toObject().value(s("v")).toString(),
                 s("Ñúñez"));

        // The CSV: our reader sees the guarded text, a spreadsheet shows it as text.
        CsvReader reader(csv);
        QVERIFY2(reader.open(), qPrintable(reader.errorString()));
        QList<QStringList> table;
        QStringList record;
        while (reader.readRow(&record))
            table << record;
        QCOMPARE(table.size(), 5);
        QCOMPARE(table.at(0), NoticeList::header());
        QHash<QString, QStringList> csvByEmail;
        for (int i = 1; i < table.size(); ++i)
            csvByEmail.insert(table.at(i).at(2), table.at(i));
        QCOMPARE(csvByEmail.value(s("student1@example.org")),
                 (QStringList{s("'=HYPERLINK(\"http://evil.test\",\"x\")"), s("'+1-2"),
                              s("student1@example.org"), s("Assessment T000"), s("Assessment T000"),
                              s("'@SUM(A1)"), s("2026-10-08"), s("October 8, 2026"), s("en")}));
        QCOMPARE(csvByEmail.value(s("student3@example.org")).mid(0, 2),
                 (QStringList{s("'\tTab"), s("'-Dash")}));
        QCOMPARE(csvByEmail.value(s("student4@example.org")).mid(0, 2), (QStringList{s("José"), s("Ñúñez")}));
        QFile raw(csv);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(raw.readAll().startsWith("\xEF\xBB\xBF"
                                         "First Name,Last Name,Email,"));
    }

    void messagesFileHasEveryRenderedMessage()
    {
        makeSignedOffBatch({s("UPDATE certifications SET language = 'es' WHERE id = 2")});
        const NoticeList list = build(QDate(2026, 10, 5));
        QHash<QString, NoticeTemplate> templates;
        NoticeTemplate custom = NoticeTemplate::defaultFor(s("en"));
        custom.subject = s("Badge for {{first_name}}");
        custom.body = s("Hi {{first_name}}, {{badge_name}} on {{issue_date}}.");
        templates.insert(s("en"), custom);
        const QString path = m_dir->filePath(s("messages.csv"));
        QString error;
        QVERIFY2(list.writeMessagesCsv(path, templates, &error), qPrintable(error));
        CsvReader reader(path);
        QVERIFY(reader.open());
        QList<QStringList> table;
        QStringList record;
        while (reader.readRow(&record))
            table << record;
        QCOMPARE(table.size(), 5);
        QCOMPARE(table.at(0), (QStringList{s("Email"), s("First Name"), s("Last Name"), s("Language"),
                                           s("Subject"), s("Message")}));
        QCOMPARE(table.at(2).mid(0, 5),
                 (QStringList{s("student2@example.org"), s("Ana2"), s("Diaz"), s("es"),
                              s("Su insignia digital Assessment T001 está en camino")}));
        QVERIFY(table.at(2).at(5).contains(s("\n\nUna insignia digital"))); // newlines kept in the cell
        QCOMPARE(table.at(1).mid(3), (QStringList{s("en"), s("Badge for Ana1"),
                                                  s("Hi Ana1, Assessment T000 on October 8, 2026.")}));
    }
};

QTEST_GUILESS_MAIN(TestNoticeList)
#include "TestNoticeList.moc"
