#include "CredlyTokenExpiry.h"

#include <QCoreApplication>
#include <QLocale>

namespace badgedesk {

qint64 CredlyTokenExpiry::daysLeft(const QDate& today) const
{
    return today.daysTo(expiresAt.toLocalTime().date());
}

QString CredlyTokenExpiry::userText(const QDate& today) const
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("CredlyTokenExpiry", text); };
    if (!known)
        return unknownReason.isEmpty() ? tr("The token's expiry date is not known.") : unknownReason;
    const QString date = QLocale().toString(expiresAt.toLocalTime().date(), QStringLiteral("d MMM yyyy"));
    const qint64 days = daysLeft(today);
    const QString renew = tr("Create a new token in Credly under Developers > Authorization Tokens and paste "
                             "it in Credly > Settings.");
    if (days < 0)
        return tr("The token expired on %1. %2").arg(date, renew);
    if (days == 0)
        return tr("The token expires today (%1). %2").arg(date, renew);
    // Spelled out rather than %n: without an English translation file Qt would print "day(s)".
    const QString inDays = days == 1 ? tr("in 1 day") : tr("in %1 days").arg(days);
    if (days <= kWarningDays)
        return tr("The token expires on %1, %2. %3").arg(date, inDays, renew);
    return tr("The token expires on %1 (%2).").arg(date, inDays);
}

} // namespace badgedesk
