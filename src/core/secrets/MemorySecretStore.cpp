#include "MemorySecretStore.h"

#include <QTimer>

namespace badgedesk {

void MemorySecretStore::later(Callback done, const Result& result)
{
    // Same contract as the keychain: the callback comes from the event loop.
    QTimer::singleShot(0, this, [done = std::move(done), result] { done(result); });
}

void MemorySecretStore::read(const QString& key, Callback done)
{
    Result r;
    if (m_secrets.contains(key))
        r.secret = m_secrets.value(key);
    else
        r.status = Status::NotFound;
    later(std::move(done), r);
}

void MemorySecretStore::write(const QString& key, const QString& secret, Callback done)
{
    m_secrets.insert(key, secret);
    later(std::move(done), Result{});
}

void MemorySecretStore::remove(const QString& key, Callback done)
{
    m_secrets.remove(key);
    later(std::move(done), Result{});
}

} // namespace badgedesk
