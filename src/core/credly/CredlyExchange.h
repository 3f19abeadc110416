#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace badgedesk {

// One HTTP request CredlyClient made and how it ended, for the issuance log (every attempt is
// recorded). The path only, never the query (it can carry emails) and never a header.
struct CredlyExchange
{
    QByteArray method;
    QString path;
    QDateTime startedAt;
    qint64 durationMs = 0;
    int httpStatus = 0; // 0: no HTTP answer (network error, timeout, dropped)
    QString outcome;    // "ok" or a CredlyError kind key
    QString message;    // Credly's data.message, or our description of the failure
    int attempt = 1;    // 1 for the first try; GETs may be retried
};

} // namespace badgedesk

Q_DECLARE_METATYPE(badgedesk::CredlyExchange)
