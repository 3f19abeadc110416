#include "CredlySimulator.h"
#include "credly/CredlyClient.h"
#include "credly/TemplateSync.h"
#include "storage/CatalogRepository.h"
#include "storage/CredlyTemplateRepository.h"
#include "storage/Database.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace badgedesk;

// Template sync against the simulator over loopback: every page into the cache, and the catalog
// entries whose template can no longer issue.
class TestTemplateSync : public QObject
{
    Q_OBJECT
private:
    CredlySimulator m_sim;
    const QString m_token = QStringLiteral("Tk-sync-1b7e");
    const QString m_org = QStringLiteral("org-sync");
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CredlyClient> m_client;

    SeedTemplate seed(bool archived, int skip = 0) const
    {
        for (const auto& t : CredlySimulator::seedTemplates()) {
            if (t.archived == archived && skip-- == 0)
                return t;
        }
        return {};
    }

    void addEntry(const QString& code, const QString& templateId, const QDate& retired = {})
    {
        CatalogEntry e;
        e.code = code;
        e.title = QStringLiteral("Assessment ") + code;
        e.careertechBadges = true;
        e.credlyTemplateId = templateId;
        e.effectiveDate = QDate(2024, 7, 1);
        e.retiredDate = retired;
        CatalogRepository repo(m_db->connection());
        QVERIFY2(repo.add(e, QStringLiteral("test")) > 0, qPrintable(repo.error()));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sim.setOrganizationId(m_org);
        m_sim.setToken(m_token);
        QVERIFY(m_sim.listen() != 0);
    }

