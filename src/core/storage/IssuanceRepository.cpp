#include "IssuanceRepository.h"

#include "AuditLog.h"
#include "Transaction.h"
#include "issuing/EarnerId.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace badgedesk {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT j.id, j.certification_id, j.batch_id, j.environment, j.organization_id, j.template_id, "
    "j.issuer_earner_id, j.state, j.recovered, j.unknown_outcome, j.credly_badge_id, j.badge_state, "
    "j.issued_at, j.badge_state_at, j.synced_at, j.revocation_reason, j.replaces_badge_id, "
    "j.recipient_email, j.error_kind, j.error_message, j.retryable, j.attempts, j.run_id, j.sending_at, "
    "j.created_at, j.updated_at, c.email, c.first_name, c.middle_name, c.last_name, c.assessment_code, "
    "c.assessment_title, c.school_name, c.test_date, b.month, c.language "
    "FROM issuance_journal j JOIN certifications c ON c.id = j.certification_id "
    "JOIN batches b ON b.id = j.batch_id ");

const QString kRunColumns = QStringLiteral(
    "id, batch_id, environment, organization_id, actor, started_at, finished_at, state, stop_reason, "
    "concurrency, rate_per_minute, backup_path, notice_override, issued, adopted, failed, skipped");

QString nowText()
{
    return IssuanceRepository::timestamp(QDateTime::currentDateTimeUtc());
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// A value for a NOT NULL text column: a null QString would bind as NULL.
QString notNull(const QString& text)
{
    return text.isNull() ? QString::fromLatin1("") : text;
}

QVariant timeOrNull(const QDateTime& when)
{
    return when.isValid() ? QVariant(IssuanceRepository::timestamp(when))
                          : QVariant(QMetaType(QMetaType::QString));
}

// The certification status that mirrors a journal state.
QString rowStatusFor(const QString& journalState)
{
    if (journalState == QLatin1String(IssuanceRepository::kAdopted))
        return QStringLiteral("issued");
    return journalState;
}

// Credly's messages do not carry emails today; if one ever does, it stays out of the log.
QString withoutEmails(QString text)
{
    static const QRegularExpression email(QStringLiteral("[^\\s@<>\"',;:]+@[^\\s@<>\"',;:]+\\.[A-Za-z]{2,}"));
    return text.replace(email, QStringLiteral("[email]"));
}

IssuanceRepository::Run runFrom(const QSqlQuery& q)
{
    IssuanceRepository::Run r;
    r.id = q.value(0).toLongLong();
    r.batchId = q.value(1).toLongLong();
    r.environment = environmentFromKey(q.value(2).toString()).value_or(CredlyEnvironment::Practice);
    r.organizationId = q.value(3).toString();
    r.actor = q.value(4).toString();
    r.startedAt = IssuanceRepository::parseTime(q.value(5).toString());
    r.finishedAt = IssuanceRepository::parseTime(q.value(6).toString());
    r.state = q.value(7).toString();
    r.stopReason = q.value(8).toString();
    r.concurrency = q.value(9).toInt();
    r.ratePerMinute = q.value(10).toInt();
    r.backupPath = q.value(11).toString();
    r.noticeOverride = q.value(12).toString();
    r.issued = q.value(13).toInt();
    r.adopted = q.value(14).toInt();
    r.failed = q.value(15).toInt();
    r.skipped = q.value(16).toInt();
    return r;
}

} // namespace

