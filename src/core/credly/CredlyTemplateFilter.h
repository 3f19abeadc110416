#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace badgedesk {

// Filters of GET .../badge_templates (credly-api.md §4).
struct CredlyTemplateFilter
{
    QStringList states; // active, archived, draft; empty = all
    QString name;       // partial; exact when exactName
    bool exactName = false;
    QString query; // name or description, partial
    QString sort;  // e.g. "name" or "-updated_at"

    QString toQuery() const;

    // Shared by the list filters: filter=key::value|key::value (values percent-encoded) and sort.
    static QString buildQuery(const QList<QPair<QString, QString>>& filters, const QString& sort);
};

} // namespace badgedesk
