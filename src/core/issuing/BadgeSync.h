#pragma once

#include "credly/CredlyBadge.h"
#include "credly/CredlyError.h"
#include "credly/CredlyExchange.h"
#include "domain/CredlyEnvironment.h"
#include "storage/IssuanceRepository.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSqlDatabase>

#include <deque>

namespace badgedesk {

class CredlyClient;
class CredlyReply;

// Follow-up (issue 7 item 5): reads the current state of every issued badge of an environment (or
// of one batch) from Credly and stores it in the journal: pending, accepted, rejected, revoked, and
// the successor when a badge was replaced. One listing per template, every page; a badge that is
// not in its template's listing is fetched by id. Written in one transaction at the end.
class BadgeSync : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        CredlyError error;
        int checked = 0;
        int changed = 0;
        int missing = 0; // Credly no longer has the badge (deleted)
        QMap<QString, int> states;
        QString storageError;

        bool isOk() const { return !error.isError() && storageError.isEmpty(); }
        // "Checked 500 badges: 320 accepted, 170 pending, 6 rejected, 4 revoked; 41 changed."
        QString summary() const;
    };

    BadgeSync(QSqlDatabase db, CredlyClient* client, CredlyEnvironment environment, qint64 batchId = 0,
              QObject* parent = nullptr);
    ~BadgeSync() override;

    void start();
    Result runNow();
    bool isRunning() const { return m_started && !m_finished; }
    const Result& result() const { return m_result; }

signals:
    void progressChanged(int done, int total);
    void finished();

private:
    void nextTemplate();
    void resolve();
    void pumpFetches();
    void onFetch(qint64 journalId, int depth, CredlyReply* reply);
    void settle(qint64 journalId, const CredlyBadge& badge);
    void onExchanged(CredlyReply* reply, const CredlyExchange& exchange);
    void finish();

    QSqlDatabase m_db;
    CredlyClient* m_client;
    CredlyEnvironment m_environment;
    qint64 m_batchId;
    bool m_started = false;
    bool m_finished = false;
    QList<IssuanceRepository::Entry> m_entries;
    QStringList m_templates;
    QHash<QString, CredlyBadge> m_byId;
    struct Fetch
    {
        qint64 journalId;
        QString badgeId;
        int depth;
    };
    std::deque<Fetch> m_fetches;
    int m_inFlight = 0;
    QHash<CredlyReply*, qint64> m_open; // reply -> journal id (0: a listing)
    QList<QPair<qint64, CredlyBadge>> m_updates;
    QList<IssuanceRepository::Attempt> m_attempts;
    QHash<qint64, IssuanceRepository::Entry> m_byJournal;
    Result m_result;
};

} // namespace badgedesk
