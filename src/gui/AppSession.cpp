#include "AppSession.h"

#include "EnvironmentPreference.h"
#include "MainWindow.h"
#include "WelcomeDialog.h"
#include "credly/CredlySession.h"
#include "storage/Database.h"
#include "storage/DatabaseRestore.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

namespace badgedesk {

AppSession::AppSession(QObject* parent) : QObject(parent), m_tokens(&m_keychain) {}

AppSession::~AppSession()
{
    // The window refers to the session and the database: it goes first.
    m_window.reset();
    m_credly.reset();
    m_db.reset();
}

bool AppSession::start(const QString& databasePath, QString* error)
{
    auto db = std::make_unique<Database>();
    const QString path = databasePath.isEmpty() ? EnvironmentPreference::databasePath() : databasePath;
    if (!db->open(path)) {
        if (error)
            *error = db->errorMessage();
        return false;
    }
    // A new real database takes the remembered Sandbox or Production; an existing file keeps its own.
    const CredlyEnvironment remembered = EnvironmentPreference::load();
    if (databasePath.isEmpty() && remembered != CredlyEnvironment::Practice &&
        db->environment() == CredlyEnvironment::Practice)
        db->setEnvironment(remembered);
    if (databasePath.isEmpty())
        EnvironmentPreference::save(db->environment());
    m_db = std::move(db);
    showWindow({});
    if (WelcomeDialog::isFirstRun())
        m_window->showWelcome();
    return true;
}

void AppSession::showWindow(const QString& startMessage)
{
    auto credly = std::make_unique<CredlySession>(*m_db, m_tokens);
    QString problem;
    credly->start(&problem);
    auto window = std::make_unique<MainWindow>(*m_db);
    window->setCredlySession(credly.get());
    connect(window.get(), &MainWindow::environmentSwitchRequested, this, [this](CredlyEnvironment e) {
        // Later: the request comes from inside the window that is about to be replaced.
        QTimer::singleShot(0, this, [this, e] { switchEnvironment(e); });
    });
    connect(window.get(), &MainWindow::restoreRequested, this, [this](const QString& backupPath) {
        // Later, for the same reason: the window asking is the one restoreBackup replaces.
        QTimer::singleShot(0, this, [this, backupPath] { restoreBackup(backupPath); });
    });
    window->show();
    if (!problem.isEmpty())
        window->statusBar()->showMessage(problem);
    else if (!startMessage.isEmpty())
        window->statusBar()->showMessage(startMessage, 15000);

    // The new window is up before the old one goes, so the app never has no window (and never quits).
    if (m_window)
        m_window->close();
    m_window = std::move(window);
    m_credly = std::move(credly);
}

void AppSession::switchEnvironment(CredlyEnvironment environment)
{
    if (!m_db || environment == m_db->environment())
        return;
    const CredlyEnvironment from = m_db->environment();
    std::unique_ptr<Database> db;
    if (EnvironmentPreference::needsOtherDatabase(from, environment)) {
        db = std::make_unique<Database>();
        if (!db->open(Database::defaultPath(environment))) {
            if (m_window)
                m_window->statusBar()->showMessage(
                    tr("BadgeDesk stays in %1: %2").arg(environmentLabel(from), db->errorMessage()));
            return;
        }
    }
    // The old window and session let go of the old database before it closes.
    auto oldWindow = std::move(m_window);
    auto oldCredly = std::move(m_credly);
    auto oldDb = std::move(m_db);
    m_db = db ? std::move(db) : std::move(oldDb);
    m_db->setEnvironment(environment);
    EnvironmentPreference::save(environment);
    m_window = std::move(oldWindow); // closed by showWindow once the new one is up
    showWindow(tr("BadgeDesk now works in %1 on %2.")
                   .arg(environmentLabel(environment), QFileInfo(m_db->path()).fileName()));
    oldCredly.reset();
    oldDb.reset();
}

void AppSession::restoreBackup(const QString& backupPath)
{
    if (!m_db)
        return;
    const QString livePath = m_db->path();
    // Between closing this window and showing the next there is none: the app must not quit.
    const bool quitOnLastWindow = QGuiApplication::quitOnLastWindowClosed();
    QGuiApplication::setQuitOnLastWindowClosed(false);
    if (m_window)
        m_window->close();
    m_window.reset();
    m_credly.reset();
    m_db->close();

    const DatabaseRestore::Result result = DatabaseRestore::restore(backupPath, livePath);
    QString message = result.message;
    if (!m_db->open(livePath) && result.ok && !result.asidePath.isEmpty()) {
        // The restored copy does not open here after all: put the previous file back.
        const QString restoredProblem = m_db->errorMessage();
        const DatabaseRestore::Result back = DatabaseRestore::restore(result.asidePath, livePath);
        message = tr("The backup was restored but cannot be used (%1); the previous database was put back.")
                      .arg(restoredProblem);
        if (!back.ok || !m_db->open(livePath))
            message =
                tr("The backup cannot be used (%1) and the previous database could not be reopened: %2. "
                   "It is kept as %3.")
                    .arg(restoredProblem, m_db->errorMessage(), result.asidePath);
    }
    if (m_db->isOpen()) {
        showWindow(message);
    } else {
        QMessageBox::critical(nullptr, tr("BadgeDesk cannot open its database"), message);
        QCoreApplication::exit(2);
    }
    QGuiApplication::setQuitOnLastWindowClosed(quitOnLastWindow);
}

} // namespace badgedesk
