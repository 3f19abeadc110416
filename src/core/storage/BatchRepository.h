#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace badgedesk {

// Read side of the batches: what the batch selector, the step path and the dashboard show.
// Writing batches belongs to the import (ImportRepository) and the review (SignOffRepository).
class BatchRepository
{
public:
    struct Summary
    {
        qint64 id = 0;
        QString month; // YYYY-MM
        QString label;
        QDateTime createdAt;
        int rows = 0;
        QMap<QString, int> statusCounts; // status key -> rows
        QDateTime signedOffAt;
        QDateTime noticeSentAt;

        int count(const QString& status) const { return statusCounts.value(status); }
        // "October 2026", or the label when one was given.
        QString displayName() const;
    };

    explicit BatchRepository(QSqlDatabase db);

    // Newest month first, then newest batch.
    QList<Summary> all() const;
    std::optional<Summary> byId(qint64 batchId) const;
    // A batch named by its number ("12") or its month ("2026-10": the newest batch of it);
    // 0 when there is none. Cheap: no counts.
    qint64 idFor(const QString& numberOrMonth) const;

private:
    QList<Summary> query(const QString& where, qint64 batchId) const;

    QSqlDatabase m_db;
};

} // namespace badgedesk
