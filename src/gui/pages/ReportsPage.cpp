#include "ReportsPage.h"

#include "EmptyStateWidget.h"
#include "FileDialog.h"
#include "reports/IssuanceReport.h"
#include "reports/ReportExportJob.h"
#include "storage/BatchRepository.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace badgedesk {
namespace {
const auto kFolderKey = QStringLiteral("reports/lastDirectory");
const auto kScopeKey = QStringLiteral("reports/scope");

enum ScopeKind
{
    CurrentBatch = 0,
    Month = 1,
    DateRange = 2,
};
} // namespace

ReportsPage::ReportsPage(Database& db, QWidget* parent) : Page(parent), m_db(db)
{
    setObjectName(QStringLiteral("reportsPage"));
    auto* emptyState =
        new EmptyStateWidget(tr("Nothing to report yet"),
                             tr("Reports list what was issued, excluded and why, by month, school and "
                                "assessment. Import a month's export first."),
                             tr("Go to Import"), this);
    connect(emptyState, &EmptyStateWidget::actionTriggered, this,
            [this] { emit pageRequested(PageId::Import); });
    setEmptyState(emptyState);
    buildContent();
    refresh();
}

ReportsPage::~ReportsPage()
{
    if (m_job) {
        m_job->cancel();
        delete m_job; // waits for the worker
    }
}

void ReportsPage::buildContent()
{
    m_content = new QWidget(this);
    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("Issuance reports"), m_content);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);

    auto* form = new QFormLayout;
    m_scopeKind = new QComboBox(m_content);
    m_scopeKind->setObjectName(QStringLiteral("reportScope"));
    m_scopeKind->addItems({tr("Current batch"), tr("Month"), tr("Date range")});
    m_scopeKind->setToolTip(
        tr("A month takes every batch imported for it; a date range takes rows by the day "
           "their badge was issued, else by their test date."));
    form->addRow(tr("&Report on:"), m_scopeKind);
    m_month = new QDateEdit(QDate::currentDate(), m_content);
    m_month->setObjectName(QStringLiteral("reportMonth"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    form->addRow(tr("&Month:"), m_month);
    auto* range = new QHBoxLayout;
    m_from = new QDateEdit(QDate(QDate::currentDate().year(), 1, 1), m_content);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // The range's two dates sit in one form row, so the row's label is buddy to neither.
    m_from->setAccessibleName(tr("Report from date"));
    m_to = new QDateEdit(QDate::currentDate(), m_content);
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to->setAccessibleName(tr("Report to date"));
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), m_content));
    range->addWidget(m_to);
    range->addStretch(1);
    form->addRow(tr("Date range:"), range);
    layout->addLayout(form);
    m_scopeNote = new QLabel(m_content);
    m_scopeNote->setObjectName(QStringLiteral("reportScopeNote"));
    m_scopeNote->setWordWrap(true);
    layout->addWidget(m_scopeNote);

    m_funnel = new QTableWidget(0, 3, m_content);
    m_funnel->setObjectName(QStringLiteral("reportFunnel"));
    m_funnel->setHorizontalHeaderLabels({tr("Stage"), tr("Rows"), tr("% of rows received")});
    m_funnel->verticalHeader()->hide();
    m_funnel->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_funnel->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_funnel->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_funnel->setAccessibleName(tr("Funnel from rows received to badges accepted"));
    layout->addWidget(m_funnel, 1);

    auto* buttons = new QHBoxLayout;
    m_xlsxButton = new QPushButton(tr("Export &XLSX…"), m_content);
    m_xlsxButton->setObjectName(QStringLiteral("reportExportXlsx"));
    m_csvButton = new QPushButton(tr("Export &CSV…"), m_content);
    m_csvButton->setObjectName(QStringLiteral("reportExportCsv"));
    m_credlyButton = new QPushButton(tr("Credly &Bulk CSV…"), m_content);
    m_credlyButton->setObjectName(QStringLiteral("reportCredlyCsv"));
    m_credlyButton->setToolTip(
        tr("Credly's bulk-issue file of the current batch's approved rows that have no "
           "badge yet, for Credly's own uploader (Badges > Issue)."));
    m_cancelButton = new QPushButton(tr("Cancel"), m_content);
    m_cancelButton->setObjectName(QStringLiteral("reportCancel"));
    m_progress = new QProgressBar(m_content);
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    buttons->addWidget(m_xlsxButton);
    buttons->addWidget(m_csvButton);
    buttons->addWidget(m_credlyButton);
    buttons->addStretch(1);
    buttons->addWidget(m_progress);
    buttons->addWidget(m_cancelButton);
    layout->addLayout(buttons);
    m_message = new QLabel(m_content);
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    static_cast<QVBoxLayout*>(this->layout())->addWidget(m_content);

    m_scopeKind->setCurrentIndex(QSettings().value(kScopeKey, CurrentBatch).toInt());
    connect(m_scopeKind, &QComboBox::currentIndexChanged, this, [this](int index) {
        QSettings().setValue(kScopeKey, index);
        refresh();
    });
    connect(m_month, &QDateEdit::dateChanged, this, &ReportsPage::refresh);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportsPage::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportsPage::refresh);
    connect(m_xlsxButton, &QPushButton::clicked, this, &ReportsPage::exportXlsx);
    connect(m_csvButton, &QPushButton::clicked, this, &ReportsPage::exportCsv);
    connect(m_credlyButton, &QPushButton::clicked, this, &ReportsPage::exportCredlyCsv);
    connect(m_cancelButton, &QPushButton::clicked, this, &ReportsPage::cancelExport);
}

