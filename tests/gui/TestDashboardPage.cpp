#include "../DashboardFixture.h"
#include "AppIdentity.h"
#include "EmptyStateWidget.h"
#include "MainWindow.h"
#include "issuing/JournalModel.h"
#include "pages/DashboardPage.h"
#include "pages/IssuanceLogPage.h"
#include "pages/ReviewPage.h"
#include "storage/Database.h"
#include "support/Screenshot.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace badgedesk;
using namespace badgedesk::testing;

// The Dashboard page in the real MainWindow on DashboardFixture's history (today = 20 Oct 2026;
// the figures are worked out in TestDashboardStats): the texts beside the chart, the funnel, the
// top lists, the current batch, and the exceptions leading to their rows on the Review page and
// in the Issuance Log.
class TestDashboardPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    int m_dbCount = 0;

    template <typename T> T* find(const char* name) const
    {
        return m_window->findChild<T*>(QString::fromLatin1(name));
    }
    QString text(const char* name) const
    {
        auto* label = find<QLabel>(name);
        return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
    }
    DashboardPage* page() const { return m_window->dashboardPage(); }
    void openWindow(bool withHistory)
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("d%1.sqlite").arg(++m_dbCount))));
        if (withHistory) {
            const QString error = makeDashboardHistory(*m_db);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        m_window = std::make_unique<MainWindow>(*m_db);
        m_window->resize(1280, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        page()->setToday(dashboardToday());
        m_window->setCurrentPage(PageId::Dashboard);
    }
    int exceptionRow(qint64 certificationId) const
    {
        auto* list = find<QListWidget>("dashboardExceptions");
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toLongLong() == certificationId)
                return i;
        }
        return -1;
    }
    void activateException(qint64 certificationId)
    {
        auto* list = find<QListWidget>("dashboardExceptions");
        const int row = exceptionRow(certificationId);
        QVERIFY(row >= 0);
        list->setFocus();
        list->setCurrentRow(row);
        QTest::keyClick(list, Qt::Key_Return);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyAppIdentity();
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
    }

    void init() { QSettings().clear(); }

    void cleanup()
    {
        m_window.reset();
        m_db.reset();
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    void emptyDatabaseKeepsTheEmptyState()
    {
        openWindow(false);
        QVERIFY(page()->emptyState()->isVisible());
        QCOMPARE(page()->emptyState()->title(), QStringLiteral("Welcome to BadgeDesk"));
        QVERIFY(!find<QScrollArea>("dashboardScroll")->isVisible());
    }

    void showsTheNumbersInWords()
    {
        openWindow(true);
        m_window->setCurrentBatch(2);
        QVERIFY(!page()->emptyState()->isVisible());
        QVERIFY(find<QScrollArea>("dashboardScroll")->isVisible());

        // The chart's numbers, in words too.
        const QString chartText = text("dashboardChartText");
        QVERIFY2(chartText.startsWith(QStringLiteral("6 badges issued in the last 12 months; the most in "
                                                     "October 2026 (3).")),
                 qPrintable(chartText));
        QVERIFY2(chartText.contains(QStringLiteral("Nov 2025: 1 · Dec 2025: 0 ·")), qPrintable(chartText));
        QVERIFY2(chartText.endsWith(QStringLiteral("Sep 2026: 1 · Oct 2026: 3.")), qPrintable(chartText));
        auto* chartView = find<QChartView>("dashboardChart");
        QVERIFY(chartView);
        QVERIFY(!chartView->accessibleName().isEmpty());
        QCOMPARE(chartView->accessibleDescription(), chartText);
        QCOMPARE(chartView->chart()->series().size(), 1);

        // Funnel and rate.
        QCOMPARE(text("dashboardFunnelCount0"), QStringLiteral("6"));
        QCOMPARE(text("dashboardFunnelCount1"), QStringLiteral("3 (50%)"));
        QCOMPARE(text("dashboardFunnelCount2"), QStringLiteral("1 (17%)"));
        QCOMPARE(text("dashboardFunnelCount3"), QStringLiteral("1 (17%)"));
        QCOMPARE(text("dashboardFunnelCount4"), QStringLiteral("1 (17%)"));
        QCOMPARE(find<QProgressBar>("dashboardFunnelBar2")->value(), 1);
        QCOMPARE(find<QProgressBar>("dashboardFunnelBar2")->maximum(), 6);
        QCOMPARE(text("dashboardAcceptanceRate"),
                 QStringLiteral("17% of the 6 badges issued in the last 12 months were accepted (1). 3 still "
                                "pending."));

        // Top lists, in order.
        const QString assessments = text("dashboardTopAssessments");
        QVERIFY(assessments.indexOf(QStringLiteral("AWS Welding")) >= 0);
        QVERIFY(assessments.indexOf(QStringLiteral("AWS Welding")) <
                assessments.indexOf(QStringLiteral("Certified Nurse Aide")));
        const QString schools = text("dashboardTopSchools");
        QVERIFY(schools.indexOf(QStringLiteral("Alpha High School")) <
                schools.indexOf(QStringLiteral("Beta Technology Center")));
        QVERIFY(!schools.contains(QStringLiteral("Sandbox School")));

        // The current batch.
        QCOMPARE(text("dashboardBatchTitle"), QStringLiteral("October 2026"));
        auto* progress = find<QProgressBar>("dashboardBatchProgress");
        QCOMPARE(progress->maximum(), 2);
        QCOMPARE(progress->value(), 0);
        QCOMPARE(progress->format(), QStringLiteral("0 of 2 approved rows issued"));
        QCOMPARE(
            text("dashboardBatchCounts"),
            QStringLiteral("4 rows · 0 eligible · 2 needing attention · 2 approved · 0 issued · 0 failed"));

        // The exceptions, with a summary in words.
        auto* list = find<QListWidget>("dashboardExceptions");
        QCOMPARE(list->count(), 7);
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("Bo Ng: Recipient email is invalid")),
                 qPrintable(list->item(0)->text()));
        QVERIFY2(text("dashboardExceptionsSummary")
                     .startsWith(QStringLiteral("7 open: 1 failed send, 2 approved but not issued, 2 needing "
                                                "attention, 1 badge rejected, 1 pending too long.")),
                 qPrintable(text("dashboardExceptionsSummary")));
        QTest::qWait(50); // the chart's scene lays out its new axes in the event loop
        test::saveScreenshot(m_window.get(), QStringLiteral("dashboard"));

        // 24 months: wider figures, and the choice is remembered.
        auto* window = find<QComboBox>("dashboardWindow");
        window->setFocus();
        QTest::keyClick(window, Qt::Key_Down);
        QCOMPARE(page()->months(), 24);
        QVERIFY2(
            text("dashboardChartText").startsWith(QStringLiteral("8 badges issued in the last 24 months")),
            qPrintable(text("dashboardChartText")));
        QCOMPARE(text("dashboardFunnelCount2"), QStringLiteral("3 (38%)"));
        QCOMPARE(QSettings().value(QStringLiteral("dashboard/months")).toInt(), 24);
    }

    void followsTheBatchAndRefreshes()
    {
        openWindow(true);
        m_window->setCurrentBatch(1);
        QCOMPARE(text("dashboardBatchTitle"), QStringLiteral("September 2026"));
        QCOMPARE(find<QProgressBar>("dashboardBatchProgress")->format(),
                 QStringLiteral("11 of 14 approved rows issued"));
        // A change made elsewhere shows once the window re-reads the batches.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE certifications SET status = 'issued' WHERE id = 115")));
        m_window->refreshBatches();
        QCOMPARE(find<QProgressBar>("dashboardBatchProgress")->format(),
                 QStringLiteral("12 of 14 approved rows issued"));
    }

    void exceptionOpensItsRow()
    {
        openWindow(true);
        m_window->setCurrentBatch(1);

        // A row needing attention (batch 2): the Review page, on that row, in that batch.
        activateException(116);
        QCOMPARE(m_window->currentPage(), PageId::Review);
        QCOMPARE(m_window->currentBatch(), 2);
        auto* review = m_window->findChild<ReviewPage*>();
        QVERIFY(review);
        QCOMPARE(review->batch(), 2);
        QCOMPARE(review->selectedIds(), QList<qint64>{116});

        // A failed send (batch 1): the Issuance Log, on its journal row.
        m_window->setCurrentPage(PageId::Dashboard);
        activateException(113);
        QCOMPARE(m_window->currentPage(), PageId::IssuanceLog);
        QCOMPARE(m_window->currentBatch(), 1);
        auto* log = m_window->issuanceLogPage();
        const QModelIndexList selected = log->view()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        auto* proxy = qobject_cast<QSortFilterProxyModel*>(log->view()->model());
        QVERIFY(proxy);
        const auto* entry = log->model()->entryAt(proxy->mapToSource(selected.first()).row());
        QVERIFY(entry);
        QCOMPARE(entry->certificationId, 113);
    }

    void chartFollowsADarkPalette()
    {
        openWindow(true);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::Base, QColor(0x18, 0x1a, 0x1c));
        dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2c, 0x30));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::Button, QColor(0x30, 0x33, 0x36));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::Highlight, QColor(0x4c, 0x8b, 0xf5));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
        dark.setColor(QPalette::Mid, QColor(0x50, 0x53, 0x58));
        QApplication::setPalette(dark);
        QTest::qWait(50);
        auto* chartView = find<QChartView>("dashboardChart");
        const auto axes = chartView->chart()->axes();
        QVERIFY(!axes.isEmpty());
        for (QAbstractAxis* axis : axes)
            QCOMPARE(axis->labelsBrush().color(), QColor(0xe8, 0xea, 0xed));
        auto* list = find<QListWidget>("dashboardExceptions");
        QCOMPARE(list->item(0)->foreground().color(), QColor(0x8a, 0xb4, 0xf8));
        test::saveScreenshot(m_window.get(), QStringLiteral("dashboard-dark"));
    }
};

QTEST_MAIN(TestDashboardPage)
#include "TestDashboardPage.moc"
