#pragma once

#include "ImportOptions.h"
#include "ImportResult.h"

#include <QObject>
#include <QString>
#include <atomic>

namespace badgedesk {

// Runs Importer::run() off the UI thread. QSqlDatabase connections belong to the thread that
// opened them, so the job opens its own connection to the database file inside run(), in the
// worker thread:
//
//     auto* thread = new QThread(this);
//     auto* job = new ImportJob(database.path(), options);
//     job->moveToThread(thread);
//     connect(thread, &QThread::started, job, &ImportJob::run);
//     connect(job, &ImportJob::progress, this, &Wizard::showProgress);   // queued to the UI
//     connect(job, &ImportJob::finished, this, &Wizard::showResult);
//     connect(job, &ImportJob::finished, thread, &QThread::quit);
//     connect(thread, &QThread::finished, job, &QObject::deleteLater);
//     thread->start();
//     ... cancelButton -> job->cancel();   // any thread
//
// The UI's own connection may keep reading while the job writes (WAL); the batch appears to it
// only when the job commits. Connect QThread::started to preview() instead of run() to preview
// off the UI thread (previewReady() is then emitted instead of finished()).
class ImportJob : public QObject
{
    Q_OBJECT
public:
    ImportJob(const QString& databasePath, const ImportOptions& options, QObject* parent = nullptr);

    // Thread-safe; also works before run() has started.
    void cancel() { m_cancel.store(true); }
    bool isCancelRequested() const { return m_cancel.load(); }
    // Valid after finished().
    ImportResult result() const { return m_result; }

public slots:
    void run();
    // Importer::preview() in the worker thread, for files large enough that reading the first
    // rows (a workbook's shared strings, the file's hash) should not hold up the UI.
    void preview();

signals:
    void progress(qint64 rowsRead, qint64 bytesRead, qint64 bytesTotal);
    void finished(const badgedesk::ImportResult& result);
    void previewReady(const badgedesk::ImportPreview& preview);

private:
    QString m_databasePath;
    ImportOptions m_options;
    std::atomic_bool m_cancel{false};
    ImportResult m_result;
};

} // namespace badgedesk