QString IssuanceRepository::Entry::displayName() const
{
    QStringList parts{firstName, middleName, lastName};
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

bool IssuanceRepository::Entry::isSettled() const
{
    return state == QLatin1String(kIssued) || state == QLatin1String(kAdopted);
}

IssuanceRepository::Attempt IssuanceRepository::Attempt::from(const CredlyExchange& exchange,
                                                              const QString& purpose, qint64 journalId,
                                                              qint64 runId)
{
    Attempt a;
    a.journalId = journalId;
    a.runId = runId;
    a.at = exchange.startedAt;
    a.purpose = purpose;
    a.method = QString::fromLatin1(exchange.method);
    a.endpoint = exchange.path;
    a.httpStatus = exchange.httpStatus;
    a.outcome = exchange.outcome;
    a.durationMs = exchange.durationMs;
    a.message = withoutEmails(exchange.message);
    return a;
}

IssuanceRepository::IssuanceRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QString IssuanceRepository::timestamp(const QDateTime& when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime IssuanceRepository::parseTime(const QString& text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t;
}

QString IssuanceRepository::issuableStatusesSql()
{
    return QStringLiteral("('approved','queued','sending','issued','failed')");
}

bool IssuanceRepository::fail(const QString& message)
{
    m_error = message;
    return false;
}

int IssuanceRepository::plan(qint64 batchId, CredlyEnvironment environment, const QString& organizationId,
                             const EarnerId& earnerIds, QString* error)
{
    m_error.clear();
    const QString env = environmentKey(environment);
    const QString now = nowText();
    Transaction tx(m_db);
    QSqlQuery q(m_db);

    // Queued rows whose certification left the approved set: nothing was sent, nothing to keep.
    q.prepare(QStringLiteral("DELETE FROM issuance_journal WHERE batch_id = ? AND environment = ? AND "
                             "state = 'queued' AND unknown_outcome = 0 AND credly_badge_id IS NULL AND "
                             "certification_id IN (SELECT id FROM certifications WHERE batch_id = ? AND "
                             "status NOT IN %1)")
                  .arg(issuableStatusesSql()));
    q.addBindValue(batchId);
    q.addBindValue(env);
    q.addBindValue(batchId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }

    q.prepare(
        QStringLiteral("SELECT c.id, c.student_id, c.email, c.first_name, c.last_name, c.school_code, "
                       "COALESCE(ce.credly_template_id, '') FROM certifications c "
                       "LEFT JOIN catalog_entries ce ON ce.code = c.assessment_code "
                       "LEFT JOIN issuance_journal j ON j.certification_id = c.id AND j.environment = ? "
                       "WHERE c.batch_id = ? AND c.status IN %1 AND j.id IS NULL ORDER BY c.id")
            .arg(issuableStatusesSql()));
    q.addBindValue(env);
    q.addBindValue(batchId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    struct Planned
    {
        qint64 id;
        QString earnerId;
        QString templateId;
    };
    QList<Planned> planned;
    while (q.next())
        planned.append({q.value(0).toLongLong(),
                        earnerIds.of(q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                     q.value(4).toString(), q.value(5).toString()),
                        q.value(6).toString().trimmed()});

    // A row without a template is queued too: the run fails it with what to do (no_template),
    // and a retry reads the catalog again.
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO issuance_journal(certification_id, batch_id, environment, organization_id, template_id, "
        "issuer_earner_id, state, created_at, updated_at) VALUES(?, ?, ?, ?, ?, ?, 'queued', ?, ?)"));
    QSqlQuery status(m_db);
    status.prepare(
        QStringLiteral("UPDATE certifications SET status = 'queued', updated_at = ? WHERE id = ? AND "
                       "status = 'approved'"));
    for (const Planned& p : std::as_const(planned)) {
        insert.addBindValue(p.id);
        insert.addBindValue(batchId);
        insert.addBindValue(env);
        insert.addBindValue(notNull(organizationId));
        insert.addBindValue(notNull(p.templateId));
        insert.addBindValue(p.earnerId);
        insert.addBindValue(now);
        insert.addBindValue(now);
        if (!insert.exec()) {
            if (error)
                *error = insert.lastError().text();
            return -1;
        }
        if (mirrorsRowStatus(environment)) {
            status.addBindValue(now);
            status.addBindValue(p.id);
            if (!status.exec()) {
                if (error)
                    *error = status.lastError().text();
                return -1;
            }
        }
    }
    if (!tx.commit()) {
        if (error)
            *error = m_db.lastError().text();
        return -1;
    }
    return static_cast<int>(planned.size());
}

QString IssuanceRepository::Candidate::displayName() const
{
    QStringList parts{firstName, middleName, lastName};
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

QList<IssuanceRepository::Candidate> IssuanceRepository::candidates(qint64 batchId,
                                                                    CredlyEnvironment environment) const
{
    QList<Candidate> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral(
            "SELECT c.id, c.student_id, c.email, c.first_name, c.middle_name, c.last_name, c.school_code, "
            "c.assessment_code, c.test_date, COALESCE(ce.credly_template_id, ''), j.id, j.state, "
            "j.template_id, "
            "j.issuer_earner_id, j.credly_badge_id, j.error_message, j.recipient_email, j.issued_at "
            "FROM certifications c LEFT JOIN catalog_entries ce ON ce.code = c.assessment_code "
            "LEFT JOIN issuance_journal j ON j.certification_id = c.id AND j.environment = ? "
            "WHERE c.batch_id = ? AND c.status IN %1 ORDER BY c.id")
            .arg(issuableStatusesSql()));
    q.addBindValue(environmentKey(environment));
    q.addBindValue(batchId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return list;
    }
    while (q.next()) {
        Candidate c;
        c.certificationId = q.value(0).toLongLong();
        c.studentId = q.value(1).toString();
        c.email = q.value(2).toString();
        c.firstName = q.value(3).toString();
        c.middleName = q.value(4).toString();
        c.lastName = q.value(5).toString();
        c.schoolCode = q.value(6).toString();
        c.assessmentCode = q.value(7).toString();
        c.testDate = q.value(8).toString();
        c.catalogTemplateId = q.value(9).toString().trimmed();
        c.journalId = q.value(10).toLongLong();
        c.journalState = q.value(11).toString();
        c.journalTemplateId = q.value(12).toString();
        c.journalEarnerId = q.value(13).toString();
        c.badgeId = q.value(14).toString();
        c.errorMessage = q.value(15).toString();
        c.recipientEmail = q.value(16).toString();
        c.issuedAt = parseTime(q.value(17).toString());
        list.append(c);
    }
    return list;
}

IssuanceRepository::Counts IssuanceRepository::counts(qint64 batchId, CredlyEnvironment environment) const
{
    Counts c;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM certifications WHERE batch_id = ? AND status IN %1")
                  .arg(issuableStatusesSql()));
    q.addBindValue(batchId);
    if (q.exec() && q.next())
        c.approved = q.value(0).toInt();
    q.prepare(QStringLiteral("SELECT state, COALESCE(badge_state, ''), count(*) FROM issuance_journal "
                             "WHERE batch_id = ? AND environment = ? GROUP BY 1, 2"));
    q.addBindValue(batchId);
    q.addBindValue(environmentKey(environment));
    if (q.exec()) {
        while (q.next()) {
            c.states[q.value(0).toString()] += q.value(2).toInt();
            if (!q.value(1).toString().isEmpty())
                c.badgeStates[q.value(1).toString()] += q.value(2).toInt();
        }
    }
    return c;
}

QList<IssuanceRepository::Entry> IssuanceRepository::select(const QString& where, const QVariantList& binds,
                                                            const QString& order) const
{
    QList<Entry> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kSelect + where + (order.isEmpty() ? QStringLiteral(" ORDER BY j.id") : order));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return list;
    }
    while (q.next()) {
        Entry e;
        e.id = q.value(0).toLongLong();
        e.certificationId = q.value(1).toLongLong();
        e.batchId = q.value(2).toLongLong();
        e.environment = environmentFromKey(q.value(3).toString()).value_or(CredlyEnvironment::Practice);
        e.organizationId = q.value(4).toString();
        e.templateId = q.value(5).toString();
        e.earnerId = q.value(6).toString();
        e.state = q.value(7).toString();
        e.recovered = q.value(8).toInt() != 0;
        e.unknownOutcome = q.value(9).toInt() != 0;
        e.badgeId = q.value(10).toString();
        e.badgeState = q.value(11).toString();
        e.issuedAt = parseTime(q.value(12).toString());
        e.badgeStateAt = parseTime(q.value(13).toString());
        e.syncedAt = parseTime(q.value(14).toString());
        e.revocationReason = q.value(15).toString();
        e.replacesBadgeId = q.value(16).toString();
        e.recipientEmail = q.value(17).toString();
        e.errorKind = q.value(18).toString();
        e.errorMessage = q.value(19).toString();
        e.retryable = q.value(20).toInt() != 0;
        e.attempts = q.value(21).toInt();
        e.runId = q.value(22).toLongLong();
        e.sendingAt = parseTime(q.value(23).toString());
        e.createdAt = parseTime(q.value(24).toString());
        e.updatedAt = parseTime(q.value(25).toString());
        e.email = q.value(26).toString();
        e.firstName = q.value(27).toString();
        e.middleName = q.value(28).toString();
        e.lastName = q.value(29).toString();
        e.assessmentCode = q.value(30).toString();
        e.assessmentTitle = q.value(31).toString();
        e.schoolName = q.value(32).toString();
        e.testDate = q.value(33).toString();
        e.batchMonth = q.value(34).toString();
        e.language = q.value(35).toString();
        list.append(e);
    }
    return list;
}

