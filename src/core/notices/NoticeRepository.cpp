#include "NoticeRepository.h"

#include "NoticeLanguage.h"
#include "storage/AuditLog.h"
#include "storage/SettingsRepository.h"
#include "storage/SignOffRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace badgedesk {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("NoticeRepository", text);
}
} // namespace

NoticeRepository::NoticeRepository(QSqlDatabase db) : m_db(std::move(db)) {}

bool NoticeRepository::fail(const QString& message)
{
    m_error = message;
    return false;
}

NoticeRepository::Status NoticeRepository::status(qint64 batchId) const
{
    Status s;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT notice_sent_at, notice_sent_by, notice_rows FROM batches WHERE id = ?"));
    q.addBindValue(batchId);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return s;
    const QString text = q.value(0).toString();
    s.sentAt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!s.sentAt.isValid())
        s.sentAt = QDateTime::fromString(text, Qt::ISODate);
    s.sent = s.sentAt.isValid();
    s.sentBy = q.value(1).toString();
    s.rows = q.value(2).toInt();
    return s;
}

bool NoticeRepository::markSent(qint64 batchId, int rows, const QString& actor, const QDateTime& at)
{
    m_error.clear();
    const SignOffRepository::Status signOff = SignOffRepository(m_db).status(batchId);
    if (signOff.state != SignOffRepository::State::Valid) {
        return fail(signOff.state == SignOffRepository::State::Voided
                        ? tr("The batch's sign-off was voided by a later change. Sign it off again on the "
                             "Review page, export the notice list again, then record the notice.")
                        : tr("The batch is not signed off. Sign it off on the Review page first: the notice "
                             "goes to the approved students only."));
    }
    const Status current = status(batchId);
    if (current.sent) {
        return fail(tr("The notice of this batch is already recorded as sent on %1. To record another "
                       "date, clear it first (with a reason).")
                        .arg(QLocale().toString(current.sentAt.toLocalTime(), QLocale::ShortFormat)));
    }
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE batches SET notice_sent_at = ?, notice_sent_by = ?, notice_rows = ? WHERE id = ?"));
    const QString when = at.toUTC().toString(Qt::ISODateWithMs);
    q.addBindValue(when);
    q.addBindValue(actor);
    q.addBindValue(rows);
    q.addBindValue(batchId);
    if (!q.exec())
        return fail(q.lastError().text());
    if (q.numRowsAffected() != 1)
        return fail(tr("There is no such batch."));
    AuditLog audit(m_db);
    if (!audit.append(actor, QStringLiteral("notice_sent"), QStringLiteral("batch:%1").arg(batchId),
                      {{QStringLiteral("sent_at"), when},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("language"), batchLanguage(batchId)}}))
        return fail(audit.error());
    if (!tx.commit())
        return fail(m_db.lastError().text());
    return true;
}

bool NoticeRepository::clear(qint64 batchId, const QString& reason, const QString& actor)
{
    m_error.clear();
    if (reason.trimmed().isEmpty())
        return fail(tr("Say why the notice is cleared (it is kept in the audit log)."));
    const Status current = status(batchId);
    if (!current.sent)
        return fail(tr("No notice is recorded for this batch."));
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE batches SET notice_sent_at = NULL, notice_sent_by = NULL, notice_rows = NULL WHERE id = ?"));
    q.addBindValue(batchId);
    if (!q.exec())
        return fail(q.lastError().text());
    AuditLog audit(m_db);
    if (!audit.append(actor, QStringLiteral("notice_cleared"), QStringLiteral("batch:%1").arg(batchId),
                      {{QStringLiteral("reason"), reason.trimmed()},
                       {QStringLiteral("sent_at"), current.sentAt.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("sent_by"), current.sentBy},
                       {QStringLiteral("rows"), current.rows}}))
        return fail(audit.error());
    if (!tx.commit())
        return fail(m_db.lastError().text());
    return true;
}

QString NoticeRepository::batchLanguageKey(qint64 batchId)
{
    return QStringLiteral("notices.batch.%1.language").arg(batchId);
}

QString NoticeRepository::batchLanguage(qint64 batchId) const
{
    const QString own = SettingsRepository(m_db).value(batchLanguageKey(batchId));
    return NoticeLanguage::isKnown(own) ? own : defaultLanguage();
}

bool NoticeRepository::setBatchLanguage(qint64 batchId, const QString& language)
{
    if (!NoticeLanguage::isKnown(language))
        return fail(tr("Notices are written in English or Spanish only."));
    return SettingsRepository(m_db).setValue(batchLanguageKey(batchId), language) ||
           fail(m_db.lastError().text());
}

QString NoticeRepository::defaultLanguage() const
{
    const QString value = SettingsRepository(m_db).value(QLatin1String(kDefaultLanguageKey));
    return NoticeLanguage::isKnown(value) ? value : QLatin1String(NoticeLanguage::kEnglish);
}

bool NoticeRepository::setDefaultLanguage(const QString& language)
{
    if (!NoticeLanguage::isKnown(language))
        return fail(tr("Notices are written in English or Spanish only."));
    return SettingsRepository(m_db).setValue(QLatin1String(kDefaultLanguageKey), language) ||
           fail(m_db.lastError().text());
}

QString NoticeRepository::agencyName() const
{
    const QString name = SettingsRepository(m_db).value(QLatin1String(kAgencyNameKey)).trimmed();
    return name.isEmpty() ? QStringLiteral("Oklahoma CareerTech") : name;
}

bool NoticeRepository::setAgencyName(const QString& name)
{
    return SettingsRepository(m_db).setValue(QLatin1String(kAgencyNameKey), name.trimmed()) ||
           fail(m_db.lastError().text());
}

QDate NoticeRepository::expectedIssueDate(const QDate& noticeDate, int waitDays)
{
    return noticeDate.isValid() ? noticeDate.addDays(qMax(0, waitDays)) : QDate();
}

} // namespace badgedesk
