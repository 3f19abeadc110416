#include "CatalogRepository.h"

#include "CatalogChangeNotifier.h"
#include "CredlyTemplateRepository.h"
#include "Transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace badgedesk {
namespace {

const QString kColumns =
    QStringLiteral("id, code, title, credentialing_body, vendor, credential_type, program_area, "
                   "effective_date, retired_date, vendor_badges, careertech_badges, "
                   "credly_template_id, notes");

CatalogEntry entryFromQuery(const QSqlQuery& q)
{
    CatalogEntry e;
    e.id = q.value(0).toLongLong();
    const QStringList fields = CatalogEntry::fieldNames();
    for (int i = 0; i < fields.size(); ++i)
        e.setFieldValue(fields.at(i), q.value(i + 1).toString());
    return e;
}

QString json(const std::optional<CatalogEntry>& entry)
{
    return entry ? QString::fromUtf8(QJsonDocument(entry->toJson()).toJson(QJsonDocument::Compact))
                 : QString();
}

QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// Dates and the template id are NULL when unset; flags are integers; other text is never NULL.
QVariant columnValue(const CatalogEntry& entry, const QString& field)
{
    const QString value = entry.fieldValue(field);
    if (field == QLatin1String("effective_date") || field == QLatin1String("retired_date") ||
        field == QLatin1String("credly_template_id"))
        return nullIfEmpty(value);
    if (field == QLatin1String("vendor_badges") || field == QLatin1String("careertech_badges"))
        return value.toInt();
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

CatalogRepository::CatalogRepository(QSqlDatabase db, CatalogChangeNotifier* notifier)
    : m_db(std::move(db)), m_notifier(notifier)
{}

bool CatalogRepository::fail(const QString& message)
{
    m_error = message;
    return false;
}

QList<CatalogEntry> CatalogRepository::all() const
{
    QList<CatalogEntry> entries;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT ") + kColumns +
               QStringLiteral(" FROM catalog_entries ORDER BY code"))) {
        while (q.next())
            entries << entryFromQuery(q);
    }
    return entries;
}

std::optional<CatalogEntry> CatalogRepository::byCode(const QString& code) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM catalog_entries WHERE code = ?"));
    q.addBindValue(code);
    if (q.exec() && q.next())
        return entryFromQuery(q);
    return std::nullopt;
}

QHash<QString, int> CatalogRepository::usage() const
{
    QHash<QString, int> counts;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT assessment_code, COUNT(*) FROM certifications "
                              "WHERE assessment_code IS NOT NULL GROUP BY assessment_code"))) {
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toInt());
    }
    return counts;
}

CatalogValidator CatalogRepository::validator(CredlyEnvironment environment) const
{
    CredlyTemplateRepository templates(m_db);
    QList<CatalogValidator::Template> list;
    const auto cached = templates.all(environment);
    for (const auto& t : cached)
        list << CatalogValidator::Template{t.id, t.name, t.state};
    CatalogValidator validator;
    validator.setTemplates(list, templates.lastSyncedAt(environment).isValid());
    return validator;
}

qint64 CatalogRepository::add(const CatalogEntry& entry, const QString& actor)
{
    if (entry.code.trimmed().isEmpty() || entry.title.trimmed().isEmpty()) {
        fail(QObject::tr("An assessment needs a code and a title."));
        return 0;
    }
    if (byCode(entry.code)) {
        fail(QObject::tr("Code %1 is already in the catalog; edit that entry instead.").arg(entry.code));
        return 0;
    }
    return write(QStringLiteral("edit"), QObject::tr("Added %1").arg(entry.code), {}, actor,
                 {Change{QStringLiteral("added"), std::nullopt, entry}});
}

