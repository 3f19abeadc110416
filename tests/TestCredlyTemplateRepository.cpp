#include "storage/CredlyTemplateRepository.h"
#include "storage/Database.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace badgedesk;

namespace {

CredlyTemplate credlyTemplate(const QString& id, const QString& name, const QString& state)
{
    CredlyTemplate t;
    t.id = id;
    t.name = name;
    t.state = state;
    t.imageUrl = QStringLiteral("https://images.credly.test/%1.png").arg(id);
    return t;
}

} // namespace

class TestCredlyTemplateRepository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("templates.sqlite"))),
                 qPrintable(m_db->errorMessage()));
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void replaceAllKeepsEnvironmentsApart()
    {
        CredlyTemplateRepository repo(m_db->connection());
        const QDateTime first(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
        QVERIFY(!repo.lastSyncedAt(CredlyEnvironment::Practice).isValid());
        QVERIFY2(repo.replaceAll(CredlyEnvironment::Practice,
                                 {credlyTemplate(QStringLiteral("b"), QStringLiteral("welding II"),
                                                 QStringLiteral("active")),
                                  credlyTemplate(QStringLiteral("a"), QStringLiteral("Accounting"),
                                                 QStringLiteral("archived"))},
                                 first),
                 qPrintable(repo.error()));
        QVERIFY(repo.replaceAll(
            CredlyEnvironment::Sandbox,
            {credlyTemplate(QStringLiteral("s"), QStringLiteral("Sandbox only"), QStringLiteral("active"))},
            first));

        const auto practice = repo.all(CredlyEnvironment::Practice);
        QCOMPARE(practice.size(), 2);
        QCOMPARE(practice.at(0).name, QStringLiteral("Accounting")); // by name, case-insensitive
        QCOMPARE(practice.at(0).isActive(), false);
        QCOMPARE(practice.at(1).id, QStringLiteral("b"));
        QCOMPARE(practice.at(1).imageUrl, QStringLiteral("https://images.credly.test/b.png"));
        QCOMPARE(repo.lastSyncedAt(CredlyEnvironment::Practice), first);
        QVERIFY(!repo.byId(CredlyEnvironment::Practice, QStringLiteral("s")).has_value());
        QCOMPARE(repo.byId(CredlyEnvironment::Sandbox, QStringLiteral("s"))->name,
                 QStringLiteral("Sandbox only"));

        // A second sync replaces the environment's set as a whole.
        const QDateTime second = first.addDays(1);
        QVERIFY(repo.replaceAll(
            CredlyEnvironment::Practice,
            {credlyTemplate(QStringLiteral("c"), QStringLiteral("Carpentry"), QStringLiteral("active"))},
            second));
        QCOMPARE(repo.all(CredlyEnvironment::Practice).size(), 1);
        QCOMPARE(repo.all(CredlyEnvironment::Practice).first().syncedAt, second);
        QCOMPARE(repo.all(CredlyEnvironment::Sandbox).size(), 1);
    }

    void failedReplaceKeepsTheOldSet()
    {
        CredlyTemplateRepository repo(m_db->connection());
        const QDateTime at(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
        QVERIFY(repo.replaceAll(
            CredlyEnvironment::Practice,
            {credlyTemplate(QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("active"))}, at));
        // The same id twice breaks the primary key half way through.
        const auto dup = credlyTemplate(QStringLiteral("x"), QStringLiteral("X"), QStringLiteral("active"));
        QVERIFY(!repo.replaceAll(CredlyEnvironment::Practice, {dup, dup}, at.addDays(1)));
        QVERIFY2(repo.error().contains(QLatin1String("template x")), qPrintable(repo.error()));
        const auto kept = repo.all(CredlyEnvironment::Practice);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().id, QStringLiteral("a"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestCredlyTemplateRepository)
#include "TestCredlyTemplateRepository.moc"
