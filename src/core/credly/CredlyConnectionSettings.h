#pragma once

#include "domain/CredlyEnvironment.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace badgedesk {

// How one environment reaches Credly: its organization id and, optionally, a custom base URL
// (a proxy, or a credly-sim for a rehearsal; https unless it is this computer). Never the token:
// that lives only in the keychain (TokenStore). Practice needs none of it: the app starts its
// simulator and knows the address, organization and a session token.
struct CredlyConnectionSettings
{
    static constexpr const char* kPracticeOrganizationId = "careertech-practice";

    CredlyEnvironment environment = CredlyEnvironment::Practice;
    QString organizationId;
    QUrl customBaseUrl;       // empty: the environment's own address
    QDateTime tokenExpiresAt; // last seen by "Test connection"; a date, not a secret

    bool hasCustomBaseUrl() const { return !customBaseUrl.isEmpty(); }
    // The custom address, else the environment's: https://api.credly.com/v1/ (Production),
    // https://sandbox-api.credly.com/v1/ (Sandbox), empty for Practice (known once the simulator runs).
    QUrl baseUrl() const;
    static QUrl defaultBaseUrl(CredlyEnvironment environment);

    // Credly ids are UUIDs; anything that could break a URL path or a keychain key is refused.
    static bool isValidOrganizationId(const QString& id, QString* error = nullptr);
    // HTTPS unless loopback, no user name, query or fragment (CredlyClient::isAllowedBaseUrl).
    static bool isValidBaseUrl(const QUrl& url, QString* error = nullptr);
    // Organization id present and valid (not for Practice), custom URL valid when set.
    bool validate(QString* error = nullptr) const;
};

} // namespace badgedesk
