#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace badgedesk {

// When the token in use expires, as far as the token itself may read it (credly-api.md §1: a token
// only sees tokens of its own kind, and one without the permission sees none). Credly tokens
// expire 180 days after creation and the integration then stops without warning (openedx #2984),
// so the app shows the date and warns from kWarningDays ahead.
struct CredlyTokenExpiry
{
    static constexpr int kWarningDays = 30;

    bool known = false;
    QDateTime expiresAt;   // valid when known
    QString unknownReason; // why not known, in the user's words

    // Whole days from today until the expiry date (negative once expired); only when known.
    qint64 daysLeft(const QDate& today) const;
    bool isExpired(const QDateTime& now) const { return known && expiresAt <= now; }
    // From kWarningDays ahead, and once expired.
    bool needsWarning(const QDate& today) const { return known && daysLeft(today) <= kWarningDays; }
    // "The token expires on 3 Nov 2026 (in 20 days)." plus what to do when it needs a warning.
    QString userText(const QDate& today) const;
};

} // namespace badgedesk
