#include "EnvironmentLabel.h"

#include <QImage>
#include <QStandardPaths>
#include <QTest>

Q_DECLARE_METATYPE(badgedesk::CredlyEnvironment)

using badgedesk::CredlyEnvironment;
using badgedesk::EnvironmentLabel;

class TestEnvironmentLabel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsTextAndColour_data()
    {
        QTest::addColumn<CredlyEnvironment>("environment");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QColor>("background");
        QTest::addColumn<QColor>("foreground");
        QTest::newRow("practice") << CredlyEnvironment::Practice << QStringLiteral("PRACTICE")
                                  << QColor(QStringLiteral("#2e7d32")) << QColor(Qt::white);
        QTest::newRow("sandbox") << CredlyEnvironment::Sandbox << QStringLiteral("SANDBOX")
                                 << QColor(QStringLiteral("#f9a825")) << QColor(Qt::black);
        QTest::newRow("production") << CredlyEnvironment::Production << QStringLiteral("PRODUCTION")
                                    << QColor(QStringLiteral("#c62828")) << QColor(Qt::white);
    }

    void showsTextAndColour()
    {
        QFETCH(CredlyEnvironment, environment);
        QFETCH(QString, text);
        QFETCH(QColor, background);
        QFETCH(QColor, foreground);

        EnvironmentLabel label(environment);
        QCOMPARE(label.text(), text);
        QCOMPARE(label.environment(), environment);
        QVERIFY(label.accessibleName().contains(text));
        QVERIFY(!label.toolTip().isEmpty());
        QCOMPARE(label.palette().color(QPalette::Window), background);
        QCOMPARE(label.palette().color(QPalette::WindowText), foreground);
        QVERIFY(label.styleSheet().contains(background.name()));
        QVERIFY(label.font().bold() || label.styleSheet().contains(QStringLiteral("bold")));

        // What is actually painted: the padding left of the text is the background colour.
        const QImage image = label.grab().toImage();
        QVERIFY(!image.isNull());
        QCOMPARE(image.pixelColor(4, image.height() / 2), background);
    }

    void practiceAndProductionNeverLookAlike()
    {
        const EnvironmentLabel practice(CredlyEnvironment::Practice);
        const EnvironmentLabel sandbox(CredlyEnvironment::Sandbox);
        const EnvironmentLabel production(CredlyEnvironment::Production);
        const QColor practiceColour = practice.palette().color(QPalette::Window);
        const QColor sandboxColour = sandbox.palette().color(QPalette::Window);
        const QColor productionColour = production.palette().color(QPalette::Window);
        QVERIFY(practiceColour != productionColour);
        QVERIFY(practiceColour != sandboxColour);
        QVERIFY(sandboxColour != productionColour);
        QVERIFY(practice.text() != production.text());
    }

    void switchingEnvironmentRecolours()
    {
        EnvironmentLabel label(CredlyEnvironment::Practice);
        label.setEnvironment(CredlyEnvironment::Production);
        QCOMPARE(label.text(), QStringLiteral("PRODUCTION"));
        QCOMPARE(label.palette().color(QPalette::Window),
                 EnvironmentLabel::backgroundColor(CredlyEnvironment::Production));
        QVERIFY(!label.styleSheet().contains(
            EnvironmentLabel::backgroundColor(CredlyEnvironment::Practice).name()));
    }
};

QTEST_MAIN(TestEnvironmentLabel)
#include "TestEnvironmentLabel.moc"