qint64 CatalogRepository::update(const QList<CatalogEntry>& entries, const QString& actor,
                                 const QString& summary)
{
    QList<Change> changes;
    for (const CatalogEntry& after : entries) {
        const auto before = byCode(after.code);
        if (!before) {
            fail(QObject::tr("Code %1 is not in the catalog.").arg(after.code));
            return 0;
        }
        CatalogEntry stored = after;
        stored.id = before->id;
        if (!before->differingFields(stored).isEmpty())
            changes << Change{QStringLiteral("changed"), before, stored};
    }
    if (changes.isEmpty()) {
        fail(QObject::tr("Nothing to change."));
        return 0;
    }
    return write(QStringLiteral("edit"),
                 summary.isEmpty() ? QObject::tr("Edited %n entries", nullptr, int(changes.size())) : summary,
                 {}, actor, changes);
}

qint64 CatalogRepository::retire(const QStringList& codes, const QDate& on, const QString& actor)
{
    QList<Change> changes;
    for (const QString& code : codes) {
        const auto before = byCode(code);
        if (!before) {
            fail(QObject::tr("Code %1 is not in the catalog.").arg(code));
            return 0;
        }
        CatalogEntry after = *before;
        after.retiredDate = on;
        changes << Change{QStringLiteral("retired"), before, after};
    }
    return write(QStringLiteral("edit"), QObject::tr("Retired %n entries", nullptr, int(changes.size())), {},
                 actor, changes);
}

qint64 CatalogRepository::remove(const QStringList& codes, const QString& actor)
{
    const QHash<QString, int> used = usage();
    QList<Change> changes;
    for (const QString& code : codes) {
        const auto before = byCode(code);
        if (!before) {
            fail(QObject::tr("Code %1 is not in the catalog.").arg(code));
            return 0;
        }
        if (const int rows = used.value(code)) {
            fail(QObject::tr("%1 is used by imported certification rows (%n), so it stays in the catalog: "
                             "retire it instead.",
                             nullptr, rows)
                     .arg(code));
            return 0;
        }
        changes << Change{QStringLiteral("removed"), before, std::nullopt};
    }
    if (changes.isEmpty()) {
        fail(QObject::tr("Nothing to delete."));
        return 0;
    }
    return write(QStringLiteral("edit"), QObject::tr("Deleted %n entries", nullptr, int(changes.size())), {},
                 actor, changes);
}

qint64 CatalogRepository::applyImport(const CatalogDiff& diff, const QDate& retireOn, const QString& source,
                                      const QString& actor)
{
    // The preview was computed from the catalog as it was; if it has moved on since (another
    // window, the CLI), applying would overwrite changes the specialist never saw.
    const QString stale = QObject::tr("The catalog changed after the preview was made (%1). Import the list "
                                      "again to see an up-to-date preview.");
    QHash<QString, CatalogEntry> current;
    for (const CatalogEntry& entry : all())
        current.insert(entry.code, entry);
    auto unchangedSincePreview = [&](const CatalogEntry& seen) {
        const auto it = current.constFind(seen.code);
        return it != current.cend() && it->differingFields(seen).isEmpty();
    };
    for (const CatalogEntry& entry : diff.added) {
        if (current.contains(entry.code)) {
            fail(stale.arg(entry.code));
            return 0;
        }
    }
    for (const CatalogDiff::Change& change : diff.changed) {
        if (!unchangedSincePreview(change.before)) {
            fail(stale.arg(change.before.code));
            return 0;
        }
    }
    for (const CatalogEntry& entry : diff.missing) {
        if (!unchangedSincePreview(entry)) {
            fail(stale.arg(entry.code));
            return 0;
        }
    }
    if (diff.missing.size() > 0 && !retireOn.isValid()) {
        fail(QObject::tr("Choose the date from which the assessments missing from the list (%n) are retired.",
                         nullptr, int(diff.missing.size())));
        return 0;
    }

    QList<Change> changes;
    for (const CatalogEntry& entry : diff.added)
        changes << Change{QStringLiteral("added"), std::nullopt, entry};
    for (const CatalogDiff::Change& change : diff.changed)
        changes << Change{QStringLiteral("changed"), change.before, change.after};
    for (const CatalogEntry& entry : diff.missing) {
        CatalogEntry after = entry;
        after.retiredDate = retireOn;
        changes << Change{QStringLiteral("retired"), entry, after};
    }
    if (changes.isEmpty()) {
        fail(QObject::tr("The list matches the catalog; nothing to apply."));
        return 0;
    }
    return write(QStringLiteral("import"),
                 QObject::tr("Imported %1: %2 added, %3 changed, %4 retired")
                     .arg(source)
                     .arg(diff.added.size())
                     .arg(diff.changed.size())
                     .arg(diff.missing.size()),
                 source, actor, changes);
}

