#include "Issuer.h"

#include "EarnerId.h"
#include "credly/BadgeIssueRequest.h"
#include "credly/CredlyClient.h"
#include "notices/NoticeLanguage.h"
#include "notices/NoticeRepository.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimeZone>

namespace badgedesk {

Q_LOGGING_CATEGORY(lcIssuing, "badgedesk.issuing")

namespace {

using Settlement = IssuanceRepository::Settlement;

QString nowTime()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
}

bool isLive(const CredlyBadge& b)
{
    // A revoked badge, or one replaced by another, is not the row's badge any more.
    return b.state != QLatin1String("revoked") && b.replacementBadgeId.isEmpty();
}

} // namespace

Issuer::Issuer(QSqlDatabase db, CredlyClient* client, CredlyEnvironment environment, qint64 batchId,
               IssueOptions options, QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_client(client), m_environment(environment), m_batchId(batchId),
      m_options(std::move(options)), m_repo(m_db)
{
    m_options.concurrency = std::clamp(m_options.concurrency, 1, 16);
    m_wakeUp.setSingleShot(true);
    connect(&m_wakeUp, &QTimer::timeout, this, &Issuer::pump);
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(100);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] { flush(); });
    connect(m_client, &CredlyClient::exchanged, this, &Issuer::onExchanged);
}

Issuer::~Issuer()
{
    // Replies still open are children of the client; their handlers point here.
    for (auto it = m_calls.cbegin(); it != m_calls.cend(); ++it)
        disconnect(it.key(), nullptr, this, nullptr);
}

QDateTime Issuer::issuedAtFor(const QString& testDate, const QString& timeZone)
{
    const QDate date = QDate::fromString(testDate.left(10), Qt::ISODate);
    if (!date.isValid())
        return {};
    QTimeZone zone(timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::systemTimeZone();
    return QDateTime(date, QTime(12, 0), zone);
}

IssueResult Issuer::runNow()
{
    QEventLoop loop;
    connect(this, &Issuer::finished, &loop, &QEventLoop::quit);
    start();
    if (!m_finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return m_result;
}

void Issuer::start()
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    begin();
}

void Issuer::begin()
{
    // One issuing run per database at a time, across processes: two runs would send the same
    // queued rows. A lock left by a process that died is taken over (QLockFile checks the pid).
    m_lock = std::make_unique<QLockFile>(QFileInfo(m_db.databaseName()).absoluteFilePath() +
                                         QStringLiteral(".issuing.lock"));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString app;
        m_lock->getLockInfo(&pid, &host, &app);
        m_lock.reset();
        finish(
            IssueResult::End::NotStarted,
            tr("Another BadgeDesk (%1, process %2) is issuing from this database. Let it finish or close it, "
               "then start again.")
                .arg(app.isEmpty() ? tr("unknown program") : app)
                .arg(pid));
        return;
    }

    // Each journal commit reaches the disk before the next request leaves (WAL's default NORMAL
    // survives a crash of the process but not a power loss).
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous = FULL"));

    // Runs left running or paused by a process that died: their rows are recovered below.
    while (auto old = m_repo.unfinishedRun(m_batchId, m_environment)) {
        old->state = QStringLiteral("interrupted");
        old->finishedAt = QDateTime::currentDateTimeUtc();
        old->stopReason = tr("The run ended without finishing (BadgeDesk was closed or stopped); a later "
                             "run took over.");
        if (!m_repo.updateRun(*old))
            break;
    }

    QString error;
    const QByteArray key = EarnerId::keyFor(m_db, &error);
    if (key.isEmpty()) {
        finish(IssueResult::End::NotStarted, error);
        return;
    }
    if (m_repo.plan(m_batchId, m_environment, m_client->organizationId(), EarnerId(key), &error) < 0) {
        finish(IssueResult::End::NotStarted, tr("The journal could not be prepared: %1").arg(error));
        return;
    }
    if (m_options.retryFailed && m_repo.retryFailed(m_batchId, m_environment) < 0) {
        finish(IssueResult::End::NotStarted,
               tr("The failed rows could not be queued again: %1").arg(m_repo.error()));
        return;
    }
    m_defaultLanguage = NoticeRepository(m_db).batchLanguage(m_batchId);
    const IssuanceRepository::Counts counts = m_repo.counts(m_batchId, m_environment);
    m_progress.total = counts.approved;
    m_progress.settledBefore = counts.settled();
    m_progress.skipped = counts.settled() + counts.state(IssuanceRepository::kFailed);

    m_run.batchId = m_batchId;
    m_run.environment = m_environment;
    m_run.organizationId = m_client->organizationId();
    m_run.actor = m_options.actor;
    m_run.startedAt = QDateTime::currentDateTimeUtc();
    m_run.state = QStringLiteral("running");
    m_run.concurrency = m_options.concurrency;
    m_run.ratePerMinute = m_options.ratePerMinute;
    m_run.backupPath = m_options.backupPath;
    m_run.noticeOverride = m_options.noticeOverride;
    m_runId = m_run.id = m_repo.startRun(m_run);
    if (m_runId == 0) {
        finish(IssueResult::End::NotStarted, tr("The run could not be recorded: %1").arg(m_repo.error()));
        return;
    }

    const auto open = m_repo.entries(m_batchId, m_environment,
                                     {QString::fromLatin1(IssuanceRepository::kQueued),
                                      QString::fromLatin1(IssuanceRepository::kSending)});
    for (const auto& e : open) {
        Work w;
        w.entry = e;
        w.dbState = e.state;
        w.recovery = e.state == QLatin1String(IssuanceRepository::kSending);
        w.sentBefore = w.recovery || e.unknownOutcome;
        w.action = w.sentBefore ? Action::Lookup : Action::Send;
        if (w.recovery)
            ++m_recoveryOpen;
        m_work.insert(e.id, w);
    }
    qCInfo(lcIssuing) << "run" << m_runId << "batch" << m_batchId << environmentKey(m_environment) << "rows"
                      << m_work.size() << "to recover" << m_recoveryOpen << "concurrency"
                      << m_options.concurrency;
    updateProgress();
    if (m_work.isEmpty()) {
        finish(IssueResult::End::Finished);
        return;
    }
    checkTemplates();
}

