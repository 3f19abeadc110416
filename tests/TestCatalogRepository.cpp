#include "domain/CatalogDiff.h"
#include "storage/CatalogChangeNotifier.h"
#include "storage/CatalogRepository.h"
#include "storage/CredlyTemplateRepository.h"
#include "storage/Database.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace badgedesk;

namespace {

CatalogEntry entry(const QString& code, const QString& title)
{
    CatalogEntry e;
    e.code = code;
    e.title = title;
    e.vendor = QStringLiteral("CareerTech Testing Center");
    e.careertechBadges = true;
    e.effectiveDate = QDate(2024, 7, 1);
    return e;
}

QStringList codes(const QList<CatalogEntry>& entries)
{
    QStringList list;
    for (const auto& e : entries)
        list << e.code + (e.retiredDate.isValid() ? QStringLiteral("(r)") : QString());
    return list;
}

} // namespace

class TestCatalogRepository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("catalog.sqlite"))),
                 qPrintable(m_db->errorMessage()));
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void addEditUndoWithHistory()
    {
        CatalogRepository repo(m_db->connection());
        const qint64 added =
            repo.add(entry(QStringLiteral("0911"), QStringLiteral("Entrepreneur")), QStringLiteral("ana"));
        QVERIFY2(added > 0, qPrintable(repo.error()));
        QCOMPARE(repo.add(entry(QStringLiteral("0911"), QStringLiteral("Again")), QStringLiteral("ana")), 0);
        QVERIFY(repo.error().contains(QStringLiteral("already in the catalog")));

        CatalogEntry edited = *repo.byCode(QStringLiteral("0911"));
        edited.title = QStringLiteral("Entrepreneurship");
        edited.credlyTemplateId = QStringLiteral("cfaf2910-ea5f-46f1-89a5-db525dad6e58");
        const qint64 edit = repo.update({edited}, QStringLiteral("ana"));
        QVERIFY2(edit > added, qPrintable(repo.error()));
        QCOMPARE(repo.byCode(QStringLiteral("0911"))->title, QStringLiteral("Entrepreneurship"));

        const auto history = repo.history(QStringLiteral("0911"));
        QCOMPARE(history.size(), 3); // added + two fields
        QCOMPARE(history.at(0).action, QStringLiteral("added"));
        QCOMPARE(history.at(1).field, QStringLiteral("title"));
        QCOMPARE(history.at(1).oldValue, QStringLiteral("Entrepreneur"));
        QCOMPARE(history.at(1).newValue, QStringLiteral("Entrepreneurship"));
        QCOMPARE(history.at(2).field, QStringLiteral("credly_template_id"));
        QCOMPARE(history.at(2).actor, QStringLiteral("ana"));

        QVERIFY(repo.undo(edit, QStringLiteral("ana")) > 0);
        const auto restored = repo.byCode(QStringLiteral("0911"));
        QCOMPARE(restored->title, QStringLiteral("Entrepreneur"));
        QVERIFY(restored->credlyTemplateId.isEmpty());
        QCOMPARE(repo.history(QStringLiteral("0911")).last().kind, QStringLiteral("undo"));

        QVERIFY(repo.undo(added, QStringLiteral("ana")) > 0);
        QVERIFY(!repo.byCode(QStringLiteral("0911")));
        QCOMPARE(repo.history(QStringLiteral("0911")).last().action, QStringLiteral("removed"));
    }

    void bulkEditIsOneStep()
    {
        CatalogRepository repo(m_db->connection());
        for (const QString& code : {QStringLiteral("8005"), QStringLiteral("8006"), QStringLiteral("8007")})
            QVERIFY(repo.add(entry(code, QStringLiteral("Administrator ") + code), {}) > 0);
        QList<CatalogEntry> selection = repo.all();
        for (auto& e : selection)
            e.vendorBadges = true;
        const qint64 bulk = repo.update(selection, QStringLiteral("ana"), QStringLiteral("Vendor badges"));
        QVERIFY(bulk > 0);
        for (const auto& e : repo.all())
            QVERIFY(e.vendorBadges);
        QVERIFY(repo.undo(bulk, {}) > 0);
        for (const auto& e : repo.all())
            QVERIFY2(!e.vendorBadges, qPrintable(e.code));
    }

    void undoIsRefusedWhenALaterEditWouldBeLost()
    {
        CatalogRepository repo(m_db->connection());
        QVERIFY(repo.add(entry(QStringLiteral("0911"), QStringLiteral("A")), {}) > 0);
        CatalogEntry e = *repo.byCode(QStringLiteral("0911"));
        e.title = QStringLiteral("B");
        const qint64 first = repo.update({e}, {});
        e.title = QStringLiteral("C");
        QVERIFY(repo.update({e}, {}) > first);
        QCOMPARE(repo.undo(first, {}), 0);
        QVERIFY(repo.error().contains(QStringLiteral("changed since")));
        QCOMPARE(repo.byCode(QStringLiteral("0911"))->title, QStringLiteral("C"));
    }

    void importAppliesInOneTransactionAndUndoesAsOneStep()
    {
        CatalogRepository repo(m_db->connection());
        QVERIFY(repo.add(entry(QStringLiteral("0911"), QStringLiteral("Entrepreneur")), {}) > 0);
        QVERIFY(repo.add(entry(QStringLiteral("8006"), QStringLiteral("Assistant Admin")), {}) > 0);

        CatalogEntry changed = entry(QStringLiteral("0911"), QStringLiteral("Entrepreneurship"));
        const CatalogDiff diff = CatalogDiff::compute(
            repo.all(), {changed, entry(QStringLiteral("41401"), QStringLiteral("Microcomputer"))});
        QCOMPARE(diff.added.size(), 1);
        QCOMPARE(diff.changed.size(), 1);
        QCOMPARE(diff.missing.size(), 1);

        const qint64 import = repo.applyImport(diff, QDate(2026, 7, 1),
                                               QStringLiteral("approved_FY2027.xlsx"), QStringLiteral("ana"));
        QVERIFY2(import > 0, qPrintable(repo.error()));
        QCOMPARE(codes(repo.all()),
                 (QStringList{QStringLiteral("0911"), QStringLiteral("41401"), QStringLiteral("8006(r)")}));
        QCOMPARE(repo.byCode(QStringLiteral("8006"))->retiredDate, QDate(2026, 7, 1));
        const auto h = repo.history(QStringLiteral("8006")).last();
        QCOMPARE(h.action, QStringLiteral("retired"));
        QCOMPARE(h.source, QStringLiteral("approved_FY2027.xlsx"));
        QCOMPARE(h.field, QStringLiteral("retired_date"));
        QCOMPARE(h.newValue, QStringLiteral("2026-07-01"));

        // Round trip: the same list again changes nothing.
        QVERIFY(CatalogDiff::compute(
                    repo.all(), {changed, entry(QStringLiteral("41401"), QStringLiteral("Microcomputer"))})
                    .changed.isEmpty());

        QVERIFY(repo.undo(import, {}) > 0);
        QCOMPARE(codes(repo.all()), (QStringList{QStringLiteral("0911"), QStringLiteral("8006")}));
        QCOMPARE(repo.byCode(QStringLiteral("0911"))->title, QStringLiteral("Entrepreneur"));
    }

    void failedImportWritesNothing()
    {
        CatalogRepository repo(m_db->connection());
        QVERIFY(repo.add(entry(QStringLiteral("0911"), QStringLiteral("Entrepreneur")), {}) > 0);
        CatalogDiff diff;
        diff.added << entry(QStringLiteral("1000"), QStringLiteral("Fine"));
        diff.added << entry(QStringLiteral("1001"), QStringLiteral("Fine too"));
        // The second 1001 fails the UNIQUE constraint half way through: all of it is rolled back.
        diff.added << entry(QStringLiteral("1001"), QStringLiteral("Clashes with the row before"));
        QCOMPARE(repo.applyImport(diff, QDate(2026, 7, 1), QStringLiteral("bad.csv"), {}), 0);
        QVERIFY2(repo.error().contains(QStringLiteral("1001")), qPrintable(repo.error()));
        QCOMPARE(codes(repo.all()), QStringList{QStringLiteral("0911")});
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM catalog_change_sets")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void importIsRefusedWhenTheCatalogMovedOnSincePreview()
    {
        CatalogRepository repo(m_db->connection());
        QVERIFY(repo.add(entry(QStringLiteral("0911"), QStringLiteral("Entrepreneur")), {}) > 0);
        QVERIFY(repo.add(entry(QStringLiteral("8006"), QStringLiteral("Assistant Admin")), {}) > 0);
        const CatalogDiff diff = CatalogDiff::compute(
            repo.all(), {entry(QStringLiteral("0911"), QStringLiteral("Entrepreneurship"))});
        QCOMPARE(diff.changed.size(), 1);
        QCOMPARE(diff.missing.size(), 1);

        CatalogEntry edited = *repo.byCode(QStringLiteral("8006"));
        edited.notes = QStringLiteral("edited in another window");
        QVERIFY(repo.update({edited}, {}) > 0);
        QCOMPARE(repo.applyImport(diff, QDate(2026, 7, 1), QStringLiteral("list.csv"), {}), 0);
        QCOMPARE(repo.error(),
                 QStringLiteral("The catalog changed after the preview was made (8006). Import the "
                                "list again to see an up-to-date preview."));
        QCOMPARE(repo.byCode(QStringLiteral("0911"))->title, QStringLiteral("Entrepreneur"));
        QVERIFY(!repo.byCode(QStringLiteral("8006"))->retiredDate.isValid());

        // Missing entries need a retirement date.
        const CatalogDiff fresh = CatalogDiff::compute(
            repo.all(), {entry(QStringLiteral("0911"), QStringLiteral("Entrepreneurship"))});
        QCOMPARE(repo.applyImport(fresh, QDate(), QStringLiteral("list.csv"), {}), 0);
        QVERIFY(repo.error().startsWith(QStringLiteral("Choose the date")));
        QVERIFY(repo.applyImport(fresh, QDate(2026, 7, 1), QStringLiteral("list.csv"), {}) > 0);
    }

    void deleteOnlyWhileUnused()
    {
        CatalogRepository repo(m_db->connection());
        QVERIFY(repo.add(entry(QStringLiteral("0911"), QStringLiteral("Entrepreneur")), {}) > 0);
        QVERIFY(repo.add(entry(QStringLiteral("9999"), QStringLiteral("Typo entry")), {}) > 0);
        insertCertification(QStringLiteral("0911"), 1);
        insertCertification(QStringLiteral("0911"), 2);
        QCOMPARE(repo.usage().value(QStringLiteral("0911")), 2);
        QVERIFY(!repo.usage().contains(QStringLiteral("9999")));

        QCOMPARE(repo.remove({QStringLiteral("9999"), QStringLiteral("0911")}, {}), 0);
        QCOMPARE(repo.error(),
                 QStringLiteral("0911 is used by imported certification rows (2), so it stays in the "
                                "catalog: retire it instead."));
        QCOMPARE(codes(repo.all()), (QStringList{QStringLiteral("0911"), QStringLiteral("9999")}));

        const qint64 removed = repo.remove({QStringLiteral("9999")}, QStringLiteral("ana"));
        QVERIFY2(removed > 0, qPrintable(repo.error()));
        QCOMPARE(codes(repo.all()), QStringList{QStringLiteral("0911")});
        QCOMPARE(repo.history(QStringLiteral("9999")).last().action, QStringLiteral("removed"));
        QVERIFY(repo.undo(removed, {}) > 0);
        QCOMPARE(repo.byCode(QStringLiteral("9999"))->title, QStringLiteral("Typo entry"));
    }

    void notifierAnnouncesTheCodesOfEachCommittedChange()
    {
        CatalogChangeNotifier notifier;
        QSignalSpy spy(&notifier, &CatalogChangeNotifier::catalogChanged);
        CatalogRepository repo(m_db->connection(), &notifier);
        const qint64 added = repo.add(entry(QStringLiteral("8005"), QStringLiteral("Administrator")), {});
        QVERIFY(repo.add(entry(QStringLiteral("0911"), QStringLiteral("Entrepreneur")), {}) > 0);
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(0).at(0).toLongLong(), added);
        QCOMPARE(spy.at(0).at(1).toStringList(), QStringList{QStringLiteral("8005")});

        // A bulk edit: one signal, every code, sorted.
        QList<CatalogEntry> all = repo.all();
        for (auto& e : all)
            e.vendorBadges = true;
        QVERIFY(repo.update(all, {}) > 0);
        QCOMPARE(spy.size(), 3);
        QCOMPARE(spy.at(2).at(1).toStringList(),
                 (QStringList{QStringLiteral("0911"), QStringLiteral("8005")}));

        // An import and its undo.
        const CatalogDiff diff =
            CatalogDiff::compute(repo.all(), {repo.byCode(QStringLiteral("0911")).value(),
                                              entry(QStringLiteral("41401"), QStringLiteral("New"))});
        const qint64 import = repo.applyImport(diff, QDate(2026, 7, 1), QStringLiteral("list.xlsx"), {});
        QVERIFY(import > 0);
        QCOMPARE(spy.size(), 4);
        QCOMPARE(spy.at(3).at(1).toStringList(),
                 (QStringList{QStringLiteral("41401"), QStringLiteral("8005")}));
        const qint64 undone = repo.undo(import, {});
        QVERIFY(undone > 0);
        QCOMPARE(spy.size(), 5);
        QCOMPARE(spy.at(4).at(0).toLongLong(), undone);
        QCOMPARE(spy.at(4).at(1).toStringList(),
                 (QStringList{QStringLiteral("41401"), QStringLiteral("8005")}));

        // Refused writes announce nothing.
        QCOMPARE(repo.undo(import, {}), 0); // already undone: 41401 is gone
        QCOMPARE(repo.add(entry(QStringLiteral("0911"), QStringLiteral("Again")), {}), 0);
        QCOMPARE(spy.size(), 5);
    }

    void validatorUsesTheEnvironmentsTemplates()
    {
        CatalogRepository repo(m_db->connection());
        QCOMPARE(repo.validator(CredlyEnvironment::Practice).templatesSynced(), false);
        CredlyTemplateRepository templates(m_db->connection());
        CredlyTemplate active;
        active.id = QStringLiteral("cfaf2910-ea5f-46f1-89a5-db525dad6e58");
        active.name = QStringLiteral("Entrepreneur");
        active.state = QStringLiteral("active");
        QVERIFY(templates.replaceAll(CredlyEnvironment::Practice, {active}, QDateTime::currentDateTimeUtc()));
        const CatalogValidator practice = repo.validator(CredlyEnvironment::Practice);
        QVERIFY(practice.templatesSynced());
        QCOMPARE(practice.templateLabel(active.id), QStringLiteral("Entrepreneur"));
        QVERIFY(!repo.validator(CredlyEnvironment::Production).templatesSynced());
        QVERIFY(!repo.validator(CredlyEnvironment::Production).templateFor(active.id));
    }

private:
    void insertCertification(const QString& code, int row)
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(
            q.exec(QStringLiteral("INSERT OR IGNORE INTO batches(id, month, created_at) VALUES(1, '2026-10', "
                                  "'2026-10-01T00:00:00Z')")));
        QVERIFY2(q.exec(QStringLiteral("INSERT OR IGNORE INTO import_files(id, batch_id, file_name, sha256, "
                                       "imported_at) VALUES(1, 1, 'x.csv', 'abc', '2026-10-01T00:00:00Z')")),
                 qPrintable(q.lastError().text()));
        q.prepare(QStringLiteral("INSERT INTO certifications(batch_id, import_file_id, source_row, raw_json, "
                                 "row_key, assessment_code, updated_at) VALUES(1, 1, ?, '{}', ?, ?, 'now')"));
        q.addBindValue(row);
        q.addBindValue(QStringLiteral("key-%1").arg(row));
        q.addBindValue(code);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestCatalogRepository)
#include "TestCatalogRepository.moc"