qint64 CatalogRepository::undo(qint64 changeSetId, const QString& actor)
{
    QSqlQuery q(m_db);
    // A changed entry has one history row per field, all carrying the whole before/after: one per entry.
    q.prepare(QStringLiteral("SELECT action, before_json, after_json, MAX(id) FROM catalog_history "
                             "WHERE change_set_id = ? GROUP BY entry_code ORDER BY MAX(id) DESC"));
    q.addBindValue(changeSetId);
    if (!q.exec()) {
        fail(q.lastError().text());
        return 0;
    }
    QList<Change> changes;
    while (q.next()) {
        const QString action = q.value(0).toString();
        const auto before =
            CatalogEntry::fromJson(QJsonDocument::fromJson(q.value(1).toByteArray()).object());
        const auto after = CatalogEntry::fromJson(QJsonDocument::fromJson(q.value(2).toByteArray()).object());
        const auto current = byCode(action == QLatin1String("removed") ? before.code : after.code);
        if (action == QLatin1String("added")) {
            if (!current || !current->differingFields(after).isEmpty()) {
                fail(QObject::tr("%1 has changed since; undo the later changes first.").arg(after.code));
                return 0;
            }
            changes << Change{QStringLiteral("removed"), current, std::nullopt};
        } else if (action == QLatin1String("removed")) {
            if (current) {
                fail(QObject::tr("%1 exists again; undo the later changes first.").arg(before.code));
                return 0;
            }
            changes << Change{QStringLiteral("added"), std::nullopt, before};
        } else {
            CatalogEntry restored = before;
            if (!current || !current->differingFields(after).isEmpty()) {
                fail(QObject::tr("%1 has changed since; undo the later changes first.").arg(after.code));
                return 0;
            }
            restored.id = current->id;
            changes << Change{QStringLiteral("changed"), current, restored};
        }
    }
    if (changes.isEmpty()) {
        fail(QObject::tr("There is no change set %1 to undo.").arg(changeSetId));
        return 0;
    }
    return write(QStringLiteral("undo"), QObject::tr("Undid change set %1").arg(changeSetId), {}, actor,
                 changes);
}

qint64 CatalogRepository::write(const QString& kind, const QString& summary, const QString& source,
                                const QString& actor, const QList<Change>& changes)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    qint64 changeSetId = 0;
    {
        Transaction tx(m_db);
        if (!tx.isActive()) {
            fail(m_db.lastError().text());
            return 0;
        }
        QSqlQuery set(m_db);
        set.prepare(QStringLiteral("INSERT INTO catalog_change_sets(at, actor, kind, summary, source) "
                                   "VALUES(?, ?, ?, ?, ?)"));
        // A null QString binds as SQL NULL; these columns are NOT NULL text.
        for (const QString& v : {now, actor, kind, summary, source})
            set.addBindValue(v.isNull() ? QStringLiteral("") : v);
        if (!set.exec()) {
            fail(set.lastError().text());
            return 0;
        }
        changeSetId = set.lastInsertId().toLongLong();
        for (const Change& change : changes) {
            if (!writeOne(changeSetId, now, change))
                return 0; // rolled back by tx
        }
        if (!tx.commit()) {
            fail(m_db.lastError().text());
            return 0;
        }
    }
    m_error.clear();
    if (m_notifier) {
        QStringList codes;
        for (const Change& change : changes)
            codes << (change.after ? change.after->code : change.before->code);
        m_notifier->notifyChanged(changeSetId, codes);
    }
    return changeSetId;
}

