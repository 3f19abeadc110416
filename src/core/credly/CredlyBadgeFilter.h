#pragma once

#include <QString>
#include <QStringList>

namespace badgedesk {

// Filters of GET .../badges (credly-api.md §5). Empty fields are left out.
struct CredlyBadgeFilter
{
    QString recipientEmail;
    QString templateId;
    QString issuerEarnerId;
    QStringList states; // pending, accepted, rejected, revoked
    QString query;      // search: name or email, partial
    QString sort;       // e.g. "-issued_at"

    // "filter=recipient_email::a%2Bb%40x.org|state::pending,accepted&sort=..." with each value
    // percent-encoded (emails contain '+', which a form decoder would turn into a space).
    QString toQuery() const;
};

} // namespace badgedesk
