#include "CredlyEnvironment.h"

#include <QCoreApplication>

namespace badgedesk {

QString environmentKey(CredlyEnvironment environment)
{
    switch (environment) {
    case CredlyEnvironment::Practice:
        return QStringLiteral("practice");
    case CredlyEnvironment::Sandbox:
        return QStringLiteral("sandbox");
    case CredlyEnvironment::Production:
        return QStringLiteral("production");
    }
    return {};
}

std::optional<CredlyEnvironment> environmentFromKey(const QString& key)
{
    for (auto e : {CredlyEnvironment::Practice, CredlyEnvironment::Sandbox, CredlyEnvironment::Production}) {
        if (environmentKey(e) == key.trimmed().toLower())
            return e;
    }
    return std::nullopt;
}

QString environmentLabel(CredlyEnvironment environment)
{
    switch (environment) {
    case CredlyEnvironment::Practice:
        return QCoreApplication::translate("CredlyEnvironment", "PRACTICE");
    case CredlyEnvironment::Sandbox:
        return QCoreApplication::translate("CredlyEnvironment", "SANDBOX");
    case CredlyEnvironment::Production:
        return QCoreApplication::translate("CredlyEnvironment", "PRODUCTION");
    }
    return {};
}

} // namespace badgedesk
