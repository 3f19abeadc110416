#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace badgedesk {

// A prepared statement straight on the sqlite3 handle under a QSqlDatabase connection, for the
// few places that move a whole batch at once (the review queue's load, classification and bulk
// decisions): Qt Sql's per-value QVariant binding costs several times SQLite's own work there.
// It joins whatever transaction the connection has open. Everything else uses QSqlQuery.
class SqliteStatement
{
public:
    SqliteStatement(const QSqlDatabase& db, const char* sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool isValid() const { return m_statement != nullptr; }
    QString error() const { return m_error; }

    // Parameters count from 1, as in SQLite. A null QString binds NULL.
    void bind(int index, qint64 value);
    void bind(int index, const QString& value);
    void bindNull(int index);

    // Next result row: true while there is one; false when done or failed (error() says).
    bool next();
    // Runs a statement that returns no rows, then resets it for the next bindings.
    bool exec();
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    QString text(int column) const;
    // The column's UTF-8 bytes, valid until the next step or reset.
    QByteArrayView bytes(int column) const;

    // The connection's handle; nullptr when it is not SQLite.
    static sqlite3* handle(const QSqlDatabase& db);

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_error;
};

} // namespace badgedesk