void ReportsPage::setBatch(qint64 batchId)
{
    m_batchId = batchId;
    // The month follows the batch until the specialist picks another.
    if (const auto b = BatchRepository(m_db.connection()).byId(batchId)) {
        const QSignalBlocker block(m_month);
        m_month->setDate(QDate::fromString(b->month + QStringLiteral("-01"), Qt::ISODate));
    }
    refresh();
}

std::optional<ReportScope> ReportsPage::scope(QString* error) const
{
    switch (m_scopeKind->currentIndex()) {
    case Month:
        return ReportScope::forMonth(m_month->date().toString(QStringLiteral("yyyy-MM")), error);
    case DateRange:
        return ReportScope::forRange(m_from->date(), m_to->date(), error);
    default: {
        const auto b = m_batchId > 0 ? BatchRepository(m_db.connection()).byId(m_batchId) : std::nullopt;
        if (!b) {
            if (error)
                *error =
                    tr("No batch is chosen: pick one in the batch selector above, or report on a month.");
            return std::nullopt;
        }
        return ReportScope::forBatch(b->id, b->month);
    }
    }
}

bool ReportsPage::isExporting() const
{
    return m_job && m_job->isRunning();
}

void ReportsPage::refresh()
{
    const bool empty = BatchRepository(m_db.connection()).all().isEmpty();
    emptyState()->setVisible(empty);
    m_content->setVisible(!empty);
    m_month->setEnabled(m_scopeKind->currentIndex() == Month);
    m_from->setEnabled(m_scopeKind->currentIndex() == DateRange);
    m_to->setEnabled(m_scopeKind->currentIndex() == DateRange);
    m_funnel->setRowCount(0);
    QString error;
    const auto s = scope(&error);
    if (!s) {
        m_scopeNote->setText(error);
        updateControls();
        return;
    }
    IssuanceReport report(m_db.connection(), *s);
    IssuanceReport::Summary summary;
    if (!report.summary(&summary)) {
        m_scopeNote->setText(tr("Could not read the rows: %1").arg(report.error()));
        updateControls();
        return;
    }
    const QLocale locale;
    m_scopeNote->setText(
        tr("%1: %2 rows from %3 school(s) and %4 assessment(s); badges count when issued in %5.")
            .arg(s->description())
            .arg(locale.toString(summary.funnel.received))
            .arg(summary.bySchool.size())
            .arg(summary.byAssessment.size())
            .arg(report.environment() == CredlyEnvironment::Practice ? tr("Practice") : tr("Production")));
    const auto steps = IssuanceReport::steps(summary.funnel);
    m_funnel->setRowCount(int(steps.size()));
    for (int i = 0; i < steps.size(); ++i) {
        const auto& step = steps.at(i);
        auto* label = new QTableWidgetItem((step.level ? QStringLiteral("    ") : QString()) + step.label);
        if (step.level == 0) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
        }
        auto* count = new QTableWidgetItem(locale.toString(step.count));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* share =
            new QTableWidgetItem(locale.toString(step.ofReceived * 100, 'f', 1) + QStringLiteral(" %"));
        share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_funnel->setItem(i, 0, label);
        m_funnel->setItem(i, 1, count);
        m_funnel->setItem(i, 2, share);
    }
    m_funnel->resizeColumnToContents(1);
    m_funnel->resizeColumnToContents(2);
    updateControls();
}

