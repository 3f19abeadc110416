#pragma once

#include "domain/CatalogDiff.h"
#include "domain/CatalogEntry.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace badgedesk {

// The Approved Assessment list in SQLite. Every write runs in one transaction, is grouped in a
// change set (an edit, a bulk edit, an import or an undo) and leaves field-level history, so any
// change set can be shown and undone as one step.
class CatalogRepository
{
public:
    struct HistoryItem
    {
        qint64 changeSetId = 0;
        QString at;
        QString actor;
        QString kind;   // edit, import, undo
        QString source; // file name of an import
        QString action; // added, changed, retired, removed
        QString field;  // empty for added/removed
        QString oldValue;
        QString newValue;
    };

    explicit CatalogRepository(QSqlDatabase db);

    QList<CatalogEntry> all() const;
    std::optional<CatalogEntry> byCode(const QString& code) const;

    // Each returns the new change set's id, or 0 with error() set and nothing written.
    qint64 add(const CatalogEntry& entry, const QString& actor);
    qint64 update(const QList<CatalogEntry>& entries, const QString& actor, const QString& summary = {});
    qint64 retire(const QStringList& codes, const QDate& on, const QString& actor);
    // Applies an import preview: adds, changes, and retires the missing entries on retireOn.
    qint64 applyImport(const CatalogDiff& diff, const QDate& retireOn, const QString& source,
                       const QString& actor);
    // Reverts a change set as a new "undo" change set. Refused (0) when an entry it touched has
    // changed since, so a later edit is never silently lost.
    qint64 undo(qint64 changeSetId, const QString& actor);

    QList<HistoryItem> history(const QString& code) const;
    QString error() const { return m_error; }

private:
    struct Change
    {
        QString action;
        std::optional<CatalogEntry> before;
        std::optional<CatalogEntry> after;
    };
    qint64 write(const QString& kind, const QString& summary, const QString& source, const QString& actor,
                 const QList<Change>& changes);
    bool writeOne(qint64 changeSetId, const QString& now, const Change& change);
    bool fail(const QString& message);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace badgedesk
