#include "AppIdentity.h"
#include "AppSession.h"
#include "EnvironmentPreference.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PracticeSession.h"
#include "WelcomeDialog.h"
#include "credly/CredlySession.h"
#include "sample/SampleMonthLoader.h"
#include "storage/BatchRepository.h"
#include "storage/CatalogRepository.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "support/Screenshot.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace badgedesk;

// What badgedesk runs at start and on an environment switch: a fresh install is Practice with the
// simulator running in this process; switching reopens on the other database file, and the next
// start remembers it.
class TestAppSession : public QObject
{
    Q_OBJECT
private:
    static void removeDefaultDatabases()
    {
        for (auto e : {CredlyEnvironment::Practice, CredlyEnvironment::Production}) {
            const QString path = Database::defaultPath(e);
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
            QFile::remove(PracticeSession::stateFileFor(path));
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyAppIdentity();
    }
    void init()
    {
        QSettings().clear();
        removeDefaultDatabases();
    }
    void cleanup() { removeDefaultDatabases(); }

    void freshInstallIsPracticeWithTheSimulatorRunning()
    {
        AppSession app;
        QString error;
        QVERIFY2(app.start(QString(), &error), qPrintable(error));
        QVERIFY(app.window() && app.window()->isVisible());
        QCOMPARE(app.database()->path(), Database::defaultPath(CredlyEnvironment::Practice));
        QVERIFY(app.window()->windowTitle().contains(QStringLiteral("badgedesk-practice.sqlite")));
        QVERIFY(app.window()->windowTitle().contains(QStringLiteral("PRACTICE")));
        QVERIFY(app.credly()->practice());
        QVERIFY(app.credly()->isReady()); // no keychain, no account
        QCOMPARE(app.credly()->client()->baseUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(QFileInfo::exists(PracticeSession::stateFileFor(app.database()->path())));
        QCOMPARE(EnvironmentPreference::load(), CredlyEnvironment::Practice);
    }

    void loadSampleMonthFillsABatchAndShowsItInReview()
    {
        AppSession app;
        QString error;
        QVERIFY2(app.start(QString(), &error), qPrintable(error));
        MainWindow* window = app.window();
        window->setCurrentPage(PageId::Dashboard);
        QCOMPARE(window->currentBatch(), 0);
        window->findChild<QAction*>(QStringLiteral("actionLoadSampleMonth"))->trigger();

        // The month file went through the Importer into a batch, and the window is on it in Review.
        const auto batches = BatchRepository(app.database()->connection()).all();
        QCOMPARE(batches.size(), 1);
        const QString month =
            SampleMonthLoader::defaultMonth(QDate::currentDate()).toString(QStringLiteral("yyyy-MM"));
        QCOMPARE(batches.first().month, month);
        QVERIFY(batches.first().rows > 0);
        QCOMPARE(window->currentBatch(), batches.first().id);
        QCOMPARE(window->currentPage(), PageId::Review);
        QVERIFY2(window->statusBar()->currentMessage().contains(
                     QStringLiteral("Batch %1 holds the month.").arg(batches.first().id)),
                 qPrintable(window->statusBar()->currentMessage()));

        // Loading it again adds no second batch and lands on the same one.
        window->setCurrentPage(PageId::Dashboard);
        window->findChild<QAction*>(QStringLiteral("actionLoadSampleMonth"))->trigger();
        const auto again = BatchRepository(app.database()->connection()).all();
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first().rows, batches.first().rows);
        QCOMPARE(window->currentBatch(), batches.first().id);
        QCOMPARE(window->currentPage(), PageId::Review);
    }

    void switchingReopensOnTheOtherFileAndIsRemembered()
    {
        {
            AppSession app;
            QString error;
            QVERIFY2(app.start(QString(), &error), qPrintable(error));
            // Practice data to find again later.
            app.window()->findChild<QAction*>(QStringLiteral("actionLoadSampleMonth"))->trigger();
            const int practiceEntries = int(CatalogRepository(app.database()->connection()).all().size());
            QVERIFY(practiceEntries > 500);

            app.switchEnvironment(CredlyEnvironment::Production);
            QCOMPARE(app.database()->path(), Database::defaultPath(CredlyEnvironment::Production));
            QCOMPARE(app.database()->environment(), CredlyEnvironment::Production);
            QVERIFY(app.window()->isVisible());
            QVERIFY2(app.window()->windowTitle().contains(QStringLiteral("badgedesk.sqlite")),
                     qPrintable(app.window()->windowTitle()));
            QVERIFY(app.window()->windowTitle().contains(QStringLiteral("PRODUCTION")));
            QCOMPARE(app.window()->statusBar()->currentMessage(),
                     QStringLiteral("BadgeDesk now works in PRODUCTION on badgedesk.sqlite."));
            QVERIFY(!app.credly()->practice()); // no simulator outside Practice
            QVERIFY(!app.credly()->isReady());
            QVERIFY(app.credly()->problem().contains(QStringLiteral("organization id is missing")));
            QVERIFY(CatalogRepository(app.database()->connection()).all().isEmpty()); // never mixed
            QVERIFY(!app.window()->findChild<QAction*>(QStringLiteral("actionLoadSampleMonth"))->isEnabled());
            QCOMPARE(EnvironmentPreference::load(), CredlyEnvironment::Production);
            const auto windows = QApplication::topLevelWidgets();
            QCOMPARE(std::count_if(windows.begin(), windows.end(),
                                   [](QWidget* w) { return qobject_cast<MainWindow*>(w) && w->isVisible(); }),
                     1); // the old window is gone, not hidden behind
        }
        {
            // The next start opens the remembered file.
            AppSession again;
            QString error;
            QVERIFY2(again.start(QString(), &error), qPrintable(error));
            QCOMPARE(again.database()->path(), Database::defaultPath(CredlyEnvironment::Production));
            QCOMPARE(again.database()->environment(), CredlyEnvironment::Production);

            // Sandbox shares the real file: same database, another environment.
            again.switchEnvironment(CredlyEnvironment::Sandbox);
            QCOMPARE(again.database()->path(), Database::defaultPath(CredlyEnvironment::Production));
            QCOMPARE(again.database()->environment(), CredlyEnvironment::Sandbox);
            QVERIFY(again.window()->windowTitle().contains(QStringLiteral("SANDBOX")));

            // And back to Practice, where the sample data waits in its own file.
            again.switchEnvironment(CredlyEnvironment::Practice);
            QCOMPARE(again.database()->path(), Database::defaultPath(CredlyEnvironment::Practice));
            QVERIFY(CatalogRepository(again.database()->connection()).all().size() > 500);
            QVERIFY(again.credly()->isReady());
        }
    }

    void explicitDatabaseKeepsItsOwnEnvironment()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("october.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
            QVERIFY(db.setEnvironment(CredlyEnvironment::Sandbox));
        }
        AppSession app;
        QString error;
        QVERIFY2(app.start(path, &error), qPrintable(error));
        QCOMPARE(app.database()->environment(), CredlyEnvironment::Sandbox);
        QCOMPARE(EnvironmentPreference::load(), CredlyEnvironment::Practice); // --db does not change it
    }

