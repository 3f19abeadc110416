#include "IssuanceReport.h"

#include "domain/ReasonCode.h"
#include "storage/SettingsRepository.h"
#include "storage/SqliteStatement.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcReport, "badgedesk.report")

namespace badgedesk {
namespace {

// A journal row in the counting environment that holds a badge.
#define ISSUED "(j.state IN ('issued', 'adopted'))"
#define APPROVED "(c.status IN ('approved', 'queued', 'sending', 'issued', 'failed'))"
#define TITLE "COALESCE(NULLIF(c.assessment_title, ''), ce.title, '')"
#define SCHOOL "COALESCE(NULLIF(c.school_name, ''), c.school_code, '')"

// ?1 is the counting environment; ?2 (and ?3) the scope's values.
const char* const kRowsFrom =
    "FROM certifications c JOIN batches b ON b.id = c.batch_id "
    "LEFT JOIN issuance_journal j ON j.certification_id = c.id AND j.environment = ?1 "
    "LEFT JOIN catalog_entries ce ON ce.code = c.assessment_code ";

QDate isoDate(const QString& text)
{
    return QDate::fromString(text.left(10), Qt::ISODate);
}

} // namespace

IssuanceReport::IssuanceReport(QSqlDatabase db, const ReportScope& scope)
    : m_db(db), m_scope(scope), m_environment(countingEnvironment(db))
{
    QString zone = SettingsRepository(db).value(QStringLiteral("issuing.timezone"));
    if (zone.isEmpty())
        zone = QStringLiteral("America/Chicago");
    m_timeZone = QTimeZone(zone.toUtf8());
    if (!m_timeZone.isValid())
        m_timeZone = QTimeZone::utc();
}

CredlyEnvironment IssuanceReport::countingEnvironment(QSqlDatabase db)
{
    // As ReviewRepository's history: a Practice database holds only Practice, which stands in for
    // Production there; anywhere else only Production counts (Sandbox is a rehearsal).
    const auto current =
        environmentFromKey(SettingsRepository(db).value(QStringLiteral("credly.environment")))
            .value_or(CredlyEnvironment::Practice);
    return current == CredlyEnvironment::Practice ? CredlyEnvironment::Practice
                                                  : CredlyEnvironment::Production;
}

QByteArray IssuanceReport::sql(const char* select, const char* from, const char* where,
                               const char* tail) const
{
    QByteArray text = QByteArray("SELECT ") + select + ' ' + from + " WHERE ";
    switch (m_scope.kind()) {
    case ReportScope::Kind::Batch:
        text += "c.batch_id = ?2";
        break;
    case ReportScope::Kind::Month:
        text += "b.month = ?2";
        break;
    case ReportScope::Kind::DateRange:
        text += "COALESCE(CASE WHEN " ISSUED " THEN substr(j.issued_at, 1, 10) END, NULLIF(c.test_date, ''), "
                "substr(c.entered_at, 1, 10)) BETWEEN ?2 AND ?3";
        break;
    }
    if (where && *where)
        text += QByteArray(" AND ") + where;
    if (tail && *tail)
        text += QByteArray(" ") + tail;
    return text;
}

namespace {

// The first eight columns of the Issued and Exceptions queries, in this order.
void readIdentity(SqliteStatement& s, IssuanceReport::RowIdentity& r)
{
    r.rowId = s.int64(0);
    r.batchId = s.int64(1);
    r.firstName = s.text(2);
    r.lastName = s.text(3);
    r.email = s.text(4);
    r.school = s.text(5);
    r.assessmentCode = s.text(6);
    r.assessmentTitle = s.text(7);
}

void bindScope(SqliteStatement& s, CredlyEnvironment environment, const ReportScope& scope)
{
    s.bind(1, environmentKey(environment));
    switch (scope.kind()) {
    case ReportScope::Kind::Batch:
        s.bind(2, scope.batchId());
        break;
    case ReportScope::Kind::Month:
        s.bind(2, scope.month());
        break;
    case ReportScope::Kind::DateRange:
        s.bind(2, scope.from().toString(Qt::ISODate));
        s.bind(3, scope.to().toString(Qt::ISODate));
        break;
    }
}

} // namespace

QDateTime IssuanceReport::localTime(const QString& utcText) const
{
    if (utcText.isEmpty())
        return {};
    // The journal's times are "yyyy-MM-ddTHH:mm:ss.zzzZ" (IssuanceRepository::timestamp): read them
    // by hand, and ask the time zone for its offset once per UTC hour, not per cell (QTimeZone
    // lookups cost more than writing the cell; bench/report).
    QDateTime utc;
    const QStringView t(utcText);
    const auto digits = [&t](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            const QChar c = t.at(i);
            if (!c.isDigit())
                return -1;
            value = value * 10 + c.digitValue();
        }
        return value;
    };
    if (t.size() >= 20 && t.at(4) == QLatin1Char('-') && t.at(10) == QLatin1Char('T') &&
        (t.endsWith(QLatin1Char('Z')))) {
        const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
        const int ms = t.size() >= 24 && t.at(19) == QLatin1Char('.') ? digits(20, 3) : 0;
        const QTime time(digits(11, 2), digits(14, 2), digits(17, 2), qMax(ms, 0));
        if (date.isValid() && time.isValid())
            utc = QDateTime(date, time, Qt::UTC);
    }
    if (!utc.isValid())
        utc = QDateTime::fromString(utcText, Qt::ISODateWithMs).toUTC();
    if (!utc.isValid())
        return {};
    const qint64 secs = utc.toSecsSinceEpoch();
    const qint64 hour = secs / 3600;
    auto it = m_offsets.constFind(hour);
    if (it == m_offsets.constEnd())
        it = m_offsets.insert(hour, m_timeZone.offsetFromUtc(utc));
    return utc.toOffsetFromUtc(*it);
}

