#pragma once

#include "domain/Classifier.h"
#include "domain/ReasonCode.h"
#include "domain/RowStatus.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace badgedesk {

// The review queue in SQLite (BRIEF steps 3-4): classification of a batch's rows, the reads the
// review page and the CLI show, and the specialist's decisions.
//
// - Classification reads the rows into Classifier::Row, the catalog, the usable templates and the
//   history (rows approved or issued in earlier batches, and badges the issuance journal records
//   as sent in Production or, in a Practice database, Practice; never Sandbox), and writes the
//   outcomes that changed in one transaction. The classifier's verdict always goes to rule_*;
//   status/reason follow it only while the row is undecided (new, eligible, needs_attention,
//   excluded), so approved, rejected and overridden rows keep the specialist's decision.
// - Every decision and edit runs in one transaction with its audit entries (one per row, old
//   values kept) and the reclassification it causes: the rows sharing a badge key in the batch,
//   and later batches that are still open (their history changed).
// - Bulk paths go through SqliteStatement: a batch of 100,000 rows loads, classifies and is
//   approved well under a second.
class ReviewRepository
{
public:
    // What the review table shows of a row; the rest comes with details().
    struct Row
    {
        qint64 id = 0;
        qint64 importFileId = 0;
        qint64 keptRowId = 0; // duplicate_in_batch: the row kept
        int sourceRow = 0;
        RowStatus status = RowStatus::New;
        std::optional<ReasonCode> reason;
        RowStatus ruleStatus = RowStatus::New; // the classifier's verdict now
        std::optional<ReasonCode> ruleReason;
        bool overridden = false;  // approved over an exclusion, with a written reason
        bool emailEdited = false; // the email differs from the imported one
        QString studentId;
        QString firstName;
        QString lastName;
        QString email;
        QString emailSuggestion;
        QString schoolCode;
        QString schoolName;
        QString assessmentCode;
        QString assessmentTitle;
        QString result;
        QDate testDate;
        QString detail; // the classifier's words; only from rows(batch, true)

        bool isDecided() const;
        // Approved, but the rules would not let the row through any more (a catalog change since).
        bool ruleChangedSinceApproval() const;
    };

    // A row's decision as stored, for undo.
    struct Decision
    {
        qint64 id = 0;
        RowStatus status = RowStatus::New;
        std::optional<ReasonCode> reason;
        QString overrideReason;
        QString rejectReason;
        QString decidedAt;
        QString decidedBy;
    };

    struct Skipped
    {
        qint64 id = 0;
        QString why;
    };

    // What an action did. changed: rows of the batch whose decision or classification changed
    // (the review table refreshes them); before: the decisions it replaced, for undo.
    struct Change
    {
        bool ok = false;
        QString error;
        int decided = 0; // rows whose decision changed
        QList<qint64> changed;
        QList<Decision> before;
        QList<Skipped> skipped;
        QString oldEmail; // setEmail: the address before
    };

    struct Counts
    {
        int rows = 0;
        QMap<QString, int> statuses; // every status key, 0 when none
        QMap<QString, int> reasons;  // every reason key: rows still excluded or needing attention
    };

    struct HistoryItem
    {
        QDateTime at;
        QString actor;
        QString action; // approve, reject, override, undo, set_email
        QString text;   // in words: "approved (was eligible)"
    };

    struct RelatedRow
    {
        qint64 id = 0;
        qint64 batchId = 0;
        QString month;
        int sourceRow = 0;
        QString status;
        QString reason;
    };

    struct Details
    {
        Row row;
        QString detail; // the classifier's words
        QString emailOriginal;
        QString overrideReason;
        QString rejectReason;
        QString decidedBy;
        QDateTime decidedAt;
        QString templateId;
        QString entryId;
        QDateTime enteredAt;
        QString enteredBy;
        QDate dateOfBirth;
        QString fileName;
        QStringList header; // the file's column names
        QStringList cells;  // the row's cells as read, under the header
        QStringList problems;
        QList<HistoryItem> history;  // newest first
        QList<RelatedRow> sameBadge; // other rows with the same person and assessment
    };