bool CatalogRepository::writeOne(qint64 changeSetId, const QString& now, const Change& change)
{
    QSqlQuery q(m_db);
    const QStringList fields = CatalogEntry::fieldNames();
    if (change.action == QLatin1String("removed")) {
        q.prepare(QStringLiteral("DELETE FROM catalog_entries WHERE code = ?"));
        q.addBindValue(change.before->code);
    } else if (!change.before) {
        q.prepare(QStringLiteral("INSERT INTO catalog_entries(") + fields.join(QStringLiteral(", ")) +
                  QStringLiteral(", updated_at) VALUES(") + QStringLiteral("?, ").repeated(fields.size()) +
                  QStringLiteral("?)"));
        for (const QString& field : fields)
            q.addBindValue(columnValue(*change.after, field));
        q.addBindValue(now);
    } else {
        QStringList assignments;
        for (const QString& field : fields)
            assignments << field + QStringLiteral(" = ?");
        q.prepare(QStringLiteral("UPDATE catalog_entries SET ") + assignments.join(QStringLiteral(", ")) +
                  QStringLiteral(", updated_at = ? WHERE id = ?"));
        for (const QString& field : fields)
            q.addBindValue(columnValue(*change.after, field));
        q.addBindValue(now);
        q.addBindValue(change.before->id);
    }
    if (!q.exec())
        return fail(QObject::tr("Could not save %1: %2")
                        .arg(change.after ? change.after->code : change.before->code, q.lastError().text()));

    // One history row per changed field; added/removed keep a single row with the whole entry.
    QSqlQuery h(m_db);
    h.prepare(QStringLiteral(
        "INSERT INTO catalog_history(entry_code, changed_at, changed_by, action, before_json, "
        "after_json, change_set_id, field, old_value, new_value) "
        "VALUES(?, ?, (SELECT actor FROM catalog_change_sets WHERE id = ?), ?, ?, ?, ?, ?, ?, ?)"));
    auto record = [&](const QString& field, const QString& oldValue, const QString& newValue) {
        h.addBindValue(change.after ? change.after->code : change.before->code);
        h.addBindValue(now);
        h.addBindValue(changeSetId);
        h.addBindValue(change.action);
        h.addBindValue(nullIfEmpty(json(change.before)));
        h.addBindValue(nullIfEmpty(json(change.after)));
        h.addBindValue(changeSetId);
        h.addBindValue(nullIfEmpty(field));
        h.addBindValue(oldValue);
        h.addBindValue(newValue);
        return h.exec() || fail(h.lastError().text());
    };
    if (!change.before || !change.after)
        return record({}, {}, {});
    const QStringList differing = change.before->differingFields(*change.after);
    for (const QString& field : differing) {
        if (!record(field, change.before->fieldValue(field), change.after->fieldValue(field)))
            return false;
    }
    return true;
}

QList<CatalogRepository::HistoryItem> CatalogRepository::history(const QString& code) const
{
    QList<HistoryItem> items;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT h.change_set_id, h.changed_at, s.actor, s.kind, s.source, h.action, "
                             "COALESCE(h.field, ''), COALESCE(h.old_value, ''), COALESCE(h.new_value, '') "
                             "FROM catalog_history h JOIN catalog_change_sets s ON s.id = h.change_set_id "
                             "WHERE h.entry_code = ? ORDER BY h.id"));
    q.addBindValue(code);
    if (q.exec()) {
        while (q.next()) {
            items << HistoryItem{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                 q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
                                 q.value(6).toString(),   q.value(7).toString(), q.value(8).toString()};
        }
    }
    return items;
}

} // namespace badgedesk