void Issuer::checkTemplates()
{
    m_templatesReply = track(m_client->listTemplates(), 0, QStringLiteral("templates"));
    CredlyReply* reply = m_templatesReply;
    connect(reply, &CredlyReply::finished, this, &Issuer::onTemplates);
}

void Issuer::onTemplates()
{
    auto* reply = static_cast<CredlyResult<QList<CredlyTemplate>>*>(m_templatesReply.data());
    if (!reply)
        return;
    const CredlyError error = reply->error();
    const QList<CredlyTemplate> templates = reply->value();
    m_templatesReply.clear();
    if (!m_repo.addAttempts(takeAttempts(reply)))
        qCWarning(lcIssuing) << "attempts not recorded:" << m_repo.error();
    if (error.isError()) {
        stop(error.kind == CredlyError::Kind::Authentication || error.kind == CredlyError::Kind::Permission
                 ? error.userText()
                 : tr("The badge templates could not be read from Credly, so nothing was sent: %1")
                       .arg(error.userText()),
             error);
        pump();
        return;
    }
    for (const CredlyTemplate& t : templates) {
        if (t.isActive())
            m_activeTemplates.insert(t.id, t.allowDuplicateBadges);
        else
            m_inactiveTemplates.insert(t.id, t.state);
    }
    m_sendingSinceMs = m_clock.elapsed();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<qint64> ids = m_work.keys();
    std::sort(ids.begin(), ids.end());
    for (qint64 id : std::as_const(ids)) {
        Work& w = m_work[id];
        if (w.recovery) {
            // Look no sooner than the grace after the POST left: Credly may still have been working on it.
            const qint64 sinceSend = w.entry.sendingAt.isValid() ? w.entry.sendingAt.msecsTo(now) : LLONG_MAX;
            if (sinceSend < m_options.recoveryGraceMs)
                scheduleAfter(id, Action::Lookup, static_cast<int>(m_options.recoveryGraceMs - sinceSend));
            else
                requeue(id, Action::Lookup, false);
            continue;
        }
        // Credly's duplicate rule does not protect a template that allows duplicates: look first.
        if (m_activeTemplates.value(w.entry.templateId, false))
            w.action = Action::Lookup;
        requeue(id, w.action, false);
    }
    pump();
}

CredlyReply* Issuer::track(CredlyReply* reply, qint64 journalId, const QString& purpose)
{
    Call call;
    call.journalId = journalId;
    call.purpose = purpose;
    m_calls.insert(reply, call);
    return reply;
}

void Issuer::onExchanged(CredlyReply* reply, const CredlyExchange& exchange)
{
    auto it = m_calls.find(reply);
    if (it == m_calls.end())
        return;
    it->attempts.append(IssuanceRepository::Attempt::from(exchange, it->purpose, it->journalId, m_runId));
}

QList<IssuanceRepository::Attempt> Issuer::takeAttempts(CredlyReply* reply)
{
    const Call call = m_calls.take(reply);
    reply->deleteLater();
    return call.attempts;
}

void Issuer::requeue(qint64 id, Action action, bool front)
{
    auto it = m_work.find(id);
    if (it == m_work.end())
        return;
    it->action = action;
    std::deque<qint64>& queue = it->recovery ? m_recoveryQueue : m_sendQueue;
    if (front)
        queue.push_front(id);
    else
        queue.push_back(id);
}

void Issuer::scheduleAfter(qint64 id, Action action, int delayMs)
{
    ++m_delayed;
    QTimer::singleShot(std::max(0, delayMs), this, [this, id, action] {
        --m_delayed;
        if (m_finished)
            return;
        requeue(id, action, true);
        pump();
    });
}

