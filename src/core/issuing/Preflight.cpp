#include "Preflight.h"

#include "EarnerId.h"
#include "Issuer.h"
#include "credly/CredlyClient.h"
#include "storage/IssuanceRepository.h"

#include <QEventLoop>
#include <QSet>

namespace badgedesk {

namespace {

bool isLive(const CredlyBadge& b)
{
    return b.state != QLatin1String("revoked") && b.replacementBadgeId.isEmpty();
}

} // namespace

QString Preflight::Result::summary() const
{
    QStringList parts;
    parts << tr("%1 will be issued").arg(count(PreflightRow::Outcome::Issue));
    parts << tr("%1 already at Credly").arg(count(PreflightRow::Outcome::AtCredly));
    parts << tr("%1 issued before").arg(count(PreflightRow::Outcome::AlreadyIssued));
    parts << tr("%1 blocked").arg(count(PreflightRow::Outcome::Blocked));
    if (count(PreflightRow::Outcome::Unchecked) > 0)
        parts << tr("%1 not checked").arg(count(PreflightRow::Outcome::Unchecked));
    QString text = tr("%1 approved rows: %2.").arg(rows.size()).arg(parts.join(QStringLiteral(", ")));
    if (templatesInactive > 0)
        text += QLatin1Char(' ') +
                tr("%1 of the %2 badge templates cannot issue.").arg(templatesInactive).arg(templatesNeeded);
    if (error.isError())
        text += QLatin1Char(' ') + error.userText();
    return text;
}

Preflight::Preflight(QSqlDatabase db, CredlyClient* client, CredlyEnvironment environment, qint64 batchId,
                     int concurrency, QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_client(client), m_environment(environment), m_batchId(batchId),
      m_concurrency(std::clamp(concurrency, 1, 16))
{}

Preflight::~Preflight()
{
    for (CredlyReply* reply : std::as_const(m_open))
        disconnect(reply, nullptr, this, nullptr);
    if (m_templatesReply)
        disconnect(m_templatesReply, nullptr, this, nullptr);
}

Preflight::Result Preflight::runNow()
{
    QEventLoop loop;
    connect(this, &Preflight::finished, &loop, &QEventLoop::quit);
    start();
    if (!m_finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return m_result;
}

void Preflight::cancel()
{
    if (!m_started || m_finished)
        return;
    m_canceled = true;
    m_tasks.clear();
    if (m_inFlight == 0 && !m_templatesReply)
        finish();
}

void Preflight::start()
{
    if (m_started)
        return;
    m_started = true;
    QString error;
    const QByteArray key = EarnerId::keyFor(m_db, &error);
    if (key.isEmpty()) {
        m_result.message = error;
        finish();
        return;
    }
    const EarnerId earnerIds(key);
    const auto candidates = IssuanceRepository(m_db).candidates(m_batchId, m_environment);
    if (candidates.isEmpty()) {
        m_result.message = tr("Batch %1 has no approved rows to check.").arg(m_batchId);
        finish();
        return;
    }
    for (const auto& c : candidates) {
        Row row;
        row.out.certificationId = c.certificationId;
        row.out.journalId = c.journalId;
        row.out.name = c.displayName();
        row.out.email = c.recipientEmail.isEmpty() ? c.email.trimmed() : c.recipientEmail;
        row.out.assessmentCode = c.assessmentCode;
        // A journal row keeps the template it was planned with, unless it failed (a retry reads the catalog).
        row.out.templateId = c.journalId && c.journalState != QLatin1String(IssuanceRepository::kFailed)
                                 ? c.journalTemplateId
                                 : c.catalogTemplateId;
        row.earnerId = c.journalId
                           ? c.journalEarnerId
                           : earnerIds.of(c.studentId, c.email, c.firstName, c.lastName, c.schoolCode);
        if (c.journalState == QLatin1String(IssuanceRepository::kIssued) ||
            c.journalState == QLatin1String(IssuanceRepository::kAdopted)) {
            row.out.outcome = PreflightRow::Outcome::AlreadyIssued;
            row.out.badgeId = c.badgeId;
            row.out.why = tr("Issued on %1 (badge %2); the run skips it.")
                              .arg(c.issuedAt.isValid()
                                       ? c.issuedAt.toLocalTime().toString(QStringLiteral("d MMM yyyy"))
                                       : tr("an earlier run"),
                                   c.badgeId);
            row.earnerChecked = row.emailChecked = true;
        } else if (c.journalState == QLatin1String(IssuanceRepository::kFailed)) {
            row.out.outcome = PreflightRow::Outcome::Blocked;
            row.out.why = tr("Failed in an earlier run: %1 Retry it from the Issuance log once fixed.")
                              .arg(c.errorMessage);
            row.earnerChecked = row.emailChecked = true;
        } else if (row.out.templateId.isEmpty()) {
            row.out.outcome = PreflightRow::Outcome::Blocked;
            row.out.why =
                tr("The assessment %1 has no Credly badge template in the catalog. Pick one on the Catalog "
                   "page.")
                    .arg(c.assessmentCode);
            row.earnerChecked = row.emailChecked = true;
        } else {
            QStringList missing;
            if (row.out.email.isEmpty())
                missing << tr("email");
            if (c.firstName.trimmed().isEmpty())
                missing << tr("first name");
            if (c.lastName.trimmed().isEmpty())
                missing << tr("last name");
            if (!Issuer::issuedAtFor(c.testDate, QStringLiteral("UTC")).isValid())
                missing << tr("valid test date");
            if (!missing.isEmpty()) {
                row.out.outcome = PreflightRow::Outcome::Blocked;
                row.out.why = tr("The row has no %1, which Credly needs. Fix it in Review.")
                                  .arg(missing.join(QStringLiteral(", ")));
                row.earnerChecked = row.emailChecked = true;
            }
        }
        m_rows.append(row);
    }
    m_templatesReply = m_client->listTemplates();
    connect(m_templatesReply, &CredlyReply::finished, this, &Preflight::onTemplates);
}

void Preflight::onTemplates()
{
    auto* reply = static_cast<CredlyResult<QList<CredlyTemplate>>*>(m_templatesReply.data());
    if (!reply)
        return;
    m_templatesReply.clear();
    reply->deleteLater();
    if (reply->error().isError()) {
        m_result.error = reply->error();
        finish();
        return;
    }
    for (const CredlyTemplate& t : reply->value()) {
        m_templateState.insert(t.id, t.state);
        m_templateName.insert(t.id, t.name);
        m_allowsDuplicates.insert(t.id, t.allowDuplicateBadges);
    }
    if (m_canceled) {
        finish();
        return;
    }
    QSet<QString> needed;
    QSet<QString> inactive;
    for (int i = 0; i < m_rows.size(); ++i) {
        Row& row = m_rows[i];
        row.out.templateName = m_templateName.value(row.out.templateId);
        if (row.earnerChecked && row.emailChecked)
            continue;
        needed.insert(row.out.templateId);
        const QString state = m_templateState.value(row.out.templateId);
        if (state != QLatin1String("active")) {
            inactive.insert(row.out.templateId);
            row.out.outcome = PreflightRow::Outcome::Blocked;
            row.out.why =
                state.isEmpty()
                    ? tr("Credly does not know the badge template %1 of assessment %2. Map the assessment "
                         "to an active template on the Catalog page.")
                          .arg(row.out.templateId, row.out.assessmentCode)
                    : tr("The badge template \"%1\" of assessment %2 is %3 at Credly and cannot issue. Map "
                         "the assessment to an active template on the Catalog page.")
                          .arg(row.out.templateName, row.out.assessmentCode, state);
            row.earnerChecked = row.emailChecked = true;
            continue;
        }
        m_tasks.push_back({i, false});
        m_tasks.push_back({i, true});
    }
    m_result.templatesNeeded = static_cast<int>(needed.size());
    m_result.templatesInactive = static_cast<int>(inactive.size());
    m_tasksTotal = static_cast<int>(m_tasks.size());
    emit progressChanged(0, m_tasksTotal);
    pump();
}

void Preflight::pump()
{
    while (m_inFlight < m_concurrency && !m_tasks.empty()) {
        const Task task = m_tasks.front();
        m_tasks.pop_front();
        const Row& row = m_rows.at(task.row);
        CredlyBadgeFilter filter;
        filter.templateId = row.out.templateId;
        if (task.byEmail)
            filter.recipientEmail = row.out.email;
        else
            filter.issuerEarnerId = row.earnerId;
        CredlyReply* reply = m_client->listBadges(filter);
        m_open.append(reply);
        ++m_inFlight;
        connect(reply, &CredlyReply::finished, this, [this, task, reply] { onLookup(task, reply); });
    }
    if (m_inFlight == 0 && m_tasks.empty())
        finish();
}

void Preflight::onLookup(const Task& task, CredlyReply* reply)
{
    --m_inFlight;
    m_open.removeOne(reply);
    reply->deleteLater();
    ++m_tasksDone;
    auto* result = static_cast<CredlyResult<QList<CredlyBadge>>*>(reply);
    Row& row = m_rows[task.row];
    const CredlyError error = result->error();
    if (error.isError()) {
        if (error.kind == CredlyError::Kind::Authentication || error.kind == CredlyError::Kind::Permission) {
            // Every further look-up would fail the same way.
            if (!m_result.error.isError())
                m_result.error = error;
            m_tasks.clear();
        }
        row.lookupError = error.userText();
    } else if (task.byEmail) {
        row.byEmail = result->value();
    } else {
        row.byEarner = result->value();
    }
    (task.byEmail ? row.emailChecked : row.earnerChecked) = true;
    if (row.emailChecked && row.earnerChecked)
        conclude(row);
    emit progressChanged(m_tasksDone, m_tasksTotal);
    pump();
}

void Preflight::conclude(Row& row)
{
    PreflightRow& out = row.out;
    if (!row.lookupError.isEmpty()) {
        out.outcome = PreflightRow::Outcome::Unchecked;
        out.why = tr("Could not look it up at Credly: %1").arg(row.lookupError);
        return;
    }
    std::optional<CredlyBadge> mine;
    for (const CredlyBadge& b : std::as_const(row.byEarner)) {
        if (isLive(b) && b.templateId == out.templateId && b.issuerEarnerId == row.earnerId &&
            (!mine || b.createdAt < mine->createdAt))
            mine = b;
    }
    if (mine) {
        out.outcome = PreflightRow::Outcome::AtCredly;
        out.badgeId = mine->id;
        out.why = out.journalId ? tr("Credly has this badge (%1, badge %2), most likely from a run that was "
                                     "interrupted; the run records it.")
                                      .arg(mine->state, mine->id)
                                : tr("Credly already has this badge for this student (%1, badge %2); the run "
                                     "adopts it instead of sending it again.")
                                      .arg(mine->state, mine->id);
        return;
    }
    std::optional<CredlyBadge> unowned;
    std::optional<CredlyBadge> other;
    for (const CredlyBadge& b : std::as_const(row.byEmail)) {
        if (!isLive(b) || b.templateId != out.templateId)
            continue;
        if (b.issuerEarnerId.isEmpty() || b.issuerEarnerId == row.earnerId)
            unowned = b;
        else
            other = b;
    }
    if (unowned) {
        out.outcome = PreflightRow::Outcome::AtCredly;
        out.badgeId = unowned->id;
        out.why = tr("Credly already has this badge for this email, issued outside BadgeDesk (%1, badge %2); "
                     "the run "
                     "adopts it.")
                      .arg(unowned->state, unowned->id);
        return;
    }
    if (other) {
        if (!m_allowsDuplicates.value(out.templateId)) {
            out.outcome = PreflightRow::Outcome::Blocked;
            out.why = tr(
                "Another student with the same email already has this badge, so Credly will refuse it. Give "
                "this student an email of their own in Review.");
        } else {
            out.outcome = PreflightRow::Outcome::Issue;
            out.why =
                tr("Another student with the same email has this badge; the template allows duplicates, so "
                   "this one is issued too.");
        }
        return;
    }
    out.outcome = PreflightRow::Outcome::Issue;
    out.why.clear();
}

void Preflight::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_result.canceled = m_canceled;
    for (Row& row : m_rows) {
        if (!row.earnerChecked || !row.emailChecked) {
            row.out.outcome = PreflightRow::Outcome::Unchecked;
            row.out.why = m_result.error.isError() ? tr("Not checked: %1").arg(m_result.error.userText())
                                                   : tr("Not checked: the preflight was canceled.");
        }
        m_result.rows.append(row.out);
        ++m_result.counts[row.out.outcome];
    }
    emit finished();
}

} // namespace badgedesk