QList<IssuanceRepository::Entry> IssuanceRepository::entries(qint64 batchId, CredlyEnvironment environment,
                                                             const QStringList& states) const
{
    QString where = QStringLiteral("WHERE j.batch_id = ? AND j.environment = ?");
    QVariantList binds{batchId, environmentKey(environment)};
    if (!states.isEmpty()) {
        where += QStringLiteral(" AND j.state IN (%1)")
                     .arg(QStringList(states.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        for (const QString& s : states)
            binds.append(s);
    }
    return select(where, binds);
}

std::optional<IssuanceRepository::Entry> IssuanceRepository::entry(qint64 journalId) const
{
    const auto list = select(QStringLiteral("WHERE j.id = ?"), {journalId});
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

std::optional<IssuanceRepository::Entry> IssuanceRepository::entryByBadge(const QString& badgeId) const
{
    const auto list = select(QStringLiteral("WHERE j.credly_badge_id = ?"), {badgeId});
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QList<IssuanceRepository::Entry> IssuanceRepository::search(const Filter& filter) const
{
    QString where = QStringLiteral("WHERE j.environment = ?");
    QVariantList binds{environmentKey(filter.environment)};
    if (filter.batchId > 0) {
        where += QStringLiteral(" AND j.batch_id = ?");
        binds.append(filter.batchId);
    }
    if (!filter.states.isEmpty()) {
        where += QStringLiteral(" AND j.state IN (%1)")
                     .arg(QStringList(filter.states.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        for (const QString& s : filter.states)
            binds.append(s);
    }
    if (filter.exceptionsOnly) {
        const QDateTime now = filter.now.isValid() ? filter.now : QDateTime::currentDateTimeUtc();
        where += QStringLiteral(" AND (j.state = 'failed' OR j.badge_state IN ('rejected', 'revoked') OR "
                                "(j.badge_state = 'pending' AND COALESCE(j.sending_at, j.created_at) < ?))");
        binds.append(timestamp(now.addDays(-filter.pendingDays)));
    }
    if (filter.from.isValid()) {
        where += QStringLiteral(" AND substr(COALESCE(j.sending_at, j.created_at), 1, 10) >= ?");
        binds.append(filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        where += QStringLiteral(" AND substr(COALESCE(j.sending_at, j.created_at), 1, 10) <= ?");
        binds.append(filter.to.toString(Qt::ISODate));
    }
    return select(where, binds, QStringLiteral(" ORDER BY j.batch_id DESC, j.id"));
}

bool IssuanceRepository::hasEntries(CredlyEnvironment environment) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM issuance_journal WHERE environment = ? LIMIT 1"));
    q.addBindValue(environmentKey(environment));
    return q.exec() && q.next();
}

bool IssuanceRepository::mirror(qint64 journalId, const QString& journalState)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE certifications SET status = ?, updated_at = ? WHERE id = (SELECT "
                       "certification_id FROM issuance_journal WHERE id = ? AND environment <> 'sandbox')"));
    q.addBindValue(rowStatusFor(journalState));
    q.addBindValue(nowText());
    q.addBindValue(journalId);
    if (!q.exec())
        return fail(q.lastError().text());
    return true;
}

bool IssuanceRepository::insertAttempts(const QList<Attempt>& attempts)
{
    if (attempts.isEmpty())
        return true;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO issuance_attempts(journal_id, run_id, at, purpose, method, endpoint, http_status, "
        "outcome, duration_ms, message) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Attempt& a : attempts) {
        q.addBindValue(a.journalId > 0 ? QVariant(a.journalId) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(a.runId > 0 ? QVariant(a.runId) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(timestamp(a.at.isValid() ? a.at : QDateTime::currentDateTimeUtc()));
        q.addBindValue(a.purpose);
        q.addBindValue(notNull(a.method));
        q.addBindValue(notNull(a.endpoint));
        q.addBindValue(a.httpStatus);
        q.addBindValue(notNull(a.outcome));
        q.addBindValue(a.durationMs);
        q.addBindValue(notNull(withoutEmails(a.message)));
        if (!q.exec())
            return fail(q.lastError().text());
    }
    return true;
}

bool IssuanceRepository::addAttempts(const QList<Attempt>& attempts)
{
    m_error.clear();
    Transaction tx(m_db);
    return insertAttempts(attempts) && (tx.commit() || fail(m_db.lastError().text()));
}

QList<IssuanceRepository::Attempt> IssuanceRepository::attempts(qint64 journalId) const
{
    QList<Attempt> list;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT id, journal_id, run_id, at, purpose, method, endpoint, http_status, outcome, "
                       "duration_ms, message FROM issuance_attempts WHERE journal_id = ? ORDER BY id"));
    q.addBindValue(journalId);
    if (!q.exec())
        return list;
    while (q.next()) {
        Attempt a;
        a.id = q.value(0).toLongLong();
        a.journalId = q.value(1).toLongLong();
        a.runId = q.value(2).toLongLong();
        a.at = parseTime(q.value(3).toString());
        a.purpose = q.value(4).toString();
        a.method = q.value(5).toString();
        a.endpoint = q.value(6).toString();
        a.httpStatus = q.value(7).toInt();
        a.outcome = q.value(8).toString();
        a.durationMs = q.value(9).toLongLong();
        a.message = q.value(10).toString();
        list.append(a);
    }
    return list;
}

bool IssuanceRepository::applySending(qint64 journalId, qint64 runId)
{
    QSqlQuery q(m_db);
    const QString now = nowText();
    q.prepare(QStringLiteral(
        "UPDATE issuance_journal SET state = 'sending', sending_at = ?, run_id = ?, updated_at = ? "
        "WHERE id = ? AND state IN ('queued', 'sending')"));
    q.addBindValue(now);
    q.addBindValue(runId > 0 ? QVariant(runId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(now);
    q.addBindValue(journalId);
    if (!q.exec())
        return fail(q.lastError().text());
    if (q.numRowsAffected() != 1)
        return fail(QStringLiteral("journal row %1 is not waiting to be sent").arg(journalId));
    return mirror(journalId, QString::fromLatin1(kSending));
}

bool IssuanceRepository::markSending(qint64 journalId, qint64 runId)
{
    m_error.clear();
    Transaction tx(m_db);
    return applySending(journalId, runId) && (tx.commit() || fail(m_db.lastError().text()));
}

bool IssuanceRepository::applySettle(qint64 journalId, const Settlement& s, const QList<Attempt>& attempts)
{
    QList<Attempt> withIds = attempts;
    for (Attempt& a : withIds) {
        if (a.journalId == 0)
            a.journalId = journalId;
    }
    if (s.state.isEmpty()) {
        if (s.countsSend) {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("UPDATE issuance_journal SET attempts = attempts + 1 WHERE id = ?"));
            q.addBindValue(journalId);
            if (!q.exec())
                return fail(q.lastError().text());
        }
        return insertAttempts(withIds);
    }
    QSqlQuery q(m_db);
    QString sql = QStringLiteral("UPDATE issuance_journal SET state = ?, recovered = ?, unknown_outcome = ?, "
                                 "error_kind = ?, error_message = ?, retryable = ?, updated_at = ?, "
                                 "attempts = attempts + ?");
    if (s.badge)
        sql += QStringLiteral(", credly_badge_id = ?, badge_state = ?, issued_at = ?, badge_state_at = ?, "
                              "synced_at = ?");
    sql += QStringLiteral(" WHERE id = ?");
    q.prepare(sql);
    const QString now = nowText();
    q.addBindValue(s.state);
    q.addBindValue(s.recovered ? 1 : 0);
    q.addBindValue(s.unknownOutcome ? 1 : 0);
    q.addBindValue(textOrNull(s.errorKind));
    q.addBindValue(textOrNull(withoutEmails(s.errorMessage)));
    q.addBindValue(s.retryable ? 1 : 0);
    q.addBindValue(now);
    q.addBindValue(s.countsSend ? 1 : 0);
    if (s.badge) {
        const QString state = s.badge->state;
        const bool known = state == QLatin1String("pending") || state == QLatin1String("accepted") ||
                           state == QLatin1String("rejected") || state == QLatin1String("revoked");
        q.addBindValue(s.badge->id);
        q.addBindValue(known ? QVariant(state) : QVariant(QMetaType(QMetaType::QString)));
        q.addBindValue(timeOrNull(s.badge->issuedAt));
        q.addBindValue(timeOrNull(s.badge->stateUpdatedAt));
        q.addBindValue(now);
    }
    q.addBindValue(journalId);
    if (!q.exec())
        return fail(q.lastError().text());
    return mirror(journalId, s.state) && insertAttempts(withIds);
}

bool IssuanceRepository::settle(qint64 journalId, const Settlement& s, const QList<Attempt>& attempts)
{
    m_error.clear();
    Transaction tx(m_db);
    return applySettle(journalId, s, attempts) && (tx.commit() || fail(m_db.lastError().text()));
}

bool IssuanceRepository::write(const QList<Write>& writes, const QList<qint64>& toSending, qint64 runId)
{
    m_error.clear();
    Transaction tx(m_db);
    for (const Write& w : writes) {
        if (!applySettle(w.journalId, w.settlement, w.attempts))
            return false;
    }
    for (qint64 id : toSending) {
        if (!applySending(id, runId))
            return false;
    }
    return tx.commit() || fail(m_db.lastError().text());
}

bool IssuanceRepository::applyBadge(qint64 journalId, const CredlyBadge& badge)
{
    const auto current = entry(journalId);
    if (!current)
        return fail(QStringLiteral("no journal row %1").arg(journalId));
    QSqlQuery q(m_db);
    const QString state = badge.state;
    const bool known = state == QLatin1String("pending") || state == QLatin1String("accepted") ||
                       state == QLatin1String("rejected") || state == QLatin1String("revoked");
    q.prepare(QStringLiteral(
        "UPDATE issuance_journal SET credly_badge_id = ?, badge_state = ?, badge_state_at = ?, "
        "revocation_reason = ?, replaces_badge_id = ?, synced_at = ?, updated_at = ?, "
        "issued_at = COALESCE(?, issued_at) WHERE id = ?"));
    const QString now = nowText();
    q.addBindValue(badge.id);
    q.addBindValue(known ? QVariant(state) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(timeOrNull(badge.stateUpdatedAt));
    q.addBindValue(textOrNull(badge.revocationReason));
    // A new id (a replacement followed): remember the one it superseded.
    q.addBindValue(badge.id != current->badgeId && !current->badgeId.isEmpty()
                       ? QVariant(current->badgeId)
                       : textOrNull(current->replacesBadgeId));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(timeOrNull(badge.issuedAt));
    q.addBindValue(journalId);
    if (!q.exec())
        return fail(q.lastError().text());
    return true;
}

bool IssuanceRepository::updateBadges(const QList<QPair<qint64, CredlyBadge>>& badges,
                                      const QList<Attempt>& attempts)
{
    m_error.clear();
    Transaction tx(m_db);
    for (const auto& pair : badges) {
        if (!applyBadge(pair.first, pair.second))
            return false;
    }
    return insertAttempts(attempts) && (tx.commit() || fail(m_db.lastError().text()));
}

bool IssuanceRepository::updateBadge(qint64 journalId, const CredlyBadge& badge,
                                     const QList<Attempt>& attempts)
{
    QList<Attempt> withIds = attempts;
    for (Attempt& a : withIds) {
        if (a.journalId == 0)
            a.journalId = journalId;
    }
    return updateBadges({{journalId, badge}}, withIds);
}

bool IssuanceRepository::recordRevoke(qint64 journalId, const CredlyBadge& badge, const QString& reason,
                                      const QString& actor, const QList<Attempt>& attempts)
{
    m_error.clear();
    Transaction tx(m_db);
    AuditLog audit(m_db);
    if (!applyBadge(journalId, badge) || !insertAttempts(attempts))
        return false;
    if (!audit.append(
            actor, QStringLiteral("badge_revoke"), QStringLiteral("journal:%1").arg(journalId),
            QJsonObject{{QStringLiteral("badge_id"), badge.id}, {QStringLiteral("reason"), reason}}))
        return fail(audit.error());
    return tx.commit() || fail(m_db.lastError().text());
}

bool IssuanceRepository::recordReplace(qint64 journalId, const CredlyBadge& newBadge, const QString& newEmail,
                                       const QString& actor, const QList<Attempt>& attempts)
{
    m_error.clear();
    const auto current = entry(journalId);
    if (!current)
        return fail(QStringLiteral("no journal row %1").arg(journalId));
    Transaction tx(m_db);
    if (!applyBadge(journalId, newBadge) || !insertAttempts(attempts))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE issuance_journal SET recipient_email = ? WHERE id = ?"));
    q.addBindValue(
        textOrNull(newEmail.compare(current->email, Qt::CaseInsensitive) == 0 ? QString() : newEmail));
    q.addBindValue(journalId);
    if (!q.exec())
        return fail(q.lastError().text());
    AuditLog audit(m_db);
    if (!audit.append(actor, QStringLiteral("badge_replace"), QStringLiteral("journal:%1").arg(journalId),
                      QJsonObject{{QStringLiteral("old_badge_id"), current->badgeId},
                                  {QStringLiteral("new_badge_id"), newBadge.id},
                                  {QStringLiteral("old_email"), current->currentEmail()},
                                  {QStringLiteral("new_email"), newEmail}}))
        return fail(audit.error());
    return tx.commit() || fail(m_db.lastError().text());
}

int IssuanceRepository::retryFailed(qint64 batchId, CredlyEnvironment environment,
                                    const QList<qint64>& journalIds)
{
    m_error.clear();
    Transaction tx(m_db);
    QString where =
        QStringLiteral("batch_id = ? AND environment = ? AND state = 'failed' AND credly_badge_id IS NULL");
    QVariantList binds{batchId, environmentKey(environment)};
    if (!journalIds.isEmpty()) {
        QStringList marks;
        for (qint64 id : journalIds) {
            marks << QStringLiteral("?");
            binds.append(id);
        }
        where += QStringLiteral(" AND id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    QList<qint64> ids;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM issuance_journal WHERE ") + where);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        fail(q.lastError().text());
        return -1;
    }
    while (q.next())
        ids.append(q.value(0).toLongLong());
    QSqlQuery update(m_db);
    // The template is read again: a row that failed for want of one may have got one since.
    update.prepare(QStringLiteral(
        "UPDATE issuance_journal SET state = 'queued', error_kind = NULL, error_message = NULL, retryable = "
        "0, "
        "updated_at = ?, template_id = COALESCE((SELECT NULLIF(trim(ce.credly_template_id), '') FROM "
        "catalog_entries ce JOIN certifications c ON ce.code = c.assessment_code WHERE c.id = "
        "issuance_journal.certification_id), template_id) WHERE id = ?"));
    for (qint64 id : std::as_const(ids)) {
        update.addBindValue(nowText());
        update.addBindValue(id);
        if (!update.exec() || !mirror(id, QString::fromLatin1(kQueued))) {
            fail(update.lastError().isValid() ? update.lastError().text() : m_error);
            return -1;
        }
    }
    if (!tx.commit()) {
        fail(m_db.lastError().text());
        return -1;
    }
    return static_cast<int>(ids.size());
}

QList<IssuanceRepository::Entry> IssuanceRepository::worklist(CredlyEnvironment environment, int pendingDays,
                                                              qint64 batchId, const QDateTime& now) const
{
    Filter f;
    f.environment = environment;
    f.batchId = batchId;
    f.exceptionsOnly = true;
    f.pendingDays = pendingDays;
    f.now = now;
    return search(f);
}

qint64 IssuanceRepository::startRun(const Run& run)
{
    m_error.clear();
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO issuance_runs(batch_id, environment, organization_id, actor, started_at, "
                       "state, concurrency, rate_per_minute, backup_path, notice_override) "
                       "VALUES(?, ?, ?, ?, ?, 'running', ?, ?, ?, ?)"));
    q.addBindValue(run.batchId);
    q.addBindValue(environmentKey(run.environment));
    q.addBindValue(notNull(run.organizationId));
    q.addBindValue(notNull(run.actor));
    q.addBindValue(timestamp(run.startedAt.isValid() ? run.startedAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(run.concurrency);
    q.addBindValue(run.ratePerMinute);
    q.addBindValue(textOrNull(run.backupPath));
    q.addBindValue(textOrNull(run.noticeOverride));
    if (!q.exec()) {
        fail(q.lastError().text());
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool IssuanceRepository::updateRun(const Run& run)
{
    m_error.clear();
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE issuance_runs SET state = ?, stop_reason = ?, finished_at = ?, issued = ?, "
                       "adopted = ?, failed = ?, skipped = ? WHERE id = ?"));
    q.addBindValue(run.state);
    q.addBindValue(textOrNull(run.stopReason));
    q.addBindValue(timeOrNull(run.finishedAt));
    q.addBindValue(run.issued);
    q.addBindValue(run.adopted);
    q.addBindValue(run.failed);
    q.addBindValue(run.skipped);
    q.addBindValue(run.id);
    if (!q.exec())
        return fail(q.lastError().text());
    return true;
}

std::optional<IssuanceRepository::Run> IssuanceRepository::run(qint64 runId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM issuance_runs WHERE id = ?").arg(kRunColumns));
    q.addBindValue(runId);
    if (q.exec() && q.next())
        return runFrom(q);
    return std::nullopt;
}

std::optional<IssuanceRepository::Run> IssuanceRepository::unfinishedRun(qint64 batchId,
                                                                         CredlyEnvironment environment) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM issuance_runs WHERE batch_id = ? AND environment = ? AND state IN "
                       "('running', 'paused') ORDER BY id DESC LIMIT 1")
            .arg(kRunColumns));
    q.addBindValue(batchId);
    q.addBindValue(environmentKey(environment));
    if (q.exec() && q.next())
        return runFrom(q);
    return std::nullopt;
}

QList<IssuanceRepository::Run> IssuanceRepository::runs(qint64 batchId, CredlyEnvironment environment) const
{
    QList<Run> list;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM issuance_runs WHERE batch_id = ? AND environment = ? ORDER BY id")
            .arg(kRunColumns));
    q.addBindValue(batchId);
    q.addBindValue(environmentKey(environment));
    if (q.exec()) {
        while (q.next())
            list.append(runFrom(q));
    }
    return list;
}

} // namespace badgedesk
