#include "StepPathWidget.h"
#include "Translations.h"

#include <QApplication>
#include <QComboBox>
#include <QTest>

using namespace badgedesk;

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void englishIsEmbeddedWithItsPlurals()
    {
        QVERIFY(Translations::available().contains(QStringLiteral("en")));
        QCOMPARE(Translations::install(qApp, QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("QObject", "%n row(s) imported.", nullptr, 1),
                 QStringLiteral("1 row imported."));
        QCOMPARE(QCoreApplication::translate("QObject", "%n row(s) imported.", nullptr, 900),
                 QStringLiteral("900 rows imported."));
    }

    void theBatchSelectorSaysRowOrRows()
    {
        Translations::install(qApp, QStringLiteral("en"));
        StepPathWidget path;
        BatchRepository::Summary one;
        one.id = 1;
        one.month = QStringLiteral("2026-10");
        one.rows = 1;
        BatchRepository::Summary many = one;
        many.id = 2;
        many.rows = 2;
        path.setBatches({one, many}, 1);
        auto* selector = path.findChild<QComboBox*>(QStringLiteral("batchSelector"));
        QVERIFY(selector->itemText(0).endsWith(QStringLiteral(" · 1 row")));
        QVERIFY(selector->itemText(1).endsWith(QStringLiteral(" · 2 rows")));
    }

    void unknownLanguageFallsBackToEnglish()
    {
        QCOMPARE(Translations::install(qApp, QStringLiteral("xx")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("QObject", "%n row(s) imported.", nullptr, 2),
                 QStringLiteral("2 rows imported."));
    }
};

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
