#include "CredlySettingsRepository.h"

#include "SettingsRepository.h"
#include "Transaction.h"

#include <QSqlError>

namespace badgedesk {

CredlySettingsRepository::CredlySettingsRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QString CredlySettingsRepository::key(CredlyEnvironment environment, const char* name)
{
    return QStringLiteral("credly.%1.%2").arg(environmentKey(environment), QLatin1String(name));
}

CredlyConnectionSettings CredlySettingsRepository::load(CredlyEnvironment environment) const
{
    const SettingsRepository settings(m_db);
    CredlyConnectionSettings s;
    s.environment = environment;
    s.organizationId = settings.value(key(environment, "organization_id"));
    const QString url = settings.value(key(environment, "base_url"));
    if (!url.isEmpty())
        s.customBaseUrl = QUrl(url);
    s.tokenExpiresAt =
        QDateTime::fromString(settings.value(key(environment, "token_expires_at")), Qt::ISODate);
    if (environment == CredlyEnvironment::Practice && s.organizationId.isEmpty())
        s.organizationId = QString::fromLatin1(CredlyConnectionSettings::kPracticeOrganizationId);
    return s;
}

bool CredlySettingsRepository::save(const CredlyConnectionSettings& s)
{
    m_error.clear();
    if (!s.validate(&m_error))
        return false;
    Transaction transaction(m_db);
    SettingsRepository settings(m_db);
    const CredlyEnvironment e = s.environment;
    const bool written =
        transaction.isActive() && settings.setValue(key(e, "organization_id"), s.organizationId.trimmed()) &&
        settings.setValue(key(e, "base_url"),
                          s.hasCustomBaseUrl() ? s.customBaseUrl.toString() : QString()) &&
        settings.setValue(key(e, "token_expires_at"), s.tokenExpiresAt.isValid()
                                                          ? s.tokenExpiresAt.toUTC().toString(Qt::ISODate)
                                                          : QString());
    if (!written || !transaction.commit()) {
        m_error = QStringLiteral("The Credly settings could not be saved: %1").arg(m_db.lastError().text());
        return false;
    }
    return true;
}

bool CredlySettingsRepository::setTokenExpiresAt(CredlyEnvironment environment, const QDateTime& expiresAt)
{
    return SettingsRepository(m_db).setValue(key(environment, "token_expires_at"),
                                             expiresAt.isValid() ? expiresAt.toUTC().toString(Qt::ISODate)
                                                                 : QString());
}

} // namespace badgedesk
