#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace badgedesk {

// Appends to the audit_log table: who did what to which subject, with the old and new values in
// the details. Call it inside the caller's transaction so the record and the change commit
// together. No token and no more personal data than the change itself needs.
class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase db);

    // action: a stable key ("signoff", "override", "set_email", "notice_override", ...);
    // subject: what it applies to ("batch:12", "row:345").
    bool append(const QString& actor, const QString& action, const QString& subject,
                const QJsonObject& details = {});
    QString error() const { return m_error; }

    // The operating system's user name: who sits at the desk.
    static QString currentActor();

private:
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace badgedesk
