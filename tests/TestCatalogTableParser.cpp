#include "domain/CatalogTableParser.h"

#include <QTest>

using badgedesk::CatalogTableParser;

class TestCatalogTableParser : public QObject
{
    Q_OBJECT
private slots:
    void flags_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected"); // 1 true, 0 false, -1 not understood
        for (const char* t : {"Y", "y", "Yes", "YES", "TRUE", "true", "1", "x", " Y\u00a0"})
            QTest::newRow(t) << QString::fromUtf8(t) << 1;
        for (const char* t : {"N", "No", "FALSE", "0", "", "  "})
            QTest::newRow(qPrintable(QStringLiteral("false:'%1'").arg(QString::fromUtf8(t))))
                << QString::fromUtf8(t) << 0;
        QTest::newRow("maybe") << QStringLiteral("maybe") << -1;
        QTest::newRow("2") << QStringLiteral("2") << -1;
    }
    void flags()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        const auto flag = CatalogTableParser::parseFlag(text);
        QCOMPARE(flag.has_value() ? int(*flag) : -1, expected);
    }

    void codes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("padded");
        QTest::newRow("kept") << QStringLiteral("0911") << QStringLiteral("0911") << false;
        QTest::newRow("lost zero") << QStringLiteral("911") << QStringLiteral("0911") << true;
        QTest::newRow("excel float") << QStringLiteral("911.0") << QStringLiteral("0911") << true;
        QTest::newRow("four digits") << QStringLiteral("8005") << QStringLiteral("8005") << false;
        QTest::newRow("trailing space") << QStringLiteral("8005 ") << QStringLiteral("8005") << false;
        QTest::newRow("nbsp") << QStringLiteral("\u00a0A12\u00a0") << QStringLiteral("A12") << false;
        QTest::newRow("vendor code") << QStringLiteral("CMP-220-1101") << QStringLiteral("CMP-220-1101")
                                     << false;
        QTest::newRow("long number") << QStringLiteral("41401") << QStringLiteral("41401") << false;
    }
    void codes()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QFETCH(bool, padded);
        bool wasPadded = !padded;
        QCOMPARE(CatalogTableParser::normaliseCode(text, &wasPadded), expected);
        QCOMPARE(wasPadded, padded);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::addColumn<bool>("ok");
        QTest::newRow("fiscal year") << QStringLiteral("FY2025") << QDate(2024, 7, 1) << true;
        QTest::newRow("fy with space") << QStringLiteral("fy 2021") << QDate(2020, 7, 1) << true;
        QTest::newRow("bare year") << QStringLiteral("2026") << QDate(2025, 7, 1) << true;
        QTest::newRow("iso") << QStringLiteral("2025-03-14") << QDate(2025, 3, 14) << true;
        QTest::newRow("us") << QStringLiteral("3/14/2025") << QDate(2025, 3, 14) << true;
        QTest::newRow("us short") << QStringLiteral("3/14/25") << QDate(2025, 3, 14) << true;
        QTest::newRow("empty") << QString() << QDate() << true;
        QTest::newRow("nonsense") << QStringLiteral("next year") << QDate() << false;
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        QFETCH(bool, ok);
        bool parsed = !ok;
        QCOMPARE(CatalogTableParser::parseDate(text, &parsed), expected);
        QCOMPARE(parsed, ok);
    }

    void headerWithoutCodeIsRefusedByName()
    {
        CatalogTableParser parser;
        QVERIFY(!parser.setHeader({QStringLiteral("Title"), QStringLiteral("Vendor")}));
        QVERIFY2(parser.error().contains(QStringLiteral("AssessmentCode")), qPrintable(parser.error()));
        QVERIFY(!parser.error().contains(QStringLiteral("AssessmentTitle")));
    }

    void rowWithoutTitleIsHeldBack()
    {
        CatalogTableParser parser;
        QVERIFY(parser.setHeader({QStringLiteral("Code"), QStringLiteral("Title")}));
        parser.addRow({QStringLiteral("0911"), QStringLiteral("Entrepreneur")}, 2);
        parser.addRow({QStringLiteral("8005"), QStringLiteral("  ")}, 3);
        QCOMPARE(parser.entries().size(), 1);
        QCOMPARE(parser.heldCodes(), QStringList{QStringLiteral("8005")});
        QCOMPARE(parser.problems().size(), 1);
        QCOMPARE(parser.problems().first().kind, QStringLiteral("missing_title"));
        QCOMPARE(
            parser.problems().first().message,
            QStringLiteral("Row 3: code 8005 has no title, so the row was skipped; the catalog's entry for "
                           "8005, if any, is left as it is."));
    }

    void messyListIsUnderstood()
    {
        CatalogTableParser parser;
        QVERIFY(parser.setHeader({QStringLiteral("Assessment Code"), QStringLiteral("ASSESSMENT TITLE "),
                                  QStringLiteral(""), QStringLiteral("Testing Vendor"),
                                  QStringLiteral("VendorIssuesDigitalBadge"),
                                  QStringLiteral("CareerTech Badges"), QStringLiteral("CredlyTemplateID"),
                                  QStringLiteral("EffectiveFY"), QStringLiteral("RetiredFY")}));
        const QString uuid = QStringLiteral("CFAF2910-EA5F-46F1-89A5-DB525DAD6E58");
        parser.addRow({QStringLiteral("911"),
                       QStringLiteral("Entrepreneur  "),
                       {},
                       QStringLiteral("CTTC"),
                       QStringLiteral("N"),
                       QStringLiteral("TRUE"),
                       uuid,
                       QStringLiteral("FY2020"),
                       {}},
                      2);
        parser.addRow({QStringLiteral("0911"),
                       QStringLiteral("Entrepreneurship"),
                       {},
                       QStringLiteral("CTTC"),
                       QStringLiteral("No"),
                       QStringLiteral("Yes"),
                       {},
                       {},
                       {}},
                      3);
        parser.addRow({{}, QStringLiteral("No code here"), {}, {}, {}, {}, {}, {}, {}}, 4);
        parser.addRow({{}, {}, {}, {}, {}, {}, {}, {}, {}}, 5); // blank row: silently skipped
        parser.addRow({QStringLiteral("CMP-1101"),
                       QStringLiteral("CompTIA A+ Core 1"),
                       {},
                       QStringLiteral("CompTIA"),
                       QStringLiteral("Yes"),
                       QStringLiteral("perhaps"),
                       {},
                       QStringLiteral("2019"),
                       QStringLiteral("FY2024")},
                      6);

        QCOMPARE(parser.entries().size(), 2);
        const auto& cttc = parser.entries().at(0);
        QCOMPARE(cttc.code, QStringLiteral("0911"));
        QCOMPARE(cttc.title, QStringLiteral("Entrepreneur"));
        QCOMPARE(cttc.vendor, QStringLiteral("CTTC"));
        QVERIFY(!cttc.vendorBadges);
        QVERIFY(cttc.careertechBadges);
        QCOMPARE(cttc.credlyTemplateId, uuid.toLower());
        QCOMPARE(cttc.effectiveDate, QDate(2019, 7, 1));
        QVERIFY(!cttc.retiredDate.isValid());
        const auto& comptia = parser.entries().at(1);
        QVERIFY(comptia.vendorBadges);
        QVERIFY(!comptia.careertechBadges);
        QCOMPARE(comptia.retiredDate, QDate(2023, 7, 1));
        QVERIFY(comptia.isRetiredOn(QDate(2024, 1, 1)));
        QVERIFY(!comptia.isRetiredOn(QDate(2023, 6, 30)));

        QStringList kinds;
        for (const auto& p : parser.problems())
            kinds << QStringLiteral("%1@%2").arg(p.kind).arg(p.row);
        QCOMPARE(kinds, (QStringList{QStringLiteral("code_padded@2"), QStringLiteral("duplicate_code@3"),
                                     QStringLiteral("missing_code@4"), QStringLiteral("bad_flag@6")}));
        QVERIFY(parser.problems().at(1).message.contains(QStringLiteral("repeats code 0911 from row 2")));
    }
};

QTEST_GUILESS_MAIN(TestCatalogTableParser)
#include "TestCatalogTableParser.moc"
