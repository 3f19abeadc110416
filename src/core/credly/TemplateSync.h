#pragma once

#include "CredlyError.h"
#include "domain/CatalogEntry.h"
#include "domain/CredlyEnvironment.h"
#include "storage/CredlyTemplateRepository.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

namespace badgedesk {

class CredlyClient;
class CredlyReply;

// Refreshes the local template cache of one environment from Credly (every page, every state)
// and flags the catalog entries that still point at a template that cannot issue: archived
// (or draft) ones, and ids Credly does not know at all. The cache is replaced as a whole or not
// at all (CredlyTemplateRepository::replaceAll), so a failed sync leaves the last good set.
class TemplateSync : public QObject
{
    Q_OBJECT
public:
    // A catalog entry in force today whose template cannot issue.
    struct Reference
    {
        QString code;
        QString title;
        QString templateId;
        QString templateName;  // empty for an unknown id
        QString templateState; // archived, draft; empty for an unknown id
    };

    struct Result
    {
        CredlyError error;    // from Credly; the cache was not touched
        QString storageError; // the cache could not be written; the old set is kept
        QDateTime syncedAt;
        int total = 0;
        int active = 0;
        int archived = 0;
        QList<Reference> archivedInUse; // entries mapped to an archived or draft template
        QList<Reference> unknownInUse;  // entries mapped to an id Credly does not have

        bool isOk() const { return !error.isError() && storageError.isEmpty(); }
        // One paragraph for the status bar, the CLI or a dialog.
        QString summary() const;
    };

    TemplateSync(CredlyClient* client, QSqlDatabase db, CredlyEnvironment environment,
                 QObject* parent = nullptr);
    ~TemplateSync() override;

    void start();
    bool isRunning() const { return !m_reply.isNull(); }
    const Result& result() const { return m_result; }
    // start() and wait in a local event loop: for the CLI and tests.
    Result runNow();

    // The flags alone, from any template list (the cache, for a page that has not synced).
    static void flagReferences(const QList<CatalogEntry>& catalog,
                               const QList<CredlyTemplateRepository::CachedTemplate>& templates,
                               const QDate& today, Result* result);

signals:
    void finished();

private:
    CredlyClient* m_client;
    QSqlDatabase m_db;
    CredlyEnvironment m_environment;
    QPointer<CredlyReply> m_reply;
    Result m_result;
};

} // namespace badgedesk