    struct ClassifyStats
    {
        int rows = 0;
        int changed = 0;
        qint64 loadMs = 0;
        qint64 classifyMs = 0;
        qint64 writeMs = 0;
    };

    explicit ReviewRepository(QSqlDatabase db);

    // Classifies every row of the batch; writes only what changed. Runs in its own transaction.
    bool classifyBatch(qint64 batchId, ClassifyStats* stats = nullptr, QList<qint64>* changed = nullptr);
    // After a catalog change: classifies again the open batches (rows not yet decided) that have
    // rows with one of the codes. Returns the batches it classified.
    QList<qint64> reclassifyForCatalogChange(const QStringList& codes);
    // Batches with rows never classified (status new), e.g. right after an import.
    bool hasUnclassifiedRows(qint64 batchId) const;
    // Whether opening the batch should classify it: rows never classified, or rows classified
    // before (the catalog, the templates or the history may have changed since; only what
    // changed is written). Rows someone stored with a status but no verdict are left alone.
    bool shouldClassify(qint64 batchId) const;

    // withDetail: also the classifier's words for each row (the CLI's listing; the review table
    // reads them per row in details()).
    QList<Row> rows(qint64 batchId, bool withDetail = false) const;
    QList<Row> rowsById(const QList<qint64>& ids) const;
    std::optional<Details> details(qint64 rowId) const;
    Counts counts(qint64 batchId) const;
    // 0 when there is no such row.
    qint64 batchOfRow(qint64 rowId) const;

    // Eligible rows (and rejected ones the rules now let through) become approved; rows that
    // need a fix or an override are skipped with why.
    Change approve(qint64 batchId, const QList<qint64>& ids, const QString& actor);
    Change approveAllEligible(qint64 batchId, const QString& actor);
    // Any row not yet being issued; the reason is required.
    Change reject(qint64 batchId, const QList<qint64>& ids, const QString& reason, const QString& actor);
    // Excluded or needing-attention rows whose reason a person can vouch for (see canOverride)
    // become approved with the written reason; eligible ones are simply approved.
    Change overrideRows(qint64 batchId, const QList<qint64>& ids, const QString& reason,
                        const QString& actor);
    // Puts decisions back (undo). A decision that was "undecided" returns to the current verdict.
    Change restore(qint64 batchId, const QList<Decision>& decisions, const QString& actor);
    // Sets the row's email (trimmed, lower case), keeping the imported address in email_original,
    // and classifies the rows it concerns again.
    Change setEmail(qint64 rowId, const QString& email, const QString& actor);
    // Undo of setEmail(): puts the address back as it was, even an empty one.
    Change restoreEmail(qint64 rowId, const QString& email, const QString& actor);

    // Reasons a person can take responsibility for. Not a missing or bad email, a missing name or
    // a missing template: issuing cannot work without them, so they are fixed, not overridden.
    static bool canOverride(ReasonCode reason);

    QString error() const { return m_error; }

private:
    struct Stored;
    enum class Action
    {
        Approve,
        Override,
        Reject,
    };
    Change decide(qint64 batchId, const QList<qint64>& ids, bool allEligible, Action action,
                  const QString& text, const QString& actor);
    // Inside the caller's transaction. keys/ids limit the rows read (the groups of those badge
    // keys, and those rows); empty: the whole batch.
    bool classifyInTransaction(qint64 batchId, const QSet<QString>& keys, const QList<qint64>& ids,
                               ClassifyStats* stats, QList<qint64>* changed);
    bool classifyLaterOpenBatches(qint64 batchId);
    bool reclassifyAfter(qint64 batchId, const QSet<QString>& keys, const QList<qint64>& ids,
                         QList<qint64>* changed);
    Classifier makeClassifier(qint64 batchId) const;
    Change changeEmail(qint64 rowId, const QString& email, const QString& actor, bool undo);
    bool fail(const QString& message);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace badgedesk
