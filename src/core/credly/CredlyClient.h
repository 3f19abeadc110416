#pragma once

#include "BadgeIssueRequest.h"
#include "BadgeReplaceRequest.h"
#include "CredlyAuthorizationToken.h"
#include "CredlyBadge.h"
#include "CredlyBadgeFilter.h"
#include "CredlyEvent.h"
#include "CredlyExchange.h"
#include "CredlyOrganization.h"
#include "CredlyResult.h"
#include "CredlyRetryPolicy.h"
#include "CredlyTemplate.h"
#include "CredlyTemplateFilter.h"
#include "CredlyTokenExpiry.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace badgedesk {

Q_DECLARE_LOGGING_CATEGORY(lcCredly)

// Credly's Web Service API (credly-api.md), asynchronous, over the one QNetworkAccessManager of
// the application. Every call returns a CredlyResult<T> that emits finished() once.
// HTTP Basic with the token as user name; JSON in and out; a transfer timeout on every request;
// GETs retried per CredlyRetryPolicy, POST/PUT never; lists follow metadata.next_page_url
// verbatim (same origin only, so the token never travels elsewhere). The token and the
// Authorization header never reach a log.
class CredlyClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultTransferTimeoutMs = 30000;

    explicit CredlyClient(QObject* parent = nullptr);
    ~CredlyClient() override;

    // https://api.credly.com/v1/, https://sandbox-api.credly.com/v1/ or the simulator's
    // http://127.0.0.1:PORT/v1/. Plain http is refused unless the host is loopback.
    bool setBaseUrl(const QUrl& url, QString* error = nullptr);
    QUrl baseUrl() const { return m_baseUrl; }
    static bool isAllowedBaseUrl(const QUrl& url, QString* error = nullptr);

    void setOrganizationId(const QString& id) { m_organizationId = id; }
    QString organizationId() const { return m_organizationId; }
    // Held in memory only, for the Authorization header.
    void setToken(const QString& token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }

    // Address, organization, token, timeout and retry policy of another client: a worker thread's
    // own client (a QNetworkAccessManager belongs to one thread) talks to the same Credly as the
    // app's, without the token passing through anyone's hands.
    void copySettingsFrom(const CredlyClient& other);

    void setTransferTimeout(int milliseconds) { m_transferTimeoutMs = milliseconds; }
    int transferTimeout() const { return m_transferTimeoutMs; }
    void setRetryPolicy(const CredlyRetryPolicy& policy) { m_retryPolicy = policy; }
    CredlyRetryPolicy retryPolicy() const { return m_retryPolicy; }

    CredlyResult<QList<CredlyOrganization>>* organizations();
    // GET organizations/{org}: the configured organization's details (name for "Test connection").
    CredlyResult<CredlyOrganization>* organization();
    CredlyResult<QList<CredlyTemplate>>* listTemplates(const CredlyTemplateFilter& filter = {});
    CredlyResult<CredlyTemplate>* getTemplate(const QString& templateId);
    CredlyResult<CredlyBadge>* getBadge(const QString& badgeId);
    CredlyResult<QList<CredlyBadge>>* listBadges(const CredlyBadgeFilter& filter = {});
    // One POST, never repeated by the client. A Network or Timeout error means "unknown": the badge
    // may exist; search by issuer_earner_id and template before sending again.
    CredlyResult<CredlyBadge>* issueBadge(const BadgeIssueRequest& request);
    CredlyResult<CredlyBadge>* revokeBadge(const QString& badgeId, const QString& reason,
                                           bool suppressNotificationEmail = false);
    CredlyResult<CredlyBadge>* replaceBadge(const QString& badgeId, const BadgeReplaceRequest& request);
    // maxPages 0 = all pages.
    CredlyResult<QList<CredlyEvent>>* listEvents(int maxPages = 0);
    // The tokens this token may see; the one in use has isCurrent (its expiresAt is what to warn about).
    CredlyResult<QList<CredlyAuthorizationToken>>* authorizationTokens();
    // The expiry of the token in use, where the token may read it. Finishes without error and with
    // known == false when Credly will not show it (403/404, or the token is not in the list);
    // other errors (401, network...) are reported as errors.
    CredlyResult<CredlyTokenExpiry>* tokenExpiry();

signals:
    // After every HTTP request (retries and pages included), before the call's finished().
    void exchanged(badgedesk::CredlyReply* reply, const badgedesk::CredlyExchange& exchange);

private:
    using Done = std::function<void(const CredlyError& error, const QJsonObject& document)>;
    using PageHandler = std::function<void(const QJsonArray& data)>;

    QUrl endpoint(const QString& path, const QString& query = {}) const;
    bool checkReady(CredlyReply* reply);
    void send(CredlyReply* owner, const QByteArray& verb, const QUrl& url, const QByteArray& body,
              bool issuing, const Done& done, int attempt = 1);
    void fetchPages(CredlyReply* owner, const QUrl& url, int maxPages, const PageHandler& onPage,
                    const std::function<void(const CredlyError&)>& onDone);
    int backoffDelay(const CredlyError& error, int attempt) const;
    bool sameOrigin(const QUrl& url) const;
    template <typename T>
    CredlyResult<T>* single(const QByteArray& verb, const QUrl& url, const QByteArray& body, bool issuing);

    QNetworkAccessManager* idleNetwork();

    QNetworkAccessManager* m_network;
    QList<QNetworkAccessManager*> m_networks; // more, for more than 6 requests in flight (idleNetwork)
    QHash<QNetworkAccessManager*, int> m_inFlight;
    QUrl m_baseUrl;
    QString m_organizationId;
    QString m_token;
    int m_transferTimeoutMs = kDefaultTransferTimeoutMs;
    CredlyRetryPolicy m_retryPolicy;
};

} // namespace badgedesk
