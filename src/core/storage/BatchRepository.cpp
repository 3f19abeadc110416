#include "BatchRepository.h"

#include <QDate>
#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

namespace badgedesk {

QString BatchRepository::Summary::displayName() const
{
    if (!label.trimmed().isEmpty())
        return label.trimmed();
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    return first.isValid() ? QLocale().toString(first, QStringLiteral("MMMM yyyy")) : month;
}

BatchRepository::BatchRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QList<BatchRepository::Summary> BatchRepository::query(const QString& where, qint64 batchId) const
{
    QList<Summary> list;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT id, month, label, created_at, signed_off_at, notice_sent_at FROM batches ") +
        where + QStringLiteral(" ORDER BY month DESC, id DESC"));
    if (batchId > 0)
        q.addBindValue(batchId);
    if (!q.exec())
        return list;
    while (q.next()) {
        Summary s;
        s.id = q.value(0).toLongLong();
        s.month = q.value(1).toString();
        s.label = q.value(2).toString();
        s.createdAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
        if (!q.value(4).isNull())
            s.signedOffAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
        if (!q.value(5).isNull())
            s.noticeSentAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
        list.append(s);
    }
    QSqlQuery counts(m_db);
    counts.prepare(QStringLiteral("SELECT batch_id, status, count(*) FROM certifications ") +
                   (batchId > 0 ? QStringLiteral("WHERE batch_id = ? ") : QString()) +
                   QStringLiteral("GROUP BY batch_id, status"));
    if (batchId > 0)
        counts.addBindValue(batchId);
    if (counts.exec()) {
        QHash<qint64, int> index;
        for (int i = 0; i < list.size(); ++i)
            index.insert(list.at(i).id, i);
        while (counts.next()) {
            const auto it = index.constFind(counts.value(0).toLongLong());
            if (it == index.cend())
                continue;
            Summary& s = list[*it];
            const int n = counts.value(2).toInt();
            s.statusCounts.insert(counts.value(1).toString(), n);
            s.rows += n;
        }
    }
    return list;
}

QList<BatchRepository::Summary> BatchRepository::all() const
{
    return query(QString(), 0);
}

std::optional<BatchRepository::Summary> BatchRepository::byId(qint64 batchId) const
{
    const auto list = query(QStringLiteral("WHERE id = ?"), batchId);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

qint64 BatchRepository::idFor(const QString& numberOrMonth) const
{
    const QString text = numberOrMonth.trimmed();
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    QSqlQuery q(m_db);
    if (isNumber) {
        q.prepare(QStringLiteral("SELECT id FROM batches WHERE id = ?"));
        q.addBindValue(id);
    } else {
        q.prepare(QStringLiteral("SELECT id FROM batches WHERE month = ? ORDER BY id DESC LIMIT 1"));
        q.addBindValue(text);
    }
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace badgedesk
