#include "CredlyTemplateRepository.h"

#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace badgedesk {

namespace {

CredlyTemplateRepository::CachedTemplate fromQuery(const QSqlQuery& q)
{
    CredlyTemplateRepository::CachedTemplate t;
    t.id = q.value(0).toString();
    t.name = q.value(1).toString();
    t.state = q.value(2).toString();
    t.allowDuplicateBadges = q.value(3).toInt() != 0;
    t.imageUrl = q.value(4).toString();
    t.syncedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    return t;
}

const char* const SelectColumns = "SELECT id, name, state, allow_duplicate_badges, image_url, synced_at "
                                  "FROM credly_templates ";

} // namespace

CredlyTemplateRepository::CredlyTemplateRepository(QSqlDatabase db) : m_db(std::move(db)) {}

bool CredlyTemplateRepository::replaceAll(CredlyEnvironment environment,
                                          const QList<CredlyTemplate>& templates, const QDateTime& syncedAt)
{
    m_error.clear();
    const QString env = environmentKey(environment);
    const QString stamp = syncedAt.toUTC().toString(Qt::ISODate);
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        m_error = QStringLiteral("The template cache could not be updated: %1").arg(m_db.lastError().text());
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM credly_templates WHERE environment = ?"));
    q.addBindValue(env);
    if (!q.exec()) {
        m_error = QStringLiteral("The template cache could not be updated: %1").arg(q.lastError().text());
        return false;
    }
    q.prepare(
        QStringLiteral("INSERT INTO credly_templates(environment, id, name, state, allow_duplicate_badges, "
                       "image_url, synced_at) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    for (const CredlyTemplate& t : templates) {
        q.addBindValue(env);
        q.addBindValue(t.id);
        q.addBindValue(t.name);
        q.addBindValue(t.state);
        q.addBindValue(t.allowDuplicateBadges ? 1 : 0);
        q.addBindValue(t.imageUrl);
        q.addBindValue(stamp);
        if (!q.exec()) {
            m_error = QStringLiteral("The template cache could not be updated (template %1): %2")
                          .arg(t.id, q.lastError().text());
            return false;
        }
    }
    if (!transaction.commit()) {
        m_error = QStringLiteral("The template cache could not be saved: %1").arg(m_db.lastError().text());
        return false;
    }
    return true;
}

QList<CredlyTemplateRepository::CachedTemplate>
CredlyTemplateRepository::all(CredlyEnvironment environment) const
{
    QList<CachedTemplate> list;
    QSqlQuery q(m_db);
    q.prepare(QLatin1String(SelectColumns) +
              QStringLiteral("WHERE environment = ? ORDER BY name COLLATE NOCASE, id"));
    q.addBindValue(environmentKey(environment));
    if (q.exec()) {
        while (q.next())
            list.append(fromQuery(q));
    }
    return list;
}

std::optional<CredlyTemplateRepository::CachedTemplate>
CredlyTemplateRepository::byId(CredlyEnvironment environment, const QString& id) const
{
    QSqlQuery q(m_db);
    q.prepare(QLatin1String(SelectColumns) + QStringLiteral("WHERE environment = ? AND id = ?"));
    q.addBindValue(environmentKey(environment));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

QDateTime CredlyTemplateRepository::lastSyncedAt(CredlyEnvironment environment) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT MAX(synced_at) FROM credly_templates WHERE environment = ?"));
    q.addBindValue(environmentKey(environment));
    if (q.exec() && q.next() && !q.value(0).isNull())
        return QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
    return {};
}

} // namespace badgedesk
