#pragma once

#include "ReportScope.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <atomic>

class QThread;

namespace badgedesk {

// Writes a report (XLSX or CSV, by the file's extension) or a batch's Credly bulk CSV on a worker
// thread with a database connection of its own (Database::openConnection), so a 100,000-row
// export never freezes the window. progress() and finished() arrive on the thread that made the
// job; cancel() is safe from any thread and leaves no file behind.
class ReportExportJob : public QObject
{
    Q_OBJECT
public:
    static ReportExportJob* report(const QString& databasePath, const ReportScope& scope,
                                   const QString& outPath, QObject* parent = nullptr);
    static ReportExportJob* credlyBulk(const QString& databasePath, qint64 batchId, const QString& directory,
                                       QObject* parent = nullptr);
    ~ReportExportJob() override;

    void start();
    void cancel() { m_cancel = true; }
    bool isRunning() const;
    // The export waits after each block of rows while this is set (tests hold it mid-way).
    static void setWorkerProgressHook(void (*hook)(qint64 done, qint64 total));

signals:
    void progress(qint64 done, qint64 total);
    // ok, the message to show (what was written, or what went wrong and what to do), the files.
    void finished(bool ok, const QString& message, const QStringList& files);

private:
    explicit ReportExportJob(QObject* parent);
    void run();

    bool m_credly = false;
    QString m_databasePath;
    ReportScope m_scope;
    QString m_out;
    qint64 m_batchId = 0;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
};

} // namespace badgedesk
