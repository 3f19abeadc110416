#include "CredlySimulator.h"
#include "sample/SampleMonthLoader.h"
#include "storage/BatchRepository.h"
#include "storage/CatalogRepository.h"
#include "storage/Database.h"

#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace badgedesk;

// Practice's "Load sample month": files written, catalog filled from the sample approved list in
// one change set, the template ids those of the Practice simulator, refused outside Practice.
class TestSampleMonthLoader : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("badgedesk-practice.sqlite"))),
                 qPrintable(m_db->errorMessage()));
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void defaults()
    {
        QCOMPARE(SampleMonthLoader::defaultMonth(QDate(2026, 11, 23)), QDate(2026, 10, 1));
        QCOMPARE(SampleMonthLoader::defaultMonth(QDate(2027, 1, 5)), QDate(2026, 12, 1));
        QCOMPARE(SampleMonthLoader::defaultDirectory(m_dir->filePath(QStringLiteral("x.sqlite")),
                                                     QDate(2026, 10, 9)),
                 m_dir->filePath(QStringLiteral("practice-samples/2026-10")));
    }

    void fillsTheCatalogWithPracticeTemplates()
    {
        const SampleMonthLoader::Result r = SampleMonthLoader::load(*m_db, QDate(2026, 10, 15), {});
        QVERIFY2(r.isOk(), qPrintable(r.error));
        QCOMPARE(r.month, QDate(2026, 10, 1));
        QCOMPARE(r.directory, m_dir->filePath(QStringLiteral("practice-samples/2026-10")));
        QCOMPARE(r.monthFile, r.directory + QStringLiteral("/ctims_realtime_2026-10.csv"));
        QVERIFY(QFile::exists(r.monthFile));
        QVERIFY(QFile::exists(r.approvedFile));
        QCOMPARE(r.monthRows, 900);
        QVERIFY(r.changeSetId > 0);
        QVERIFY(r.added > 500);
        QCOMPARE(r.changed, 0);
        QCOMPARE(r.retired, 0);
        QVERIFY(!r.problems.isEmpty()); // the sample list's deliberate duplicate codes

        const QList<CatalogEntry> catalog = CatalogRepository(m_db->connection()).all();
        QCOMPARE(int(catalog.size()), r.added);
        QSet<QString> practiceIds;
        for (const auto& t : CredlySimulator::seedTemplates())
            practiceIds.insert(t.id);
        int mapped = 0;
        for (const CatalogEntry& e : catalog) {
            if (e.credlyTemplateId.isEmpty())
                continue;
            ++mapped;
            QVERIFY2(practiceIds.contains(e.credlyTemplateId), qPrintable(e.code));
        }
        QVERIFY(mapped >= 140); // every badged entry but the one the sample leaves unmapped
        QVERIFY2(r.summary().contains(QStringLiteral("Catalog: %1 added, 0 changed, 0 retired").arg(r.added)),
                 qPrintable(r.summary()));

        // Loading again changes nothing.
        const SampleMonthLoader::Result again = SampleMonthLoader::load(*m_db, QDate(2026, 10, 1), {});
        QVERIFY(again.isOk());
        QCOMPARE(again.changeSetId, 0);
        QVERIFY(again.summary().contains(QStringLiteral("already matches")));
        QCOMPARE(CatalogRepository(m_db->connection()).all().size(), catalog.size());
    }

    void refusedOutsidePractice()
    {
        QVERIFY(m_db->setEnvironment(CredlyEnvironment::Production));
        const QString folder = m_dir->filePath(QStringLiteral("samples"));
        const SampleMonthLoader::Result r = SampleMonthLoader::load(*m_db, QDate(2026, 10, 1), folder);
        QVERIFY(!r.isOk());
        QVERIFY2(r.error.contains(QStringLiteral("only in the Practice environment")), qPrintable(r.error));
        QVERIFY(CatalogRepository(m_db->connection()).all().isEmpty());
        QVERIFY(!QFile::exists(folder));
    }

    void monthFileFillsABatchOnce()
    {
        const QString folder = m_dir->filePath(QStringLiteral("samples"));
        const SampleMonthLoader::Result r = SampleMonthLoader::load(*m_db, QDate(2026, 10, 1), folder);
        QVERIFY2(r.isOk(), qPrintable(r.error));
        QString message;
        qint64 batch = 0;
        QVERIFY2(SampleMonthLoader::importMonthIntoBatch(*m_db, r.monthFile, &message, &batch),
                 qPrintable(message));
        QVERIFY(batch > 0);
        QVERIFY2(
            message.startsWith(
                QStringLiteral("Imported ctims_realtime_2026-10.csv as batch %1 (month 2026-10)").arg(batch)),
            qPrintable(message));
        const auto batches = BatchRepository(m_db->connection()).all();
        QCOMPARE(batches.size(), 1);
        QCOMPARE(batches.first().id, batch);
        QCOMPARE(batches.first().month, QStringLiteral("2026-10"));
        QVERIFY(batches.first().rows > 0);
        QVERIFY(batches.first().rows <= r.monthRows); // rows repeated in the file count once

        // Loading it again finds the same batch and adds nothing.
        qint64 again = 0;
        QVERIFY(SampleMonthLoader::importMonthIntoBatch(*m_db, r.monthFile, &message, &again));
        QCOMPARE(again, batch);
        QVERIFY2(message.contains(QStringLiteral("was already imported on")), qPrintable(message));
        QCOMPARE(BatchRepository(m_db->connection()).all().size(), 1);
        QCOMPARE(BatchRepository(m_db->connection()).all().first().rows, batches.first().rows);

        // A file that is not there: false, and the message says so.
        QVERIFY(!SampleMonthLoader::importMonthIntoBatch(
            *m_db, m_dir->filePath(QStringLiteral("missing.csv")), &message, &again));
        QVERIFY(!message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSampleMonthLoader)
#include "TestSampleMonthLoader.moc"