    void init()
    {
        m_sim.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("sync.sqlite"))),
                 qPrintable(m_db->errorMessage()));
        m_client = std::make_unique<CredlyClient>();
        QVERIFY(m_client->setBaseUrl(m_sim.baseUrl()));
        m_client->setOrganizationId(m_org);
        m_client->setToken(m_token);
        m_client->setRetryPolicy({1, 10, 10, 1});
    }

    void cleanup()
    {
        m_client.reset();
        m_db.reset();
        m_dir.reset();
    }

    void syncFillsTheCacheAndFlagsArchivedInUse()
    {
        const SeedTemplate archived = seed(true);
        const SeedTemplate active = seed(false);
        addEntry(QStringLiteral("0101"), active.id);
        addEntry(QStringLiteral("0202"), archived.id);
        addEntry(QStringLiteral("0303"), archived.id, QDate(2020, 7, 1)); // retired: no longer matters
        addEntry(QStringLiteral("0404"), QStringLiteral("00000000-dead-beef-0000-000000000000"));
        addEntry(QStringLiteral("0505"), QString()); // no template yet: not a sync problem

        TemplateSync sync(m_client.get(), m_db->connection(), CredlyEnvironment::Practice);
        QSignalSpy finished(&sync, &TemplateSync::finished);
        sync.start();
        QVERIFY(sync.isRunning());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.count(), 1);
        const TemplateSync::Result& r = sync.result();
        QVERIFY2(r.isOk(), qPrintable(r.summary()));
        QCOMPARE(r.total, 150);
        QCOMPARE(r.active, 144);
        QCOMPARE(r.archived, 6);

        CredlyTemplateRepository cache(m_db->connection());
        QCOMPARE(cache.all(CredlyEnvironment::Practice).size(), 150);
        QCOMPARE(cache.lastSyncedAt(CredlyEnvironment::Practice),
                 r.syncedAt.toUTC().addMSecs(-r.syncedAt.time().msec()));
        QCOMPARE(cache.byId(CredlyEnvironment::Practice, archived.id)->state, QStringLiteral("archived"));
        QVERIFY(cache.all(CredlyEnvironment::Sandbox).isEmpty()); // environments never mix

        QCOMPARE(r.archivedInUse.size(), 1);
        QCOMPARE(r.archivedInUse.first().code, QStringLiteral("0202"));
        QCOMPARE(r.archivedInUse.first().templateId, archived.id);
        QCOMPARE(r.archivedInUse.first().templateName, archived.name);
        QCOMPARE(r.archivedInUse.first().templateState, QStringLiteral("archived"));
        QCOMPARE(r.unknownInUse.size(), 1);
        QCOMPARE(r.unknownInUse.first().code, QStringLiteral("0404"));
        const QString summary = r.summary();
        QVERIFY2(
            summary.startsWith(QLatin1String("150 badge templates from Credly (144 active, 6 archived).")),
            qPrintable(summary));
        QVERIFY(summary.contains(
            QLatin1String("1 catalog entries use a template that can no longer issue badges: 0202")));
        QVERIFY(summary.contains(QLatin1String("0404")));
        // Every page was fetched: 150 templates are three pages of 50.
        int pages = 0;
        for (const auto& entry : m_sim.requestLog())
            pages += entry.toObject()
                         .value(QStringLiteral("path"))
                         .toString()
                         .endsWith(QLatin1String("/badge_templates"));
        QCOMPARE(pages, 3);
    }

    void failedSyncKeepsTheLastGoodSet()
    {
        QVERIFY(
            TemplateSync(m_client.get(), m_db->connection(), CredlyEnvironment::Practice).runNow().isOk());
        CredlyTemplateRepository cache(m_db->connection());
        const QDateTime before = cache.lastSyncedAt(CredlyEnvironment::Practice);

        m_client->setToken(QStringLiteral("wrong"));
        const TemplateSync::Result r =
            TemplateSync(m_client.get(), m_db->connection(), CredlyEnvironment::Practice).runNow();
        QCOMPARE(r.error.kind, CredlyError::Kind::Authentication);
        QVERIFY(r.summary().startsWith(
            QLatin1String("The templates could not be refreshed: Credly refused the token")));
        QCOMPARE(cache.all(CredlyEnvironment::Practice).size(), 150);
        QCOMPARE(cache.lastSyncedAt(CredlyEnvironment::Practice), before);

        // A failure on the second page (the simulator throttles the second request) changes nothing either.
        m_client->setToken(m_token);
        FaultOptions f;
        f.throttleEvery = 2;
        f.retryAfterSeconds = 0;
        m_sim.setFaults(f);
        const TemplateSync::Result t =
            TemplateSync(m_client.get(), m_db->connection(), CredlyEnvironment::Practice).runNow();
        m_sim.setFaults({});
        QCOMPARE(t.error.kind, CredlyError::Kind::Throttled);
        QCOMPARE(cache.all(CredlyEnvironment::Practice).size(), 150);
        QCOMPARE(cache.lastSyncedAt(CredlyEnvironment::Practice), before);
    }

    void flagsFromTheCacheAlone()
    {
        CredlyTemplateRepository::CachedTemplate a{
            QStringLiteral("t-a"), QStringLiteral("A"), QStringLiteral("active"), false, {}, {}};
        CredlyTemplateRepository::CachedTemplate d{
            QStringLiteral("t-d"), QStringLiteral("D"), QStringLiteral("draft"), false, {}, {}};
        CatalogEntry e1;
        e1.code = QStringLiteral("1");
        e1.credlyTemplateId = QStringLiteral("t-a");
        CatalogEntry e2;
        e2.code = QStringLiteral("2");
        e2.credlyTemplateId = QStringLiteral(" t-d ");
        CatalogEntry e3;
        e3.code = QStringLiteral("3");
        e3.credlyTemplateId = QStringLiteral("t-d");
        e3.retiredDate = QDate(2026, 10, 1); // retired from today on
        TemplateSync::Result r;
        TemplateSync::flagReferences({e1, e2, e3}, {a, d}, QDate(2026, 10, 1), &r);
        QCOMPARE(r.archivedInUse.size(), 1);
        QCOMPARE(r.archivedInUse.first().code, QStringLiteral("2"));
        QCOMPARE(r.archivedInUse.first().templateState, QStringLiteral("draft"));
        QVERIFY(r.unknownInUse.isEmpty());
        TemplateSync::flagReferences({e1, e2, e3}, {a, d}, QDate(2026, 9, 30), &r);
        QCOMPARE(r.archivedInUse.size(), 2); // the day before, entry 3 still counts
    }
};

QTEST_GUILESS_MAIN(TestTemplateSync)
#include "TestTemplateSync.moc"
