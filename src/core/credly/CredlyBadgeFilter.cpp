#include "CredlyBadgeFilter.h"

#include "CredlyTemplateFilter.h"

namespace badgedesk {

QString CredlyBadgeFilter::toQuery() const
{
    QList<QPair<QString, QString>> parts;
    if (!recipientEmail.isEmpty())
        parts.append({QStringLiteral("recipient_email"), recipientEmail});
    if (!templateId.isEmpty())
        parts.append({QStringLiteral("badge_template_id"), templateId});
    if (!issuerEarnerId.isEmpty())
        parts.append({QStringLiteral("issuer_earner_id"), issuerEarnerId});
    if (!states.isEmpty())
        parts.append({QStringLiteral("state"), states.join(QLatin1Char(','))});
    if (!query.isEmpty())
        parts.append({QStringLiteral("query"), query});
    return CredlyTemplateFilter::buildQuery(parts, sort);
}

} // namespace badgedesk
