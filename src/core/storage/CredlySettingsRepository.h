#pragma once

#include "credly/CredlyConnectionSettings.h"

#include <QSqlDatabase>

namespace badgedesk {

// CredlyConnectionSettings per environment in the database's settings table
// ("credly.<environment>.organization_id", ".base_url", ".token_expires_at"). Never a token.
class CredlySettingsRepository
{
public:
    explicit CredlySettingsRepository(QSqlDatabase db);

    CredlyConnectionSettings load(CredlyEnvironment environment) const;
    // Validates first; false with error() set and nothing written when a value is wrong.
    bool save(const CredlyConnectionSettings& settings);
    bool setTokenExpiresAt(CredlyEnvironment environment, const QDateTime& expiresAt);

    QString error() const { return m_error; }

    static QString key(CredlyEnvironment environment, const char* name);

private:
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace badgedesk
