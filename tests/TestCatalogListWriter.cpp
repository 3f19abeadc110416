#include "domain/CatalogDiff.h"
#include "importing/CatalogListReader.h"
#include "importing/CsvReader.h"
#include "reports/CatalogListWriter.h"
#include "sample/SampleDataGenerator.h"
#include "storage/CatalogRepository.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
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
    e.credentialingBody = QStringLiteral("Oklahoma CareerTech");
    e.vendor = QStringLiteral("CareerTech Testing Center");
    e.credentialType = QStringLiteral("Certification");
    e.programArea = QStringLiteral("Business, Marketing & IT");
    e.effectiveDate = QDate(2024, 7, 1);
    e.careertechBadges = true;
    e.credlyTemplateId = QStringLiteral("cfaf2910-ea5f-46f1-89a5-db525dad6e58");
    return e;
}

QList<CatalogEntry> awkwardEntries()
{
    CatalogEntry quoted = entry(QStringLiteral("0042"), QStringLiteral("\"Safety First\", Level 2"));
    quoted.notes = QStringLiteral("Peña's note; uses commas, \"quotes\" and Nguyễn");
    CatalogEntry retired = entry(QStringLiteral("CMP-1101"), QStringLiteral("CompTIA A+ Core 1"));
    retired.vendorBadges = true;
    retired.careertechBadges = false;
    retired.credlyTemplateId.clear();
    retired.retiredDate = QDate(2025, 7, 1);
    retired.effectiveDate = QDate();
    CatalogEntry numericLooking = entry(QStringLiteral("12345"), QStringLiteral("Five digit code"));
    numericLooking.programArea.clear();
    return {quoted, entry(QStringLiteral("0911"), QStringLiteral("Entrepreneur")), retired, numericLooking};
}

} // namespace

