#pragma once

#include "domain/CredlyEnvironment.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/TokenStore.h"

#include <QObject>

#include <memory>

namespace badgedesk {

class CredlySession;
class Database;
class MainWindow;

// What badgedesk runs: the database of the current environment, its Credly session (in Practice
// the simulator in this process) and the window over them. Switching between Practice and the
// real environments means another database file, so the switch reopens all three at once; the
// environment is remembered (EnvironmentPreference) and the next start opens the same file.
// The token store lives as long as the app, so a token kept for this session survives a switch.
class AppSession : public QObject
{
    Q_OBJECT
public:
    explicit AppSession(QObject* parent = nullptr);
    ~AppSession() override;

    // databasePath empty: the remembered environment's file. False with *error when the database
    // cannot be opened (nothing is shown then).
    bool start(const QString& databasePath, QString* error);

    MainWindow* window() const { return m_window.get(); }
    Database* database() const { return m_db.get(); }
    CredlySession* credly() const { return m_credly.get(); }
    TokenStore& tokens() { return m_tokens; }

public slots:
    // Opens the environment's database (unless it is the open one), remembers the choice and
    // replaces the window. On failure the current window stays and says why.
    void switchEnvironment(badgedesk::CredlyEnvironment environment);
    // Closes the window and the database, swaps the backup in (DatabaseRestore: the current file
    // kept aside) and reopens with a window that says what happened.
    void restoreBackup(const QString& backupPath);

private:
    void showWindow(const QString& startMessage);

    KeychainSecretStore m_keychain;
    TokenStore m_tokens;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CredlySession> m_credly;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace badgedesk
