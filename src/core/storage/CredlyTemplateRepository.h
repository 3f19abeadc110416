#pragma once

#include "credly/CredlyTemplate.h"
#include "domain/CredlyEnvironment.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace badgedesk {

// The local cache of Credly badge templates, one set per environment (table credly_templates).
// The template sync replaces an environment's set as a whole; the catalog's picker reads it.
class CredlyTemplateRepository
{
public:
    struct CachedTemplate
    {
        QString id;
        QString name;
        QString state; // active, archived, draft
        bool allowDuplicateBadges = false;
        QString imageUrl;
        QDateTime syncedAt;

        bool isActive() const { return state == QLatin1String("active"); }
    };

    explicit CredlyTemplateRepository(QSqlDatabase db);

    // Replaces the cached set of the environment in one transaction; false with error() set and
    // the old set kept when anything fails.
    bool replaceAll(CredlyEnvironment environment, const QList<CredlyTemplate>& templates,
                    const QDateTime& syncedAt);
    // Sorted by name (case-insensitive), then id.
    QList<CachedTemplate> all(CredlyEnvironment environment) const;
    std::optional<CachedTemplate> byId(CredlyEnvironment environment, const QString& id) const;
    // When the environment's set was last synced; invalid when never.
    QDateTime lastSyncedAt(CredlyEnvironment environment) const;

    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace badgedesk
