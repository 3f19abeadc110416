#include "domain/CatalogDiff.h"

#include <QTest>

using badgedesk::CatalogDiff;
using badgedesk::CatalogEntry;

namespace {

CatalogEntry entry(const QString& code, const QString& title, qint64 id = 0)
{
    CatalogEntry e;
    e.id = id;
    e.code = code;
    e.title = title;
    e.vendor = QStringLiteral("CareerTech Testing Center");
    e.careertechBadges = true;
    return e;
}

} // namespace

class TestCatalogDiff : public QObject
{
    Q_OBJECT
private slots:
    void eachKindOfChange()
    {
        CatalogEntry retired = entry(QStringLiteral("0500"), QStringLiteral("Old Test"), 4);
        retired.retiredDate = QDate(2023, 7, 1);
        const QList<CatalogEntry> current{
            entry(QStringLiteral("0911"), QStringLiteral("Entrepreneur"), 1),
            entry(QStringLiteral("8005"), QStringLiteral("Nursing Home Admin"), 2),
            entry(QStringLiteral("8006"), QStringLiteral("Assistant Admin"), 3), retired};
        CatalogEntry changed = entry(QStringLiteral("8005"), QStringLiteral("Nursing Home Administrator"));
        changed.vendorBadges = true;
        const QList<CatalogEntry> incoming{
            entry(QStringLiteral("0911"), QStringLiteral("Entrepreneur")), changed,
            entry(QStringLiteral("41401"), QStringLiteral("Microcomputer Repair"))};

        const CatalogDiff diff = CatalogDiff::compute(current, incoming);
        QCOMPARE(diff.unchanged, 1);
        QCOMPARE(diff.added.size(), 1);
        QCOMPARE(diff.added.first().code, QStringLiteral("41401"));
        QCOMPARE(diff.changed.size(), 1);
        const auto& change = diff.changed.first();
        QCOMPARE(change.after.id, 2);
        QCOMPARE(change.fields.size(), 2);
        QCOMPARE(change.fields.at(0).field, QStringLiteral("title"));
        QCOMPARE(change.fields.at(0).oldValue, QStringLiteral("Nursing Home Admin"));
        QCOMPARE(change.fields.at(0).newValue, QStringLiteral("Nursing Home Administrator"));
        QCOMPARE(change.fields.at(1).field, QStringLiteral("vendor_badges"));
        QCOMPARE(change.fields.at(1).oldValue, QStringLiteral("0"));
        QCOMPARE(change.fields.at(1).newValue, QStringLiteral("1"));
        // 8006 is active and absent: to be retired. 0500 is already retired: left alone.
        QCOMPARE(diff.missing.size(), 1);
        QCOMPARE(diff.missing.first().code, QStringLiteral("8006"));
        QVERIFY(!diff.isEmpty());
    }

    void listWithoutRetiredDatesKeepsRetirement()
    {
        CatalogEntry retired = entry(QStringLiteral("0500"), QStringLiteral("Old Test"), 4);
        retired.retiredDate = QDate(2023, 7, 1);
        const CatalogDiff diff =
            CatalogDiff::compute({retired}, {entry(QStringLiteral("0500"), QStringLiteral("Old Test"))});
        QVERIFY(diff.isEmpty());
        QCOMPARE(diff.unchanged, 1);
    }

    void identicalListsAreEmpty()
    {
        const QList<CatalogEntry> list{entry(QStringLiteral("0911"), QStringLiteral("Entrepreneur"))};
        const CatalogDiff diff = CatalogDiff::compute(list, list);
        QVERIFY(diff.isEmpty());
        QCOMPARE(diff.unchanged, 1);
    }

    void heldCodesAreNotRetiredAndCodesListsEveryTouchedEntry()
    {
        const QList<CatalogEntry> current{entry(QStringLiteral("0911"), QStringLiteral("Entrepreneur"), 1),
                                          entry(QStringLiteral("8005"), QStringLiteral("Administrator"), 2),
                                          entry(QStringLiteral("8006"), QStringLiteral("Assistant"), 3)};
        // 8005's row was in the list but unreadable (no title): it must not be retired.
        const CatalogDiff diff =
            CatalogDiff::compute(current,
                                 {entry(QStringLiteral("0911"), QStringLiteral("Entrepreneurship")),
                                  entry(QStringLiteral("41401"), QStringLiteral("New"))},
                                 {QStringLiteral("8005")});
        QCOMPARE(diff.missing.size(), 1);
        QCOMPARE(diff.missing.first().code, QStringLiteral("8006"));
        QCOMPARE(diff.codes(),
                 (QStringList{QStringLiteral("41401"), QStringLiteral("0911"), QStringLiteral("8006")}));
    }

    void fieldsTheListHasNoColumnForAreKept()
    {
        CatalogEntry mapped = entry(QStringLiteral("0911"), QStringLiteral("Entrepreneur"), 1);
        mapped.credlyTemplateId = QStringLiteral("cfaf2910-ea5f-46f1-89a5-db525dad6e58");
        mapped.notes = QStringLiteral("mapped by hand");
        // The published list knows codes, titles and vendors, nothing of Credly.
        CatalogEntry published;
        published.code = QStringLiteral("0911");
        published.title = QStringLiteral("Entrepreneurship");
        published.vendor = QStringLiteral("CareerTech Testing Center");
        const QStringList listed{QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("vendor")};
        const CatalogDiff diff = CatalogDiff::compute({mapped}, {published}, {}, listed);
        QCOMPARE(diff.changed.size(), 1);
        QCOMPARE(diff.changed.first().fields.size(), 1);
        QCOMPARE(diff.changed.first().fields.first().field, QStringLiteral("title"));
        QCOMPARE(diff.changed.first().after.credlyTemplateId, mapped.credlyTemplateId);
        QVERIFY(diff.changed.first().after.careertechBadges);
        QCOMPARE(diff.changed.first().after.notes, QStringLiteral("mapped by hand"));
        // Without the column list every field counts: the mapping would be wiped.
        QCOMPARE(CatalogDiff::compute({mapped}, {published}).changed.first().fields.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestCatalogDiff)
#include "TestCatalogDiff.moc"
