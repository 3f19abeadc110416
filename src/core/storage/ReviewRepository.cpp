#include "ReviewRepository.h"

#include "CatalogRepository.h"
#include "CredlyTemplateRepository.h"
#include "SettingsRepository.h"
#include "SqliteStatement.h"
#include "Transaction.h"
#include "domain/CredlyEnvironment.h"
#include "importing/FieldSynonyms.h"
#include "importing/ImportProblem.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>

Q_LOGGING_CATEGORY(lcReview, "badgedesk.review")

namespace badgedesk {
namespace {

// Above this many rows an action classifies the whole batch again instead of the groups of the
// badge keys it touched: one pass is cheaper than a long IN list.
constexpr int kWholeBatchThreshold = 5000;

const std::array<RowStatus, 10>& allStatuses()
{
    static const std::array<RowStatus, 10> statuses{
        RowStatus::New,      RowStatus::Eligible, RowStatus::NeedsAttention, RowStatus::Excluded,
        RowStatus::Approved, RowStatus::Rejected, RowStatus::Queued,         RowStatus::Sending,
        RowStatus::Issued,   RowStatus::Failed};
    return statuses;
}

// Keys as UTF-8, to compare with what SQLite hands back without making QStrings.
struct KeyTables
{
    QList<QPair<QByteArray, RowStatus>> statuses;
    QList<QPair<QByteArray, ReasonCode>> reasons;
    KeyTables()
    {
        for (RowStatus s : allStatuses())
            statuses.append({statusKey(s).toUtf8(), s});
        for (const QString& key : allReasonKeys())
            reasons.append({key.toUtf8(), *reasonFromKey(key)});
    }
};

const KeyTables& keys()
{
    static const KeyTables tables;
    return tables;
}

RowStatus statusOf(QByteArrayView bytes)
{
    for (const auto& [key, status] : keys().statuses) {
        if (bytes == key)
            return status;
    }
    return RowStatus::New;
}

std::optional<ReasonCode> reasonOf(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return std::nullopt;
    for (const auto& [key, reason] : keys().reasons) {
        if (bytes == key)
            return reason;
    }
    return std::nullopt;
}

QString reasonText(const std::optional<ReasonCode>& reason)
{
    return reason ? reasonKey(*reason) : QString();
}

bool isUndecided(RowStatus s)
{
    return s == RowStatus::New || s == RowStatus::Eligible || s == RowStatus::NeedsAttention ||
           s == RowStatus::Excluded;
}

bool isIssuing(RowStatus s)
{
    return s == RowStatus::Queued || s == RowStatus::Sending || s == RowStatus::Issued ||
           s == RowStatus::Failed;
}

// "2026-10-14" (or the date part of "2026-10-14T10:00:00") without a formatter.
QDate isoDate(QByteArrayView v)
{
    if (v.size() < 10 || v.at(4) != '-' || v.at(7) != '-')
        return {};
    const auto number = [&v](int from, int size) {
        int n = 0;
        for (int i = from; i < from + size; ++i) {
            const char c = v.at(i);
            if (c < '0' || c > '9')
                return -1;
            n = n * 10 + (c - '0');
        }
        return n;
    };
    const int y = number(0, 4);
    const int m = number(5, 2);
    const int d = number(8, 2);
    if (y < 0 || m < 0 || d < 0)
        return {};
    return QDate(y, m, d);
}

QDateTime isoDateTime(QByteArrayView v)
{
    const QDate date = isoDate(v);
    if (!date.isValid())
        return {};
    // "2026-10-03T10:00:00", by hand: QTime::fromString showed up in the profile at 100,000 rows.
    QTime time(0, 0);
    if (v.size() >= 19 && v.at(10) == 'T' && v.at(13) == ':' && v.at(16) == ':') {
        const auto two = [&v](int at) {
            const char a = v.at(at);
            const char b = v.at(at + 1);
            return (a < '0' || a > '9' || b < '0' || b > '9') ? -1 : (a - '0') * 10 + (b - '0');
        };
        const QTime parsed(two(11), two(14), two(17));
        if (parsed.isValid())
            time = parsed;
    }
    return QDateTime(date, time, Qt::UTC);
}

// Shares one QString among the many rows with the same school, assessment or result.
class StringPool
{
public:
    QString get(QByteArrayView bytes)
    {
        if (bytes.isEmpty())
            return {};
        const QByteArray probe = QByteArray::fromRawData(bytes.data(), bytes.size());
        const auto it = m_strings.constFind(probe);
        if (it != m_strings.cend())
            return it.value();
        const QString text = QString::fromUtf8(bytes);
        m_strings.insert(QByteArray(bytes.data(), bytes.size()), text);
        return text;
    }

private:
    QHash<QByteArray, QString> m_strings;
};

// A larger page cache while a whole batch is written: the badge_key and status indexes are
// updated in key order, not row order, and with SQLite's default 2 MB their pages would be
// evicted and written again many times over (as the import does, see Importer).
class CacheSizeGuard
{
public:
    CacheSizeGuard(const QSqlDatabase& db, bool active) : m_db(db), m_active(active)
    {
        if (!m_active)
            return;
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            m_previous = q.value(0).toInt();
        q.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    }
    ~CacheSizeGuard()
    {
        if (!m_active)
            return;
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
    }
    CacheSizeGuard(const CacheSizeGuard&) = delete;
    CacheSizeGuard& operator=(const CacheSizeGuard&) = delete;

private:
    QSqlDatabase m_db;
    bool m_active = false;
    int m_previous = -2000;
};

QString jsonIdList(const QList<qint64>& ids)
{
    QString out;
    out.reserve(ids.size() * 8 + 2);
    out += QLatin1Char('[');
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += QString::number(ids.at(i));
    }
    out += QLatin1Char(']');
    return out;
}

QString jsonStringList(const QSet<QString>& values)
{
    QJsonArray array;
    for (const QString& v : values)
        array.append(v);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString jsonString(const QString& text)
{
    // A JSON string literal: the array's brackets stripped.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

const char* const kRowColumns =
    "id, import_file_id, source_row, status, reason, rule_status, rule_reason, override_reason IS NOT NULL, "
    "coalesce(email_original, '') <> coalesce(email, ''), student_id, first_name, last_name, email, "
    "email_suggestion, school_code, school_name, assessment_code, assessment_title, result, test_date, "
    "kept_row_id, rule_detail FROM certifications ";

ReviewRepository::Row readRow(const SqliteStatement& q, StringPool& pool, bool withDetail = false)
{
    ReviewRepository::Row r;
    r.id = q.int64(0);
    r.importFileId = q.int64(1);
    r.sourceRow = int(q.int64(2));
    r.status = statusOf(q.bytes(3));
    r.reason = reasonOf(q.bytes(4));
    r.ruleStatus = q.isNull(5) ? RowStatus::New : statusOf(q.bytes(5));
    r.ruleReason = reasonOf(q.bytes(6));
    r.overridden = q.int64(7) != 0;
    r.emailEdited = q.int64(8) != 0;
    r.studentId = q.text(9);
    r.firstName = q.text(10);
    r.lastName = q.text(11);
    r.email = q.text(12);
    r.emailSuggestion = q.text(13);
    r.schoolCode = pool.get(q.bytes(14));
    r.schoolName = pool.get(q.bytes(15));
    r.assessmentCode = pool.get(q.bytes(16));
    r.assessmentTitle = pool.get(q.bytes(17));
    r.result = pool.get(q.bytes(18));
    r.testDate = isoDate(q.bytes(19));
    r.keptRowId = q.int64(20);
    if (withDetail)
        r.detail = q.text(21);
    return r;
}

} // namespace

// ---------------------------------------------------------------------------------------------

bool ReviewRepository::Row::isDecided() const
{
    return !isUndecided(status);
}

bool ReviewRepository::Row::ruleChangedSinceApproval() const
{
    return status == RowStatus::Approved && !overridden &&
           (ruleStatus == RowStatus::Excluded || ruleStatus == RowStatus::NeedsAttention);
}

// What classification compares against, so it writes only the rows whose outcome changed.
struct ReviewRepository::Stored
{
    qint64 id = 0;
    RowStatus status = RowStatus::New;
    std::optional<ReasonCode> reason;
    bool classified = false;
    RowStatus ruleStatus = RowStatus::New;
    std::optional<ReasonCode> ruleReason;
    QString ruleDetail;
    QString emailSuggestion;
    QString templateId;
    QString badgeKey;
    qint64 keptRowId = 0;
};

ReviewRepository::ReviewRepository(QSqlDatabase db) : m_db(std::move(db)) {}

bool ReviewRepository::fail(const QString& message)
{
    m_error = message;
    qCWarning(lcReview).noquote() << message;
    return false;
}

bool ReviewRepository::canOverride(ReasonCode reason)
{
    switch (reason) {
    case ReasonCode::NoEmail:
    case ReasonCode::BadEmail:
    case ReasonCode::MissingName:
    case ReasonCode::NoTemplate:
        return false;
    default:
        return true;
    }
}

// --- classification ---------------------------------------------------------------------------

Classifier ReviewRepository::makeClassifier(qint64 batchId) const
{
    const auto environment =
        environmentFromKey(SettingsRepository(m_db).value(QStringLiteral("credly.environment")))
            .value_or(CredlyEnvironment::Practice);

    // History: rows approved (or further) in earlier batches, and badges the journal has sent in
    // the environment that counts. Sandbox is a rehearsal and never counts; a Practice database
    // holds only Practice, which stands in for Production there.
    Classifier::IssuedHistory history;
    SqliteStatement earlier(m_db, "SELECT badge_key, email, template_id FROM certifications "
                                  "WHERE batch_id < ? AND badge_key IS NOT NULL AND status IN "
                                  "('approved', 'queued', 'sending', 'issued')");
    earlier.bind(1, batchId);
    while (earlier.next()) {
        history.badgeKeys.insert(earlier.text(0));
        if (!earlier.isNull(1) && !earlier.isNull(2))
            history.emailTemplateKeys.insert(Classifier::emailTemplateKey(earlier.text(1), earlier.text(2)));
    }
    SqliteStatement journal(
        m_db, "SELECT c.badge_key, c.email, j.template_id FROM issuance_journal j "
              "JOIN certifications c ON c.id = j.certification_id WHERE c.batch_id <> ? AND "
              "j.environment IN ('production', ?) AND j.state IN ('sending', 'issued', 'adopted') "
              "AND (j.badge_state IS NULL OR j.badge_state <> 'revoked')");
    journal.bind(1, batchId);
    journal.bind(2, environment == CredlyEnvironment::Practice ? QStringLiteral("practice")
                                                               : QStringLiteral("production"));
    while (journal.next()) {
        if (!journal.isNull(0))
            history.badgeKeys.insert(journal.text(0));
        if (!journal.isNull(1))
            history.emailTemplateKeys.insert(Classifier::emailTemplateKey(journal.text(1), journal.text(2)));
    }

    Classifier classifier(CatalogRepository(m_db).all(), std::move(history));
    // Once the environment's templates were synced, only active ones can issue.
    CredlyTemplateRepository templates(m_db);
    if (templates.lastSyncedAt(environment).isValid()) {
        QSet<QString> usable;
        const auto cached = templates.all(environment);
        for (const auto& t : cached) {
            if (t.isActive())
                usable.insert(t.id);
        }
        classifier.setUsableTemplates(usable);
    }
    return classifier;
}

bool ReviewRepository::classifyInTransaction(qint64 batchId, const QSet<QString>& badgeKeys,
                                             const QList<qint64>& ids, ClassifyStats* stats,
                                             QList<qint64>* changed)
{
    QElapsedTimer timer;
    timer.start();
    const bool whole = badgeKeys.isEmpty() && ids.isEmpty();
    QByteArray sql =
        "SELECT id, student_id, first_name, last_name, email, school_code, school_name, assessment_code, "
        "test_date, result, date_of_birth, entered_at, problems_json, status, reason, rule_status, "
        "rule_reason, rule_detail, email_suggestion, template_id, badge_key, kept_row_id "
        "FROM certifications WHERE ";
    // A group: the rows of those badge keys and those ids, found through the badge_key index and
    // the rowid ("+batch_id" keeps SQLite from walking the whole batch through its index instead).
    sql +=
        whole
            ? "batch_id = ?"
            : "+batch_id = ? AND id IN (SELECT id FROM certifications WHERE badge_key IN (SELECT value FROM "
              "json_each(?)) UNION SELECT value FROM json_each(?))";
    sql += " ORDER BY id";
    SqliteStatement load(m_db, sql.constData());
    if (!load.isValid())
        return fail(load.error());
    load.bind(1, batchId);
    if (!whole) {
        load.bind(2, jsonStringList(badgeKeys));
        load.bind(3, jsonIdList(ids));
    }

    QList<Classifier::Row> rows;
    QList<Stored> stored;
    StringPool pool;
    // The import writes its problems in this exact form (ImportRepository::problemsJson).
    static const QByteArray ambiguousTestDate = "{\"kind\":\"date_ambiguous\",\"field\":\"test_date\"";
    while (load.next()) {
        Classifier::Row r;
        r.id = load.int64(0);
        r.studentId = load.text(1);
        r.firstName = load.text(2);
        r.lastName = load.text(3);
        r.email = load.text(4);
        r.schoolCode = pool.get(load.bytes(5));
        r.schoolName = pool.get(load.bytes(6));
        r.assessmentCode = pool.get(load.bytes(7));
        r.testDate = isoDate(load.bytes(8));
        r.result = pool.get(load.bytes(9));
        r.dateOfBirth = isoDate(load.bytes(10));
        r.enteredAt = isoDateTime(load.bytes(11));
        const QByteArrayView problems = load.bytes(12);
        // A test date the import had to guess (day and month), one after the entry was made, or
        // one more than a year before it: the specialist checks it.
        r.dateFlagged = problems.size() > 2 && QByteArrayView(problems).indexOf(ambiguousTestDate) >= 0;
        if (r.testDate.isValid() && r.enteredAt.isValid()) {
            const QDate entered = r.enteredAt.date();
            if (r.testDate > entered.addDays(1) || r.testDate < entered.addYears(-1))
                r.dateFlagged = true;
        }
        Stored s;
        s.id = r.id;
        s.status = statusOf(load.bytes(13));
        s.reason = reasonOf(load.bytes(14));
        s.classified = !load.isNull(15);
        s.ruleStatus = s.classified ? statusOf(load.bytes(15)) : RowStatus::New;
        s.ruleReason = reasonOf(load.bytes(16));
        s.ruleDetail = load.text(17);
        s.emailSuggestion = load.text(18);
        s.templateId = load.text(19);
        s.badgeKey = load.text(20);
        s.keptRowId = load.int64(21);
        if (s.status == RowStatus::Rejected)
            r.decision = Classifier::Decision::Rejected;
        else if (!isUndecided(s.status))
            r.decision = Classifier::Decision::Approved;
        rows.append(std::move(r));
        stored.append(std::move(s));
    }
    if (!load.error().isEmpty())
        return fail(load.error());
    const qint64 loadMs = timer.restart();

    const Classifier classifier = makeClassifier(batchId);
    const QList<Classifier::Outcome> outcomes = classifier.classify(rows);
    const qint64 classifyMs = timer.restart();

    SqliteStatement update(m_db, "UPDATE certifications SET status = ?, reason = ?, rule_status = ?, "
                                 "rule_reason = ?, rule_detail = ?, email_suggestion = ?, template_id = ?, "
                                 "badge_key = ?, kept_row_id = ?, classified_at = ?, updated_at = ? "
                                 "WHERE id = ?");
    if (!update.isValid())
        return fail(update.error());
    const QString now = nowText();
    int written = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Stored& s = stored.at(i);
        const Classifier::Outcome& o = outcomes.at(i);
        const bool undecided = isUndecided(s.status);
        const RowStatus status = undecided ? o.status : s.status;
        const std::optional<ReasonCode> reason = undecided ? o.reason : s.reason;
        if (s.classified && s.status == status && s.reason == reason && s.ruleStatus == o.status &&
            s.ruleReason == o.reason && s.ruleDetail == o.detail && s.emailSuggestion == o.emailSuggestion &&
            s.templateId == o.templateId && s.badgeKey == o.badgeKey && s.keptRowId == o.keptRowId)
            continue;
        update.bind(1, statusKey(status));
        update.bind(2, reasonText(reason));
        update.bind(3, statusKey(o.status));
        update.bind(4, reasonText(o.reason));
        update.bind(5, o.detail.isEmpty() ? QString() : o.detail);
        update.bind(6, o.emailSuggestion.isEmpty() ? QString() : o.emailSuggestion);
        update.bind(7, o.templateId.isEmpty() ? QString() : o.templateId);
        update.bind(8, o.badgeKey);
        if (o.keptRowId > 0)
            update.bind(9, o.keptRowId);
        else
            update.bindNull(9);
        update.bind(10, now);
        update.bind(11, now);
        update.bind(12, s.id);
        if (!update.exec())
            return fail(QStringLiteral("The classification could not be saved: %1").arg(update.error()));
        ++written;
        if (changed)
            changed->append(s.id);
    }
    if (stats) {
        stats->rows += int(rows.size());
        stats->changed += written;
        stats->loadMs += loadMs;
        stats->classifyMs += classifyMs;
        stats->writeMs += timer.elapsed();
    }
    qCDebug(lcReview) << "classified" << rows.size() << "rows of batch" << batchId << "," << written
                      << "changed";
    return true;
}

bool ReviewRepository::classifyBatch(qint64 batchId, ClassifyStats* stats, QList<qint64>* changed)
{
    m_error.clear();
    const CacheSizeGuard cache(m_db, true);
    Transaction transaction(m_db);
    if (!classifyInTransaction(batchId, {}, {}, stats, changed))
        return false;
    if (!transaction.commit())
        return fail(QStringLiteral("The classification could not be saved: %1").arg(m_db.lastError().text()));
    return true;
}

QList<qint64> ReviewRepository::reclassifyForCatalogChange(const QStringList& codes)
{
    QList<qint64> batches;
    if (codes.isEmpty())
        return batches;
    QJsonArray array;
    for (const QString& code : codes)
        array.append(code.trimmed().toUpper());
    SqliteStatement q(m_db, "SELECT DISTINCT batch_id FROM certifications WHERE upper(trim(assessment_code)) "
                            "IN (SELECT value FROM json_each(?)) AND status IN ('new', 'eligible', "
                            "'needs_attention', 'excluded', 'approved', 'rejected') ORDER BY batch_id");
    q.bind(1, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    while (q.next())
        batches.append(q.int64(0));
    q.reset();
    for (const qint64 batch : std::as_const(batches))
        classifyBatch(batch);
    return batches;
}

bool ReviewRepository::hasUnclassifiedRows(qint64 batchId) const
{
    SqliteStatement q(m_db, "SELECT 1 FROM certifications WHERE batch_id = ? AND status = 'new' LIMIT 1");
    q.bind(1, batchId);
    return q.next();
}

bool ReviewRepository::shouldClassify(qint64 batchId) const
{
    SqliteStatement q(m_db,
                      "SELECT 1 FROM certifications WHERE batch_id = ? AND (status = 'new' OR rule_status IS "
                      "NOT NULL) LIMIT 1");
    q.bind(1, batchId);
    return q.next();
}

bool ReviewRepository::classifyLaterOpenBatches(qint64 batchId)
{
    QList<qint64> later;
    {
        SqliteStatement q(m_db,
                          "SELECT DISTINCT batch_id FROM certifications WHERE batch_id > ? AND status IN "
                          "('new', 'eligible', 'needs_attention', 'excluded', 'approved', 'rejected')");
        q.bind(1, batchId);
        while (q.next())
            later.append(q.int64(0));
    }
    for (const qint64 batch : std::as_const(later)) {
        if (!classifyInTransaction(batch, {}, {}, nullptr, nullptr))
            return false;
    }
    return true;
}

bool ReviewRepository::reclassifyAfter(qint64 batchId, const QSet<QString>& badgeKeys,
                                       const QList<qint64>& ids, QList<qint64>* changed)
{
    QList<qint64> reclassified;
    const bool whole = ids.size() > kWholeBatchThreshold;
    if (!classifyInTransaction(batchId, whole ? QSet<QString>() : badgeKeys, whole ? QList<qint64>() : ids,
                               nullptr, &reclassified))
        return false;
    if (!classifyLaterOpenBatches(batchId))
        return false;
    changed->append(reclassified);
    std::sort(changed->begin(), changed->end());
    changed->erase(std::unique(changed->begin(), changed->end()), changed->end());
    return true;
}

// --- reads ------------------------------------------------------------------------------------

QList<ReviewRepository::Row> ReviewRepository::rows(qint64 batchId, bool withDetail) const
{
    QList<Row> list;
    const QByteArray sql = QByteArray("SELECT ") + kRowColumns + "WHERE batch_id = ? ORDER BY id";
    SqliteStatement q(m_db, sql.constData());
    q.bind(1, batchId);
    StringPool pool;
    while (q.next())
        list.append(readRow(q, pool, withDetail));
    return list;
}

QList<ReviewRepository::Row> ReviewRepository::rowsById(const QList<qint64>& ids) const
{
    QList<Row> list;
    if (ids.isEmpty())
        return list;
    const QByteArray sql =
        QByteArray("SELECT ") + kRowColumns + "WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id";
    SqliteStatement q(m_db, sql.constData());
    q.bind(1, jsonIdList(ids));
    StringPool pool;
    while (q.next())
        list.append(readRow(q, pool));
    return list;
}

qint64 ReviewRepository::batchOfRow(qint64 rowId) const
{
    SqliteStatement q(m_db, "SELECT batch_id FROM certifications WHERE id = ?");
    q.bind(1, rowId);
    return q.next() ? q.int64(0) : 0;
}

ReviewRepository::Counts ReviewRepository::counts(qint64 batchId) const
{
    Counts c;
    for (RowStatus s : allStatuses())
        c.statuses.insert(statusKey(s), 0);
    for (const QString& key : allReasonKeys())
        c.reasons.insert(key, 0);
    SqliteStatement q(m_db, "SELECT status, reason, count(*) FROM certifications WHERE batch_id = ? "
                            "GROUP BY status, reason");
    q.bind(1, batchId);
    while (q.next()) {
        const QString status = q.text(0);
        const int n = int(q.int64(2));
        c.rows += n;
        c.statuses[status] += n;
        if (!q.isNull(1) &&
            (status == QLatin1String("excluded") || status == QLatin1String("needs_attention")))
            c.reasons[q.text(1)] += n;
    }
    return c;
}

namespace {

QString historyText(const QString& action, const QJsonObject& d)
{
    const QString oldStatus =
        d.value(QStringLiteral("old_status")).toString().replace(QLatin1Char('_'), QLatin1Char(' '));
    const QString newStatus =
        d.value(QStringLiteral("new_status")).toString().replace(QLatin1Char('_'), QLatin1Char(' '));
    const QString text = d.value(QStringLiteral("text")).toString();
    if (action == QLatin1String("set_email"))
        return QStringLiteral("email changed from %1 to %2")
            .arg(d.value(QStringLiteral("old")).toString().isEmpty()
                     ? QStringLiteral("(none)")
                     : d.value(QStringLiteral("old")).toString(),
                 d.value(QStringLiteral("new")).toString());
    QString line = QStringLiteral("%1 (was %2)").arg(newStatus, oldStatus);
    if (action == QLatin1String("override"))
        line = QStringLiteral("approved over %1: %2")
                   .arg(d.value(QStringLiteral("old_reason"))
                            .toString()
                            .replace(QLatin1Char('_'), QLatin1Char(' ')),
                        text);
    else if (action == QLatin1String("reject"))
        line = QStringLiteral("rejected: %1 (was %2)").arg(text, oldStatus);
    else if (action == QLatin1String("undo"))
        line = QStringLiteral("undone: back to %1 (was %2)").arg(newStatus, oldStatus);
    return line;
}

} // namespace

std::optional<ReviewRepository::Details> ReviewRepository::details(qint64 rowId) const
{
    const QList<Row> found = rowsById({rowId});
    if (found.isEmpty())
        return std::nullopt;
    Details d;
    d.row = found.first();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT c.rule_detail, c.email_original, c.override_reason, c.reject_reason, c.decided_by, "
        "c.decided_at, c.template_id, c.entry_id, c.entered_at, c.entered_by, c.date_of_birth, c.raw_json, "
        "c.problems_json, f.file_name, f.header_json, c.badge_key FROM certifications c "
        "LEFT JOIN import_files f ON f.id = c.import_file_id WHERE c.id = ?"));
    q.addBindValue(rowId);
    if (!q.exec() || !q.next())
        return d;
    d.detail = q.value(0).toString();
    d.emailOriginal = q.value(1).toString();
    d.overrideReason = q.value(2).toString();
    d.rejectReason = q.value(3).toString();
    d.decidedBy = q.value(4).toString();
    d.decidedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    d.templateId = q.value(6).toString();
    d.entryId = q.value(7).toString();
    d.enteredAt = isoDateTime(q.value(8).toString().toUtf8());
    d.enteredBy = q.value(9).toString();
    d.dateOfBirth = isoDate(q.value(10).toString().toUtf8());
    for (const QJsonValue& cell : QJsonDocument::fromJson(q.value(11).toString().toUtf8()).array())
        d.cells << cell.toString();
    for (const QJsonValue& p : QJsonDocument::fromJson(q.value(12).toString().toUtf8()).array()) {
        const QJsonObject o = p.toObject();
        ImportProblem problem;
        const auto kind = ImportProblem::fromKey(o.value(QStringLiteral("kind")).toString());
        const auto field = FieldSynonyms::fromKey(o.value(QStringLiteral("field")).toString());
        if (!kind || !field)
            continue;
        problem.kind = *kind;
        problem.field = *field;
        problem.value = o.value(QStringLiteral("value")).toString();
        d.problems << problem.message();
    }
    d.fileName = q.value(13).toString();
    for (const QJsonValue& h : QJsonDocument::fromJson(q.value(14).toString().toUtf8()).array())
        d.header << h.toString();
    const QString badgeKey = q.value(15).toString();

