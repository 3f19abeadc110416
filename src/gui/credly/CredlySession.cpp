#include "CredlySession.h"

#include "EnvironmentPreference.h"
#include "PracticeSession.h"
#include "secrets/TokenStore.h"
#include "storage/CredlySettingsRepository.h"
#include "storage/Database.h"

#include <QFileInfo>

namespace badgedesk {

CredlySession::CredlySession(Database& db, TokenStore& tokens, QObject* parent)
    : QObject(parent), m_db(db), m_tokens(tokens), m_environment(db.environment())
{}

CredlySession::~CredlySession() = default;

bool CredlySession::start(QString* error)
{
    if (m_environment == CredlyEnvironment::Practice) {
        m_practice = std::make_unique<PracticeSession>();
        QString why;
        if (!m_practice->start(PracticeSession::stateFileFor(m_db.path()), &why)) {
            m_practice.reset();
            m_problem = why;
            if (error)
                *error = why;
            return false;
        }
        m_client.setBaseUrl(m_practice->baseUrl());
        m_client.setOrganizationId(m_practice->organizationId());
        m_client.setToken(m_practice->token());
        m_problem.clear();
        emit tokenChanged();
        return true;
    }
    reload();
    return true;
}

bool CredlySession::isReady() const
{
    return m_problem.isEmpty() && m_client.hasToken() && !m_client.baseUrl().isEmpty();
}

QString CredlySession::problem() const
{
    if (!m_problem.isEmpty())
        return m_problem;
    if (!m_client.hasToken())
        return tr("Looking for the Credly token…");
    return {};
}

QString CredlySession::databasePathFor(CredlyEnvironment environment) const
{
    return EnvironmentPreference::needsOtherDatabase(m_environment, environment)
               ? Database::defaultPath(environment)
               : m_db.path();
}

CredlyConnectionSettings CredlySession::settings(CredlyEnvironment environment) const
{
    if (!EnvironmentPreference::needsOtherDatabase(m_environment, environment))
        return CredlySettingsRepository(m_db.connection()).load(environment);
    // The other file, read and closed again; a missing one is not created just to be read.
    const QString path = Database::defaultPath(environment);
    if (!QFileInfo::exists(path)) {
        CredlyConnectionSettings empty;
        empty.environment = environment;
        if (environment == CredlyEnvironment::Practice)
            empty.organizationId = QString::fromLatin1(CredlyConnectionSettings::kPracticeOrganizationId);
        return empty;
    }
    Database other;
    if (!other.open(path)) {
        CredlyConnectionSettings empty;
        empty.environment = environment;
        return empty;
    }
    return CredlySettingsRepository(other.connection()).load(environment);
}

bool CredlySession::saveSettings(const CredlyConnectionSettings& settings, QString* error)
{
    if (settings.environment == CredlyEnvironment::Practice)
        return true; // nothing to keep: the simulator's address and organization are fixed
    if (!EnvironmentPreference::needsOtherDatabase(m_environment, settings.environment)) {
        CredlySettingsRepository repo(m_db.connection());
        if (!repo.save(settings)) {
            if (error)
                *error = repo.error();
            return false;
        }
        return true;
    }
    Database other;
    if (!other.open(Database::defaultPath(settings.environment))) {
        if (error)
            *error = other.errorMessage();
        return false;
    }
    CredlySettingsRepository repo(other.connection());
    if (!repo.save(settings)) {
        if (error)
            *error = repo.error();
        return false;
    }
    return true;
}

void CredlySession::rememberTokenExpiry(CredlyEnvironment environment, const QDateTime& expiresAt)
{
    if (environment == CredlyEnvironment::Practice)
        return;
    CredlyConnectionSettings s = settings(environment);
    s.tokenExpiresAt = expiresAt;
    if (s.validate())
        saveSettings(s, nullptr);
}

void CredlySession::reload()
{
    if (m_environment == CredlyEnvironment::Practice)
        return; // nothing is read from settings in Practice
    const CredlyConnectionSettings s = CredlySettingsRepository(m_db.connection()).load(m_environment);
    m_client.setToken(QString());
    QString why;
    if (!s.validate(&why)) {
        m_problem = tr("%1 Open Credly > Settings to set it up.").arg(why);
        emit tokenChanged();
        return;
    }
    m_client.setBaseUrl(s.baseUrl());
    m_client.setOrganizationId(s.organizationId);
    m_problem.clear();
    const int lookup = ++m_lookup;
    // The token store outlives this session (it keeps session-only tokens across a switch), so
    // its answer may arrive after this object is gone.
    const QPointer<CredlySession> self(this);
    m_tokens.lookup(
        m_environment, s.organizationId, [self, this, lookup, s](const TokenStore::Lookup& found) {
            if (!self || lookup != m_lookup)
                return;
            if (found.found()) {
                m_client.setToken(found.token);
                m_problem.clear();
            } else {
                m_problem =
                    found.message.isEmpty()
                        ? tr("No Credly token is stored for %1 organization %2. Paste one in Credly > "
                             "Settings.")
                              .arg(environmentLabel(m_environment), s.organizationId)
                        : found.message;
            }
            emit tokenChanged();
        });
}

void CredlySession::syncTemplates()
{
    if (isSyncing())
        return;
    auto* sync = new TemplateSync(&m_client, m_db.connection(), m_environment, this);
    m_sync = sync;
    connect(sync, &TemplateSync::finished, this, [this, sync] {
        sync->deleteLater();
        emit templatesSynced(sync->result());
    });
    sync->start();
}

} // namespace badgedesk
