#pragma once

#include "CatalogEntry.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace badgedesk {

// Checks catalog entries against the rules a badge needs, and against the Credly badge templates
// cached for the current environment: one place for the catalog page, its exports and the CLI.
class CatalogValidator
{
public:
    struct Template
    {
        QString id;
        QString name;
        QString state; // active, archived, draft
    };

    struct Problem
    {
        // "no_template", "unknown_template", "archived_template", "inactive_template", "double_badged"
        QString kind;
        QString message; // what is wrong and what to do, in the specialist's words
        bool isNull() const { return kind.isEmpty(); }
    };

    // templatesSynced: the cache was filled from Credly at least once. Until then an id cannot be
    // checked, so it is not called unknown.
    void setTemplates(const QList<Template>& templates, bool templatesSynced);
    const QList<Template>& templates() const { return m_templates; }
    bool templatesSynced() const { return m_synced; }
    std::optional<Template> templateFor(const QString& id) const;
    // "Name", "Name (archived)", the bare id when not cached, empty for no id.
    QString templateLabel(const QString& id) const;

    // The first problem of an active entry; retired entries have none (they are never badged).
    Problem check(const CatalogEntry& entry) const;

private:
    QList<Template> m_templates;
    QHash<QString, int> m_byId; // lower-case id -> index
    bool m_synced = false;
};

} // namespace badgedesk