int Issuer::backoffDelay(int failures) const
{
    const qint64 full = std::min<qint64>(m_options.backoffMaxMs, static_cast<qint64>(m_options.backoffBaseMs)
                                                                     << std::clamp(failures - 1, 0, 20));
    // Between half and all of it, so retries of many rows do not arrive in step.
    const qint64 half = full / 2;
    return static_cast<int>(half + QRandomGenerator::global()->bounded(half + 1));
}

void Issuer::waitAll(const QDateTime& until, const QString& note)
{
    if (!m_waitUntil.isValid() || until > m_waitUntil) {
        m_waitUntil = until;
        m_waitNote = note;
    }
}

void Issuer::pump()
{
    if (m_finished)
        return;
    if (m_stopping || m_canceling) {
        if (m_inFlight == 0)
            finish(m_stopping ? IssueResult::End::Stopped : IssueResult::End::Canceled, m_stopMessage);
        else
            updateProgress();
        return;
    }
    if (m_paused) {
        if (m_inFlight == 0) {
            // Paused for real: nothing in flight, nothing reserved, everything on disk.
            unreserve();
            flush();
        }
        updateProgress();
        return;
    }
    if (m_templatesReply) // still checking the templates
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_waitUntil.isValid() && now < m_waitUntil) {
        m_wakeUp.start(static_cast<int>(now.msecsTo(m_waitUntil)) + 1);
        updateProgress();
        return;
    }
    m_waitUntil = {};
    m_waitNote.clear();

    while (m_inFlight < m_options.concurrency && !m_stopping) {
        std::deque<qint64>* queue = nullptr;
        if (!m_recoveryQueue.empty())
            queue = &m_recoveryQueue;
        else if (m_recoveryOpen == 0 && !m_sendQueue.empty())
            queue = &m_sendQueue; // nothing is sent until every row left 'sending' is settled
        if (!queue)
            break;
        if (m_options.ratePerMinute > 0) {
            const QDateTime t = QDateTime::currentDateTimeUtc();
            if (m_nextSlot.isValid() && t < m_nextSlot) {
                m_wakeUp.start(static_cast<int>(t.msecsTo(m_nextSlot)) + 1);
                break;
            }
            const qint64 interval = 60000 / m_options.ratePerMinute;
            m_nextSlot = (m_nextSlot.isValid() && m_nextSlot.addMSecs(interval) > t ? m_nextSlot : t)
                             .addMSecs(interval);
        }
        const qint64 id = queue->front();
        queue->pop_front();
        dispatch(id);
    }
    if (m_stopping) {
        pump();
        return;
    }
    if (m_inFlight == 0 && m_recoveryQueue.empty() && m_sendQueue.empty() && m_delayed == 0) {
        finish(IssueResult::End::Finished);
        return;
    }
    updateProgress();
}

