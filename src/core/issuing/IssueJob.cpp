#include "IssueJob.h"

#include "Issuer.h"
#include "credly/CredlyClient.h"
#include "storage/Database.h"

#include <memory>

namespace badgedesk {

// Lives on the job's thread: opens the connection there, owns the client and the Issuer.
class IssueJob::Worker : public QObject
{
    Q_OBJECT
public:
    Worker(QString databasePath, CredlyClient* client, CredlyEnvironment environment, qint64 batchId,
           IssueOptions options)
        : m_path(std::move(databasePath)), m_client(client), m_environment(environment), m_batchId(batchId),
          m_options(std::move(options))
    {
        m_client->setParent(this);
    }

    ~Worker() override
    {
        // The Issuer first (it uses the client and the connection), then the connection.
        delete m_issuer;
        m_database.reset();
    }

public slots:
    void run()
    {
        m_database = std::make_unique<Database>();
        if (!m_database->openConnection(m_path)) {
            IssueResult r;
            r.end = IssueResult::End::NotStarted;
            r.message = m_database->errorMessage();
            emit finished(r);
            return;
        }
        m_issuer = new Issuer(m_database->connection(), m_client, m_environment, m_batchId, m_options);
        connect(m_issuer, &Issuer::progressChanged, this, &Worker::progressChanged);
        connect(m_issuer, &Issuer::rowSettled, this, &Worker::rowSettled);
        connect(m_issuer, &Issuer::finished, this, &Worker::finished);
        m_issuer->start();
    }
    void pause()
    {
        if (m_issuer)
            m_issuer->pause();
    }
    void resume()
    {
        if (m_issuer)
            m_issuer->resume();
    }
    void cancel()
    {
        if (m_issuer)
            m_issuer->cancel();
    }

signals:
    void progressChanged(const badgedesk::IssueProgress& progress);
    void rowSettled(qint64 journalId, const QString& state);
    void finished(const badgedesk::IssueResult& result);

private:
    QString m_path;
    CredlyClient* m_client;
    CredlyEnvironment m_environment;
    qint64 m_batchId;
    IssueOptions m_options;
    std::unique_ptr<Database> m_database;
    Issuer* m_issuer = nullptr;
};

IssueJob::IssueJob(const QString& databasePath, const CredlyClient& client, CredlyEnvironment environment,
                   qint64 batchId, const IssueOptions& options, QObject* parent)
    : QObject(parent), m_batchId(batchId)
{
    qRegisterMetaType<badgedesk::IssueProgress>();
    qRegisterMetaType<badgedesk::IssueResult>();
    // A client of the worker's own: same address, organization and token as the app's.
    auto* copy = new CredlyClient;
    copy->copySettingsFrom(client);
    m_worker = new Worker(databasePath, copy, environment, batchId, options);
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("issuing"));
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Worker::progressChanged, this, [this](const IssueProgress& p) {
        m_progress = p;
        m_paused = p.phase == IssueProgress::Phase::Paused || p.phase == IssueProgress::Phase::Pausing;
        emit progressChanged(p);
    });
    connect(m_worker, &Worker::rowSettled, this, &IssueJob::rowSettled);
    connect(m_worker, &Worker::finished, this, [this](const IssueResult& r) {
        m_result = r;
        m_running = false;
        m_paused = false;
        m_thread.quit();
        m_thread.wait();
        emit finished(r);
    });
}

IssueJob::~IssueJob()
{
    if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait();
    }
}

void IssueJob::start()
{
    if (m_running || m_thread.isRunning())
        return;
    m_running = true;
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &Worker::run, Qt::QueuedConnection);
}

void IssueJob::pause()
{
    if (m_running)
        QMetaObject::invokeMethod(m_worker, &Worker::pause, Qt::QueuedConnection);
}

void IssueJob::resume()
{
    if (m_running)
        QMetaObject::invokeMethod(m_worker, &Worker::resume, Qt::QueuedConnection);
}

void IssueJob::cancel()
{
    if (m_running)
        QMetaObject::invokeMethod(m_worker, &Worker::cancel, Qt::QueuedConnection);
}

} // namespace badgedesk

#include "IssueJob.moc"