    QSqlQuery history(m_db);
    history.prepare(QStringLiteral("SELECT at, actor, action, details_json FROM audit_log WHERE subject = ? "
                                   "ORDER BY at DESC, id DESC LIMIT 200"));
    history.addBindValue(QStringLiteral("row:%1").arg(rowId));
    if (history.exec()) {
        while (history.next()) {
            HistoryItem item;
            item.at = QDateTime::fromString(history.value(0).toString(), Qt::ISODateWithMs);
            item.actor = history.value(1).toString();
            item.action = history.value(2).toString();
            item.text = historyText(item.action,
                                    QJsonDocument::fromJson(history.value(3).toString().toUtf8()).object());
            d.history << item;
        }
    }
    if (!badgeKey.isEmpty()) {
        QSqlQuery same(m_db);
        same.prepare(
            QStringLiteral("SELECT c.id, c.batch_id, b.month, c.source_row, c.status, c.reason FROM "
                           "certifications c JOIN batches b ON b.id = c.batch_id WHERE c.badge_key = ? "
                           "AND c.id <> ? ORDER BY c.batch_id, c.id LIMIT 50"));
        same.addBindValue(badgeKey);
        same.addBindValue(rowId);
        if (same.exec()) {
            while (same.next()) {
                RelatedRow r;
                r.id = same.value(0).toLongLong();
                r.batchId = same.value(1).toLongLong();
                r.month = same.value(2).toString();
                r.sourceRow = same.value(3).toInt();
                r.status = same.value(4).toString();
                r.reason = same.value(5).toString();
                d.sameBadge << r;
            }
        }
    }
    return d;
}