    // File > Back Up Database while the app runs, a change, then File > Restore From Backup: the
    // window comes back on the restored data and the changed file is kept aside.
    void backUpAndRestoreFromTheFileMenu()
    {
        QTemporaryDir dir;
        const QString live = dir.filePath(QStringLiteral("month.sqlite"));
        AppSession app;
        QString error;
        QVERIFY2(app.start(live, &error), qPrintable(error));
        QVERIFY(SettingsRepository(app.database()->connection())
                    .setValue(QStringLiteral("marker"), QStringLiteral("before")));

        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        FileDialog::setNextFileName(copy);
        app.window()->findChild<QAction*>(QStringLiteral("actionBackUpDatabase"))->trigger();
        QVERIFY(QFileInfo::exists(copy));
        QVERIFY2(app.window()->statusBar()->currentMessage().contains(QLatin1String("Backed up to")),
                 qPrintable(app.window()->statusBar()->currentMessage()));
        QVERIFY(SettingsRepository(app.database()->connection())
                    .setValue(QStringLiteral("marker"), QStringLiteral("after")));

        // Cancelling the question changes nothing.
        FileDialog::setNextFileName(copy);
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        app.window()->findChild<QAction*>(QStringLiteral("actionRestoreDatabase"))->trigger();
        QVERIFY(MessageBox::lastQuestion().contains(QLatin1String("kept beside it")));
        QTest::qWait(50);
        QCOMPARE(SettingsRepository(app.database()->connection()).value(QStringLiteral("marker")),
                 QStringLiteral("after"));

        const MainWindow* before = app.window();
        FileDialog::setNextFileName(copy);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        app.window()->findChild<QAction*>(QStringLiteral("actionRestoreDatabase"))->trigger();
        QTRY_VERIFY(app.window() && app.window() != before);
        QVERIFY(app.window()->isVisible());
        QCOMPARE(app.database()->path(), live);
        QCOMPARE(SettingsRepository(app.database()->connection()).value(QStringLiteral("marker")),
                 QStringLiteral("before"));
        const QString message = app.window()->statusBar()->currentMessage();
        QVERIFY2(message.startsWith(QLatin1String("Restored copy.sqlite")), qPrintable(message));
        const QStringList aside =
            QDir(dir.path()).entryList({QStringLiteral("month-before-restore-*.sqlite")});
        QCOMPARE(aside.size(), 1);

        // A file that is not a backup is refused in the status bar, with no question asked.
        const QString text = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello");
        f.close();
        FileDialog::setNextFileName(text);
        const MainWindow* current = app.window();
        app.window()->findChild<QAction*>(QStringLiteral("actionRestoreDatabase"))->trigger();
        QVERIFY2(
            app.window()->statusBar()->currentMessage().contains(QLatin1String("not a BadgeDesk backup")),
            qPrintable(app.window()->statusBar()->currentMessage()));
        QTest::qWait(50);
        QCOMPARE(app.window(), current);
    }

