#include "SettingsRepository.h"

#include <QSqlQuery>
#include <QVariant>

namespace badgedesk {

SettingsRepository::SettingsRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QString SettingsRepository::value(const QString& key, const QString& fallback) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

bool SettingsRepository::setValue(const QString& key, const QString& value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec();
}

} // namespace badgedesk
