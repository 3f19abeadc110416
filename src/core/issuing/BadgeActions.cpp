#include "BadgeActions.h"

#include "Issuer.h"
#include "credly/CredlyClient.h"
#include "domain/EmailCheck.h"
#include "storage/AuditLog.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QTimer>
#include <memory>

namespace badgedesk {

BadgeActions::BadgeActions(QSqlDatabase db, CredlyClient* client, CredlyEnvironment environment,
                           QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_client(client), m_environment(environment)
{}

void BadgeActions::done(const Result& result)
{
    m_busy = false;
    m_last = result;
    emit finished(result);
}

BadgeActions::Result BadgeActions::waitFor()
{
    if (m_busy) {
        QEventLoop loop;
        connect(this, &BadgeActions::finished, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return m_last;
}

BadgeActions::Result BadgeActions::revokeNow(const QString& badgeId, const QString& reason,
                                             const QString& actor)
{
    revoke(badgeId, reason, actor);
    return waitFor();
}

BadgeActions::Result BadgeActions::replaceEmailNow(qint64 journalId, const QString& newEmail,
                                                   const QString& actor)
{
    replaceEmail(journalId, newEmail, actor);
    return waitFor();
}

namespace {

// Collects the HTTP attempts of one call for the journal.
std::shared_ptr<QList<IssuanceRepository::Attempt>> collect(CredlyClient* client, CredlyReply* reply,
                                                            const QString& purpose, qint64 journalId)
{
    auto attempts = std::make_shared<QList<IssuanceRepository::Attempt>>();
    QObject::connect(client, &CredlyClient::exchanged, reply,
                     [reply, attempts, purpose, journalId](CredlyReply* r, const CredlyExchange& exchange) {
                         if (r == reply)
                             attempts->append(
                                 IssuanceRepository::Attempt::from(exchange, purpose, journalId, 0));
                     });
    return attempts;
}

} // namespace

void BadgeActions::revoke(const QString& badgeId, const QString& reason, const QString& actor)
{
    m_busy = true;
    Result r;
    const QString id = badgeId.trimmed();
    if (id.isEmpty() || reason.trimmed().isEmpty()) {
        r.message = id.isEmpty()
                        ? tr("Say which badge to revoke (its Credly id).")
                        : tr("Give a reason for revoking the badge; Credly requires one and it is kept in "
                             "the audit log.");
        QTimer::singleShot(0, this, [this, r] { done(r); });
        return;
    }
    IssuanceRepository repo(m_db);
    const auto entry = repo.entryByBadge(id);
    r.journalId = entry ? entry->id : 0;
    if (entry && entry->badgeState == QLatin1String("revoked")) {
        r.message = tr("The badge %1 is already revoked.").arg(id);
        QTimer::singleShot(0, this, [this, r] { done(r); });
        return;
    }
    auto* reply = m_client->revokeBadge(id, reason.trimmed());
    auto attempts = collect(m_client, reply, QStringLiteral("revoke"), r.journalId);
    connect(reply, &CredlyReply::finished, this, [this, reply, attempts, r, id, reason, actor]() mutable {
        reply->deleteLater();
        r.error = reply->error();
        IssuanceRepository journal(m_db);
        if (r.error.isError()) {
            if (r.journalId)
                journal.addAttempts(*attempts);
            r.message = tr("The badge %1 was not revoked: %2").arg(id, r.error.userText());
            done(r);
            return;
        }
        r.badge = static_cast<CredlyResult<CredlyBadge>*>(reply)->value();
        bool saved = false;
        if (r.journalId) {
            saved = journal.recordRevoke(r.journalId, r.badge, reason.trimmed(), actor, *attempts);
        } else {
            AuditLog audit(m_db);
            saved = audit.append(actor, QStringLiteral("badge_revoke"), QStringLiteral("badge:%1").arg(id),
                                 QJsonObject{{QStringLiteral("badge_id"), id},
                                             {QStringLiteral("reason"), reason.trimmed()},
                                             {QStringLiteral("environment"), environmentKey(m_environment)}});
        }
        r.ok = true;
        r.message =
            saved ? tr("Revoked the badge %1.").arg(id)
                  : tr("Revoked the badge %1 at Credly, but it could not be recorded here (%2); run a sync.")
                        .arg(id, journal.error());
        done(r);
    });
}

void BadgeActions::replaceEmail(qint64 journalId, const QString& newEmail, const QString& actor)
{
    m_busy = true;
    Result r;
    r.journalId = journalId;
    const auto fail = [this, &r](const QString& message) {
        r.message = message;
        QTimer::singleShot(0, this, [this, r] { done(r); });
    };
    IssuanceRepository repo(m_db);
    const auto entry = repo.entry(journalId);
    const QString email = newEmail.trimmed().toLower();
    if (!entry || entry->badgeId.isEmpty()) {
        fail(tr("This row has no badge at Credly to replace."));
        return;
    }
    if (entry->badgeState != QLatin1String("pending")) {
        fail(tr("Credly changes the email only while the badge is pending; this one is %1. The earner can "
                "add the "
                "address to their Credly account instead.")
                 .arg(entry->badgeState.isEmpty() ? tr("of unknown state (sync first)") : entry->badgeState));
        return;
    }
    const EmailCheck::Result check = EmailCheck::check(email);
    if (!check.isValid()) {
        fail(tr("The new email is not usable: %1").arg(EmailCheck::describe(check.problem)));
        return;
    }
    if (email.compare(entry->currentEmail(), Qt::CaseInsensitive) == 0) {
        fail(tr("The badge already goes to this email."));
        return;
    }
    BadgeReplaceRequest request;
    request.templateId = entry->templateId;
    // Credly keeps the original issued_at on a replace; send the one it has.
    request.issuedAt = entry->issuedAt.isValid()
                           ? entry->issuedAt
                           : Issuer::issuedAtFor(entry->testDate, QStringLiteral("America/Chicago"));
    request.recipientEmail = email;
    // Fields left out of a replace are removed at Credly: send the person again.
    request.firstName = entry->firstName;
    request.middleName = entry->middleName;
    request.lastName = entry->lastName;
    request.issuerEarnerId = entry->earnerId;
    auto* reply = m_client->replaceBadge(entry->badgeId, request);
    auto attempts = collect(m_client, reply, QStringLiteral("replace"), journalId);
    connect(reply, &CredlyReply::finished, this, [this, reply, attempts, r, email, actor]() mutable {
        reply->deleteLater();
        r.error = reply->error();
        IssuanceRepository journal(m_db);
        if (r.error.isError()) {
            journal.addAttempts(*attempts);
            r.message =
                !r.error.currentBadgeId.isEmpty()
                    ? tr("Credly says the badge was already replaced (now %1); run a sync, then try again.")
                          .arg(r.error.currentBadgeId)
                    : tr("The email was not changed: %1").arg(r.error.userText());
            done(r);
            return;
        }
        r.badge = static_cast<CredlyResult<CredlyBadge>*>(reply)->value();
        r.ok = true;
        r.message =
            journal.recordReplace(r.journalId, r.badge, email, actor, *attempts)
                ? tr("The badge now goes to %1 (new badge %2).").arg(email, r.badge.id)
                : tr("Credly replaced the badge (new badge %1), but it could not be recorded here (%2); run "
                     "a sync.")
                      .arg(r.badge.id, journal.error());
        done(r);
    });
}

} // namespace badgedesk