bool IssuanceReport::summary(Summary* out, bool withGroups)
{
    m_error.clear();
    *out = Summary();
    Funnel& f = out->funnel;
    {
        const QByteArray text = sql(
            "COUNT(*), SUM(c.status = 'new'), SUM(c.status = 'excluded'), SUM(c.status = 'rejected'), "
            "SUM(c.status = 'needs_attention'), SUM(c.status = 'eligible'), SUM(" APPROVED "), "
            "SUM(" ISSUED "), SUM(" ISSUED " AND j.badge_state = 'accepted'), "
            "SUM(" ISSUED " AND (j.badge_state IS NULL OR j.badge_state = 'pending')), "
            "SUM(" ISSUED " AND j.badge_state = 'rejected'), SUM(" ISSUED " AND j.badge_state = 'revoked'), "
            "SUM(j.state = 'failed')",
            kRowsFrom, nullptr, nullptr);
        SqliteStatement s(m_db, text.constData());
        bindScope(s, m_environment, m_scope);
        if (!s.next()) {
            m_error =
                s.error().isEmpty() ? QStringLiteral("the report's counts returned nothing") : s.error();
            return false;
        }
        f.received = int(s.int64(0));
        f.unclassified = int(s.int64(1));
        f.excluded = int(s.int64(2));
        f.rejected = int(s.int64(3));
        f.needsAttention = int(s.int64(4));
        f.eligible = int(s.int64(5));
        f.approved = int(s.int64(6));
        f.issued = int(s.int64(7));
        f.accepted = int(s.int64(8));
        f.pending = int(s.int64(9));
        f.badgeRejected = int(s.int64(10));
        f.revoked = int(s.int64(11));
        f.failed = int(s.int64(12));
    }
    {
        const QByteArray text =
            sql("COALESCE(c.reason, ''), COUNT(*)", kRowsFrom, "c.status = 'excluded'", "GROUP BY 1");
        SqliteStatement s(m_db, text.constData());
        bindScope(s, m_environment, m_scope);
        while (s.next())
            f.excludedByReason.insert(s.text(0), int(s.int64(1)));
        if (!s.error().isEmpty()) {
            m_error = s.error();
            return false;
        }
    }
    if (!withGroups)
        return true;
    return groups("COALESCE(NULLIF(c.school_code, ''), c.school_name, '')", SCHOOL, &out->bySchool) &&
           groups("COALESCE(c.assessment_code, '')", TITLE, &out->byAssessment) &&
           groups("b.month", "b.month", &out->byMonth);
}

bool IssuanceReport::groups(const char* keyExpression, const char* nameExpression, QList<Group>* out)
{
    const QByteArray select = QByteArray(keyExpression) + ", MAX(" + nameExpression +
                              "), COUNT(*), SUM(c.status = 'excluded'), SUM(c.status = 'needs_attention'), "
                              "SUM(" APPROVED "), SUM(" ISSUED "), SUM(" ISSUED
                              " AND j.badge_state = 'accepted')";
    const QByteArray text =
        sql(select.constData(), kRowsFrom, nullptr, "GROUP BY 1 ORDER BY 2 COLLATE NOCASE, 1");
    SqliteStatement s(m_db, text.constData());
    bindScope(s, m_environment, m_scope);
    while (s.next()) {
        Group g;
        g.key = s.text(0);
        g.name = s.text(1);
        g.received = int(s.int64(2));
        g.excluded = int(s.int64(3));
        g.needsAttention = int(s.int64(4));
        g.approved = int(s.int64(5));
        g.issued = int(s.int64(6));
        g.accepted = int(s.int64(7));
        out->append(g);
    }
    if (!s.error().isEmpty()) {
        m_error = s.error();
        return false;
    }
    return true;
}

