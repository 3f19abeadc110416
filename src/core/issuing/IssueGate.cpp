#include "IssueGate.h"

#include "storage/AuditLog.h"
#include "storage/SettingsRepository.h"
#include "storage/SignOffRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlQuery>

namespace badgedesk {

namespace {
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("IssueGate", text, disambiguation, n);
}
} // namespace

int IssueGate::noticeWaitDays(QSqlDatabase db)
{
    bool ok = false;
    const int days = SettingsRepository(db).value(QLatin1String(kNoticeWaitKey)).toInt(&ok);
    return ok && days >= 0 ? days : kDefaultNoticeWaitDays;
}

bool IssueGate::setNoticeWaitDays(QSqlDatabase db, int days)
{
    return days >= 0 && SettingsRepository(db).setValue(QLatin1String(kNoticeWaitKey), QString::number(days));
}

IssueGate::Check IssueGate::check(QSqlDatabase db, qint64 batchId, const QString& noticeOverride,
                                  const QDateTime& now)
{
    Check c;
    c.waitDays = noticeWaitDays(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT notice_sent_at FROM batches WHERE id = ?"));
    q.addBindValue(batchId);
    if (!q.exec() || !q.next())
        return c;
    c.batchExists = true;
    const QString sent = q.value(0).toString();
    if (!sent.isEmpty()) {
        c.noticeSentAt = QDateTime::fromString(sent, Qt::ISODateWithMs);
        if (!c.noticeSentAt.isValid())
            c.noticeSentAt = QDateTime::fromString(sent, Qt::ISODate);
    }
    c.noticeSent = c.noticeSentAt.isValid();
    if (c.noticeSent) {
        c.waitEndsAt = c.noticeSentAt.addDays(c.waitDays);
        c.noticeWaitOver = now >= c.waitEndsAt;
    }
    c.overrideGiven = !noticeOverride.trimmed().isEmpty();
    const SignOffRepository::Status signOff = SignOffRepository(db).status(batchId);
    c.signedOff = signOff.state == SignOffRepository::State::Valid;
    c.signOffMessage = signOff.message;
    c.approvedRows = signOff.approvedRows;
    return c;
}

QString IssueGate::Check::problem() const
{
    if (!batchExists)
        return tr("There is no such batch. Pick one from the batch selector (or `badgedesk-cli info`).");
    if (!signedOff)
        return signOffMessage.isEmpty()
                   ? tr("The batch is not signed off. Sign it off on the Review page first.")
                   : signOffMessage;
    if (approvedRows == 0)
        return tr("The batch has no approved rows to issue.");
    if (!noticeOk())
        return noticeText() + QLatin1Char(' ') +
               tr("Wait until then, or issue now with a written reason (it is kept in the audit log).");
    return {};
}

QString IssueGate::Check::noticeText() const
{
    if (!noticeSent)
        return tr("No notice to the students is recorded for this batch, and badges go out only %n day(s) "
                  "after it.",
                  nullptr, waitDays);
    const QString sent = noticeSentAt.toLocalTime().toString(QStringLiteral("d MMM yyyy HH:mm"));
    const QString ends = waitEndsAt.toLocalTime().toString(QStringLiteral("d MMM yyyy HH:mm"));
    return noticeWaitOver ? tr("The notice went out on %1; the wait ended %2.").arg(sent, ends)
                          : tr("The notice went out on %1; the wait ends %2.").arg(sent, ends);
}

bool IssueGate::recordOverride(QSqlDatabase db, qint64 batchId, CredlyEnvironment environment,
                               const QString& reason, const QString& actor, const Check& check)
{
    QJsonObject details{{QStringLiteral("reason"), reason.trimmed()},
                        {QStringLiteral("environment"), environmentKey(environment)},
                        {QStringLiteral("wait_days"), check.waitDays}};
    if (check.noticeSent)
        details.insert(QStringLiteral("notice_sent_at"), check.noticeSentAt.toUTC().toString(Qt::ISODate));
    return AuditLog(db).append(actor, QStringLiteral("notice_override"),
                               QStringLiteral("batch:%1").arg(batchId), details);
}

QString IssueGate::backupPathFor(const QString& databasePath, qint64 batchId, const QDateTime& now)
{
    const QFileInfo info(databasePath);
    return info.absolutePath() + QStringLiteral("/backups/") + info.completeBaseName() +
           QStringLiteral("-before-issuing-batch%1-%2.sqlite")
               .arg(batchId)
               .arg(now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
}

void IssueGate::pruneBackups(const QString& databasePath, int keep)
{
    const QFileInfo info(databasePath);
    QDir dir(info.absolutePath() + QStringLiteral("/backups"));
    const QStringList names = dir.entryList(
        {info.completeBaseName() + QStringLiteral("-before-issuing-batch*.sqlite")}, QDir::Files,
        QDir::Time); // newest first
    for (int i = keep; i < names.size(); ++i)
        dir.remove(names.at(i));
}

} // namespace badgedesk