class TestCatalogListWriter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("catalog.sqlite"))));
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void csvHasThePublishedColumnNames()
    {
        CatalogValidator validator;
        validator.setTemplates({{QStringLiteral("cfaf2910-ea5f-46f1-89a5-db525dad6e58"),
                                 QStringLiteral("CTTC - "
                                                "Entrepreneur"),
                                 QStringLiteral("active")}},
                               true);
        const QString path = m_dir->filePath(QStringLiteral("catalog.csv"));
        CatalogListWriter writer;
        QVERIFY2(writer.write(path, awkwardEntries(), validator), qPrintable(writer.errorMessage()));
        CsvReader csv(path);
        QVERIFY(csv.open());
        QStringList cells;
        QVERIFY(csv.readRow(&cells));
        QCOMPARE(cells, CatalogListWriter::header());
        QVERIFY(csv.readRow(&cells));
        QCOMPARE(
            cells,
            (QStringList{QStringLiteral("0042"), QStringLiteral("\"Safety First\", Level 2"),
                         QStringLiteral("Oklahoma CareerTech"), QStringLiteral("CareerTech Testing Center"),
                         QStringLiteral("Certification"), QStringLiteral("Business, Marketing & IT"),
                         QStringLiteral("2024-07-01"), QString(), QStringLiteral("N"), QStringLiteral("Y"),
                         QStringLiteral("cfaf2910-ea5f-46f1-89a5-db525dad6e58"),
                         QStringLiteral("CTTC - Entrepreneur"),
                         QStringLiteral("Peña's note; uses commas, \"quotes\" and Nguyễn")}));
    }

    void roundTripPreviewsNoChanges_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("xlsx") << QStringLiteral("xlsx");
    }

    void roundTripPreviewsNoChanges()
    {
        QFETCH(QString, extension);
        CatalogRepository repo(m_db->connection());
        CatalogDiff initial;
        initial.added = awkwardEntries();
        QVERIFY(repo.applyImport(initial, QDate(2026, 7, 1), QStringLiteral("seed"), {}) > 0);

        const QString path = m_dir->filePath(QStringLiteral("catalog.") + extension);
        CatalogListWriter writer;
        QVERIFY2(writer.write(path, repo.all(), repo.validator(m_db->environment())),
                 qPrintable(writer.errorMessage()));
        CatalogListReader reader;
        QVERIFY2(reader.read(path), qPrintable(reader.errorMessage()));
        QVERIFY(reader.problems().isEmpty());
        QVERIFY(reader.unlistedFields().isEmpty()); // the export has a column for every field
        const CatalogDiff diff =
            CatalogDiff::compute(repo.all(), reader.entries(), reader.heldCodes(), reader.listedFields());
        QVERIFY2(diff.isEmpty(),
                 diff.changed.isEmpty()
                     ? "added or missing entries"
                     : qPrintable(diff.changed.first().after.code + QLatin1Char(' ') +
                                  diff.changed.first().fields.first().field + QStringLiteral(": ") +
                                  diff.changed.first().fields.first().oldValue + QStringLiteral(" -> ") +
                                  diff.changed.first().fields.first().newValue));
        QCOMPARE(diff.unchanged, int(awkwardEntries().size()));
    }

    void sampleMessyListRoundTrips_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("extension");
        QTest::newRow("sample xlsx -> csv") << QStringLiteral("xlsx") << QStringLiteral("csv");
        QTest::newRow("sample xlsx -> xlsx") << QStringLiteral("xlsx") << QStringLiteral("xlsx");
        QTest::newRow("sample csv -> xlsx") << QStringLiteral("csv") << QStringLiteral("xlsx");
    }

    void sampleMessyListRoundTrips()
    {
        QFETCH(QString, source);
        QFETCH(QString, extension);
        SampleDataGenerator::Options options;
        options.month = QDate(2025, 10, 1);
        options.rows = 10;
        options.seed = 7;
        options.titleAndTotals = true; // a merged title row above the header
        SampleDataGenerator generator(options);
        QVERIFY2(generator.writeAll(m_dir->path()), qPrintable(generator.errorMessage()));
        const QString sample =
            m_dir->filePath(SampleDataGenerator::approvedBaseName() + QLatin1Char('.') + source);

        CatalogListReader first;
        QVERIFY2(first.read(sample), qPrintable(first.errorMessage()));
        QVERIFY(first.entries().size() >= 500);
        QStringList kinds;
        for (const auto& p : first.problems())
            kinds << p.kind;
        QVERIFY(kinds.contains(QStringLiteral("duplicate_code")));
        CatalogRepository repo(m_db->connection());
        QVERIFY(repo.applyImport(CatalogDiff::compute({}, first.entries()), QDate(2026, 7, 1),
                                 QStringLiteral("sample"), {}) > 0);

        const QString path = m_dir->filePath(QStringLiteral("export.") + extension);
        CatalogListWriter writer;
        QVERIFY2(writer.write(path, repo.all(), repo.validator(m_db->environment())),
                 qPrintable(writer.errorMessage()));
        CatalogListReader again;
        QVERIFY2(again.read(path), qPrintable(again.errorMessage()));
        QVERIFY(again.problems().isEmpty());
        const CatalogDiff diff =
            CatalogDiff::compute(repo.all(), again.entries(), again.heldCodes(), again.listedFields());
        QVERIFY(diff.added.isEmpty());
        QVERIFY(diff.missing.isEmpty());
        QVERIFY2(diff.changed.isEmpty(),
                 diff.changed.isEmpty() ? "" : qPrintable(diff.changed.first().after.code));
        QCOMPARE(diff.unchanged, int(first.entries().size()));
    }

    void refusesOtherExtensionsAndKeepsTheOldFileOnFailure()
    {
        CatalogListWriter writer;
        QVERIFY(!writer.write(m_dir->filePath(QStringLiteral("catalog.ods")), awkwardEntries(), {}));
        QCOMPARE(writer.errorMessage(),
                 QStringLiteral("Name the export file with .xlsx or .csv at the end, e.g. "
                                "catalog.xlsx."));
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("catalog.ods"))));
        // A folder that does not exist: the write fails with the path named.
        const QString nowhere = m_dir->filePath(QStringLiteral("missing/catalog.xlsx"));
        QVERIFY(!writer.write(nowhere, awkwardEntries(), {}));
        QVERIFY2(writer.errorMessage().startsWith(QStringLiteral("Could not write ") + nowhere),
                 qPrintable(writer.errorMessage()));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestCatalogListWriter)
#include "TestCatalogListWriter.moc"