QList<IssuanceReport::Step> IssuanceReport::steps(const Funnel& f)
{
    QList<Step> list;
    const auto share = [&f](int n) { return f.received > 0 ? double(n) / f.received : 0.0; };
    const auto add = [&](const QString& key, const QString& label, int count, double ofPrevious = -1,
                         int level = 0, const QString& reason = {}) {
        list.append(Step{key, label, reason, count, share(count), ofPrevious, level});
    };
    add(QStringLiteral("received"), QStringLiteral("Rows received"), f.received);
    if (f.unclassified > 0)
        add(QStringLiteral("unclassified"), QStringLiteral("Not classified yet"), f.unclassified);
    add(QStringLiteral("excluded"), QStringLiteral("Excluded by a rule"), f.excluded);
    const QStringList keys = allReasonKeys();
    for (const QString& key : keys) {
        const int n = f.excludedByReason.value(key);
        if (n > 0)
            add(QStringLiteral("excluded:") + key,
                QStringLiteral("Excluded: ") + reasonTitle(*reasonFromKey(key)), n, -1, 1, key);
    }
    // Rows whose reason is unknown to this build (a newer database) still add up.
    for (auto it = f.excludedByReason.cbegin(); it != f.excludedByReason.cend(); ++it) {
        if (!keys.contains(it.key()))
            add(QStringLiteral("excluded:") + it.key(),
                QStringLiteral("Excluded: %1")
                    .arg(it.key().isEmpty() ? QStringLiteral("(no reason)") : it.key()),
                it.value(), -1, 1, it.key());
    }
    add(QStringLiteral("rejected"), QStringLiteral("Rejected by the specialist"), f.rejected);
    add(QStringLiteral("needs_attention"), QStringLiteral("Needing attention"), f.needsAttention);
    add(QStringLiteral("eligible"), QStringLiteral("Eligible, not yet approved"), f.eligible);
    add(QStringLiteral("approved"), QStringLiteral("Approved"), f.approved,
        f.received > 0 ? double(f.approved) / f.received : -1);
    add(QStringLiteral("issued"), QStringLiteral("Issued"), f.issued,
        f.approved > 0 ? double(f.issued) / f.approved : -1);
    add(QStringLiteral("accepted"), QStringLiteral("Accepted"), f.accepted,
        f.issued > 0 ? double(f.accepted) / f.issued : -1);
    add(QStringLiteral("pending"), QStringLiteral("Issued: pending"), f.pending, -1, 1);
    add(QStringLiteral("badge_rejected"), QStringLiteral("Issued: declined by the earner"), f.badgeRejected,
        -1, 1);
    add(QStringLiteral("revoked"), QStringLiteral("Issued: revoked"), f.revoked, -1, 1);
    add(QStringLiteral("failed"), QStringLiteral("Failed to send"), f.failed);
    return list;
}

bool IssuanceReport::forEachIssued(const std::function<bool(const IssuedRow&)>& visit)
{
    m_error.clear();
    const QByteArray text =
        sql("c.id, c.batch_id, c.first_name, c.last_name, COALESCE(NULLIF(j.recipient_email, ''), "
            "c.email), " SCHOOL ", c.assessment_code, " TITLE
            ", COALESCE(t.name, j.template_id), j.issued_at, j.credly_badge_id, "
            "j.badge_state, j.badge_state_at",
            "FROM certifications c JOIN batches b ON b.id = c.batch_id "
            "JOIN issuance_journal j ON j.certification_id = c.id AND j.environment = ?1 "
            "LEFT JOIN catalog_entries ce ON ce.code = c.assessment_code "
            "LEFT JOIN credly_templates t ON t.environment = j.environment AND t.id = j.template_id",
            // The status between batch and row follows the index (batch_id, status), so the rows
            // stream without a sort of the whole sheet (bench/report); a row holding a badge is
            // 'issued' but for a rare one still marked otherwise, so the order reads as by row.
            ISSUED, "ORDER BY c.batch_id, c.status, c.id");
    SqliteStatement s(m_db, text.constData());
    bindScope(s, m_environment, m_scope);
    IssuedRow r;
    while (s.next()) {
        readIdentity(s, r);
        r.badgeName = s.text(8);
        r.issuedAt = localTime(s.text(9));
        r.badgeId = s.text(10);
        r.badgeState = s.text(11);
        r.stateUpdatedAt = localTime(s.text(12));
        if (!visit(r))
            return false;
    }
    m_error = s.error();
    return m_error.isEmpty();
}

