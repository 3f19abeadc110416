#include "SecretStore.h"

#include <QEventLoop>

#include <memory>

namespace badgedesk {

Q_LOGGING_CATEGORY(lcSecrets, "badgedesk.secrets")

SecretStore::Result SecretStore::wait(const std::function<void(Callback)>& start)
{
    QEventLoop loop;
    auto result = std::make_shared<Result>();
    auto done = std::make_shared<bool>(false);
    start([result, done, &loop](const Result& r) {
        *result = r;
        *done = true;
        loop.quit();
    });
    if (!*done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return *result;
}

SecretStore::Result SecretStore::readNow(const QString& key)
{
    return wait([this, key](Callback cb) { read(key, std::move(cb)); });
}

SecretStore::Result SecretStore::writeNow(const QString& key, const QString& secret)
{
    return wait([this, key, secret](Callback cb) { write(key, secret, std::move(cb)); });
}

SecretStore::Result SecretStore::removeNow(const QString& key)
{
    return wait([this, key](Callback cb) { remove(key, std::move(cb)); });
}

QString SecretStore::statusKey(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::NotFound:
        return QStringLiteral("not_found");
    case Status::Unavailable:
        return QStringLiteral("unavailable");
    case Status::AccessDenied:
        return QStringLiteral("access_denied");
    case Status::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

} // namespace badgedesk
