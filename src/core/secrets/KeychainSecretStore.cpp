#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

namespace badgedesk {

namespace {

SecretStore::Result resultOf(QKeychain::Job* job)
{
    SecretStore::Result r;
    r.status = KeychainSecretStore::statusFor(job->error());
    if (job->error() != QKeychain::NoError)
        r.detail = job->errorString();
    return r;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject* parent)
    : KeychainSecretStore(QString::fromLatin1(kService), parent)
{}

KeychainSecretStore::KeychainSecretStore(const QString& service, QObject* parent)
    : SecretStore(parent), m_service(service)
{}

SecretStore::Status KeychainSecretStore::statusFor(int keychainError)
{
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        return Status::Ok;
    case QKeychain::EntryNotFound:
        return Status::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Status::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // OtherError is what 0.13 reports on Linux without a Secret Service (anchors.md §5).
        return Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
        return Status::Failed;
    }
    return Status::Failed;
}

void KeychainSecretStore::read(const QString& key, Callback done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [key, done](QKeychain::Job* j) {
        Result r = resultOf(j);
        if (r.isOk())
            r.secret = static_cast<QKeychain::ReadPasswordJob*>(j)->textData();
        qCDebug(lcSecrets).noquote() << "read" << key << "->" << statusKey(r.status) << r.detail;
        done(r);
    });
    job->start(); // finishes from the event loop, never inside start()
}

void KeychainSecretStore::write(const QString& key, const QString& secret, Callback done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [key, done](QKeychain::Job* j) {
        const Result r = resultOf(j);
        qCDebug(lcSecrets).noquote() << "write" << key << "->" << statusKey(r.status) << r.detail;
        done(r);
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& key, Callback done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [key, done](QKeychain::Job* j) {
        Result r = resultOf(j);
        // Deleting what is not there leaves the wanted state: no secret under the key.
        if (r.status == Status::NotFound)
            r = Result{};
        qCDebug(lcSecrets).noquote() << "remove" << key << "->" << statusKey(r.status) << r.detail;
        done(r);
    });
    job->start();
}

} // namespace badgedesk
