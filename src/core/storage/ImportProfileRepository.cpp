#include "ImportProfileRepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace badgedesk {
namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

ImportProfile fromQuery(const QSqlQuery& q)
{
    ImportProfile profile;
    profile.name = q.value(0).toString();
    profile.columns =
        ImportProfile::columnsFromJson(QJsonDocument::fromJson(q.value(1).toByteArray()).object());
    for (const QJsonValue& cell : QJsonDocument::fromJson(q.value(2).toByteArray()).array())
        profile.header << cell.toString();
    profile.createdAt = q.value(3).toString();
    profile.updatedAt = q.value(4).toString();
    profile.lastUsedAt = q.value(5).toString();
    return profile;
}

const char* const kSelect =
    "SELECT name, mapping_json, header_json, created_at, updated_at, COALESCE(last_used_at, '') "
    "FROM import_profiles";

} // namespace

ImportProfileRepository::ImportProfileRepository(QSqlDatabase db) : m_db(std::move(db)) {}

bool ImportProfileRepository::fail(const QString& message)
{
    m_error = message;
    return false;
}

QList<ImportProfile> ImportProfileRepository::all() const
{
    QList<ImportProfile> profiles;
    QSqlQuery q(m_db);
    if (!q.exec(QLatin1String(kSelect) + QStringLiteral(" ORDER BY name COLLATE NOCASE")))
        return profiles;
    while (q.next())
        profiles << fromQuery(q);
    return profiles;
}

std::optional<ImportProfile> ImportProfileRepository::byName(const QString& name) const
{
    QSqlQuery q(m_db);
    q.prepare(QLatin1String(kSelect) + QStringLiteral(" WHERE name = ? COLLATE NOCASE"));
    q.addBindValue(name.trimmed());
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

bool ImportProfileRepository::save(const ImportProfile& profile)
{
    m_error.clear();
    const QString name = profile.name.trimmed();
    if (name.isEmpty())
        return fail(QStringLiteral("Give the mapping profile a name."));
    if (profile.isEmpty())
        return fail(
            QStringLiteral("The profile \"%1\" maps no column; map at least one before saving.").arg(name));
    QJsonArray header;
    for (const QString& cell : profile.header)
        header.append(cell);
    const QString stamp = now();
    QSqlQuery q(m_db);
    // Upsert keeps the id, creation and last-use times of a profile saved again.
    q.prepare(QStringLiteral(
        "INSERT INTO import_profiles (name, mapping_json, header_json, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET name = excluded.name, "
        "mapping_json = excluded.mapping_json, header_json = excluded.header_json, "
        "updated_at = excluded.updated_at"));
    q.addBindValue(name);
    q.addBindValue(QString::fromUtf8(QJsonDocument(profile.mappingJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(QString::fromUtf8(QJsonDocument(header).toJson(QJsonDocument::Compact)));
    q.addBindValue(stamp);
    q.addBindValue(stamp);
    if (!q.exec())
        return fail(QStringLiteral("Could not save the profile \"%1\": %2").arg(name, q.lastError().text()));
    return true;
}

bool ImportProfileRepository::remove(const QString& name)
{
    m_error.clear();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM import_profiles WHERE name = ? COLLATE NOCASE"));
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return fail(q.lastError().text());
    if (q.numRowsAffected() < 1)
        return fail(QStringLiteral("There is no mapping profile named \"%1\".").arg(name.trimmed()));
    return true;
}

bool ImportProfileRepository::markUsed(const QString& name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE import_profiles SET last_used_at = ? WHERE name = ? COLLATE NOCASE"));
    q.addBindValue(now());
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return fail(q.lastError().text());
    return q.numRowsAffected() == 1;
}

std::optional<ImportProfile> ImportProfileRepository::match(const QStringList& header) const
{
    std::optional<ImportProfile> best;
    const auto better = [&header](const ImportProfile& a, const ImportProfile& b) {
        if (a.columns.size() != b.columns.size())
            return a.columns.size() > b.columns.size();
        if (a.sameHeader(header) != b.sameHeader(header))
            return a.sameHeader(header);
        return a.lastUsedAt > b.lastUsedAt;
    };
    for (const ImportProfile& profile : all()) {
        if (profile.fits(header) && (!best || better(profile, *best)))
            best = profile;
    }
    return best;
}

} // namespace badgedesk
