#pragma once

#include <QSqlDatabase>
#include <QString>

namespace badgedesk {

// Key/value settings that belong to one database (its Credly environment, organisation id,
// notice wait...). Never a token: those live only in the OS keychain.
class SettingsRepository
{
public:
    explicit SettingsRepository(QSqlDatabase db);

    QString value(const QString& key, const QString& fallback = {}) const;
    bool setValue(const QString& key, const QString& value);

private:
    QSqlDatabase m_db;
};

} // namespace badgedesk
