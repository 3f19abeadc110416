#include "CredlyConnectionSettings.h"

#include "CredlyClient.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace badgedesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CredlyConnectionSettings", text);
}

bool refuse(QString* error, const QString& why)
{
    if (error)
        *error = why;
    return false;
}

} // namespace

QUrl CredlyConnectionSettings::defaultBaseUrl(CredlyEnvironment environment)
{
    switch (environment) {
    case CredlyEnvironment::Practice:
        return {};
    case CredlyEnvironment::Sandbox:
        return QUrl(QStringLiteral("https://sandbox-api.credly.com/v1/"));
    case CredlyEnvironment::Production:
        return QUrl(QStringLiteral("https://api.credly.com/v1/"));
    }
    return {};
}

QUrl CredlyConnectionSettings::baseUrl() const
{
    return hasCustomBaseUrl() ? customBaseUrl : defaultBaseUrl(environment);
}

bool CredlyConnectionSettings::isValidOrganizationId(const QString& id, QString* error)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"));
    if (id.trimmed().isEmpty())
        return refuse(error,
                      tr("The organization id is missing. Copy it from Credly: Organization settings > "
                         "Developers (it looks like 1a2b3c4d-5e6f-...)."));
    if (!allowed.match(id.trimmed()).hasMatch())
        return refuse(error,
                      tr("The organization id \"%1\" is not one Credly gives out: it may contain only "
                         "letters, digits, '-', '_' and '.'. Copy it from Credly: Organization settings > "
                         "Developers.")
                          .arg(id.trimmed()));
    return true;
}

bool CredlyConnectionSettings::isValidBaseUrl(const QUrl& url, QString* error)
{
    return CredlyClient::isAllowedBaseUrl(url, error);
}

bool CredlyConnectionSettings::validate(QString* error) const
{
    if (environment == CredlyEnvironment::Practice)
        return true;
    if (!isValidOrganizationId(organizationId, error))
        return false;
    if (hasCustomBaseUrl() && !isValidBaseUrl(customBaseUrl, error))
        return false;
    return true;
}

} // namespace badgedesk
