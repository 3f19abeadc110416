#include "AppIdentity.h"
#include "MainWindow.h"
#include "StepPathWidget.h"
#include "Translations.h"
#include "storage/Database.h"
#include "support/Screenshot.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace badgedesk;

class TestTranslations : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Database m_db;

    static QStringList menuTitles(MainWindow& window)
    {
        QStringList titles;
        for (QAction* action : window.menuBar()->actions())
            titles << action->text();
        return titles;
    }
    static QStringList navigationTexts(MainWindow& window)
    {
        QStringList texts;
        auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        for (int i = 0; i < nav->count(); ++i)
            texts << nav->item(i)->text();
        return texts;
    }
    // What the next start does: install the remembered language, then build the window.
    std::unique_ptr<MainWindow> restart()
    {
        Translations::install(qApp, Translations::savedChoice());
        auto window = std::make_unique<MainWindow>(m_db);
        window->show();
        return window;
    }
    static QString reviewEmptyTitle(MainWindow& window)
    {
        window.setCurrentPage(PageId::Review);
        QWidget* page = window.findChild<QWidget*>(QStringLiteral("reviewPage"));
        auto* title = page->findChild<QLabel*>(QStringLiteral("emptyStateTitle"));
        return title ? title->text() : QString();
    }

    // Menu accelerators (the letter after '&') that occur twice in one menu, or in the menu bar.
    static QStringList clashingAccelerators(MainWindow& window)
    {
        QStringList clashes;
        const auto check = [&clashes](const QString& where, const QList<QAction*>& actions) {
            QHash<QChar, QString> seen;
            for (QAction* action : actions) {
                const QString text = action->text();
                const qsizetype amp = text.indexOf(QLatin1Char('&'));
                if (amp < 0 || amp + 1 >= text.size() || text.at(amp + 1) == QLatin1Char('&'))
                    continue;
                const QChar letter = text.at(amp + 1).toLower();
                if (seen.contains(letter))
                    clashes << QStringLiteral("%1: %2 / %3").arg(where, seen.value(letter), text);
                seen.insert(letter, text);
            }
        };
        check(QStringLiteral("menu bar"), window.menuBar()->actions());
        for (QAction* menuAction : window.menuBar()->actions())
            if (QMenu* menu = menuAction->menu()) {
                check(menuAction->text(), menu->actions());
                for (QAction* sub : menu->actions())
                    if (sub->menu())
                        check(sub->text(), sub->menu()->actions());
            }
        return clashes;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyAppIdentity();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("practice.sqlite"))));
    }
    void init() { QSettings().clear(); }

    void englishIsEmbeddedWithItsPlurals()
    {
        QVERIFY(Translations::available().contains(QStringLiteral("en")));
        QCOMPARE(Translations::install(qApp, QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("QObject", "%n row(s) imported.", nullptr, 1),
                 QStringLiteral("1 row imported."));
        QCOMPARE(QCoreApplication::translate("QObject", "%n row(s) imported.", nullptr, 900),
                 QStringLiteral("900 rows imported."));
    }

    void spanishIsEmbeddedWithItsPlurals()
    {
        QVERIFY(Translations::available().contains(QStringLiteral("es")));
        QCOMPARE(Translations::install(qApp, QStringLiteral("es")), QStringLiteral("es"));
        QCOMPARE(QCoreApplication::translate("QObject", "%n row(s) imported.", nullptr, 1),
                 QStringLiteral("1 fila importada."));
        QCOMPARE(QCoreApplication::translate("QObject", "%n row(s) imported.", nullptr, 3),
                 QStringLiteral("3 filas importadas."));
        QCOMPARE(QCoreApplication::translate("badgedesk::MainWindow", "&File"), QStringLiteral("&Archivo"));
        Translations::install(qApp, QStringLiteral("en"));
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

    void systemLanguagePicksSpanishForEveryEs_data()
    {
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QString>("expected");
        QTest::newRow("es-MX") << QStringList{QStringLiteral("es-MX")} << QStringLiteral("es");
        QTest::newRow("es-US") << QStringList{QStringLiteral("es-US"), QStringLiteral("en-US")}
                               << QStringLiteral("es");
        QTest::newRow("es_ES posix") << QStringList{QStringLiteral("es_ES")} << QStringLiteral("es");
        QTest::newRow("plain es") << QStringList{QStringLiteral("es")} << QStringLiteral("es");
        QTest::newRow("en-US first") << QStringList{QStringLiteral("en-US"), QStringLiteral("es-MX")}
                                     << QStringLiteral("en");
        QTest::newRow("French, then Spanish")
            << QStringList{QStringLiteral("fr-FR"), QStringLiteral("es-ES")} << QStringLiteral("es");
        QTest::newRow("French only") << QStringList{QStringLiteral("fr-FR")} << QStringLiteral("en");
        QTest::newRow("nothing") << QStringList{} << QStringLiteral("en");
    }
    void systemLanguagePicksSpanishForEveryEs()
    {
        QFETCH(QStringList, uiLanguages);
        QFETCH(QString, expected);
        QCOMPARE(Translations::languageFor(uiLanguages), expected);
    }

    // View > Language > Español is remembered and, at the next start, the window speaks Spanish
    // (menus, navigation, a page); English again the same way.
    void theWindowSwitchesToSpanishAndBack()
    {
        auto window = restart();
        QVERIFY(menuTitles(*window).contains(QStringLiteral("&File")));
        auto* spanish = window->findChild<QAction*>(QStringLiteral("actionLanguage_es"));
        auto* english = window->findChild<QAction*>(QStringLiteral("actionLanguage_en"));
        auto* system = window->findChild<QAction*>(QStringLiteral("actionLanguage_system"));
        QVERIFY(spanish && english && system);
        QCOMPARE(spanish->text(), QStringLiteral("Español"));
        QVERIFY(system->isChecked()); // nothing chosen yet: the system's language
        spanish->trigger();
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("es"));
        QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("Español")) &&
                     window->statusBar()->currentMessage().contains(QStringLiteral("next start")),
                 qPrintable(window->statusBar()->currentMessage()));

        window = restart();
        const QStringList menus = menuTitles(*window);
        QVERIFY2(menus.contains(QStringLiteral("&Archivo")) && menus.contains(QStringLiteral("A&yuda")),
                 qPrintable(menus.join(QLatin1Char(','))));
        const QStringList pages = navigationTexts(*window);
        QVERIFY2(pages.contains(QStringLiteral("Revisión")) && pages.contains(QStringLiteral("Catálogo")),
                 qPrintable(pages.join(QLatin1Char(','))));
        QVERIFY2(reviewEmptyTitle(*window).startsWith(QStringLiteral("Todavía no hay nada que revisar")),
                 qPrintable(reviewEmptyTitle(*window)));
        QVERIFY(window->findChild<QAction*>(QStringLiteral("actionLanguage_es"))->isChecked());
        window->resize(1100, 640);
        test::saveScreenshot(window.get(), QStringLiteral("main-window-es"));
        QVERIFY(window->findChild<QAction*>(QStringLiteral("actionImport"))
                    ->text()
                    .startsWith(QStringLiteral("&Importar")));

        window->findChild<QAction*>(QStringLiteral("actionLanguage_en"))->trigger();
        QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("English")),
                 qPrintable(window->statusBar()->currentMessage()));
        window = restart();
        QVERIFY(menuTitles(*window).contains(QStringLiteral("&File")));
        QVERIFY(navigationTexts(*window).contains(QStringLiteral("Review")));
        QVERIFY(reviewEmptyTitle(*window).startsWith(QStringLiteral("Nothing to review yet")));

        // Back to the system's language: the choice is forgotten.
        window->findChild<QAction*>(QStringLiteral("actionLanguage_system"))->trigger();
        QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
        QCOMPARE(Translations::savedChoice(), QString());
    }
    // Each menu's accelerators are unique in both languages, so Alt+letter never hesitates.
    void menuAcceleratorsAreUniqueInEachLanguage()
    {
        for (const QString& language : Translations::available()) {
            Translations::saveChoice(language);
            auto window = restart();
            const QStringList clashes = clashingAccelerators(*window);
            QVERIFY2(clashes.isEmpty(),
                     qPrintable(language + QStringLiteral(": ") + clashes.join(QStringLiteral("; "))));
        }
        // The check itself finds a clash.
        auto window = restart();
        QMenu* file = window->menuBar()->actions().constFirst()->menu();
        QAction* probe = file->addAction(QStringLiteral("&Import again"));
        QVERIFY(clashingAccelerators(*window).join(QString()).contains(QLatin1String("&Import again")));
        file->removeAction(probe);
        Translations::saveChoice(QString());
        Translations::install(qApp, QStringLiteral("en"));
    }
};

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
