#include "SignOffRepository.h"

#include "AuditLog.h"
#include "Transaction.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace badgedesk {

SignOffRepository::SignOffRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QString SignOffRepository::snapshotHash(qint64 batchId, int* approvedRows) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, email, first_name, middle_name, last_name, assessment_code, test_date "
                       "FROM certifications WHERE batch_id = ? AND status IN "
                       "('approved', 'queued', 'sending', 'issued', 'failed') ORDER BY id"));
    q.addBindValue(batchId);
    int rows = 0;
    if (q.exec()) {
        while (q.next()) {
            for (int c = 0; c < 7; ++c) {
                hash.addData(q.value(c).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
            hash.addData(QByteArrayView("\x1e", 1));
            ++rows;
        }
    }
    if (approvedRows)
        *approvedRows = rows;
    return QString::fromLatin1(hash.result().toHex());
}

bool SignOffRepository::signOff(qint64 batchId, const QString& actor)
{
    m_error.clear();
    Transaction transaction(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM batches WHERE id = ?"));
    q.addBindValue(batchId);
    if (!q.exec() || !q.next() || q.value(0).toInt() == 0) {
        m_error = QStringLiteral("There is no batch %1.").arg(batchId);
        return false;
    }
    q.prepare(QStringLiteral("SELECT count(*) FROM certifications WHERE batch_id = ? AND status IN "
                             "('new', 'eligible', 'needs_attention')"));
    q.addBindValue(batchId);
    if (!q.exec() || !q.next()) {
        m_error = q.lastError().text();
        return false;
    }
    if (const int open = q.value(0).toInt(); open > 0) {
        m_error = QStringLiteral("%1 row(s) of batch %2 are not decided yet (eligible or needing attention). "
                                 "Approve or reject them first.")
                      .arg(open)
                      .arg(batchId);
        return false;
    }
    int approved = 0;
    const QString hash = snapshotHash(batchId, &approved);
    if (approved == 0) {
        m_error = QStringLiteral("Batch %1 has no approved rows to sign off.").arg(batchId);
        return false;
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    q.prepare(QStringLiteral(
        "UPDATE batches SET signed_off_at = ?, signed_off_by = ?, snapshot_hash = ? WHERE id = ?"));
    q.addBindValue(now);
    q.addBindValue(actor);
    q.addBindValue(hash);
    q.addBindValue(batchId);
    AuditLog audit(m_db);
    if (!q.exec() ||
        !audit.append(actor, QStringLiteral("signoff"), QStringLiteral("batch:%1").arg(batchId),
                      QJsonObject{{QStringLiteral("approved_rows"), approved},
                                  {QStringLiteral("snapshot_hash"), hash}}) ||
        !transaction.commit()) {
        m_error = QStringLiteral("The sign-off could not be saved: %1")
                      .arg(q.lastError().isValid() ? q.lastError().text() : audit.error());
        return false;
    }
    return true;
}

SignOffRepository::Status SignOffRepository::status(qint64 batchId) const
{
    Status s;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT signed_off_at, signed_off_by, snapshot_hash FROM batches WHERE id = ?"));
    q.addBindValue(batchId);
    if (!q.exec() || !q.next() || q.value(0).isNull()) {
        // Nothing to compare with: a count is enough (the review page asks after every action,
        // and hashing 100,000 approved rows each time would be felt). The same rows as the hash's
        // once issuing has moved some on (main's snapshotHash counts those statuses too).
        QSqlQuery count(m_db);
        count.prepare(QStringLiteral("SELECT count(*) FROM certifications WHERE batch_id = ? AND status IN "
                                     "('approved', 'queued', 'sending', 'issued', 'failed')"));
        count.addBindValue(batchId);
        if (count.exec() && count.next())
            s.approvedRows = count.value(0).toInt();
        s.message = QStringLiteral("Batch %1 is not signed off yet.").arg(batchId);
        return s;
    }
    const QString current = snapshotHash(batchId, &s.approvedRows);
    s.signedOffAt = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    s.signedOffBy = q.value(1).toString();
    if (q.value(2).toString() == current) {
        s.state = State::Valid;
        s.message =
            QStringLiteral("Signed off by %1 on %2 (%3 approved rows).")
                .arg(s.signedOffBy, s.signedOffAt.toLocalTime().toString(QStringLiteral("d MMM yyyy HH:mm")))
                .arg(s.approvedRows);
    } else {
        s.state = State::Voided;
        s.message =
            QStringLiteral("The sign-off of %1 is void: approved rows changed since. Review the batch "
                           "and sign it off again.")
                .arg(s.signedOffAt.toLocalTime().toString(QStringLiteral("d MMM yyyy HH:mm")));
    }
    return s;
}

} // namespace badgedesk