    void copyDiagnosticsHasPathsAndNoSecrets()
    {
        QTemporaryDir dir;
        AppSession app;
        QString error;
        QVERIFY2(app.start(dir.filePath(QStringLiteral("diag.sqlite")), &error), qPrintable(error));
        app.window()->findChild<QAction*>(QStringLiteral("actionCopyDiagnostics"))->trigger();
        const QString text = QGuiApplication::clipboard()->text();
        QVERIFY2(text.startsWith(QStringLiteral("BadgeDesk ") + versionString()), qPrintable(text));
        QVERIFY(text.contains(QDir::toNativeSeparators(dir.filePath(QStringLiteral("diag.sqlite")))));
        QVERIFY(text.contains(QLatin1String("Environment: PRACTICE")));
        QVERIFY(text.contains(QLatin1String("certifications 0")));
        QVERIFY(!text.contains(QLatin1String("token="), Qt::CaseInsensitive));
    }

    // First run: the welcome explains Practice and where the data lives, and its button loads the
    // sample month; the next start does not show it again.
    void firstRunWelcomesAndLoadsTheSampleMonth()
    {
        {
            AppSession app;
            QString error;
            QVERIFY2(app.start(QString(), &error), qPrintable(error));
            auto* welcome = app.window()->findChild<WelcomeDialog*>(QStringLiteral("welcomeDialog"));
            QVERIFY(welcome);
            QTRY_VERIFY(welcome->isVisible());
            const QString intro = welcome->findChild<QLabel*>(QStringLiteral("welcomeIntro"))->text();
            QVERIFY2(intro.contains(QLatin1String("Practice")), qPrintable(intro));
            const QString where = welcome->findChild<QLabel*>(QStringLiteral("welcomeWhere"))->text();
            QVERIFY2(where.contains(QDir::toNativeSeparators(app.database()->path()).toHtmlEscaped()),
                     qPrintable(where));
            QVERIFY(where.contains(QLatin1String("keychain")));
            test::saveScreenshot(welcome, QStringLiteral("welcome"));
            auto* sample = welcome->findChild<QPushButton*>(QStringLiteral("welcomeLoadSample"));
            QVERIFY(sample->isEnabled());
            QTest::mouseClick(sample, Qt::LeftButton);
            QTRY_VERIFY(CatalogRepository(app.database()->connection()).all().size() > 500);
        }
        AppSession again;
        QString error;
        QVERIFY2(again.start(QString(), &error), qPrintable(error));
        QVERIFY(!again.window()->findChild<WelcomeDialog*>(QStringLiteral("welcomeDialog")));
        // Help > Welcome shows it whenever asked.
        again.window()->findChild<QAction*>(QStringLiteral("actionWelcome"))->trigger();
        QVERIFY(again.window()->findChild<WelcomeDialog*>(QStringLiteral("welcomeDialog")));
    }
};

QTEST_MAIN(TestAppSession)
#include "TestAppSession.moc"
