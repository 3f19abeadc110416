#include "domain/CatalogValidator.h"

#include <QTest>

using namespace badgedesk;

namespace {

const QString kActive = QStringLiteral("cfaf2910-ea5f-46f1-89a5-db525dad6e58");
const QString kArchived = QStringLiteral("0d6f3c1e-52a8-4a52-9a3e-5f7f0c0b1a11");
const QString kDraft = QStringLiteral("7b1d9a3c-1111-4c2e-8f00-aaaaaaaaaaaa");
const QString kUnknown = QStringLiteral("99999999-9999-4999-8999-999999999999");

CatalogValidator validator(bool synced)
{
    CatalogValidator v;
    if (synced)
        v.setTemplates({{kActive, QStringLiteral("Entrepreneur"), QStringLiteral("active")},
                        {kArchived, QStringLiteral("Old Welding"), QStringLiteral("archived")},
                        {kDraft, QStringLiteral("New Drone Pilot"), QStringLiteral("draft")}},
                       true);
    return v;
}

} // namespace

class TestCatalogValidator : public QObject
{
    Q_OBJECT
private slots:
    void problems_data()
    {
        QTest::addColumn<bool>("careertech");
        QTest::addColumn<bool>("vendor");
        QTest::addColumn<QString>("templateId");
        QTest::addColumn<bool>("retired");
        QTest::addColumn<bool>("synced");
        QTest::addColumn<QString>("kind");

        QTest::newRow("badged, active template") << true << false << kActive << false << true << QString();
        QTest::newRow("upper-case id still matches")
            << true << false << kActive.toUpper() << false << true << QString();
        QTest::newRow("badged, no template")
            << true << false << QString() << false << true << QStringLiteral("no_template");
        QTest::newRow("no template, cache never synced")
            << true << false << QString() << false << false << QStringLiteral("no_template");
        QTest::newRow("archived template")
            << true << false << kArchived << false << true << QStringLiteral("archived_template");
        QTest::newRow("draft template")
            << true << false << kDraft << false << true << QStringLiteral("inactive_template");
        QTest::newRow("unknown template")
            << true << false << kUnknown << false << true << QStringLiteral("unknown_template");
        QTest::newRow("unknown, but cache never synced")
            << true << false << kUnknown << false << false << QString();
        QTest::newRow("both badge it")
            << true << true << kActive << false << true << QStringLiteral("double_badged");
        QTest::newRow("vendor badges it, no template needed")
            << false << true << QString() << false << true << QString();
        QTest::newRow("not badged at all") << false << false << QString() << false << true << QString();
        QTest::newRow("retired entries are never a problem")
            << true << false << QString() << true << true << QString();
    }

    void problems()
    {
        QFETCH(bool, careertech);
        QFETCH(bool, vendor);
        QFETCH(QString, templateId);
        QFETCH(bool, retired);
        QFETCH(bool, synced);
        QFETCH(QString, kind);
        CatalogEntry e;
        e.code = QStringLiteral("0911");
        e.title = QStringLiteral("Entrepreneur");
        e.careertechBadges = careertech;
        e.vendorBadges = vendor;
        e.credlyTemplateId = templateId;
        if (retired)
            e.retiredDate = QDate(2025, 7, 1);
        const CatalogValidator::Problem problem = validator(synced).check(e);
        QCOMPARE(problem.kind, kind);
        QCOMPARE(problem.message.isEmpty(), kind.isEmpty());
    }

    void messagesSayWhatToDo()
    {
        CatalogEntry e;
        e.careertechBadges = true;
        e.credlyTemplateId = kArchived;
        QCOMPARE(validator(true).check(e).message,
                 QStringLiteral(
                     "The Credly template \"Old Welding\" is archived, so Credly refuses badges from it: "
                     "pick an active template."));
        e.credlyTemplateId = kUnknown;
        QCOMPARE(
            validator(true).check(e).message,
            QStringLiteral("Template %1 is not among the Credly templates of this environment: pick one from "
                           "the list, or refresh the templates from Credly.")
                .arg(kUnknown));
    }

    void labels()
    {
        const CatalogValidator v = validator(true);
        QCOMPARE(v.templateLabel(kActive), QStringLiteral("Entrepreneur"));
        QCOMPARE(v.templateLabel(kArchived), QStringLiteral("Old Welding (archived)"));
        QCOMPARE(v.templateLabel(kUnknown), kUnknown);
        QCOMPARE(v.templateLabel(QString()), QString());
        QVERIFY(v.templatesSynced());
        QVERIFY(!validator(false).templatesSynced());
    }
};

QTEST_GUILESS_MAIN(TestCatalogValidator)
#include "TestCatalogValidator.moc"
