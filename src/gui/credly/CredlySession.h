#pragma once

#include "credly/CredlyClient.h"
#include "credly/CredlyConnectionSettings.h"
#include "credly/TemplateSync.h"
#include "domain/CredlyEnvironment.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace badgedesk {

class Database;
class PracticeSession;
class TokenStore;

// The app's connection to Credly for the open database: the one CredlyClient, configured from the
// environment's settings and token, and in Practice the simulator running in this process with a
// session token (no keychain, no account). The window and the dialogs ask it; it never shows
// anything itself.
class CredlySession : public QObject
{
    Q_OBJECT
public:
    CredlySession(Database& db, TokenStore& tokens, QObject* parent = nullptr);
    ~CredlySession() override;

    // Practice: starts the simulator (state beside the database). Otherwise: reads the settings and
    // looks the token up (asynchronously; tokenChanged() follows). False with *error when Practice
    // cannot start; the window still opens.
    bool start(QString* error = nullptr);

    CredlyEnvironment environment() const { return m_environment; }
    Database& database() { return m_db; }
    TokenStore& tokens() { return m_tokens; }
    CredlyClient* client() { return &m_client; }
    PracticeSession* practice() { return m_practice.get(); }

    // Whether the client can talk to Credly now; else problem() says what is missing.
    bool isReady() const;
    QString problem() const;

    // Settings of any environment, from the database that environment uses (the open one or the
    // other file: Practice has its own).
    CredlyConnectionSettings settings(CredlyEnvironment environment) const;
    bool saveSettings(const CredlyConnectionSettings& settings, QString* error);
    void rememberTokenExpiry(CredlyEnvironment environment, const QDateTime& expiresAt);
    // The database file an environment works on, for messages.
    QString databasePathFor(CredlyEnvironment environment) const;

    // Re-reads settings and token of the open environment (after Credly > Settings saved them).
    void reload();

    // Refreshes the template cache of the open environment; templatesSynced() when done.
    void syncTemplates();
    bool isSyncing() const { return !m_sync.isNull(); }

signals:
    void tokenChanged();
    void templatesSynced(const badgedesk::TemplateSync::Result& result);

private:
    Database& m_db;
    TokenStore& m_tokens;
    CredlyEnvironment m_environment;
    CredlyClient m_client;
    std::unique_ptr<PracticeSession> m_practice;
    QString m_problem;
    QPointer<TemplateSync> m_sync;
    int m_lookup = 0; // the latest token lookup; older answers are dropped
};

} // namespace badgedesk