bool IssuanceReport::forEachException(const std::function<bool(const ExceptionRow&)>& visit)
{
    m_error.clear();
    const QByteArray text =
        sql("c.id, c.batch_id, c.first_name, c.last_name, c.email, " SCHOOL ", c.assessment_code, " TITLE
            ", c.test_date, c.status, c.reason, c.rule_detail, c.reject_reason, j.state, j.error_kind, "
            "j.error_message",
            kRowsFrom, "NOT COALESCE(" ISSUED ", 0)", "ORDER BY c.batch_id, c.id");
    SqliteStatement s(m_db, text.constData());
    bindScope(s, m_environment, m_scope);
    ExceptionRow r;
    while (s.next()) {
        readIdentity(s, r);
        r.testDate = isoDate(s.text(8));
        r.status = s.text(9);
        const QString reason = s.text(10);
        const QString ruleDetail = s.text(11);
        const QString rejectReason = s.text(12);
        const QString journalState = s.text(13);
        r.reasonCode = reason;
        r.detail = ruleDetail;
        const auto code = reasonFromKey(reason);
        if (journalState == QLatin1String("failed")) {
            r.status = journalState;
            r.reasonCode = s.text(14);
            r.reason = QStringLiteral("Credly did not issue the badge.");
            r.detail = s.text(15);
        } else if (journalState == QLatin1String("sending")) {
            r.status = journalState;
            r.reasonCode.clear();
            r.reason =
                QStringLiteral("Sent, but the answer was lost: the next issuing run looks it up at Credly "
                               "before sending anything again.");
            r.detail.clear();
        } else if (r.status == QLatin1String("rejected")) {
            r.reason = QStringLiteral("Rejected by the specialist.");
            r.detail = rejectReason;
        } else if ((r.status == QLatin1String("excluded") || r.status == QLatin1String("needs_attention")) &&
                   code) {
            r.reason = reasonExplanation(*code);
        } else if (r.status == QLatin1String("eligible")) {
            r.reason = QStringLiteral("Eligible, waiting for the specialist's approval.");
        } else if (r.status == QLatin1String("new")) {
            r.reason = QStringLiteral("Imported, not yet classified: open the batch in Review.");
        } else {
            // approved or queued, not sent yet (in this environment)
            r.reasonCode.clear();
            r.reason = QStringLiteral("Approved, not issued yet.");
            r.detail.clear();
        }
        if (!visit(r))
            return false;
    }
    m_error = s.error();
    return m_error.isEmpty();
}

namespace {
const char* const kAttemptsFrom = "FROM issuance_attempts a "
                                  "JOIN issuance_journal j ON j.id = a.journal_id AND j.environment = ?1 "
                                  "JOIN certifications c ON c.id = j.certification_id "
                                  "JOIN batches b ON b.id = c.batch_id";
}

int IssuanceReport::attemptCount()
{
    const QByteArray text = sql("COUNT(*)", kAttemptsFrom, nullptr, nullptr);
    SqliteStatement s(m_db, text.constData());
    bindScope(s, m_environment, m_scope);
    return s.next() ? int(s.int64(0)) : 0;
}

bool IssuanceReport::forEachAttempt(const std::function<bool(const AttemptRow&)>& visit)
{
    m_error.clear();
    const QByteArray text =
        sql("a.at, c.id, c.batch_id, a.purpose, a.method, a.endpoint, a.http_status, a.outcome, "
            "a.duration_ms, a.message",
            kAttemptsFrom, nullptr, "ORDER BY a.id");
    SqliteStatement s(m_db, text.constData());
    bindScope(s, m_environment, m_scope);
    AttemptRow r;
    while (s.next()) {
        r.at = localTime(s.text(0));
        r.rowId = s.int64(1);
        r.batchId = s.int64(2);
        r.purpose = s.text(3);
        r.method = s.text(4);
        r.endpoint = s.text(5);
        r.httpStatus = int(s.int64(6));
        r.outcome = s.text(7);
        r.durationMs = s.int64(8);
        r.message = s.text(9);
        if (!visit(r))
            return false;
    }
    m_error = s.error();
    if (!m_error.isEmpty())
        qCWarning(lcReport) << "attempts query failed:" << m_error;
    return m_error.isEmpty();
}

} // namespace badgedesk
