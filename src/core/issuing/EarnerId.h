#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace badgedesk {

// issuer_earner_id for Credly: a keyed hash (HMAC-SHA256) of the student, so the same student gets
// the same id every month, Credly can find and dedupe by it, and nobody can get the student id
// back from it (BRIEF: never send a student id to Credly). The key is random, made once per
// database and kept in its settings; a Practice database has its own.
class EarnerId
{
public:
    // The database's key, made on first use. Empty with *error set when it cannot be stored.
    static QByteArray keyFor(QSqlDatabase db, QString* error = nullptr);

    explicit EarnerId(QByteArray key);

    // 32 lower-case hex characters (Credly wants an alphanumeric id). The student id when the row
    // has one, else the email, else the name and school: the same person key the dedupe uses.
    QString of(const QString& studentId, const QString& email, const QString& firstName,
               const QString& lastName, const QString& schoolCode) const;

    static constexpr const char* kSettingKey = "issuing.earner_key";

private:
    QByteArray m_key;
};

} // namespace badgedesk