// --- decisions --------------------------------------------------------------------------------

namespace {

struct Current
{
    qint64 id = 0;
    qint64 batchId = 0;
    RowStatus status = RowStatus::New;
    std::optional<ReasonCode> reason;
    RowStatus ruleStatus = RowStatus::New;
    std::optional<ReasonCode> ruleReason;
    QString overrideReason;
    QString rejectReason;
    QString decidedAt;
    QString decidedBy;
    QString badgeKey;
};

const char* const kCurrentColumns = "SELECT id, batch_id, status, reason, rule_status, rule_reason, "
                                    "override_reason, reject_reason, decided_at, decided_by, badge_key "
                                    "FROM certifications ";

Current readCurrent(const SqliteStatement& q)
{
    Current c;
    c.id = q.int64(0);
    c.batchId = q.int64(1);
    c.status = statusOf(q.bytes(2));
    c.reason = reasonOf(q.bytes(3));
    c.ruleStatus = q.isNull(4) ? RowStatus::New : statusOf(q.bytes(4));
    c.ruleReason = reasonOf(q.bytes(5));
    c.overrideReason = q.text(6);
    c.rejectReason = q.text(7);
    c.decidedAt = q.text(8);
    c.decidedBy = q.text(9);
    c.badgeKey = q.text(10);
    return c;
}

ReviewRepository::Decision decisionOf(const Current& c)
{
    return {c.id, c.status, c.reason, c.overrideReason, c.rejectReason, c.decidedAt, c.decidedBy};
}

QString statusWords(RowStatus s)
{
    return statusKey(s).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString reasonWords(const std::optional<ReasonCode>& r)
{
    return r ? reasonKey(*r).replace(QLatin1Char('_'), QLatin1Char(' ')) : QString();
}

// Writes decisions and their audit entries with statements prepared once.
class DecisionWriter
{
public:
    DecisionWriter(const QSqlDatabase& db, qint64 batchId, const QString& actor)
        : m_update(
              db, "UPDATE certifications SET status = ?, reason = ?, override_reason = ?, reject_reason = ?, "
                  "decided_at = ?, decided_by = ?, updated_at = ? WHERE id = ?"),
          m_audit(db,
                  "INSERT INTO audit_log(at, actor, action, subject, details_json) VALUES(?, ?, ?, ?, ?)"),
          m_batchId(batchId), m_actor(actor), m_now(nowText())
    {}
    bool isValid() const { return m_update.isValid() && m_audit.isValid(); }
    QString error() const { return m_update.error().isEmpty() ? m_audit.error() : m_update.error(); }
    QString now() const { return m_now; }

    // text: the written reason, already a JSON string literal (the same for every row).
    bool write(const Current& old, const ReviewRepository::Decision& now, const QString& action,
               const QString& jsonText)
    {
        m_update.bind(1, statusKey(now.status));
        m_update.bind(2, reasonText(now.reason));
        m_update.bind(3, now.overrideReason.isEmpty() ? QString() : now.overrideReason);
        m_update.bind(4, now.rejectReason.isEmpty() ? QString() : now.rejectReason);
        m_update.bind(5, now.decidedAt.isEmpty() ? QString() : now.decidedAt);
        m_update.bind(6, now.decidedBy.isEmpty() ? QString() : now.decidedBy);
        m_update.bind(7, m_now);
        m_update.bind(8, old.id);
        if (!m_update.exec())
            return false;
        // The old values are kept: status, reason and the texts the decision replaced.
        QString details = QStringLiteral("{\"batch\":%1,\"old_status\":\"%2\",\"old_reason\":\"%3\","
                                         "\"new_status\":\"%4\",\"new_reason\":\"%5\"")
                              .arg(m_batchId)
                              .arg(statusKey(old.status), reasonText(old.reason), statusKey(now.status),
                                   reasonText(now.reason));
        if (!old.overrideReason.isEmpty())
            details += QStringLiteral(",\"old_override_reason\":") + jsonString(old.overrideReason);
        if (!old.rejectReason.isEmpty())
            details += QStringLiteral(",\"old_reject_reason\":") + jsonString(old.rejectReason);
        if (!jsonText.isEmpty())
            details += QStringLiteral(",\"text\":") + jsonText;
        details += QLatin1Char('}');
        m_audit.bind(1, m_now);
        m_audit.bind(2, m_actor);
        m_audit.bind(3, action);
        m_audit.bind(4, QStringLiteral("row:%1").arg(old.id));
        m_audit.bind(5, details);
        return m_audit.exec();
    }

private:
    SqliteStatement m_update;
    SqliteStatement m_audit;
    qint64 m_batchId;
    QString m_actor;
    QString m_now;
};

} // namespace

ReviewRepository::Change ReviewRepository::approve(qint64 batchId, const QList<qint64>& ids,
                                                   const QString& actor)
{
    return decide(batchId, ids, false, Action::Approve, {}, actor);
}

ReviewRepository::Change ReviewRepository::approveAllEligible(qint64 batchId, const QString& actor)
{
    return decide(batchId, {}, true, Action::Approve, {}, actor);
}

ReviewRepository::Change ReviewRepository::reject(qint64 batchId, const QList<qint64>& ids,
                                                  const QString& reason, const QString& actor)
{
    return decide(batchId, ids, false, Action::Reject, reason, actor);
}

ReviewRepository::Change ReviewRepository::overrideRows(qint64 batchId, const QList<qint64>& ids,
                                                        const QString& reason, const QString& actor)
{
    return decide(batchId, ids, false, Action::Override, reason, actor);
}

ReviewRepository::Change ReviewRepository::decide(qint64 batchId, const QList<qint64>& ids, bool allEligible,
                                                  Action action, const QString& text, const QString& actor)
{
    m_error.clear();
    Change change;
    const QString written = text.simplified();
    if (action == Action::Reject && written.isEmpty()) {
        change.error = QStringLiteral("Write why the rows are rejected; the reason goes to the audit log.");
        fail(change.error);
        return change;
    }
    if (action == Action::Override && written.isEmpty()) {
        change.error = QStringLiteral("Write why the rule does not apply; an override needs a reason, which "
                                      "goes to the audit log.");
        fail(change.error);
        return change;
    }
    const QString jsonText = written.isEmpty() ? QString() : jsonString(written);

    const CacheSizeGuard cache(m_db, allEligible || ids.size() > 1000);
    Transaction transaction(m_db);
    QList<Current> rows;
    {
        const QByteArray sql = QByteArray(kCurrentColumns) +
                               (allEligible ? "WHERE batch_id = ? AND status = 'eligible' ORDER BY id"
                                            : "WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id");
        SqliteStatement load(m_db, sql.constData());
        if (allEligible)
            load.bind(1, batchId);
        else
            load.bind(1, jsonIdList(ids));
        while (load.next())
            rows.append(readCurrent(load));
        if (!load.error().isEmpty()) {
            change.error = load.error();
            fail(change.error);
            return change;
        }
    }
    if (!allEligible) {
        QSet<qint64> found;
        for (const Current& c : std::as_const(rows))
            found.insert(c.id);
        for (const qint64 id : ids) {
            if (!found.contains(id))
                change.skipped.append({id, QStringLiteral("There is no row %1.").arg(id)});
        }
    }

    DecisionWriter writer(m_db, batchId, actor);
    if (!writer.isValid()) {
        change.error = writer.error();
        fail(change.error);
        return change;
    }
    const QString actionKey = action == Action::Reject ? QStringLiteral("reject") : QStringLiteral("approve");
    QSet<QString> keys;
    QList<qint64> decidedIds;
    // Approving an eligible row changes nothing for the rest of its batch (it already is the one
    // kept of its badge key): only later batches, whose history it is, are classified again.
    bool onlyEligibleApproved = true;
    for (const Current& c : std::as_const(rows)) {
        if (c.batchId != batchId) {
            change.skipped.append(
                {c.id,
                 QStringLiteral("Row %1 is in batch %2, not %3.").arg(c.id).arg(c.batchId).arg(batchId)});
            continue;
        }
        if (isIssuing(c.status)) {
            change.skipped.append(
                {c.id, QStringLiteral("Row %1 is %2 already; its decision can no longer change.")
                           .arg(c.id)
                           .arg(statusWords(c.status))});
            continue;
        }
        if (c.status == RowStatus::New) {
            change.skipped.append({c.id, QStringLiteral("Row %1 is not classified yet.").arg(c.id)});
            continue;
        }
        Decision next{c.id, RowStatus::Approved, std::nullopt, {}, {}, writer.now(), actor};
        QString key = actionKey;
        // The verdict that stands for the row now: its own while undecided, the rules' otherwise.
        const RowStatus verdict = isUndecided(c.status) ? c.status : c.ruleStatus;
        const std::optional<ReasonCode> verdictReason = isUndecided(c.status) ? c.reason : c.ruleReason;
        if (action == Action::Reject) {
            if (c.status == RowStatus::Rejected)
                continue; // already rejected
            next.status = RowStatus::Rejected;
            next.reason = verdictReason;
            next.rejectReason = written;
        } else if (c.status == RowStatus::Approved) {
            continue; // already approved
        } else if (verdict == RowStatus::Eligible) {
            // Approved as the rules allow; a rejection before is lifted.
        } else if (action == Action::Approve) {
            const QString why = verdictReason ? reasonWords(verdictReason) : statusWords(verdict);
            change.skipped.append(
                {c.id,
                 verdictReason && !canOverride(*verdictReason)
                     ? QStringLiteral("Row %1: %2. Fix it first; it cannot be overridden.").arg(c.id).arg(why)
                     : QStringLiteral("Row %1: %2. Override it with a written reason to approve it.")
                           .arg(c.id)
                           .arg(why)});
            continue;
        } else if (!verdictReason || !canOverride(*verdictReason)) {
            change.skipped.append(
                {c.id, QStringLiteral("Row %1: %2 cannot be overridden; fix it instead.")
                           .arg(c.id)
                           .arg(verdictReason ? reasonWords(verdictReason) : statusWords(verdict))});
            continue;
        } else {
            next.reason = verdictReason;
            next.overrideReason = written;
            key = QStringLiteral("override");
        }
        if (!writer.write(c, next, key, key == QLatin1String("approve") ? QString() : jsonText)) {
            change.error = QStringLiteral("The decision could not be saved: %1").arg(writer.error());
            fail(change.error);
            return change;
        }
        change.before.append(decisionOf(c));
        decidedIds.append(c.id);
        if (!c.badgeKey.isEmpty())
            keys.insert(c.badgeKey);
        if (c.status != RowStatus::Eligible || next.status != RowStatus::Approved)
            onlyEligibleApproved = false;
    }
    change.decided = int(decidedIds.size());
    change.changed = decidedIds;
    if (!decidedIds.isEmpty()) {
        const bool ok = onlyEligibleApproved ? classifyLaterOpenBatches(batchId)
                                             : reclassifyAfter(batchId, keys, decidedIds, &change.changed);
        if (!ok) {
            change.error = m_error;
            return change;
        }
    }
    if (!transaction.commit()) {
        change.error = QStringLiteral("The decision could not be saved: %1").arg(m_db.lastError().text());
        fail(change.error);
        return change;
    }
    change.ok = true;
    return change;
}

ReviewRepository::Change ReviewRepository::restore(qint64 batchId, const QList<Decision>& decisions,
                                                   const QString& actor)
{
    m_error.clear();
    Change change;
    QHash<qint64, Decision> wanted;
    QList<qint64> ids;
    for (const Decision& d : decisions) {
        wanted.insert(d.id, d);
        ids.append(d.id);
    }
    Transaction transaction(m_db);
    QList<Current> rows;
    {
        const QByteArray sql =
            QByteArray(kCurrentColumns) + "WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id";
        SqliteStatement load(m_db, sql.constData());
        load.bind(1, jsonIdList(ids));
        while (load.next())
            rows.append(readCurrent(load));
    }
    DecisionWriter writer(m_db, batchId, actor);
    QSet<QString> keys;
    QList<qint64> decidedIds;
    for (const Current& c : std::as_const(rows)) {
        if (c.batchId != batchId)
            continue;
        if (isIssuing(c.status)) {
            change.skipped.append(
                {c.id, QStringLiteral("Row %1 is %2 already; its decision can no longer change.")
                           .arg(c.id)
                           .arg(statusWords(c.status))});
            continue;
        }
        Decision next = wanted.value(c.id);
        if (isUndecided(next.status)) {
            // Back to what the rules say now (the catalog may have changed since).
            next = Decision{c.id, c.ruleStatus, c.ruleReason, {}, {}, {}, {}};
        }
        if (next.status == c.status && next.reason == c.reason && next.overrideReason == c.overrideReason &&
            next.rejectReason == c.rejectReason)
            continue;
        if (!writer.write(c, next, QStringLiteral("undo"), {})) {
            change.error = QStringLiteral("The undo could not be saved: %1").arg(writer.error());
            fail(change.error);
            return change;
        }
        change.before.append(decisionOf(c));
        decidedIds.append(c.id);
        if (!c.badgeKey.isEmpty())
            keys.insert(c.badgeKey);
    }
    change.decided = int(decidedIds.size());
    change.changed = decidedIds;
    if (!decidedIds.isEmpty() && !reclassifyAfter(batchId, keys, decidedIds, &change.changed)) {
        change.error = m_error;
        return change;
    }
    if (!transaction.commit()) {
        change.error = QStringLiteral("The undo could not be saved: %1").arg(m_db.lastError().text());
        fail(change.error);
        return change;
    }
    change.ok = true;
    return change;
}

ReviewRepository::Change ReviewRepository::setEmail(qint64 rowId, const QString& email, const QString& actor)
{
    return changeEmail(rowId, email, actor, false);
}

ReviewRepository::Change ReviewRepository::restoreEmail(qint64 rowId, const QString& email,
                                                        const QString& actor)
{
    return changeEmail(rowId, email, actor, true);
}

ReviewRepository::Change ReviewRepository::changeEmail(qint64 rowId, const QString& email,
                                                       const QString& actor, bool undo)
{
    m_error.clear();
    Change change;
    const QString address = undo ? email : email.trimmed().toLower();
    if (address.isEmpty() && !undo) {
        change.error = QStringLiteral("Type the email address. To leave the row out instead, reject it.");
        fail(change.error);
        return change;
    }
    Transaction transaction(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT batch_id, status, email, email_original, badge_key, student_id, first_name, "
        "last_name, school_code, school_name, assessment_code FROM certifications WHERE id = ?"));
    q.addBindValue(rowId);
    if (!q.exec() || !q.next()) {
        change.error = QStringLiteral("There is no row %1.").arg(rowId);
        fail(change.error);
        return change;
    }
    const qint64 batchId = q.value(0).toLongLong();
    const RowStatus status = statusFromKey(q.value(1).toString()).value_or(RowStatus::New);
    const QString old = q.value(2).toString();
    change.oldEmail = old;
    if (isIssuing(status)) {
        change.error =
            QStringLiteral("Row %1 is %2 already: its email can no longer change here. A badge sent to a "
                           "wrong address is replaced from Follow-up.")
                .arg(rowId)
                .arg(statusWords(status));
        fail(change.error);
        return change;
    }
    if (old == address) {
        change.ok = true;
        return change;
    }
    Classifier::Row probe;
    probe.studentId = q.value(5).toString();
    probe.firstName = q.value(6).toString();
    probe.lastName = q.value(7).toString();
    probe.schoolCode = q.value(8).toString();
    probe.schoolName = q.value(9).toString();
    probe.assessmentCode = q.value(10).toString();
    probe.email = address;
    const QSet<QString> keys{q.value(4).toString(), Classifier::badgeKey(probe)};
    const QString original = q.value(3).isNull() ? old : q.value(3).toString();
    q.finish();

