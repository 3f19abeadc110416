#pragma once

#include "IssueOptions.h"
#include "IssueProgress.h"
#include "IssueResult.h"
#include "domain/CredlyEnvironment.h"

#include <QObject>
#include <QThread>

namespace badgedesk {

class CredlyClient;

// Runs an Issuer on a worker thread of its own, with its own database connection
// (Database::openConnection) and its own CredlyClient (a copy of the app's settings and token), so
// the journal's synchronous commits never stall the window. Signals arrive on the thread that made
// the job. Deleting a running job stops the thread at once: requests in flight are dropped, their
// rows stay 'sending' in the journal and the next run settles them by look-up, exactly as after a
// crash (BadgeDesk asks before closing on a run; see IssuePage).
class IssueJob : public QObject
{
    Q_OBJECT
public:
    IssueJob(const QString& databasePath, const CredlyClient& client, CredlyEnvironment environment,
             qint64 batchId, const IssueOptions& options, QObject* parent = nullptr);
    ~IssueJob() override;

    void start();
    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }
    const IssueProgress& progress() const { return m_progress; }
    const IssueResult& result() const { return m_result; }
    qint64 batchId() const { return m_batchId; }

public slots:
    void pause();
    void resume();
    void cancel();

signals:
    void progressChanged(const badgedesk::IssueProgress& progress);
    void rowSettled(qint64 journalId, const QString& state);
    void finished(const badgedesk::IssueResult& result);

private:
    class Worker;

    QThread m_thread;
    Worker* m_worker = nullptr;
    qint64 m_batchId;
    bool m_running = false;
    bool m_paused = false;
    IssueProgress m_progress;
    IssueResult m_result;
};

} // namespace badgedesk
