#include "notices/NoticeTemplateRepository.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace badgedesk;

namespace {
QString s(const char* text)
{
    return QString::fromUtf8(text);
}
} // namespace

// The notice texts per language: edited, stored, audited, and the defaults restorable.
class TestNoticeTemplateRepository : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    int count(const QString& sql) const
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(s("templates.sqlite"))));
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void editedPerLanguageAndRestored()
    {
        NoticeTemplateRepository repo(m_db->connection());
        QCOMPARE(repo.get(s("es")), NoticeTemplate::defaultFor(s("es")));
        QVERIFY(!repo.isCustomised(s("es")));

        NoticeTemplate es = repo.get(s("es"));
        es.subject = s("Su insignia {{badge_name}}");
        QVERIFY2(repo.save(es, s("ana")), qPrintable(repo.error()));
        QVERIFY(repo.isCustomised(s("es")));
        QCOMPARE(repo.get(s("es")).subject, s("Su insignia {{badge_name}}"));
        QCOMPARE(repo.get(s("es")).body, NoticeTemplate::defaultFor(s("es")).body);
        QCOMPARE(repo.get(s("en")), NoticeTemplate::defaultFor(s("en"))); // the other language untouched
        QCOMPARE(count(s("SELECT count(*) FROM audit_log WHERE action = 'notice_template' AND subject = "
                         "'notice:es' AND actor = 'ana'")),
                 1);

        // Survives reopening the database.
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(s("templates.sqlite"))));
        NoticeTemplateRepository reopened(m_db->connection());
        QCOMPARE(reopened.get(s("es")).subject, s("Su insignia {{badge_name}}"));

        QVERIFY(reopened.restoreDefault(s("es"), s("ana")));
        QCOMPARE(reopened.get(s("es")), NoticeTemplate::defaultFor(s("es")));
        QVERIFY(!reopened.isCustomised(s("es")));
        QCOMPARE(count(s("SELECT count(*) FROM audit_log WHERE action = 'notice_template' AND details_json "
                         "LIKE '%restored_default%'")),
                 1);
    }

    void savingTheDefaultStoresNothing()
    {
        NoticeTemplateRepository repo(m_db->connection());
        QVERIFY(repo.save(NoticeTemplate::defaultFor(s("en")), s("ana")));
        QVERIFY(!repo.isCustomised(s("en")));
        QCOMPARE(count(s("SELECT count(*) FROM notice_templates")), 0);
    }

    void refusesEmptyOrUnknown()
    {
        NoticeTemplateRepository repo(m_db->connection());
        NoticeTemplate t = NoticeTemplate::defaultFor(s("en"));
        t.body = s("  \n ");
        QVERIFY(!repo.save(t, s("ana")));
        QVERIFY(repo.error().contains(s("subject and a message")));
        t = NoticeTemplate::defaultFor(s("en"));
        t.language = s("fr");
        t.subject = s("Votre badge");
        QVERIFY(!repo.save(t, s("ana")));
        QVERIFY(repo.error().contains(s("English or Spanish")));
        QCOMPARE(count(s("SELECT count(*) FROM notice_templates")), 0);
        QCOMPARE(count(s("SELECT count(*) FROM audit_log")), 0);
    }
};

QTEST_GUILESS_MAIN(TestNoticeTemplateRepository)
#include "TestNoticeTemplateRepository.moc"
