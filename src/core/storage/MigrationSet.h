#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace badgedesk {

// The numbered SQL migrations embedded as resources (resources/migrations/NNNN_name.sql).
// Version N of the schema is the state after migration N; PRAGMA user_version holds it.
class MigrationSet
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QStringList statements;
    };

    // Reads and splits every migration under the resource folder. Numbering must run 1..N with
    // no gap; a gap or an unreadable file is a build mistake and is reported through error().
    explicit MigrationSet(const QString& resourceDir = QStringLiteral(":/migrations"));

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    int latestVersion() const { return m_migrations.isEmpty() ? 0 : m_migrations.last().version; }
    const QList<Migration>& migrations() const { return m_migrations; }

    // Splits a script into complete statements (sqlite3_complete decides where one ends, so
    // triggers with inner semicolons and quoted text stay whole).
    static QStringList splitStatements(const QString& script);

private:
    QList<Migration> m_migrations;
    QString m_error;
};

} // namespace badgedesk
