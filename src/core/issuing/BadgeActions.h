#pragma once

#include "credly/CredlyBadge.h"
#include "credly/CredlyError.h"
#include "credly/CredlyExchange.h"
#include "domain/CredlyEnvironment.h"
#include "storage/IssuanceRepository.h"

#include <QObject>
#include <QSqlDatabase>

namespace badgedesk {

class CredlyClient;
class CredlyReply;

// Follow-up actions on one issued badge (issue 7 item 5), each sent to Credly once, recorded in
// the journal with its HTTP attempts, and audited: revoke with a reason, and replace to fix the
// email while the badge is still pending (Credly refuses it once accepted).
class BadgeActions : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        CredlyError error;
        QString message; // for the user: what happened, or what is wrong and what to do
        CredlyBadge badge;
        qint64 journalId = 0;
        bool ok = false;
    };

    BadgeActions(QSqlDatabase db, CredlyClient* client, CredlyEnvironment environment,
                 QObject* parent = nullptr);

    // badgeId: Credly's id (a badge the journal does not know can be revoked too; it is audited).
    void revoke(const QString& badgeId, const QString& reason, const QString& actor);
    void replaceEmail(qint64 journalId, const QString& newEmail, const QString& actor);
    Result revokeNow(const QString& badgeId, const QString& reason, const QString& actor);
    Result replaceEmailNow(qint64 journalId, const QString& newEmail, const QString& actor);

    bool isBusy() const { return m_busy; }

signals:
    void finished(const badgedesk::BadgeActions::Result& result);

private:
    void done(const Result& result);
    Result waitFor();

    QSqlDatabase m_db;
    CredlyClient* m_client;
    CredlyEnvironment m_environment;
    bool m_busy = false;
    Result m_last;
};

} // namespace badgedesk
