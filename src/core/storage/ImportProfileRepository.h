#pragma once

#include "importing/ImportProfile.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace badgedesk {

// Saved column-mapping profiles (table import_profiles). Names are unique regardless of case.
class ImportProfileRepository
{
public:
    explicit ImportProfileRepository(QSqlDatabase db);

    // Sorted by name.
    QList<ImportProfile> all() const;
    std::optional<ImportProfile> byName(const QString& name) const;

    // Inserts, or replaces the profile of that name (keeping its creation time). False with
    // error() set for an empty name or a profile that maps nothing.
    bool save(const ImportProfile& profile);
    // False when there is no profile of that name.
    bool remove(const QString& name);
    bool markUsed(const QString& name);

    // The saved profile that fits this header best: it must fit (every header it maps is
    // present); then the one mapping most fields, then one saved from this very header, then
    // the most recently used.
    std::optional<ImportProfile> match(const QStringList& header) const;

    QString error() const { return m_error; }

private:
    bool fail(const QString& message);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace badgedesk
