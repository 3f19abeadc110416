#pragma once

#include "SecretStore.h"

#include <QHash>

namespace badgedesk {

// Secrets held in this process's memory and nowhere else: gone when BadgeDesk quits. Used only when
// the keychain is unavailable and the user chose "keep it for this session" (TokenStore).
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject* parent = nullptr) : SecretStore(parent) {}

    void read(const QString& key, Callback done) override;
    void write(const QString& key, const QString& secret, Callback done) override;
    void remove(const QString& key, Callback done) override;

    bool contains(const QString& key) const { return m_secrets.contains(key); }
    QString value(const QString& key) const { return m_secrets.value(key); }
    void insert(const QString& key, const QString& secret) { m_secrets.insert(key, secret); }
    void erase(const QString& key) { m_secrets.remove(key); }

private:
    void later(Callback done, const Result& result);

    QHash<QString, QString> m_secrets;
};

} // namespace badgedesk