std::optional<BadgeIssueRequest> Issuer::requestFor(const Work& work, QString* problem) const
{
    const auto& e = work.entry;
    QStringList missing;
    if (e.currentEmail().trimmed().isEmpty())
        missing << tr("email");
    if (e.firstName.trimmed().isEmpty())
        missing << tr("first name");
    if (e.lastName.trimmed().isEmpty())
        missing << tr("last name");
    const QDateTime issuedAt = issuedAtFor(e.testDate, m_options.timeZone);
    if (!issuedAt.isValid())
        missing << tr("valid test date");
    if (!missing.isEmpty()) {
        *problem = tr("The row has no %1, which Credly needs. Fix it in Review, then retry the row.")
                       .arg(missing.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    BadgeIssueRequest r;
    r.recipientEmail = e.currentEmail().trimmed();
    r.firstName = e.firstName.trimmed();
    r.middleName = e.middleName.trimmed();
    r.lastName = e.lastName.trimmed();
    r.templateId = e.templateId;
    r.issuedAt = issuedAt;
    r.issuerEarnerId = e.earnerId; // the keyed hash; never the student id
    // Credly's own email in the language of the student's notice.
    r.locale = NoticeLanguage::credlyLocale(NoticeLanguage::effective(e.language, m_defaultLanguage));
    return r;
}

void Issuer::dispatch(qint64 id)
{
    auto it = m_work.find(id);
    if (it == m_work.end())
        return;
    Work& w = *it;
    if (w.action == Action::Send) {
        if (!m_activeTemplates.contains(w.entry.templateId)) {
            Settlement s;
            s.state = QString::fromLatin1(IssuanceRepository::kFailed);
            s.retryable = true;
            if (w.entry.templateId.isEmpty()) {
                s.errorKind = QStringLiteral("no_template");
                s.errorMessage =
                    tr("The assessment %1 has no Credly badge template in the catalog. Pick one on the "
                       "Catalog page, then retry the row.")
                        .arg(w.entry.assessmentCode);
            } else {
                s.errorKind = QStringLiteral("template_inactive");
                const QString state = m_inactiveTemplates.value(w.entry.templateId);
                s.errorMessage =
                    state.isEmpty()
                        ? tr("Credly does not know the badge template %1 of assessment %2. Map the "
                             "assessment to "
                             "an active template on the Catalog page, then retry the row.")
                              .arg(w.entry.templateId, w.entry.assessmentCode)
                        : tr("The badge template %1 of assessment %2 is %3 at Credly and cannot issue. Map "
                             "the "
                             "assessment to an active template on the Catalog page, then retry the row.")
                              .arg(w.entry.templateId, w.entry.assessmentCode, state);
            }
            settled(id, s, {});
            return;
        }
        QString problem;
        const auto request = requestFor(w, &problem);
        if (!request) {
            Settlement s;
            s.state = QString::fromLatin1(IssuanceRepository::kFailed);
            s.errorKind = QStringLiteral("invalid_row");
            s.errorMessage = problem;
            settled(id, s, {});
            return;
        }
        // On disk before the request leaves: a crash from here on is settled by a look-up. The
        // next rows of the queue are marked in the same transaction, so their POSTs need no sync.
        if (!w.reserved) {
            QList<qint64> block{id};
            const int blockSize = std::max(2, m_options.concurrency);
            for (auto q = m_sendQueue.cbegin(); q != m_sendQueue.cend() && block.size() < blockSize; ++q) {
                const auto next = m_work.constFind(*q);
                QString ignored;
                if (next != m_work.cend() && next->action == Action::Send && !next->reserved &&
                    m_activeTemplates.contains(next->entry.templateId) && requestFor(*next, &ignored))
                    block.append(*q);
            }
            if (!flush(block))
                return;
        }
        Work& sent = m_work[id];
        sent.reserved = false;
        sent.dbState = QString::fromLatin1(IssuanceRepository::kSending);
        sent.sentBefore = true;
        auto* reply = track(m_client->issueBadge(*request), id, QStringLiteral("issue"));
        ++m_inFlight;
        connect(reply, &CredlyReply::finished, this, [this, id, reply] { onSend(id, reply); });
        return;
    }

    CredlyBadgeFilter filter;
    filter.templateId = w.entry.templateId;
    if (w.action == Action::AdoptLookup && w.adoptStage == 1)
        filter.recipientEmail = w.entry.currentEmail().trimmed();
    else
        filter.issuerEarnerId = w.entry.earnerId;
    auto* reply = track(m_client->listBadges(filter), id, QStringLiteral("lookup"));
    ++m_inFlight;
    if (w.action == Action::AdoptLookup)
        connect(reply, &CredlyReply::finished, this, [this, id, reply] { onAdoptLookup(id, reply); });
    else
        connect(reply, &CredlyReply::finished, this, [this, id, reply] { onLookup(id, reply); });
}

std::optional<CredlyBadge> Issuer::pick(const QList<CredlyBadge>& badges)
{
    std::optional<CredlyBadge> best;
    for (const CredlyBadge& b : badges) {
        if (!isLive(b))
            continue;
        if (!best || (b.createdAt.isValid() && b.createdAt < best->createdAt))
            best = b;
    }
    return best;
}

Issuer::Work* Issuer::answered(qint64 id, CredlyReply* reply, QList<IssuanceRepository::Attempt>* attempts)
{
    --m_inFlight;
    *attempts = takeAttempts(reply);
    auto it = m_work.find(id);
    if (it == m_work.end()) {
        pump(); // the row left the run (canceled) while its request was out
        return nullptr;
    }
    return &*it;
}

void Issuer::onLookup(qint64 id, CredlyReply* reply)
{
    auto* result = static_cast<CredlyResult<QList<CredlyBadge>>*>(reply);
    const CredlyError error = result->error();
    const QList<CredlyBadge> badges = result->value();
    QList<IssuanceRepository::Attempt> attempts;
    Work* work = answered(id, reply, &attempts);
    if (!work)
        return;
    Work& w = *work;
    if (error.isError()) {
        if (error.isTransient() || error.kind == CredlyError::Kind::Malformed) {
            transientFailure(id, error, attempts, true);
        } else {
            queueWrite(id, {}, attempts);
            requeue(id, Action::Lookup, true);
            stop(error.kind == CredlyError::Kind::Authentication ||
                         error.kind == CredlyError::Kind::Permission
                     ? error.userText()
                     : tr("Credly refused to look a badge up, so sending stopped: %1").arg(error.userText()),
                 error);
        }
        pump();
        return;
    }
    m_consecutiveFailures = 0;
    QList<CredlyBadge> mine;
    for (const CredlyBadge& b : badges) {
        if (b.issuerEarnerId == w.entry.earnerId && b.templateId == w.entry.templateId)
            mine.append(b);
    }
    if (const auto found = pick(mine)) {
        Settlement s;
        // Our own POST landed (a crash or a lost answer hid it): issued. Otherwise it was there before us.
        s.state =
            QString::fromLatin1(w.sentBefore ? IssuanceRepository::kIssued : IssuanceRepository::kAdopted);
        s.recovered = w.sentBefore;
        s.badge = *found;
        settled(id, s, attempts);
        pump();
        return;
    }
    if (w.transientFailures >= m_options.maxTransientPerRow) {
        Settlement s;
        s.state = QString::fromLatin1(IssuanceRepository::kFailed);
        s.retryable = true;
        s.errorKind = CredlyError::kindKey(w.lastError.kind);
        s.errorMessage =
            tr("Credly failed %1 times (last: %2). It has no badge for this row; retry it later.")
                .arg(w.transientFailures)
                .arg(w.lastError.userText());
        settled(id, s, attempts);
        pump();
        return;
    }
    // Confirmed absent: safe to send.
    Settlement absent;
    if (w.dbState != QLatin1String(IssuanceRepository::kQueued))
        absent.state = QString::fromLatin1(IssuanceRepository::kQueued);
    queueWrite(id, absent, attempts);
    w.sentBefore = false;
    if (w.recovery) {
        w.recovery = false;
        --m_recoveryOpen;
    }
    requeue(id, Action::Send, true);
    pump();
}

void Issuer::onSend(qint64 id, CredlyReply* reply)
{
    auto* result = static_cast<CredlyResult<CredlyBadge>*>(reply);
    const CredlyError error = result->error();
    const CredlyBadge badge = result->value();
    QList<IssuanceRepository::Attempt> attempts;
    Work* work = answered(id, reply, &attempts);
    if (!work)
        return;
    Work& w = *work;
    using Kind = CredlyError::Kind;
    if (!error.isError()) {
        m_consecutiveFailures = 0;
        Settlement s;
        s.state = QString::fromLatin1(IssuanceRepository::kIssued);
        s.badge = badge;
        s.countsSend = true;
        settled(id, s, attempts);
        pump();
        return;
    }
    switch (error.kind) {
    case Kind::Duplicate:
        m_consecutiveFailures = 0;
        // Credly created nothing; find the badge it means and adopt it.
        {
            Settlement counted;
            counted.countsSend = true;
            queueWrite(id, counted, attempts);
        }
        w.sentBefore = false;
        w.adoptStage = 0;
        w.lastError = error;
        requeue(id, Action::AdoptLookup, true);
        break;
    case Kind::Validation: {
        m_consecutiveFailures = 0;
        Settlement s;
        s.state = QString::fromLatin1(IssuanceRepository::kFailed);
        s.errorKind = CredlyError::kindKey(error.kind);
        s.errorMessage = error.userText();
        s.countsSend = true;
        settled(id, s, attempts);
        break;
    }
    case Kind::Throttled: {
        // Credly did not act on it: back to the queue, and everyone waits.
        ++m_progress.throttled;
        Settlement s;
        s.state = QString::fromLatin1(IssuanceRepository::kQueued);
        s.countsSend = true;
        queueWrite(id, s, attempts);
        w.sentBefore = false;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QDateTime until;
        if (error.retryAfterSeconds >= 0) {
            until = now.addSecs(error.retryAfterSeconds);
        } else {
            // No Retry-After: Credly's window looks per-minute (credly-api.md §3); wait for the next one.
            const QDateTime minute =
                QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), Qt::UTC);
            until = minute.addSecs(60);
        }
        waitAll(until, tr("Credly asked to slow down (HTTP 429); sending resumes at %1.")
                           .arg(until.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
        requeue(id, Action::Send, true);
        break;
    }
    case Kind::Authentication:
    case Kind::Permission:
    case Kind::NotFound:
    case Kind::Configuration: {
        // Refused before anything was created: the row waits for the next run.
        Settlement s;
        s.state = QString::fromLatin1(IssuanceRepository::kQueued);
        s.countsSend = true;
        queueWrite(id, s, attempts);
        w.sentBefore = false;
        requeue(id, Action::Send, true);
        QString why;
        if (error.kind == Kind::Authentication)
            why =
                tr("Credly refused the token (%1): it expired or was revoked. Sending stopped at %2; nothing "
                   "is "
                   "lost. Create a new token in Credly under Developers > Authorization Tokens, store it in "
                   "Credly > Settings, then resume.")
                    .arg(error.message, nowTime());
        else if (error.kind == Kind::Permission)
            why = tr("The token may not issue badges (%1): it lacks write permission. Sending stopped at %2; "
                     "nothing is lost. Use a token with write permission (Credly > Settings), then resume.")
                      .arg(error.message, nowTime());
        else
            why = tr("Credly refused the request (%1). Check the organization id in Credly > Settings, then "
                     "resume.")
                      .arg(error.userText());
        stop(why, error);
        break;
    }
    case Kind::Server:
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Malformed:
    case Kind::Canceled:
    case Kind::None:
        // The outcome is unknown: Credly may have created the badge.
        transientFailure(id, error, attempts, false);
        break;
    }
    pump();
}

void Issuer::onAdoptLookup(qint64 id, CredlyReply* reply)
{
    auto* result = static_cast<CredlyResult<QList<CredlyBadge>>*>(reply);
    const CredlyError error = result->error();
    const QList<CredlyBadge> badges = result->value();
    QList<IssuanceRepository::Attempt> attempts;
    Work* work = answered(id, reply, &attempts);
    if (!work)
        return;
    Work& w = *work;
    if (error.isError()) {
        if (error.isTransient() || error.kind == CredlyError::Kind::Malformed) {
            queueWrite(id, {}, attempts);
            ++m_progress.transient;
            if (++w.lookupFailures > m_options.maxTransientPerRow) {
                Settlement s;
                s.state = QString::fromLatin1(IssuanceRepository::kFailed);
                s.retryable = true;
                s.errorKind = QStringLiteral("duplicate");
                s.errorMessage =
                    tr("Credly says the earner already has this badge, but the badge could not be looked "
                       "up (%1). Retry the row later.")
                        .arg(error.userText());
                settled(id, s, {});
            } else {
                scheduleAfter(id, Action::AdoptLookup, backoffDelay(w.lookupFailures));
            }
        } else {
            queueWrite(id, {}, attempts);
            requeue(id, Action::AdoptLookup, true);
            stop(error.userText(), error);
        }
        pump();
        return;
    }
    QList<CredlyBadge> candidates;
    for (const CredlyBadge& b : badges) {
        if (b.templateId == w.entry.templateId && isLive(b))
            candidates.append(b);
    }
    if (w.adoptStage == 0) {
        QList<CredlyBadge> mine;
        for (const CredlyBadge& b : std::as_const(candidates)) {
            if (b.issuerEarnerId == w.entry.earnerId)
                mine.append(b);
        }
        if (const auto found = pick(mine)) {
            Settlement s;
            s.state = QString::fromLatin1(IssuanceRepository::kAdopted);
            s.badge = *found;
            settled(id, s, attempts);
        } else {
            queueWrite(id, {}, attempts);
            w.adoptStage = 1;
            requeue(id, Action::AdoptLookup, true);
        }
        pump();
        return;
    }
    // By email: a badge with no earner id (issued before BadgeDesk, e.g. by CSV) is this student's;
    // one with another earner id belongs to another student sharing the email.
    QList<CredlyBadge> ours;
    for (const CredlyBadge& b : std::as_const(candidates)) {
        if (b.issuerEarnerId.isEmpty() || b.issuerEarnerId == w.entry.earnerId)
            ours.append(b);
    }
    Settlement s;
    if (const auto found = pick(ours)) {
        s.state = QString::fromLatin1(IssuanceRepository::kAdopted);
        s.badge = *found;
    } else if (!candidates.isEmpty()) {
        s.state = QString::fromLatin1(IssuanceRepository::kFailed);
        s.errorKind = QStringLiteral("shared_email");
        s.errorMessage =
            tr("Credly already has this badge for this row's email, issued to another student (an email "
               "shared by several students?). Give this student an email of their own in Review, then "
               "retry the row.");
    } else {
        s.state = QString::fromLatin1(IssuanceRepository::kFailed);
        s.errorKind = QStringLiteral("duplicate");
        s.errorMessage =
            tr("Credly refused the badge as a duplicate (%1), but no matching badge was found. Check "
               "the earner's badges at Credly.")
                .arg(w.lastError.message);
    }
    settled(id, s, attempts);
    pump();
}

void Issuer::transientFailure(qint64 id, const CredlyError& error,
                              QList<IssuanceRepository::Attempt> attempts, bool onLookup)
{
    auto it = m_work.find(id);
    if (it == m_work.end())
        return;
    Work& w = *it;
    ++m_progress.transient;
    ++m_consecutiveFailures;
    w.lastError = error;
    int failures = 0;
    if (onLookup) {
        failures = ++w.lookupFailures;
        queueWrite(id, {}, attempts);
    } else {
        failures = ++w.transientFailures;
        // Still 'sending' on disk, now with the why; unknown_outcome makes any later run look first.
        Settlement s;
        s.state = QString::fromLatin1(IssuanceRepository::kSending);
        s.unknownOutcome = true;
        s.retryable = true;
        s.errorKind = CredlyError::kindKey(error.kind);
        s.errorMessage = error.userText();
        s.countsSend = true;
        queueWrite(id, s, attempts);
    }
    qCInfo(lcIssuing).noquote() << "row" << id << (onLookup ? "look-up" : "send")
                                << CredlyError::kindKey(error.kind) << error.httpStatus << "failure"
                                << failures;
    if (onLookup && w.lookupFailures > m_options.maxTransientPerRow) {
        Settlement s;
        s.state = QString::fromLatin1(IssuanceRepository::kFailed);
        s.retryable = true;
        s.unknownOutcome = w.sentBefore;
        s.errorKind = CredlyError::kindKey(error.kind);
        s.errorMessage =
            w.sentBefore ? tr("Could not check at Credly whether the badge was created (%1). It is looked "
                              "up again before any retry, so it cannot be issued twice.")
                               .arg(error.userText())
                         : tr("Could not look the badge up at Credly (%1). Retry the row later.")
                               .arg(error.userText());
        settled(id, s, {});
        return;
    }
    if (m_consecutiveFailures >= m_options.stopAfterConsecutiveFailures) {
        requeue(id, Action::Lookup, true);
        stop(tr("Credly has not answered properly %1 times in a row (last: %2). Sending stopped; nothing is "
                "lost: "
                "rows whose outcome is unknown are looked up first when you resume.")
                 .arg(m_consecutiveFailures)
                 .arg(error.userText()),
             error);
        return;
    }
    const int delay = backoffDelay(failures);
    if (m_consecutiveFailures >= m_options.pauseAfterConsecutiveFailures)
        waitAll(QDateTime::currentDateTimeUtc().addMSecs(delay),
                tr("Credly is failing (%1); sending waits and resumes at %2.")
                    .arg(error.httpStatus ? QStringLiteral("HTTP %1").arg(error.httpStatus)
                                          : CredlyError::kindKey(error.kind),
                         QDateTime::currentDateTime().addMSecs(delay).toString(QStringLiteral("HH:mm:ss"))));
    // Always a look-up next: never re-send before knowing the first try did not land.
    scheduleAfter(id, Action::Lookup, delay);
}

void Issuer::queueWrite(qint64 id, const Settlement& settlement,
                        const QList<IssuanceRepository::Attempt>& attempts, bool final)
{
    if (settlement.state.isEmpty() && attempts.isEmpty() && !settlement.countsSend)
        return;
    auto it = m_work.find(id);
    if (it != m_work.end() && !settlement.state.isEmpty())
        it->dbState = settlement.state;
    PendingWrite p;
    p.write.journalId = id;
    p.write.settlement = settlement;
    p.write.attempts = attempts;
    p.final = final;
    m_pending.append(p);
    if (m_pending.size() >= 64)
        flush();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

bool Issuer::flush(const QList<qint64>& reserve)
{
    m_flushTimer.stop();
    if (m_pending.isEmpty() && reserve.isEmpty())
        return true;
    QList<IssuanceRepository::Write> writes;
    writes.reserve(m_pending.size());
    for (const PendingWrite& p : std::as_const(m_pending))
        writes.append(p.write);
    const QList<PendingWrite> done = std::exchange(m_pending, {});
    if (!m_repo.write(writes, reserve, m_runId)) {
        journalFailed(m_repo.error());
        return false;
    }
    for (qint64 id : reserve) {
        auto it = m_work.find(id);
        if (it != m_work.end()) {
            it->reserved = true;
            it->dbState = QString::fromLatin1(IssuanceRepository::kSending);
        }
    }
    // Counted and announced once on disk.
    bool any = false;
    for (const PendingWrite& p : done) {
        if (!p.final)
            continue;
        any = true;
        const QString& state = p.write.settlement.state;
        if (state == QLatin1String(IssuanceRepository::kIssued))
            ++m_progress.issued;
        else if (state == QLatin1String(IssuanceRepository::kAdopted))
            ++m_progress.adopted;
        else if (state == QLatin1String(IssuanceRepository::kFailed))
            ++m_progress.failed;
        m_completions.push_back(m_clock.elapsed());
        emit rowSettled(p.write.journalId, state);
    }
    if (any)
        updateProgress();
    return true;
}

void Issuer::unreserve()
{
    // Rows marked 'sending' ahead of a POST that did not go: back to the queue on disk.
    for (auto it = m_work.begin(); it != m_work.end(); ++it) {
        if (!it->reserved)
            continue;
        it->reserved = false;
        Settlement s;
        s.state = QString::fromLatin1(IssuanceRepository::kQueued);
        queueWrite(it.key(), s, {});
    }
}

void Issuer::settled(qint64 id, const Settlement& settlement, QList<IssuanceRepository::Attempt> attempts)
{
    const Work w = m_work.take(id);
    if (w.recovery)
        --m_recoveryOpen;
    PendingWrite p;
    p.write.journalId = id;
    p.write.settlement = settlement;
    p.write.attempts = attempts;
    p.final = true;
    m_pending.append(p);
    if (m_pending.size() >= 64)
        flush();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void Issuer::journalFailed(const QString& what)
{
    qCCritical(lcIssuing).noquote() << "journal write failed:" << what;
    stop(tr("The journal could not be written (%1). Sending stopped so that nothing goes out unrecorded. "
            "Check the "
            "free disk space, then resume.")
             .arg(what));
}

void Issuer::stop(const QString& message, const CredlyError& error)
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_stopMessage = message;
    m_stopError = error;
    qCWarning(lcIssuing).noquote() << "run" << m_runId << "stops:" << message;
}

void Issuer::pause()
{
    if (!m_started || m_finished || m_paused)
        return;
    m_paused = true;
    m_run.state = QStringLiteral("paused");
    m_repo.updateRun(m_run);
    pump();
}

void Issuer::resume()
{
    if (!m_paused || m_finished)
        return;
    m_paused = false;
    m_run.state = QStringLiteral("running");
    m_repo.updateRun(m_run);
    pump();
}

void Issuer::cancel()
{
    if (!m_started || m_finished)
        return;
    m_canceling = true;
    if (!m_stopMessage.isEmpty() || m_stopping)
        return;
    m_stopMessage = tr("Canceled. %1 rows were not sent; they wait for the next run.");
    pump();
}

void Issuer::updateProgress()
{
    IssueProgress& p = m_progress;
    if (m_finished)
        p.phase = IssueProgress::Phase::Finished;
    else if (m_stopping || m_canceling)
        p.phase = IssueProgress::Phase::Stopping;
    else if (m_paused)
        p.phase = m_inFlight > 0 ? IssueProgress::Phase::Pausing : IssueProgress::Phase::Paused;
    else if (m_waitUntil.isValid() && QDateTime::currentDateTimeUtc() < m_waitUntil)
        p.phase = IssueProgress::Phase::Waiting;
    else if (m_templatesReply || !m_runId)
        p.phase = IssueProgress::Phase::Starting;
    else if (m_recoveryOpen > 0)
        p.phase = IssueProgress::Phase::Recovering;
    else
        p.phase = IssueProgress::Phase::Sending;
    p.remaining = static_cast<int>(m_work.size());
    p.inFlight = m_inFlight;
    p.resumesAt = p.phase == IssueProgress::Phase::Waiting ? m_waitUntil : QDateTime();
    p.note = p.phase == IssueProgress::Phase::Waiting ? m_waitNote : QString();
    // ETA from the rows done in the last 30 s of sending (answers are written in groups, so
    // counting over a window, not between two completions).
    p.etaSeconds = -1;
    const qint64 nowMs = m_clock.elapsed();
    while (!m_completions.empty() && m_completions.front() < nowMs - 30000)
        m_completions.pop_front();
    const qint64 span = std::min<qint64>(30000, nowMs - m_sendingSinceMs);
    const bool moving = p.phase == IssueProgress::Phase::Sending ||
                        p.phase == IssueProgress::Phase::Recovering ||
                        p.phase == IssueProgress::Phase::Waiting;
    if (moving && m_sendingSinceMs >= 0 && m_completions.size() >= 2 && span >= 1000) {
        const double perMs = double(m_completions.size()) / double(span);
        p.etaSeconds = static_cast<int>(p.remaining / perMs / 1000.0);
        if (p.resumesAt.isValid())
            p.etaSeconds += static_cast<int>(QDateTime::currentDateTimeUtc().secsTo(p.resumesAt));
    }
    emit progressChanged(p);
}

void Issuer::finish(IssueResult::End end, const QString& message)
{
    if (m_finished)
        return;
    // Everything on disk first, with rows reserved for POSTs that never went back in the queue.
    if (m_runId) {
        unreserve();
        flush();
    }
    m_finished = true;
    m_wakeUp.stop();
    IssueResult& r = m_result;
    r.end = end;
    r.runId = m_runId;
    r.issued = m_progress.issued;
    r.adopted = m_progress.adopted;
    r.failed = m_progress.failed;
    r.skipped = m_progress.skipped;
    r.total = m_progress.total;
    r.error = m_stopError;
    if (m_runId) {
        const auto counts = m_repo.counts(m_batchId, m_environment);
        r.remaining = counts.state(IssuanceRepository::kQueued) + counts.state(IssuanceRepository::kSending);
    }
    switch (end) {
    case IssueResult::End::Finished:
        r.message =
            r.failed == 0
                ? tr("Done: %1 issued, %2 already at Credly (adopted), %3 done before.")
                      .arg(r.issued)
                      .arg(r.adopted)
                      .arg(r.skipped)
                : tr("Done with problems: %1 issued, %2 already at Credly, %3 failed (see the Issuance log; "
                     "retry them once fixed), %4 done before.")
                      .arg(r.issued)
                      .arg(r.adopted)
                      .arg(r.failed)
                      .arg(r.skipped);
        break;
    case IssueResult::End::Canceled:
        r.message = message.contains(QLatin1String("%1")) ? message.arg(r.remaining) : message;
        break;
    case IssueResult::End::Stopped:
    case IssueResult::End::NotStarted:
        r.message = message;
        break;
    }
    if (m_runId) {
        m_run.state = end == IssueResult::End::Finished   ? QStringLiteral("finished")
                      : end == IssueResult::End::Canceled ? QStringLiteral("canceled")
                                                          : QStringLiteral("stopped");
        m_run.finishedAt = QDateTime::currentDateTimeUtc();
        m_run.stopReason = end == IssueResult::End::Finished ? QString() : r.message;
        m_run.issued = r.issued;
        m_run.adopted = r.adopted;
        m_run.failed = r.failed;
        m_run.skipped = r.skipped;
        if (!m_repo.updateRun(m_run))
            qCWarning(lcIssuing) << "run not updated:" << m_repo.error();
    }
    qCInfo(lcIssuing).noquote() << "run" << m_runId << IssueResult::endKey(end) << "issued" << r.issued
                                << "adopted" << r.adopted << "failed" << r.failed << "remaining"
                                << r.remaining;
    if (m_lock)
        m_lock->unlock();
    updateProgress();
    emit finished(r);
}

} // namespace badgedesk
