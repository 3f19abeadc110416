#include "NoticeTemplateRepository.h"

#include "NoticeLanguage.h"
#include "storage/AuditLog.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace badgedesk {

NoticeTemplateRepository::NoticeTemplateRepository(QSqlDatabase db) : m_db(std::move(db)) {}

bool NoticeTemplateRepository::fail(const QString& message)
{
    m_error = message;
    return false;
}

NoticeTemplate NoticeTemplateRepository::get(const QString& language) const
{
    NoticeTemplate t = NoticeTemplate::defaultFor(language);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT subject, body FROM notice_templates WHERE language = ?"));
    q.addBindValue(t.language);
    if (q.exec() && q.next()) {
        t.subject = q.value(0).toString();
        t.body = q.value(1).toString();
    }
    return t;
}

bool NoticeTemplateRepository::isCustomised(const QString& language) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM notice_templates WHERE language = ?"));
    q.addBindValue(language);
    return q.exec() && q.next();
}

bool NoticeTemplateRepository::save(const NoticeTemplate& notice, const QString& actor)
{
    m_error.clear();
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("NoticeTemplateRepository", text);
    };
    if (!NoticeLanguage::isKnown(notice.language))
        return fail(tr("Notices are written in English or Spanish only."));
    if (notice.subject.trimmed().isEmpty() || notice.body.trimmed().isEmpty())
        return fail(tr("A notice needs a subject and a message. Write both, or restore the default."));
    if (notice == NoticeTemplate::defaultFor(notice.language))
        return restoreDefault(notice.language, actor);
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO notice_templates(language, subject, body, updated_at, updated_by) VALUES(?, ?, ?, ?, ?) "
        "ON CONFLICT(language) DO UPDATE SET subject = excluded.subject, body = excluded.body, "
        "updated_at = excluded.updated_at, updated_by = excluded.updated_by"));
    q.addBindValue(notice.language);
    q.addBindValue(notice.subject);
    q.addBindValue(notice.body);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(actor);
    if (!q.exec())
        return fail(q.lastError().text());
    AuditLog audit(m_db);
    if (!audit.append(actor, QStringLiteral("notice_template"), QStringLiteral("notice:") + notice.language,
                      {{QStringLiteral("subject"), notice.subject},
                       {QStringLiteral("body_chars"), int(notice.body.size())}}))
        return fail(audit.error());
    if (!tx.commit())
        return fail(m_db.lastError().text());
    return true;
}

bool NoticeTemplateRepository::restoreDefault(const QString& language, const QString& actor)
{
    m_error.clear();
    if (!isCustomised(language))
        return true;
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM notice_templates WHERE language = ?"));
    q.addBindValue(language);
    if (!q.exec())
        return fail(q.lastError().text());
    AuditLog audit(m_db);
    if (!audit.append(actor, QStringLiteral("notice_template"), QStringLiteral("notice:") + language,
                      {{QStringLiteral("restored_default"), true}}))
        return fail(audit.error());
    if (!tx.commit())
        return fail(m_db.lastError().text());
    return true;
}

} // namespace badgedesk
