#include "CredlyAuthorizationToken.h"

#include <QJsonObject>

namespace badgedesk {

CredlyAuthorizationToken CredlyAuthorizationToken::fromJson(const QJsonObject& json,
                                                            const QString& currentToken)
{
    CredlyAuthorizationToken t;
    t.id = json.value(QStringLiteral("id")).toString();
    t.description = json.value(QStringLiteral("description")).toString();
    t.readEnabled = json.value(QStringLiteral("read_enabled")).toBool();
    t.writeEnabled = json.value(QStringLiteral("write_enabled")).toBool();
    t.deleteEnabled = json.value(QStringLiteral("delete_enabled")).toBool();
    t.createdAt =
        QDateTime::fromString(json.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    t.expiresAt =
        QDateTime::fromString(json.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
    t.isCurrent = !currentToken.isEmpty() && json.value(QStringLiteral("token")).toString() == currentToken;
    return t;
}

} // namespace badgedesk
