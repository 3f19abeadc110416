#pragma once

#include "domain/CatalogDiff.h"
#include "domain/CatalogEntry.h"
#include "domain/CatalogValidator.h"
#include "domain/CredlyEnvironment.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace badgedesk {

class CatalogChangeNotifier;

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

    // After each committed change set the notifier, when given, announces the codes it touched.
    explicit CatalogRepository(QSqlDatabase db, CatalogChangeNotifier* notifier = nullptr);

    QList<CatalogEntry> all() const;
    std::optional<CatalogEntry> byCode(const QString& code) const;
    // Imported certification rows per assessment code (codes without rows are absent). An entry
    // that rows refer to is "used": it can be retired but no longer deleted.
    QHash<QString, int> usage() const;
    // A validator over the Credly templates cached for the environment.
    CatalogValidator validator(CredlyEnvironment environment) const;

    // Each returns the new change set's id, or 0 with error() set and nothing written.
    qint64 add(const CatalogEntry& entry, const QString& actor);
    qint64 update(const QList<CatalogEntry>& entries, const QString& actor, const QString& summary = {});
    qint64 retire(const QStringList& codes, const QDate& on, const QString& actor);
    // Deletes entries no certification row refers to (a mistaken add); a used entry is refused
    // with a message to retire it instead. History keeps the whole deleted entry; undo restores it.
    qint64 remove(const QStringList& codes, const QString& actor);
    // Applies an import preview: adds, changes, and retires the missing entries on retireOn.
    // Refused when the catalog no longer matches what the preview was computed from.
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
    CatalogChangeNotifier* m_notifier = nullptr;
    QString m_error;
};

} // namespace badgedesk
