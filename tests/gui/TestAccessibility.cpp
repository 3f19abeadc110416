#include "../IssuingFixture.h"
#include "AppIdentity.h"
#include "EnvironmentLabel.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "StepPathWidget.h"
#include "ThemeColors.h"
#include "Translations.h"
#include "WelcomeDialog.h"
#include "credly/CredlySession.h"
#include "credly/CredlySettingsDialog.h"
#include "import/ImportWizard.h"
#include "pages/ImportPage.h"
#include "pages/IssuePage.h"
#include "review/ReviewQueueModel.h"
#include "sample/SampleDataGenerator.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/TokenStore.h"
#include "storage/Database.h"
#include "support/Screenshot.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace badgedesk;
using namespace badgedesk::testing;

// Accessibility of the real window on every page: every control a screen reader reaches has a
// name, Tab walks each page in reading order, nothing is said by colour alone, and the colours
// that carry meaning stay readable on a dark and a high-contrast palette.
class TestAccessibility : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<CredlySession> m_session;
    std::unique_ptr<MainWindow> m_window;
    QPalette m_lightPalette;
    int m_controlsChecked = 0;

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(*m_db);
        m_window->setCredlySession(m_session.get());
        m_window->resize(1280, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void loadSampleMonth()
    {
        m_window->findChild<QAction*>(QStringLiteral("actionLoadSampleMonth"))->trigger();
        QVERIFY(m_window->currentBatch() > 0);
    }
    void settle()
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
    QString pageName(int index) const
    {
        return m_window->findChild<QListWidget*>(QStringLiteral("navigation"))->item(index)->text();
    }
    int pageCount() const { return m_window->findChild<QStackedWidget*>(QStringLiteral("pages"))->count(); }

    // What a screen reader announces: the accessible name, else what Qt derives (a button's
    // text, a buddy label's text).
    static QString spokenName(QWidget* w)
    {
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name) : QString();
        return name.trimmed().isEmpty() ? w->accessibleName().trimmed() : name.trimmed();
    }
    static bool isControl(QWidget* w)
    {
        if (!qobject_cast<QAbstractButton*>(w) && !qobject_cast<QLineEdit*>(w) &&
            !qobject_cast<QComboBox*>(w) && !qobject_cast<QAbstractItemView*>(w) &&
            !qobject_cast<QAbstractSpinBox*>(w))
            return false;
        // Parts of another control, announced with it: a spin box's or combo's own line edit,
        // a line edit's clear button, a table's corner button, a tab bar's scroll buttons,
        // a combo's popup list.
        QWidget* parent = w->parentWidget();
        if (qobject_cast<QAbstractSpinBox*>(parent) || qobject_cast<QComboBox*>(parent) ||
            qobject_cast<QLineEdit*>(parent) || qobject_cast<QTabBar*>(parent))
            return false;
        if (qobject_cast<QHeaderView*>(w) || w->inherits("QTableCornerButton"))
            return false;
        return true;
    }
    QStringList unnamedControls(const QString& where, QWidget* root = nullptr)
    {
        QStringList unnamed;
        for (QWidget* w : (root ? root : m_window.get())->findChildren<QWidget*>()) {
            if (!w->isVisible() || !isControl(w))
                continue;
            ++m_controlsChecked;
            if (spokenName(w).isEmpty())
                unnamed << QStringLiteral("%1: %2 \"%3\"")
                               .arg(where, QString::fromLatin1(w->metaObject()->className()),
                                    w->objectName());
        }
        return unnamed;
    }
    QStringList unnamedOnEveryPage(const QString& state)
    {
        QStringList unnamed;
        for (int i = 0; i < pageCount(); ++i) {
            m_window->setCurrentPage(static_cast<PageId>(i));
            settle();
            unnamed << unnamedControls(state + QStringLiteral(" / ") + pageName(i));
        }
        return unnamed;
    }
    // The page's controls in Tab order, starting from its first one.
    QList<QWidget*> tabChain(QWidget* page)
    {
        QList<QWidget*> chain;
        QWidget* w = page;
        for (int guard = 0; guard < 2000; ++guard) {
            w = w->nextInFocusChain();
            if (w == page)
                break;
            if (page->isAncestorOf(w) && w->isVisible() && w->isEnabled() &&
                (w->focusPolicy() & Qt::TabFocus) && !chain.contains(w))
                chain << w;
        }
        return chain;
    }
    static QString describe(QWidget* w)
    {
        return QStringLiteral("%1 \"%2\" (%3)")
            .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), spokenName(w));
    }

    QStringList tabOrderProblems(int index, int* checked)
    {
        m_window->setCurrentPage(static_cast<PageId>(index));
        settle();
        QWidget* page = m_window->findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget();
        const QList<QWidget*> chain = tabChain(page);
        QStringList wrong;
        for (int k = 1; k < chain.size(); ++k) {
            const QRect a(chain[k - 1]->mapTo(page, QPoint(0, 0)), chain[k - 1]->size());
            const QRect b(chain[k]->mapTo(page, QPoint(0, 0)), chain[k]->size());
            ++*checked;
            const bool above = b.bottom() < a.top();
            const bool sameRowGoingLeft =
                b.top() < a.bottom() && b.bottom() > a.top() && b.right() < a.left();
            const bool intoColumnOnTheRight = b.left() >= a.right() - 2;
            if ((above || sameRowGoingLeft) && !intoColumnOnTheRight)
                wrong << QStringLiteral("%1: %2 -> %3")
                             .arg(pageName(index), describe(chain[k - 1]), describe(chain[k]));
        }
        return wrong;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyAppIdentity();
        Translations::install(qApp, QStringLiteral("en")); // as the app does: "1 row", "2 rows"
        m_lightPalette = QApplication::palette();
    }

    void init()
    {
        QSettings().clear();
        QApplication::setPalette(m_lightPalette);
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("practice.sqlite"))));
        m_keychain = std::make_unique<MemorySecretStore>();
        m_tokens = std::make_unique<TokenStore>(m_keychain.get());
        m_session = std::make_unique<CredlySession>(*m_db, *m_tokens);
        QString error;
        QVERIFY2(m_session->start(&error), qPrintable(error));
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_tokens.reset();
        m_keychain.reset();
        m_db.reset();
        m_dir.reset();
        QApplication::setPalette(m_lightPalette);
    }

    void everyControlHasANameOnEveryPage()
    {
        openWindow();
        // The check finds a control without a name (so it can fail), and one with a buddy passes.
        {
            auto* bare = new QLineEdit(m_window->centralWidget());
            bare->setObjectName(QStringLiteral("bareEdit"));
            bare->show();
            QVERIFY(
                unnamedControls(QStringLiteral("probe")).join(QString()).contains(QLatin1String("bareEdit")));
            auto* label = new QLabel(QStringLiteral("&Probe:"), m_window->centralWidget());
            label->setBuddy(bare);
            QCOMPARE(spokenName(bare), QStringLiteral("Probe:"));
            delete label;
            delete bare;
        }
        m_controlsChecked = 0;
        QStringList unnamed = unnamedOnEveryPage(QStringLiteral("empty"));

        // The import wizard's steps, with a real export.
        SampleDataGenerator::Options options;
        options.month = QDate(2026, 10, 1);
        options.rows = 60;
        const QString csv = m_dir->filePath(QStringLiteral("ctims_realtime_2026-10.csv"));
        QString error;
        QVERIFY2(
            SampleDataGenerator::writeCsv(SampleDataGenerator(options).monthlyExport(), csv, &error, false),
            qPrintable(error));
        FileDialog::setNextFileName(csv);
        m_window->openImport();
        ImportWizard* wizard = m_window->findChild<ImportWizard*>(QStringLiteral("importWizard"));
        QVERIFY(wizard);
        auto* next = m_window->findChild<QPushButton*>(QStringLiteral("importNext"));
        for (const QString& step : {QStringLiteral("import preview"), QStringLiteral("import columns"),
                                    QStringLiteral("import check")}) {
            QTRY_VERIFY_WITH_TIMEOUT(!wizard->isReading() && next->isEnabled(), 15000);
            settle();
            unnamed << unnamedControls(step);
            if (step != QLatin1String("import check"))
                QTest::mouseClick(next, Qt::LeftButton);
        }

        loadSampleMonth();
        unnamed << unnamedOnEveryPage(QStringLiteral("sample month"));
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("\n") + unnamed.join(QLatin1Char('\n'))));
        QVERIFY2(m_controlsChecked > 100, qPrintable(QString::number(m_controlsChecked)));
        // The check sees what it should: the review table is there and named.
        auto* table = m_window->findChild<QTableView*>(QStringLiteral("reviewTable"));
        QCOMPARE(spokenName(table), QStringLiteral("Rows of the batch"));
    }

    // The dialogs: Credly settings (Practice, then Production's fields), the welcome, About.
    void everyDialogControlHasAName()
    {
        openWindow();
        m_controlsChecked = 0;
        QStringList unnamed;
        CredlySettingsDialog* settings = m_window->showCredlySettings();
        QVERIFY(settings);
        QVERIFY(QTest::qWaitForWindowExposed(settings));
        unnamed << unnamedControls(QStringLiteral("Credly settings (Practice)"), settings);
        auto* environment = settings->findChild<QComboBox*>();
        QVERIFY(environment);
        environment->setCurrentIndex(environment->count() - 1); // Production: organization, address, token
        settle();
        unnamed << unnamedControls(QStringLiteral("Credly settings (Production)"), settings);
        settings->reject();
        WelcomeDialog* welcome = m_window->showWelcome();
        QVERIFY(welcome);
        QVERIFY(QTest::qWaitForWindowExposed(welcome));
        unnamed << unnamedControls(QStringLiteral("Welcome"), welcome);
        welcome->close();
        m_window->showAbout();
        settle();
        for (QWidget* w : QApplication::topLevelWidgets())
            if (w->isVisible() && w->inherits("badgedesk::AboutDialog"))
                unnamed << unnamedControls(QStringLiteral("About"), w);
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("\n") + unnamed.join(QLatin1Char('\n'))));
        QVERIFY(m_controlsChecked > 10);
    }

    // Tab moves through each page as it reads: down the page, and left to right along a row;
    // never back up to a control above, unless into a column further right (a details pane).
    void tabOrderFollowsEachPage()
    {
        openWindow();
        loadSampleMonth();
        int checked = 0;
        QStringList wrong;
        for (int i = 0; i < pageCount(); ++i)
            wrong << tabOrderProblems(i, &checked);
        QVERIFY(checked >= 15); // Review and Catalog have content with the sample month
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("\n") + wrong.join(QLatin1Char('\n'))));
    }

    // The Issue and Issuance Log pages with content: a signed-off batch, issued.
    void issuingPagesAreNamedAndInOrder()
    {
        BatchSpec spec;
        spec.rows = 12;
        spec.templateIds = {seedTemplate(false, 0).id, seedTemplate(false, 1).id};
        QCOMPARE(makeBatch(*m_db, spec), QString());
        openWindow();
        m_window->setCurrentBatch(1);
        m_window->setCurrentPage(PageId::Issue);
        settle();
        int checked = 0;
        QStringList problems = unnamedControls(QStringLiteral("ready to issue"));
        problems << tabOrderProblems(int(PageId::Issue), &checked);
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("issueStartButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_window->issuePage()->isIssuing() &&
                count(*m_db, QStringLiteral("SELECT count(*) FROM issuance_journal WHERE "
                                            "state = 'issued'")) == 12,
            30000);
        problems << unnamedOnEveryPage(QStringLiteral("issued"));
        for (int i = 0; i < pageCount(); ++i)
            problems << tabOrderProblems(i, &checked);
        QVERIFY(checked >= 30);
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
    }

    void nothingIsSaidByColourAlone()
    {
        // The environment: text, and a colour of its own for each.
        QSet<QRgb> backgrounds;
        for (CredlyEnvironment e :
             {CredlyEnvironment::Practice, CredlyEnvironment::Sandbox, CredlyEnvironment::Production}) {
            EnvironmentLabel label(e);
            QVERIFY(!label.text().trimmed().isEmpty());
            QVERIFY(label.accessibleName().contains(label.text()));
            QVERIFY(ThemeColors::contrast(EnvironmentLabel::textColor(e),
                                          EnvironmentLabel::backgroundColor(e)) >= 4.5);
            backgrounds.insert(EnvironmentLabel::backgroundColor(e).rgb());
        }
        QCOMPARE(backgrounds.size(), 3);

        // The step path: each step's state is a symbol and words, not a colour.
        openWindow();
        loadSampleMonth();
        auto* path = m_window->findChild<StepPathWidget*>();
        QVERIFY(path);
        const QList<QLabel*> steps = path->findChildren<QLabel*>();
        int marked = 0;
        for (QLabel* step : steps) {
            if (!step->property("stepState").isValid())
                continue;
            ++marked;
            const QString state = step->property("stepState").toString();
            const QString symbol = state == QLatin1String("done")      ? QStringLiteral("✓")
                                   : state == QLatin1String("current") ? QStringLiteral("●")
                                   : state == QLatin1String("blocked") ? QStringLiteral("⚠")
                                                                       : QStringLiteral("○");
            QVERIFY2(step->text().startsWith(symbol), qPrintable(step->text()));
            const QString words =
                state == QLatin1String("notStarted") ? QStringLiteral("not started") : state;
            QVERIFY2(step->accessibleName().contains(words), qPrintable(step->accessibleName()));
        }
        QVERIFY(marked >= 5);
        // The first steps of a freshly imported month: done, then current.
        QVERIFY(steps.size() >= 2);
    }

    void meaningfulColoursReadOnLightDarkAndHighContrast_data()
    {
        QTest::addColumn<QPalette>("palette");
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x21, 0x24));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::Base, QColor(0x17, 0x18, 0x1b));
        dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2b, 0x2f));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::Button, QColor(0x30, 0x31, 0x34));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
        QPalette highContrast;
        highContrast.setColor(QPalette::Window, Qt::black);
        highContrast.setColor(QPalette::WindowText, Qt::white);
        highContrast.setColor(QPalette::Base, Qt::black);
        highContrast.setColor(QPalette::Text, Qt::yellow);
        QPalette highContrastLight;
        highContrastLight.setColor(QPalette::Window, Qt::white);
        highContrastLight.setColor(QPalette::WindowText, Qt::black);
        highContrastLight.setColor(QPalette::Base, Qt::white);
        highContrastLight.setColor(QPalette::Text, Qt::black);
        QTest::newRow("light") << m_lightPalette;
        QTest::newRow("dark") << dark;
        QTest::newRow("high contrast (white on black)") << highContrast;
        QTest::newRow("high contrast (black on white)") << highContrastLight;
    }
    void meaningfulColoursReadOnLightDarkAndHighContrast()
    {
        QFETCH(QPalette, palette);
        for (auto tone : {ThemeColors::Tone::Error, ThemeColors::Tone::Warning, ThemeColors::Tone::Ok,
                          ThemeColors::Tone::Info, ThemeColors::Tone::Muted}) {
            const QColor text = ThemeColors::text(tone, palette);
            QVERIFY(ThemeColors::contrast(text, palette.color(QPalette::Base)) >= 4.5);
            QVERIFY(ThemeColors::contrast(text, palette.color(QPalette::Window)) >= 4.5);
            QVERIFY(ThemeColors::contrast(ThemeColors::panelText(tone, palette),
                                          ThemeColors::panel(tone, palette)) >= 4.5);
        }
    }

    // The window under a dark palette: the key widgets' text against their background, the
    // review table's status colours against its cells, and a picture to look at.
    void darkPaletteKeepsTheWindowReadable()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x21, 0x24));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::Base, QColor(0x17, 0x18, 0x1b));
        dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2b, 0x2f));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::Button, QColor(0x30, 0x31, 0x34));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::Highlight, QColor(0x8a, 0xb4, 0xf8));
        dark.setColor(QPalette::HighlightedText, QColor(0x20, 0x21, 0x24));
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
        dark.setColor(QPalette::ToolTipBase, QColor(0x30, 0x31, 0x34));
        dark.setColor(QPalette::ToolTipText, QColor(0xe8, 0xea, 0xed));
        QApplication::setPalette(dark);
        QVERIFY(ThemeColors::isDark());

        openWindow();
        loadSampleMonth();
        m_window->setCurrentPage(PageId::Review);
        settle();

        QStringList unreadable;
        const auto check = [&](QWidget* w, const QString& what) {
            if (!w) {
                unreadable << what + QStringLiteral(" missing");
                return;
            }
            const QPalette p = w->palette();
            const double ratio =
                ThemeColors::contrast(p.color(w->foregroundRole()), p.color(w->backgroundRole()));
            if (ratio < 4.5)
                unreadable << QStringLiteral("%1: %2:1").arg(what).arg(ratio, 0, 'f', 1);
        };
        check(m_window->findChild<QWidget*>(QStringLiteral("navigation")), QStringLiteral("navigation"));
        check(m_window->findChild<QWidget*>(QStringLiteral("reviewTable")), QStringLiteral("review table"));
        check(m_window->findChild<QWidget*>(QStringLiteral("reviewSearch")), QStringLiteral("review search"));
        check(m_window->findChild<QWidget*>(QStringLiteral("databasePathLabel")),
              QStringLiteral("database path"));
        for (QLabel* step : m_window->findChild<StepPathWidget*>()->findChildren<QLabel*>())
            if (step->property("stepState").toString() != QLatin1String("notStarted") &&
                step->property("stepState").isValid())
                check(step, QStringLiteral("step ") + step->text());

        // Every status colour in the review table, against the table's cells.
        auto* table = m_window->findChild<QTableView*>(QStringLiteral("reviewTable"));
        const QColor cell = table->palette().color(QPalette::Base);
        QAbstractItemModel* model = table->model();
        int coloured = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QVariant brush = model->index(row, ReviewQueueModel::Status).data(Qt::ForegroundRole);
            if (!brush.isValid())
                continue;
            ++coloured;
            const double ratio = ThemeColors::contrast(brush.value<QBrush>().color(), cell);
            if (ratio < 4.5)
                unreadable << QStringLiteral("status \"%1\": %2:1")
                                  .arg(model->index(row, ReviewQueueModel::Status).data().toString())
                                  .arg(ratio, 0, 'f', 1);
        }
        QVERIFY(coloured > 0);
        unreadable.removeDuplicates();
        QVERIFY2(unreadable.isEmpty(), qPrintable(unreadable.join(QLatin1Char('\n'))));
        test::saveScreenshot(m_window.get(), QStringLiteral("main-window-dark"));
    }
};

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
