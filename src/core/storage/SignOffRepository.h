#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace badgedesk {

// The specialist's sign-off of a batch (BRIEF step 4): the time, who, and a hash of the approved
// rows as they stood (batches.signed_off_at / signed_off_by / snapshot_hash). The sign-off is
// valid while the approved rows hash the same; any change to an approved row's issued fields,
// or a row approved or unapproved since, voids it. Issuing requires a valid sign-off.
class SignOffRepository
{
public:
    enum class State
    {
        NotSignedOff,
        Valid,
        Voided, // signed off, but the approved rows changed since
    };

    struct Status
    {
        State state = State::NotSignedOff;
        QDateTime signedOffAt;
        QString signedOffBy;
        int approvedRows = 0; // now
        QString message;      // for the specialist, e.g. why it is void
    };

    explicit SignOffRepository(QSqlDatabase db);

    // Signs off the batch as it stands now; refused (false) when it has no approved rows or
    // still has rows that are not decided (eligible or needing attention). Audited.
    bool signOff(qint64 batchId, const QString& actor);
    Status status(qint64 batchId) const;
    // SHA-256 over the approved rows' ids and the fields that go to Credly, in id order. Rows on
    // their way to Credly or issued (queued, sending, issued, failed: issuing moves them there)
    // count as approved, so issuing never voids the sign-off it started from.
    QString snapshotHash(qint64 batchId, int* approvedRows = nullptr) const;

    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace badgedesk
