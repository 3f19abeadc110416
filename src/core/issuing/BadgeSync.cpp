#include "BadgeSync.h"

#include "credly/CredlyClient.h"

#include <QEventLoop>
#include <QSet>

namespace badgedesk {

namespace {
constexpr int kConcurrency = 4;
constexpr int kMaxReplacements = 10; // a chain of replacements longer than this is not followed
} // namespace

QString BadgeSync::Result::summary() const
{
    QStringList parts;
    for (const char* state : {"accepted", "pending", "rejected", "revoked"}) {
        const int n = states.value(QLatin1String(state));
        if (n > 0)
            parts << tr("%1 %2").arg(n).arg(QLatin1String(state));
    }
    QString text = tr("Checked %1 badge(s)").arg(checked);
    if (!parts.isEmpty())
        text += QStringLiteral(": ") + parts.join(QStringLiteral(", "));
    text += tr("; %1 changed.").arg(changed);
    if (missing > 0)
        text += QLatin1Char(' ') + tr("%1 no longer exist at Credly (deleted there).").arg(missing);
    if (error.isError())
        text += QLatin1Char(' ') + error.userText();
    if (!storageError.isEmpty())
        text += QLatin1Char(' ') + tr("The states could not be saved: %1").arg(storageError);
    return text;
}

BadgeSync::BadgeSync(QSqlDatabase db, CredlyClient* client, CredlyEnvironment environment, qint64 batchId,
                     QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_client(client), m_environment(environment), m_batchId(batchId)
{
    connect(m_client, &CredlyClient::exchanged, this, &BadgeSync::onExchanged);
}

BadgeSync::~BadgeSync()
{
    for (auto it = m_open.cbegin(); it != m_open.cend(); ++it)
        disconnect(it.key(), nullptr, this, nullptr);
}

BadgeSync::Result BadgeSync::runNow()
{
    QEventLoop loop;
    connect(this, &BadgeSync::finished, &loop, &QEventLoop::quit);
    start();
    if (!m_finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return m_result;
}

void BadgeSync::onExchanged(CredlyReply* reply, const CredlyExchange& exchange)
{
    auto it = m_open.find(reply);
    if (it == m_open.end())
        return;
    m_attempts.append(IssuanceRepository::Attempt::from(exchange, QStringLiteral("sync"), it.value(), 0));
}

void BadgeSync::start()
{
    if (m_started)
        return;
    m_started = true;
    IssuanceRepository::Filter filter;
    filter.environment = m_environment;
    filter.batchId = m_batchId;
    filter.states = {QString::fromLatin1(IssuanceRepository::kIssued),
                     QString::fromLatin1(IssuanceRepository::kAdopted)};
    QSet<QString> templates;
    for (const auto& e : IssuanceRepository(m_db).search(filter)) {
        if (e.badgeId.isEmpty())
            continue;
        m_entries.append(e);
        m_byJournal.insert(e.id, e);
        templates.insert(e.templateId);
    }
    m_templates = QStringList(templates.cbegin(), templates.cend());
    m_templates.sort();
    emit progressChanged(0, static_cast<int>(m_entries.size()));
    nextTemplate();
}

void BadgeSync::nextTemplate()
{
    if (m_templates.isEmpty()) {
        resolve();
        return;
    }
    CredlyBadgeFilter filter;
    filter.templateId = m_templates.takeFirst();
    auto* reply = m_client->listBadges(filter);
    m_open.insert(reply, 0);
    connect(reply, &CredlyReply::finished, this, [this, reply] {
        m_open.remove(reply);
        reply->deleteLater();
        if (reply->error().isError()) {
            m_result.error = reply->error();
            finish();
            return;
        }
        for (const CredlyBadge& b : static_cast<CredlyResult<QList<CredlyBadge>>*>(reply)->value())
            m_byId.insert(b.id, b);
        nextTemplate();
    });
}

void BadgeSync::resolve()
{
    for (const auto& e : std::as_const(m_entries)) {
        const auto it = m_byId.constFind(e.badgeId);
        if (it == m_byId.constEnd())
            m_fetches.push_back({e.id, e.badgeId, 0});
        else
            settle(e.id, *it);
    }
    pumpFetches();
}

void BadgeSync::settle(qint64 journalId, const CredlyBadge& badge)
{
    // Replaced since: the row's badge is now the successor (followed through the listing or by id).
    if (!badge.replacementBadgeId.isEmpty()) {
        const int depth = 1;
        const auto next = m_byId.constFind(badge.replacementBadgeId);
        if (next != m_byId.constEnd() && next->replacementBadgeId.isEmpty()) {
            settle(journalId, *next);
            return;
        }
        m_fetches.push_back({journalId, badge.replacementBadgeId, depth});
        return;
    }
    const auto& before = m_byJournal[journalId];
    if (before.badgeId != badge.id || before.badgeState != badge.state ||
        before.badgeStateAt != badge.stateUpdatedAt || before.revocationReason != badge.revocationReason)
        ++m_result.changed;
    ++m_result.checked;
    ++m_result.states[badge.state];
    m_updates.append({journalId, badge});
    emit progressChanged(m_result.checked + m_result.missing, static_cast<int>(m_entries.size()));
}

void BadgeSync::pumpFetches()
{
    while (m_inFlight < kConcurrency && !m_fetches.empty() && !m_result.error.isError()) {
        const Fetch f = m_fetches.front();
        m_fetches.pop_front();
        auto* reply = m_client->getBadge(f.badgeId);
        m_open.insert(reply, f.journalId);
        ++m_inFlight;
        connect(reply, &CredlyReply::finished, this,
                [this, f, reply] { onFetch(f.journalId, f.depth, reply); });
    }
    if (m_inFlight == 0 && (m_fetches.empty() || m_result.error.isError()))
        finish();
}

void BadgeSync::onFetch(qint64 journalId, int depth, CredlyReply* reply)
{
    --m_inFlight;
    m_open.remove(reply);
    reply->deleteLater();
    const CredlyError error = reply->error();
    if (error.kind == CredlyError::Kind::NotFound) {
        ++m_result.missing;
    } else if (error.isError()) {
        if (!m_result.error.isError())
            m_result.error = error;
    } else {
        const CredlyBadge badge = static_cast<CredlyResult<CredlyBadge>*>(reply)->value();
        m_byId.insert(badge.id, badge);
        if (!badge.replacementBadgeId.isEmpty() && depth < kMaxReplacements)
            m_fetches.push_back({journalId, badge.replacementBadgeId, depth + 1});
        else
            settle(journalId, badge);
    }
    pumpFetches();
}

void BadgeSync::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    IssuanceRepository repo(m_db);
    // Whatever was read is kept, even when Credly failed part way.
    if (!m_updates.isEmpty() || !m_attempts.isEmpty()) {
        if (!repo.updateBadges(m_updates, m_attempts))
            m_result.storageError = repo.error();
    }
    emit finished();
}

} // namespace badgedesk
