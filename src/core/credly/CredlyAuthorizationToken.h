#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace badgedesk {

// An organization authorization token's metadata (GET .../authorization_tokens). The secret
// itself is deliberately not kept: isCurrent says whether it is the token the client uses.
struct CredlyAuthorizationToken
{
    QString id;
    QString description;
    bool readEnabled = false;
    bool writeEnabled = false;
    bool deleteEnabled = false;
    QDateTime createdAt;
    QDateTime expiresAt; // 180 days after creation
    bool isCurrent = false;

    // current: the token the client authenticates with, compared and then dropped.
    static CredlyAuthorizationToken fromJson(const QJsonObject& json, const QString& currentToken);
};

} // namespace badgedesk
