#pragma once

#include "Page.h"
#include "reports/ReportScope.h"

#include <QPointer>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QWidget;

namespace badgedesk {

class Database;
class ReportExportJob;

// Issuance reports (issue 8): choose the scope (the current batch, a month or a date range), see
// the funnel's numbers, and export the report to XLSX or CSV, or the batch's Credly bulk-issue
// CSV, through the FileDialog seam. Exports run on a worker thread (ReportExportJob) with progress
// and Cancel; the empty state stays until something was imported.
class ReportsPage : public Page
{
    Q_OBJECT
public:
    explicit ReportsPage(Database& db, QWidget* parent = nullptr);
    ~ReportsPage() override;

    // The scope the controls describe; nullopt (with *error) when it is not usable.
    std::optional<ReportScope> scope(QString* error = nullptr) const;
    bool isExporting() const;

public slots:
    void setBatch(qint64 batchId);
    void refresh();
    void exportXlsx();
    void exportCsv();
    void exportCredlyCsv();
    void cancelExport();

signals:
    void statusMessage(const QString& message);

private:
    void buildContent();
    void exportReport(const QString& extension);
    void startJob(ReportExportJob* job);
    void showMessage(const QString& message, bool problem = false);
    void updateControls();

    Database& m_db;
    qint64 m_batchId = 0;
    QWidget* m_content = nullptr;
    QComboBox* m_scopeKind = nullptr;
    QDateEdit* m_month = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_scopeNote = nullptr;
    QTableWidget* m_funnel = nullptr;
    QPushButton* m_xlsxButton = nullptr;
    QPushButton* m_csvButton = nullptr;
    QPushButton* m_credlyButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_message = nullptr;
    QPointer<ReportExportJob> m_job;
};

} // namespace badgedesk
