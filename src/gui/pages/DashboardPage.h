#pragma once

#include "Page.h"

#include <QDate>

class QChart;
class QChartView;
class QComboBox;
class QGridLayout;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;

namespace badgedesk {

class Database;

// Where the months stand (issue 8 item 4): badges issued per month over the last 12 or 24 months
// (a bar chart), the acceptance funnel and rate, the top assessments and schools, the open
// exceptions (each opens the row on the Review page, or in the Issuance Log for what happened at
// Credly) and the current batch's progress. Every number the chart draws is also written out, and
// the chart takes its colours from the palette. Reads only through DashboardStats; refreshes when
// shown, when the batch changes and when the window re-reads the batches.
class DashboardPage : public Page
{
    Q_OBJECT
public:
    explicit DashboardPage(Database& db, QWidget* parent = nullptr);

    // 12 or 24 (remembered).
    int months() const { return m_months; }
    void setMonths(int months);
    // Tests pin the clock; default today.
    void setToday(const QDate& today);
    qint64 batch() const { return m_batch; }

public slots:
    // The window's current batch (its progress is shown).
    void setBatch(qint64 batchId);
    // Reads everything again now.
    void refresh();
    // Something changed elsewhere: read again now if shown, else when shown.
    void batchesChanged();

signals:
    // An exception was activated: show that row (certification id) of that batch on that page.
    void rowRequested(badgedesk::PageId page, qint64 batchId, qint64 certificationId);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildContent();
    void applyPalette();
    void showChart();
    void showFunnel();
    void showTopLists();
    void showExceptions();
    void showBatchProgress();
    void openException(QListWidgetItem* item);

    Database& m_db;
    QDate m_today;
    qint64 m_batch = 0;
    int m_months = 12;

    QWidget* m_content = nullptr;
    QComboBox* m_window = nullptr;
    QChart* m_chart = nullptr;
    QChartView* m_chartView = nullptr;
    QLabel* m_chartText = nullptr;
    QLabel* m_funnelTitle = nullptr;
    QList<QLabel*> m_funnelCounts;
    QList<QProgressBar*> m_funnelBars;
    QLabel* m_rate = nullptr;
    QLabel* m_topAssessments = nullptr;
    QLabel* m_topSchools = nullptr;
    QLabel* m_exceptionsSummary = nullptr;
    QListWidget* m_exceptions = nullptr;
    QLabel* m_batchTitle = nullptr;
    QProgressBar* m_batchProgress = nullptr;
    QLabel* m_batchCounts = nullptr;
};

} // namespace badgedesk