    QSqlQuery update(m_db);
    update.prepare(
        QStringLiteral("UPDATE certifications SET email_original = coalesce(email_original, email), "
                       "email = ?, updated_at = ? WHERE id = ?"));
    const QString now = nowText();
    update.addBindValue(address.isEmpty() ? QVariant() : QVariant(address));
    update.addBindValue(now);
    update.addBindValue(rowId);
    QSqlQuery audit(m_db);
    audit.prepare(QStringLiteral(
        "INSERT INTO audit_log(at, actor, action, subject, details_json) VALUES(?, ?, 'set_email', ?, ?)"));
    audit.addBindValue(now);
    audit.addBindValue(actor);
    audit.addBindValue(QStringLiteral("row:%1").arg(rowId));
    audit.addBindValue(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("batch"), batchId},
                                                                   {QStringLiteral("old"), old},
                                                                   {QStringLiteral("new"), address},
                                                                   {QStringLiteral("original"), original},
                                                                   {QStringLiteral("undo"), undo}})
                                             .toJson(QJsonDocument::Compact)));
    if (!update.exec() || !audit.exec()) {
        change.error =
            QStringLiteral("The email could not be saved: %1")
                .arg(update.lastError().isValid() ? update.lastError().text() : audit.lastError().text());
        fail(change.error);
        return change;
    }
    change.changed = {rowId};
    change.decided = 0;
    if (!reclassifyAfter(batchId, keys, {rowId}, &change.changed)) {
        change.error = m_error;
        return change;
    }
    if (!transaction.commit()) {
        change.error = QStringLiteral("The email could not be saved: %1").arg(m_db.lastError().text());
        fail(change.error);
        return change;
    }
    change.ok = true;
    return change;
}

} // namespace badgedesk
