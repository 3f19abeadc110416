#include "AppIdentity.h"
#include "MainWindow.h"
#include "UserGuideWindow.h"
#include "storage/Database.h"
#include "support/Screenshot.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <memory>

using namespace badgedesk;

// Help > User Guide: the guide embedded in the program opens from the menu (and F1), shows its
// steps with every picture it names, and finds words.
class TestUserGuideWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyPictureTheGuideNamesIsEmbedded();
    void helpMenuOpensTheGuideWithItsSteps();
    void picturesAreShown();
    void findSelectsTheWordAndWraps();
    void askingAgainRaisesTheSameWindow();

private:
    UserGuideWindow* openGuide();
    QTextBrowser* browser(UserGuideWindow* guide) const
    {
        return guide->findChild<QTextBrowser*>(QStringLiteral("userGuideBrowser"));
    }

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<MainWindow> m_window;
};

void TestUserGuideWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    applyAppIdentity();
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("practice.sqlite"))), qPrintable(m_db.errorMessage()));
}

void TestUserGuideWindow::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>(m_db);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestUserGuideWindow::cleanup()
{
    m_window.reset();
}

UserGuideWindow* TestUserGuideWindow::openGuide()
{
    auto* action = m_window->findChild<QAction*>(QStringLiteral("actionUserGuide"));
    if (!action)
        return nullptr;
    action->trigger();
    auto* guide = m_window->findChild<UserGuideWindow*>();
    if (guide)
        guide->resize(900, 760);
    return guide;
}

void TestUserGuideWindow::everyPictureTheGuideNamesIsEmbedded()
{
    // The guide in the repository and the one in the program are the same text...
    QFile source(QStringLiteral(BADGEDESK_SOURCE_DIR "/docs/user-guide.md"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QFile embedded(QStringLiteral(":/guide/user-guide.md"));
    QVERIFY(embedded.open(QIODevice::ReadOnly));
    const QByteArray text = source.readAll();
    QCOMPARE(embedded.readAll(), text);

    // ...and each picture it names is in the program and is a real image.
    static const QRegularExpression image(QStringLiteral(R"(\]\((screenshots/[^)]+\.png)\))"));
    int count = 0;
    for (auto it = image.globalMatch(QString::fromUtf8(text)); it.hasNext();) {
        const QString name = it.next().captured(1);
        const QImage picture(QStringLiteral(":/guide/") + name);
        QVERIFY2(!picture.isNull(), qPrintable(name + QStringLiteral(" is not embedded or not a PNG")));
        QVERIFY2(picture.width() >= 300, qPrintable(name));
        ++count;
    }
    QVERIFY2(count >= 10, qPrintable(QString::number(count)));
}

void TestUserGuideWindow::helpMenuOpensTheGuideWithItsSteps()
{
    auto* action = m_window->findChild<QAction*>(QStringLiteral("actionUserGuide"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
    UserGuideWindow* guide = openGuide();
    QVERIFY(guide);
    QVERIFY(QTest::qWaitForWindowExposed(guide));
    QVERIFY(!guide->isModal());
    const QString text = guide->plainText();
    QVERIFY2(text.contains(QStringLiteral("Your first month")), qPrintable(text.left(200)));
    // Every step of the month, in order.
    const QStringList steps = {QStringLiteral("Step 1. Start in Practice"),
                               QStringLiteral("Step 4. Review"),
                               QStringLiteral("Step 5. Sign off"),
                               QStringLiteral("Step 6. Send the notice"),
                               QStringLiteral("Step 7. Issue the badges"),
                               QStringLiteral("Step 8. Follow up"),
                               QStringLiteral("Step 9. Report")};
    qsizetype at = 0;
    for (const QString& step : steps) {
        const qsizetype found = text.indexOf(step, at);
        QVERIFY2(found > at, qPrintable(step));
        at = found;
    }
    // Markdown was rendered, not shown as source.
    QVERIFY(!text.contains(QStringLiteral("![")));
    QVERIFY(!text.contains(QStringLiteral("### ")));
    badgedesk::test::saveScreenshot(guide, QStringLiteral("user-guide"));
}

void TestUserGuideWindow::picturesAreShown()
{
    UserGuideWindow* guide = openGuide();
    QVERIFY(guide);
    QTextDocument* document = browser(guide)->document();
    QSet<QString> names;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat())
                names.insert(format.toImageFormat().name());
        }
    }
    QVERIFY2(names.size() >= 10, qPrintable(QString::number(names.size())));
    // Wide pictures are scaled to the page: the guide never scrolls sideways.
    QVERIFY(QTest::qWaitForWindowExposed(guide));
    QTRY_COMPARE(browser(guide)->horizontalScrollBar()->maximum(), 0);
    QVERIFY(browser(guide)->find(QStringLiteral("Step 4. Review the batch")));
    browser(guide)->ensureCursorVisible();
    badgedesk::test::saveScreenshot(guide, QStringLiteral("user-guide-review-step"));
    for (const QString& name : std::as_const(names)) {
        // The browser resolves the relative name against the guide's own resource URL.
        const QVariant resource = document->resource(QTextDocument::ImageResource, QUrl(name));
        QVERIFY2(resource.isValid(), qPrintable(name));
        QImage image = resource.value<QImage>();
        if (image.isNull())
            image.loadFromData(resource.toByteArray());
        QVERIFY2(!image.isNull(), qPrintable(name));
    }
}

void TestUserGuideWindow::findSelectsTheWordAndWraps()
{
    UserGuideWindow* guide = openGuide();
    QVERIFY(guide);
    QVERIFY(QTest::qWaitForWindowExposed(guide));
    auto* search = guide->findChild<QLineEdit*>(QStringLiteral("userGuideSearch"));
    QVERIFY(search);
    QTest::keyClick(guide, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("Copy Diagnostics"));
    QTest::keyClick(search, Qt::Key_Return);
    QTextBrowser* view = browser(guide);
    QCOMPARE(view->textCursor().selectedText(), QStringLiteral("Copy Diagnostics"));
    const int first = view->textCursor().position();
    // The phrase is there once: the next search wraps around to the same place.
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(view->textCursor().selectedText(), QStringLiteral("Copy Diagnostics"));
    QCOMPARE(view->textCursor().position(), first);
    // A word that is not there leaves no selection behind.
    search->setText(QStringLiteral("xyzzy-not-in-the-guide"));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(view->textCursor().selectedText().isEmpty());
}

void TestUserGuideWindow::askingAgainRaisesTheSameWindow()
{
    UserGuideWindow* first = m_window->showUserGuide();
    UserGuideWindow* second = m_window->showUserGuide();
    QCOMPARE(first, second);
    QCOMPARE(m_window->findChildren<UserGuideWindow*>().size(), 1);
    first->close(); // deletes itself
    QTRY_COMPARE(m_window->findChildren<UserGuideWindow*>().size(), 0);
    QVERIFY(m_window->showUserGuide());
}

QTEST_MAIN(TestUserGuideWindow)
#include "TestUserGuideWindow.moc"
