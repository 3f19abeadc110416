#include "TokenStore.h"

#include <QEventLoop>

#include <memory>

namespace badgedesk {

TokenStore::TokenStore(SecretStore* keychain, QObject* parent) : QObject(parent), m_keychain(keychain) {}

QString TokenStore::keyFor(CredlyEnvironment environment, const QString& organizationId)
{
    return QStringLiteral("credly-token/%1/%2").arg(environmentKey(environment), organizationId.trimmed());
}

void TokenStore::lookup(CredlyEnvironment environment, const QString& organizationId, LookupCallback done)
{
    const QString key = keyFor(environment, organizationId);
    if (m_session.contains(key)) {
        Lookup l;
        l.token = m_session.value(key);
        l.source = Source::Session;
        l.status = SecretStore::Status::Ok;
        // Through the session store, so the callback still comes from the event loop.
        m_session.read(key, [l, done](const SecretStore::Result&) { done(l); });
        return;
    }
    m_keychain->read(key, [done](const SecretStore::Result& r) {
        Lookup l;
        l.status = r.status;
        if (r.isOk() && !r.secret.isEmpty()) {
            l.token = r.secret;
            l.source = Source::Keychain;
        }
        l.message = messageFor(r);
        done(l);
    });
}

void TokenStore::save(CredlyEnvironment environment, const QString& organizationId, const QString& token,
                      SecretStore::Callback done)
{
    const QString key = keyFor(environment, organizationId);
    m_keychain->write(key, token.trimmed(), [this, key, done](const SecretStore::Result& r) {
        if (r.isOk())
            m_session.erase(key);
        done(r);
    });
}

void TokenStore::keepForSession(CredlyEnvironment environment, const QString& organizationId,
                                const QString& token)
{
    m_session.insert(keyFor(environment, organizationId), token.trimmed());
    qCInfo(lcSecrets).noquote() << "token for" << keyFor(environment, organizationId)
                                << "kept in memory for this session only (keychain unavailable)";
}

bool TokenStore::hasSessionToken(CredlyEnvironment environment, const QString& organizationId) const
{
    return m_session.contains(keyFor(environment, organizationId));
}

void TokenStore::forget(CredlyEnvironment environment, const QString& organizationId,
                        SecretStore::Callback done)
{
    const QString key = keyFor(environment, organizationId);
    m_session.erase(key);
    m_keychain->remove(key, std::move(done));
}

TokenStore::Lookup TokenStore::lookupNow(CredlyEnvironment environment, const QString& organizationId)
{
    QEventLoop loop;
    auto result = std::make_shared<Lookup>();
    auto finished = std::make_shared<bool>(false);
    lookup(environment, organizationId, [&loop, result, finished](const Lookup& l) {
        *result = l;
        *finished = true;
        loop.quit();
    });
    if (!*finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return *result;
}

SecretStore::Result TokenStore::saveNow(CredlyEnvironment environment, const QString& organizationId,
                                        const QString& token)
{
    const SecretStore::Result r = m_keychain->writeNow(keyFor(environment, organizationId), token.trimmed());
    if (r.isOk())
        m_session.erase(keyFor(environment, organizationId));
    return r;
}

SecretStore::Result TokenStore::forgetNow(CredlyEnvironment environment, const QString& organizationId)
{
    m_session.erase(keyFor(environment, organizationId));
    return m_keychain->removeNow(keyFor(environment, organizationId));
}

QString TokenStore::messageFor(const SecretStore::Result& result)
{
    const QString detail = result.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(result.detail);
    switch (result.status) {
    case SecretStore::Status::Ok:
    case SecretStore::Status::NotFound:
        return {};
    case SecretStore::Status::Unavailable:
        return tr("The system keychain is not available%1, so the token cannot be stored safely. BadgeDesk "
                  "never writes a token to a file. You can keep the token in memory for this session only "
                  "and paste it again next time, or start your desktop's keyring (GNOME Keyring, KWallet) "
                  "and save again.")
            .arg(detail);
    case SecretStore::Status::AccessDenied:
        return tr("The keychain refused access to the token%1. Unlock the keychain and try again.")
            .arg(detail);
    case SecretStore::Status::Failed:
        return tr("The keychain could not handle the token%1. Try again; if it keeps failing, restart the "
                  "desktop's keyring.")
            .arg(detail);
    }
    return {};
}

} // namespace badgedesk