void ReportsPage::updateControls()
{
    const bool busy = isExporting();
    const bool usable = scope().has_value();
    m_xlsxButton->setEnabled(!busy && usable);
    m_csvButton->setEnabled(!busy && usable);
    m_credlyButton->setEnabled(!busy && m_batchId > 0);
    m_scopeKind->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
}

void ReportsPage::showMessage(const QString& message, bool problem)
{
    m_message->setText(message);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b03020;") : QString());
    emit statusMessage(message);
}

void ReportsPage::exportXlsx()
{
    exportReport(QStringLiteral("xlsx"));
}

void ReportsPage::exportCsv()
{
    exportReport(QStringLiteral("csv"));
}

void ReportsPage::exportReport(const QString& extension)
{
    QString error;
    const auto s = scope(&error);
    if (!s) {
        showMessage(error, true);
        return;
    }
    QSettings settings;
    const QString folder = settings.value(kFolderKey, QDir::homePath()).toString();
    const QString suggested =
        QStringLiteral("%1/issuance-report-%2.%3").arg(folder, s->fileStem(), extension);
    const QString path = FileDialog::getSaveFileName(
        this, extension == QLatin1String("xlsx") ? tr("Export Report as XLSX") : tr("Export Report as CSV"),
        suggested,
        extension == QLatin1String("xlsx") ? tr("Excel workbook (*.xlsx)")
                                           : tr("CSV, one file per sheet (*.csv)"));
    if (path.isEmpty())
        return;
    QString target = path;
    if (QFileInfo(target).suffix().compare(extension, Qt::CaseInsensitive) != 0)
        target += QLatin1Char('.') + extension;
    settings.setValue(kFolderKey, QFileInfo(target).absolutePath());
    startJob(ReportExportJob::report(m_db.path(), *s, target, this));
}

void ReportsPage::exportCredlyCsv()
{
    if (m_batchId <= 0) {
        showMessage(tr("Choose a batch first: the bulk CSV holds one batch's rows."), true);
        return;
    }
    QSettings settings;
    const QString folder = settings.value(kFolderKey, QDir::homePath()).toString();
    const QString directory =
        FileDialog::getExistingDirectory(this, tr("Folder for Credly's Bulk-Issue CSV"), folder);
    if (directory.isEmpty())
        return;
    settings.setValue(kFolderKey, directory);
    startJob(ReportExportJob::credlyBulk(m_db.path(), m_batchId, directory, this));
}

void ReportsPage::startJob(ReportExportJob* job)
{
    m_job = job;
    m_progress->setRange(0, 0);
    connect(job, &ReportExportJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(qMax<qint64>(total, 1)));
        m_progress->setValue(int(done));
        m_progress->setFormat(tr("%1 of %2 rows").arg(done).arg(total));
    });
    connect(job, &ReportExportJob::finished, this,
            [this, job](bool ok, const QString& message, const QStringList&) {
                showMessage(message, !ok);
                job->deleteLater();
                m_job = nullptr;
                updateControls();
            });
    showMessage(tr("Exporting…"));
    job->start();
    updateControls();
}

void ReportsPage::cancelExport()
{
    if (m_job)
        m_job->cancel();
}

} // namespace badgedesk
