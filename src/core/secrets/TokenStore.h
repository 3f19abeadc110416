#pragma once

#include "MemorySecretStore.h"
#include "SecretStore.h"
#include "domain/CredlyEnvironment.h"

#include <QObject>

#include <functional>

namespace badgedesk {

// Credly tokens, one per environment and organization (credly-api.md §1), and the policy for a
// missing keychain: the token is stored, read and deleted only through the keychain. When the
// keychain is unavailable, save() says so plainly and keeps nothing; the caller may then offer
// keepForSession(), which holds the token in memory until the process ends. Nothing is ever written
// to disk, and no token reaches a log.
class TokenStore : public QObject
{
    Q_OBJECT
public:
    enum class Source
    {
        None,
        Keychain,
        Session, // in memory for this session, by the user's choice
    };

    struct Lookup
    {
        QString token;
        Source source = Source::None;
        SecretStore::Status status = SecretStore::Status::NotFound; // of the keychain read
        QString message; // for the user when the keychain could not be read; empty otherwise

        bool found() const { return source != Source::None; }
    };
    using LookupCallback = std::function<void(const Lookup&)>;

    // keychain: normally a KeychainSecretStore; not owned.
    explicit TokenStore(SecretStore* keychain, QObject* parent = nullptr);

    // "credly-token/production/<organization id>" under the keychain service "BadgeDesk".
    static QString keyFor(CredlyEnvironment environment, const QString& organizationId);

    // The session's token first (the user chose it for this session), then the keychain's.
    void lookup(CredlyEnvironment environment, const QString& organizationId, LookupCallback done);
    // Into the keychain. On success a session copy of the same key is dropped. On Unavailable
    // nothing is kept: offer keepForSession().
    void save(CredlyEnvironment environment, const QString& organizationId, const QString& token,
              SecretStore::Callback done);
    // The user's explicit choice when the keychain is unavailable: memory only, until BadgeDesk quits.
    void keepForSession(CredlyEnvironment environment, const QString& organizationId, const QString& token);
    bool hasSessionToken(CredlyEnvironment environment, const QString& organizationId) const;
    // From the keychain and from this session.
    void forget(CredlyEnvironment environment, const QString& organizationId, SecretStore::Callback done);

    Lookup lookupNow(CredlyEnvironment environment, const QString& organizationId);
    SecretStore::Result saveNow(CredlyEnvironment environment, const QString& organizationId,
                                const QString& token);
    SecretStore::Result forgetNow(CredlyEnvironment environment, const QString& organizationId);

    // What to tell the user about a keychain result that is not Ok (empty for Ok and NotFound).
    static QString messageFor(const SecretStore::Result& result);

private:
    SecretStore* m_keychain;
    MemorySecretStore m_session;
};

} // namespace badgedesk
