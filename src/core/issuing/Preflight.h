#pragma once

#include "PreflightRow.h"
#include "credly/CredlyBadge.h"
#include "credly/CredlyError.h"
#include "domain/CredlyEnvironment.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

#include <deque>

namespace badgedesk {

class CredlyClient;
class CredlyReply;

// The dry run before issuing (issue 7 item 2): checks that every template the batch needs is
// active at Credly, looks up existing badges for each row (by issuer_earner_id and template, and
// by email and template), and predicts each row's outcome with counts. Nothing is sent and the
// journal is not touched; only GETs, `concurrency` at a time.
class Preflight : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        CredlyError error; // Credly refused or could not be reached; rows may be partial
        QString message;   // a local problem (no batch, no key)
        QList<PreflightRow> rows;
        QMap<PreflightRow::Outcome, int> counts;
        int templatesNeeded = 0;
        int templatesInactive = 0; // archived, draft or unknown at Credly
        bool canceled = false;

        bool isOk() const { return !error.isError() && message.isEmpty() && !canceled; }
        int count(PreflightRow::Outcome o) const { return counts.value(o); }
        // "500 rows: 480 will be issued, 12 already at Credly, 0 issued before, 8 blocked."
        QString summary() const;
    };

    Preflight(QSqlDatabase db, CredlyClient* client, CredlyEnvironment environment, qint64 batchId,
              int concurrency = 4, QObject* parent = nullptr);
    ~Preflight() override;

    void start();
    Result runNow();
    void cancel();
    bool isRunning() const { return m_started && !m_finished; }
    const Result& result() const { return m_result; }

signals:
    void progressChanged(int done, int total);
    void finished();

private:
    struct Row
    {
        PreflightRow out;
        QString earnerId;
        bool earnerChecked = false;
        bool emailChecked = false;
        QList<CredlyBadge> byEarner;
        QList<CredlyBadge> byEmail;
        QString lookupError;
    };
    struct Task
    {
        int row = 0;
        bool byEmail = false;
    };

    void onTemplates();
    void pump();
    void onLookup(const Task& task, CredlyReply* reply);
    void conclude(Row& row);
    void finish();

    QSqlDatabase m_db;
    CredlyClient* m_client;
    CredlyEnvironment m_environment;
    qint64 m_batchId;
    int m_concurrency;
    bool m_started = false;
    bool m_finished = false;
    bool m_canceled = false;
    QList<Row> m_rows;
    std::deque<Task> m_tasks;
    int m_inFlight = 0;
    int m_tasksTotal = 0;
    int m_tasksDone = 0;
    QPointer<CredlyReply> m_templatesReply;
    QList<CredlyReply*> m_open;
    QHash<QString, QString> m_templateState; // id -> state
    QHash<QString, QString> m_templateName;
    QHash<QString, bool> m_allowsDuplicates;
    Result m_result;
};

} // namespace badgedesk
