#include "CredlyTemplateFilter.h"

#include <QUrl>

namespace badgedesk {

QString CredlyTemplateFilter::toQuery() const
{
    QList<QPair<QString, QString>> parts;
    if (!states.isEmpty())
        parts.append({QStringLiteral("state"), states.join(QLatin1Char(','))});
    if (!name.isEmpty())
        parts.append({QStringLiteral("name"), exactName ? QLatin1Char('"') + name + QLatin1Char('"') : name});
    if (!query.isEmpty())
        parts.append({QStringLiteral("query"), query});
    return buildQuery(parts, sort);
}

QString CredlyTemplateFilter::buildQuery(const QList<QPair<QString, QString>>& filters, const QString& sort)
{
    QStringList filterParts;
    for (const auto& f : filters)
        filterParts.append(f.first + QStringLiteral("::") +
                           QString::fromLatin1(QUrl::toPercentEncoding(f.second, ",")));
    QStringList items;
    if (!filterParts.isEmpty())
        items.append(QStringLiteral("filter=") + filterParts.join(QLatin1Char('|')));
    if (!sort.isEmpty())
        items.append(QStringLiteral("sort=") + QString::fromLatin1(QUrl::toPercentEncoding(sort, "-|")));
    return items.join(QLatin1Char('&'));
}

} // namespace badgedesk
