#include "CredlyError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace badgedesk {

bool CredlyError::isTransient() const
{
    return kind == Kind::Throttled || kind == Kind::Server || kind == Kind::Network || kind == Kind::Timeout;
}

QString CredlyError::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Authentication:
        return QStringLiteral("authentication");
    case Kind::Permission:
        return QStringLiteral("permission");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::Duplicate:
        return QStringLiteral("duplicate");
    case Kind::Throttled:
        return QStringLiteral("throttled");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::Configuration:
        return QStringLiteral("configuration");
    case Kind::Canceled:
        return QStringLiteral("canceled");
    }
    return {};
}

QString CredlyError::userText() const
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("CredlyError", text); };
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Authentication:
        return tr("Credly refused the token (%1). Check the token in Settings; tokens expire 180 days after "
                  "they are created.")
            .arg(message);
    case Kind::Permission:
        return tr("The token may not do this (%1). Use a token with write permission.").arg(message);
    case Kind::NotFound:
        return tr("Credly does not know this item (%1). Check the organization id and the template.")
            .arg(message);
    case Kind::Validation:
        return tr("Credly refused the request: %1").arg(message);
    case Kind::Duplicate:
        return tr("The earner already has this badge: %1").arg(message);
    case Kind::Throttled:
        return retryAfterSeconds >= 0
                   ? tr("Credly asks to slow down; try again in %1 seconds.").arg(retryAfterSeconds)
                   : tr("Credly asks to slow down; wait a minute and try again.");
    case Kind::Server:
        return tr("Credly had a server error (HTTP %1). Try again later.").arg(httpStatus);
    case Kind::Network:
        return tr("Could not reach Credly: %1. Check the network connection.").arg(message);
    case Kind::Timeout:
        return tr("Credly did not answer in time: %1").arg(message);
    case Kind::Malformed:
        return tr("Credly's answer could not be read: %1").arg(message);
    case Kind::Configuration:
        return tr("Credly is not set up: %1").arg(message);
    case Kind::Canceled:
        return tr("Canceled.");
    }
    return message;
}

int CredlyError::parseRetryAfter(const QByteArray& header)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return -1;
    bool isNumber = false;
    const int seconds = value.toInt(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : seconds;
    // Retry-After may also be an HTTP date.
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return static_cast<int>(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
}

CredlyError CredlyError::fromHttp(int status, const QByteArray& body, const QByteArray& retryAfterHeader,
                                  bool issuing)
{
    CredlyError e;
    e.httpStatus = status;
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    e.message = root.value(QStringLiteral("data")).toObject().value(QStringLiteral("message")).toString();
    e.currentBadgeId = root.value(QStringLiteral("metadata"))
                           .toObject()
                           .value(QStringLiteral("current_badge_id"))
                           .toString();
    if (e.message.isEmpty())
        e.message = QStringLiteral("HTTP %1 without a message").arg(status);

    if (status == 401) {
        e.kind = Kind::Authentication;
    } else if (status == 403) {
        e.kind = Kind::Permission;
    } else if (status == 404 || status == 410) {
        e.kind = Kind::NotFound;
    } else if (status == 429) {
        e.kind = Kind::Throttled;
        e.retryAfterSeconds = parseRetryAfter(retryAfterHeader);
    } else if (status >= 500) {
        e.kind = Kind::Server;
    } else if (status == 422 && issuing &&
               (e.message.contains(QLatin1String("already"), Qt::CaseInsensitive) ||
                e.message.contains(QLatin1String("duplicate"), Qt::CaseInsensitive))) {
        e.kind = Kind::Duplicate;
    } else if (status >= 400) {
        e.kind = Kind::Validation;
    } else {
        e.kind = Kind::Malformed; // a 1xx/3xx where Credly answers 2xx or an error
    }
    return e;
}

} // namespace badgedesk
