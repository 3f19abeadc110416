#include "ReportExportJob.h"

#include "CredlyBulkExport.h"
#include "IssuanceReport.h"
#include "IssuanceReportWriter.h"
#include "storage/Database.h"

#include <QDir>
#include <QThread>

namespace badgedesk {
namespace {
void (*g_hook)(qint64, qint64) = nullptr;
}

void ReportExportJob::setWorkerProgressHook(void (*hook)(qint64, qint64))
{
    g_hook = hook;
}

ReportExportJob::ReportExportJob(QObject* parent) : QObject(parent) {}

ReportExportJob* ReportExportJob::report(const QString& databasePath, const ReportScope& scope,
                                         const QString& outPath, QObject* parent)
{
    auto* job = new ReportExportJob(parent);
    job->m_databasePath = databasePath;
    job->m_scope = scope;
    job->m_out = outPath;
    return job;
}

ReportExportJob* ReportExportJob::credlyBulk(const QString& databasePath, qint64 batchId,
                                             const QString& directory, QObject* parent)
{
    auto* job = new ReportExportJob(parent);
    job->m_credly = true;
    job->m_databasePath = databasePath;
    job->m_batchId = batchId;
    job->m_out = directory;
    return job;
}

ReportExportJob::~ReportExportJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool ReportExportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ReportExportJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->start();
}

void ReportExportJob::run()
{
    Database db;
    if (!db.openConnection(m_databasePath)) {
        emit finished(false, db.errorMessage(), {});
        return;
    }
    if (m_credly) {
        const CredlyBulkExport::Result r = CredlyBulkExport::write(db.connection(), m_batchId, m_out);
        if (!r.ok) {
            emit finished(false, tr("Could not write the Credly bulk CSV: %1").arg(r.error), {});
            return;
        }
        QString message = tr("Wrote %n row(s) for Credly's bulk upload to %1", nullptr, r.rows)
                              .arg(QDir::toNativeSeparators(m_out));
        if (!r.skipped.isEmpty())
            message += tr("; %n row(s) left out (see the first: row %1: %2)", nullptr, int(r.skipped.size()))
                           .arg(r.skipped.first().rowId)
                           .arg(r.skipped.first().why);
        emit finished(true, message + QLatin1Char('.'), r.files);
        return;
    }
    IssuanceReport report(db.connection(), m_scope);
    IssuanceReportWriter::Options options;
    options.progress = [this](qint64 done, qint64 total) {
        emit progress(done, total);
        if (g_hook)
            g_hook(done, total);
        return !m_cancel.load();
    };
    IssuanceReportWriter writer(report, options);
    if (!writer.write(m_out)) {
        emit finished(false, writer.errorMessage(), {});
        return;
    }
    const auto& f = writer.summary().funnel;
    emit finished(true,
                  tr("Report for %1 written: %2 rows, %3 issued, %4 accepted.")
                      .arg(m_scope.description())
                      .arg(f.received)
                      .arg(f.issued)
                      .arg(f.accepted),
                  writer.writtenFiles());
}

} // namespace badgedesk
