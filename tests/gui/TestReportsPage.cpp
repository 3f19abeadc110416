#include "../ReportFixture.h"
#include "AppIdentity.h"
#include "EmptyStateWidget.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "importing/XlsxReader.h"
#include "pages/ReportsPage.h"
#include "reports/ReportExportJob.h"
#include "storage/Database.h"
#include "support/Screenshot.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

#include <memory>

using namespace badgedesk;
using namespace badgedesk::testing;

// The Reports page in the real MainWindow: the empty state before any import, the funnel's
// numbers for each scope, and the three exports through the FileDialog seam, off the UI thread.
class TestReportsPage : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;

    template <typename T> T* find(const char* name) const
    {
        return m_window->findChild<T*>(QString::fromLatin1(name));
    }
    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(*m_db);
        m_window->resize(1180, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->setCurrentBatch(1);
        m_window->setCurrentPage(PageId::Reports);
    }
    QString funnelCell(const QString& stage, int column) const
    {
        auto* table = find<QTableWidget>("reportFunnel");
        for (int r = 0; table && r < table->rowCount(); ++r) {
            if (table->item(r, 0)->text().trimmed() == stage)
                return table->item(r, column)->text();
        }
        return {};
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
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("reports.sqlite"))));
    }

    void cleanup()
    {
        m_window.reset();
        m_db.reset();
        m_dir.reset();
    }

    void emptyBeforeAnyImport()
    {
        openWindow();
        auto* page = find<ReportsPage>("reportsPage");
        QVERIFY(page);
        QVERIFY(page->emptyState()->isVisible());
        QVERIFY(!find<QPushButton>("reportExportXlsx")->isVisible());
    }

    void funnelAndExports()
    {
        QCOMPARE(makeReportFixture(*m_db), QString());
        openWindow();
        auto* page = find<ReportsPage>("reportsPage");
        QVERIFY(!page->emptyState()->isVisible());
        QVERIFY(
            find<QLabel>("reportScopeNote")->text().contains(QStringLiteral("Batch 1 (2026-09): 10 rows")));
        QCOMPARE(funnelCell(QStringLiteral("Rows received"), 1), QStringLiteral("10"));
        QCOMPARE(funnelCell(QStringLiteral("Issued"), 1), QStringLiteral("3"));
        QCOMPARE(funnelCell(QStringLiteral("Accepted"), 1), QStringLiteral("1"));
        QCOMPARE(funnelCell(QStringLiteral("Excluded: Not passed"), 1), QStringLiteral("1"));
        QCOMPARE(funnelCell(QStringLiteral("Approved"), 2), QStringLiteral("50.0 %"));
        test::saveScreenshot(m_window.get(), QStringLiteral("reports-page"));

        // XLSX through the seam, written on the worker thread.
        const QString xlsx = m_dir->filePath(QStringLiteral("september.xlsx"));
        FileDialog::setNextFileName(xlsx);
        QTest::mouseClick(find<QPushButton>("reportExportXlsx"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isExporting(), 20000);
        QTRY_VERIFY(
            find<QLabel>("reportMessage")->text().contains(QStringLiteral("written: 10 rows, 3 issued")));
        XlsxReader reader(xlsx);
        reader.setSheetName(QStringLiteral("Issued"));
        QVERIFY(reader.open());
        QStringList cells;
        int rows = 0;
        while (reader.readRow(&cells))
            ++rows;
        QCOMPARE(rows, 4);

        // A month; CSV files named after the one chosen.
        find<QComboBox>("reportScope")->setCurrentIndex(1);
        find<QDateEdit>("reportMonth")->setDate(QDate(2026, 10, 1));
        QCOMPARE(funnelCell(QStringLiteral("Rows received"), 1), QStringLiteral("3"));
        const QString csv = m_dir->filePath(QStringLiteral("october.csv"));
        FileDialog::setNextFileName(csv);
        QTest::mouseClick(find<QPushButton>("reportExportCsv"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isExporting(), 20000);
        QTRY_VERIFY(QFile::exists(m_dir->filePath(QStringLiteral("october-issued.csv"))));
        QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("october-summary.csv"))));

        // A date range the wrong way round says what to do and exports nothing.
        find<QComboBox>("reportScope")->setCurrentIndex(2);
        find<QDateEdit>("reportFrom")->setDate(QDate(2026, 10, 1));
        find<QDateEdit>("reportTo")->setDate(QDate(2026, 9, 1));
        QVERIFY(find<QLabel>("reportScopeNote")->text().contains(QStringLiteral("swap the dates")));
        QVERIFY(!find<QPushButton>("reportExportXlsx")->isEnabled());
        find<QDateEdit>("reportTo")->setDate(QDate(2026, 9, 30));
        QVERIFY(find<QLabel>("reportScopeNote")->text().contains(QStringLiteral("swap the dates")));
        find<QDateEdit>("reportFrom")->setDate(QDate(2026, 9, 1));
        QCOMPARE(funnelCell(QStringLiteral("Rows received"), 1), QStringLiteral("11"));
        // The scope choice is remembered.
        QCOMPARE(QSettings().value(QStringLiteral("reports/scope")).toInt(), 2);

        // Credly's bulk CSV of the current batch into a chosen folder.
        const QString folder = m_dir->filePath(QStringLiteral("bulk"));
        FileDialog::setNextFileName(folder);
        QTest::mouseClick(find<QPushButton>("reportCredlyCsv"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isExporting(), 20000);
        QTRY_VERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("credly-bulk-batch1-2026-09.csv"))));
        QTRY_VERIFY2(find<QLabel>("reportMessage")->text().contains(QStringLiteral("Wrote 2 row")),
                     qPrintable(find<QLabel>("reportMessage")->text()));
    }

    void cancelLeavesNoFile()
    {
        QCOMPARE(makeReportFixture(*m_db), QString());
        openWindow();
        auto* page = find<ReportsPage>("reportsPage");
        const QString xlsx = m_dir->filePath(QStringLiteral("canceled.xlsx"));
        // The worker waits at its first progress report until the test has pressed Cancel.
        s_reached = false;
        s_release = false;
        ReportExportJob::setWorkerProgressHook([](qint64, qint64) {
            s_reached = true;
            while (!s_release)
                QThread::msleep(5);
        });
        FileDialog::setNextFileName(xlsx);
        QTest::mouseClick(find<QPushButton>("reportExportXlsx"), Qt::LeftButton);
        QTRY_VERIFY(s_reached.load());
        QVERIFY(page->isExporting());
        QVERIFY(find<QPushButton>("reportCancel")->isVisible());
        QVERIFY(!find<QPushButton>("reportExportCsv")->isEnabled());
        QTest::mouseClick(find<QPushButton>("reportCancel"), Qt::LeftButton);
        s_release = true;
        QTRY_VERIFY_WITH_TIMEOUT(!page->isExporting(), 20000);
        ReportExportJob::setWorkerProgressHook(nullptr);
        QTRY_VERIFY(find<QLabel>("reportMessage")->text().contains(QStringLiteral("canceled")));
        QVERIFY(!QFile::exists(xlsx));
        QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden).size(),
                 0);
        QVERIFY(find<QPushButton>("reportExportCsv")->isEnabled());
    }

private:
    static inline std::atomic<bool> s_reached{false};
    static inline std::atomic<bool> s_release{false};
};

QTEST_MAIN(TestReportsPage)
#include "TestReportsPage.moc"
