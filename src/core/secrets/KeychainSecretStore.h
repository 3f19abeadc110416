#pragma once

#include "SecretStore.h"

namespace badgedesk {

// The OS keychain through QtKeychain: Secret Service on Linux, Keychain on macOS, Credential
// Store on Windows. QtKeychain's plaintext fallback is switched off on every job.
// QtKeychain 0.13 has no isAvailable(); on Linux with libsecret it answers OtherError when no
// Secret Service runs (and NoBackendAvailable on the KWallet path), so both mean Unavailable.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    static constexpr const char* kService = "BadgeDesk";

    explicit KeychainSecretStore(QObject* parent = nullptr);
    explicit KeychainSecretStore(const QString& service, QObject* parent = nullptr);

    QString service() const { return m_service; }

    void read(const QString& key, Callback done) override;
    void write(const QString& key, const QString& secret, Callback done) override;
    void remove(const QString& key, Callback done) override;

    // QKeychain::Error as our Status.
    static Status statusFor(int keychainError);

private:
    QString m_service;
};

} // namespace badgedesk
