#include "CredlyClient.h"

#include "OneShotUploadDevice.h"
#include "Version.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <memory>

namespace badgedesk {

Q_LOGGING_CATEGORY(lcCredly, "badgedesk.credly")

namespace {

// Bounds a next_page_url chain that never ends (a server bug) instead of looping forever.
constexpr int kMaxPages = 10000;

CredlyError makeError(CredlyError::Kind kind, const QString& message)
{
    CredlyError e;
    e.kind = kind;
    e.message = message;
    return e;
}

} // namespace

CredlyClient::CredlyClient(QObject* parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    // Redirects are not followed: a redirect could carry the Authorization header to another host.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

CredlyClient::~CredlyClient() = default;

QNetworkAccessManager* CredlyClient::idleNetwork()
{
    // Over HTTP/1.1 Qt opens at most 6 connections per host and manager, and queues the rest
    // inside, unseen; an issuing run may keep up to 16 requests in flight. More managers (each
    // with its own connections, kept alive) carry the extra ones. Over HTTP/2 (Credly's https)
    // one connection multiplexes them anyway.
    constexpr int kConnectionsPerManager = 6;
    constexpr int kMaxManagers = 3;
    QNetworkAccessManager* best = m_network;
    for (QNetworkAccessManager* n : std::as_const(m_networks)) {
        if (m_inFlight.value(n) < m_inFlight.value(best))
            best = n;
    }
    if (m_inFlight.value(best) >= kConnectionsPerManager && m_networks.size() + 1 < kMaxManagers) {
        best = new QNetworkAccessManager(this);
        best->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_networks.append(best);
    }
    return best;
}

void CredlyClient::copySettingsFrom(const CredlyClient& other)
{
    m_baseUrl = other.m_baseUrl;
    m_organizationId = other.m_organizationId;
    m_token = other.m_token;
    m_transferTimeoutMs = other.m_transferTimeoutMs;
    m_retryPolicy = other.m_retryPolicy;
}

bool CredlyClient::isAllowedBaseUrl(const QUrl& url, QString* error)
{
    const auto refuse = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (!url.isValid() || url.host().isEmpty())
        return refuse(QStringLiteral("The Credly address is not a valid URL."));
    if (!url.userInfo().isEmpty())
        return refuse(QStringLiteral("The Credly address must not contain a user name or password."));
    // The client appends paths and its own queries; a query or fragment in the base would be lost
    // or sent to every endpoint.
    if (url.hasQuery() || url.hasFragment())
        return refuse(
            QStringLiteral("The Credly address must not contain a query (?...) or fragment (#...)."));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    const QHostAddress host(url.host());
    const bool loopback = (!host.isNull() && host.isLoopback()) ||
                          url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0;
    if (scheme == QLatin1String("http") && loopback)
        return true;
    return refuse(QStringLiteral("The Credly address must use https; plain http is allowed only for this "
                                 "computer (127.0.0.1), where the Practice simulator runs."));
}

bool CredlyClient::setBaseUrl(const QUrl& url, QString* error)
{
    if (!isAllowedBaseUrl(url, error))
        return false;
    m_baseUrl = url;
    QString path = m_baseUrl.path();
    if (!path.endsWith(QLatin1Char('/')))
        m_baseUrl.setPath(path + QLatin1Char('/'));
    return true;
}

QUrl CredlyClient::endpoint(const QString& path, const QString& query) const
{
    QUrl url = m_baseUrl.resolved(QUrl(path));
    if (!query.isEmpty())
        url.setQuery(query, QUrl::TolerantMode);
    return url;
}

bool CredlyClient::checkReady(CredlyReply* reply)
{
    QString why;
    if (m_baseUrl.isEmpty())
        why = QStringLiteral("no Credly address is set");
    else if (m_organizationId.isEmpty())
        why = QStringLiteral("no organization id is set");
    else if (m_token.isEmpty())
        why = QStringLiteral("no authorization token is set");
    if (why.isEmpty() && isAllowedBaseUrl(m_baseUrl, &why))
        return true;
    // Finish on the next event loop turn, so callers can connect to finished() first.
    const CredlyError e = makeError(CredlyError::Kind::Configuration, why);
    QTimer::singleShot(0, reply, [reply, e] { reply->finish(e); });
    return false;
}

bool CredlyClient::sameOrigin(const QUrl& url) const
{
    return url.scheme().compare(m_baseUrl.scheme(), Qt::CaseInsensitive) == 0 &&
           url.host().compare(m_baseUrl.host(), Qt::CaseInsensitive) == 0 &&
           url.port(url.scheme() == QLatin1String("https") ? 443 : 80) ==
               m_baseUrl.port(m_baseUrl.scheme() == QLatin1String("https") ? 443 : 80);
}

int CredlyClient::backoffDelay(const CredlyError& error, int attempt) const
{
    if (error.kind == CredlyError::Kind::Throttled && error.retryAfterSeconds >= 0)
        return error.retryAfterSeconds * 1000;
    const qint64 full =
        std::min<qint64>(m_retryPolicy.maxDelayMs, static_cast<qint64>(m_retryPolicy.baseDelayMs)
                                                       << std::min(attempt - 1, 20));
    // Jitter between half and all of the delay, so many clients do not retry in step.
    const qint64 half = full / 2;
    return static_cast<int>(half + QRandomGenerator::global()->bounded(half + 1));
}

void CredlyClient::send(CredlyReply* owner, const QByteArray& verb, const QUrl& url, const QByteArray& body,
                        bool issuing, const Done& done, int attempt)
{
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Authorization"), "Basic " + (m_token.toUtf8() + ':').toBase64());
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("BadgeDesk/") + QByteArrayLiteral(BADGEDESK_VERSION));
    request.setTransferTimeout(m_transferTimeoutMs);

    QNetworkAccessManager* network = idleNetwork();
    QNetworkReply* reply = nullptr;
    if (verb == "GET") {
        reply = network->get(request);
    } else {
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto* upload = new OneShotUploadDevice(body);
        reply = network->sendCustomRequest(request, verb, upload);
        upload->setParent(reply);
    }
    ++m_inFlight[network];
    connect(reply, &QObject::destroyed, this, [this, network] { --m_inFlight[network]; });
    // Owned by the CredlyReply: deleting it aborts the transfer.
    reply->setParent(owner);
    owner->m_current = reply;
    ++owner->m_attempts;
    // Only the path: queries can carry earner emails, and headers are never logged.
    qCDebug(lcCredly).noquote() << verb << url.path() << "attempt" << attempt;
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    QElapsedTimer timer;
    timer.start();

    connect(reply, &QNetworkReply::finished, owner, [=] {
        reply->deleteLater();
        if (owner->m_current == reply)
            owner->m_current = nullptr;
        if (owner->m_finished || owner->m_aborted)
            return;

        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray bytes = status ? reply->readAll() : QByteArray();
        CredlyError error;
        QJsonObject document;
        if (status == 0) {
            const auto code = reply->error();
            if (code == QNetworkReply::OperationCanceledError || code == QNetworkReply::TimeoutError)
                error = makeError(CredlyError::Kind::Timeout,
                                  QStringLiteral("no answer within %1 ms").arg(m_transferTimeoutMs));
            else if (code == QNetworkReply::ContentReSendError)
                error = makeError(
                    CredlyError::Kind::Network,
                    QStringLiteral("the connection closed after the request was sent; whether Credly "
                                   "acted on it is unknown"));
            else
                error = makeError(CredlyError::Kind::Network, reply->errorString());
        } else if (status >= 200 && status < 300) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
            if (!doc.isObject() || !doc.object().contains(QStringLiteral("data"))) {
                error = makeError(
                    CredlyError::Kind::Malformed,
                    doc.isObject()
                        ? QStringLiteral("the answer has no \"data\"")
                        : QStringLiteral("the answer is not JSON (%1)").arg(parseError.errorString()));
                error.httpStatus = status;
            } else {
                document = doc.object();
            }
        } else {
            error = CredlyError::fromHttp(status, bytes, reply->rawHeader(QByteArrayLiteral("Retry-After")),
                                          issuing);
        }
        qCDebug(lcCredly).noquote() << verb << url.path() << "->"
                                    << (status ? QString::number(status) : CredlyError::kindKey(error.kind));
        CredlyExchange exchange;
        exchange.method = verb;
        exchange.path = url.path();
        exchange.startedAt = startedAt;
        exchange.durationMs = timer.elapsed();
        exchange.httpStatus = status;
        exchange.outcome = error.isError() ? CredlyError::kindKey(error.kind) : QStringLiteral("ok");
        exchange.message = error.message;
        exchange.attempt = attempt;
        emit exchanged(owner, exchange);

        // Only GETs are repeated: a POST or PUT may have taken effect although we saw no answer.
        if (error.isError() && error.isTransient() && verb == "GET" && attempt < m_retryPolicy.maxAttempts &&
            !(error.kind == CredlyError::Kind::Throttled &&
              error.retryAfterSeconds > m_retryPolicy.maxRetryAfterSeconds)) {
            const int delay = backoffDelay(error, attempt);
            qCWarning(lcCredly).noquote()
                << verb << url.path() << CredlyError::kindKey(error.kind) << error.httpStatus << "- retry"
                << attempt + 1 << "of" << m_retryPolicy.maxAttempts << "in" << delay << "ms";
            QTimer::singleShot(delay, owner, [=] {
                if (!owner->m_finished)
                    send(owner, verb, url, body, issuing, done, attempt + 1);
            });
            return;
        }
        done(error, document);
    });
}

void CredlyClient::fetchPages(CredlyReply* owner, const QUrl& url, int maxPages, const PageHandler& onPage,
                              const std::function<void(const CredlyError&)>& onDone)
{
    auto visited = std::make_shared<QSet<QString>>();
    auto step = std::make_shared<std::function<void(const QUrl&)>>();
    // The shared_ptr cycle (step captures itself) is broken when the chain ends.
    *step = [=](const QUrl& pageUrl) {
        visited->insert(pageUrl.toString(QUrl::FullyEncoded));
        send(owner, "GET", pageUrl, {}, false, [=](const CredlyError& error, const QJsonObject& document) {
            if (error.isError()) {
                onDone(error);
                *step = nullptr;
                return;
            }
            ++owner->m_pages;
            onPage(document.value(QStringLiteral("data")).toArray());
            const QJsonValue next =
                document.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("next_page_url"));
            if (!next.isString() || next.toString().isEmpty() ||
                (maxPages > 0 && owner->m_pages >= maxPages)) {
                onDone({});
                *step = nullptr;
                return;
            }
            // Verbatim: Credly's URL already carries the filter and sort; adding ours again would
            // duplicate them.
            const QUrl nextUrl(next.toString(), QUrl::StrictMode);
            CredlyError bad;
            if (!nextUrl.isValid() || !sameOrigin(nextUrl))
                bad = makeError(
                    CredlyError::Kind::Malformed,
                    QStringLiteral("next_page_url points away from the Credly address; not followed"));
            else if (visited->contains(nextUrl.toString(QUrl::FullyEncoded)) || owner->m_pages >= kMaxPages)
                bad = makeError(CredlyError::Kind::Malformed, QStringLiteral("next_page_url repeats a page"));
            if (bad.isError()) {
                onDone(bad);
                *step = nullptr;
                return;
            }
            (*step)(nextUrl);
        });
    };
    (*step)(url);
}

template <typename T>
CredlyResult<T>* CredlyClient::single(const QByteArray& verb, const QUrl& url, const QByteArray& body,
                                      bool issuing)
{
    auto* result = new CredlyResult<T>(this);
    if (!checkReady(result))
        return result;
    send(result, verb, url, body, issuing, [result](const CredlyError& error, const QJsonObject& document) {
        if (!error.isError()) {
            const QJsonValue data = document.value(QStringLiteral("data"));
            if (!data.isObject()) {
                result->finish(
                    makeError(CredlyError::Kind::Malformed, QStringLiteral("\"data\" is not an object")));
                return;
            }
            result->mutableValue() = T::fromJson(data.toObject());
        }
        result->finish(error);
    });
    return result;
}

namespace {

template <typename T, typename Parse>
void collectInto(CredlyResult<QList<T>>* result, const QJsonArray& data, Parse parse)
{
    for (const auto& item : data)
        result->mutableValue().append(parse(item.toObject()));
}

} // namespace

CredlyResult<QList<CredlyOrganization>>* CredlyClient::organizations()
{
    auto* result = new CredlyResult<QList<CredlyOrganization>>(this);
    if (!checkReady(result))
        return result;
    fetchPages(
        result, m_baseUrl.resolved(QUrl(QStringLiteral("organizations"))), 0,
        [result](const QJsonArray& data) { collectInto(result, data, &CredlyOrganization::fromJson); },
        [result](const CredlyError& e) { result->finish(e); });
    return result;
}

CredlyResult<CredlyOrganization>* CredlyClient::organization()
{
    return single<CredlyOrganization>(
        "GET",
        endpoint(QStringLiteral("organizations/%1")
                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_organizationId)))),
        {}, false);
}

CredlyResult<QList<CredlyTemplate>>* CredlyClient::listTemplates(const CredlyTemplateFilter& filter)
{
    auto* result = new CredlyResult<QList<CredlyTemplate>>(this);
    if (!checkReady(result))
        return result;
    fetchPages(
        result,
        endpoint(QStringLiteral("organizations/%1/badge_templates").arg(m_organizationId), filter.toQuery()),
        0, [result](const QJsonArray& data) { collectInto(result, data, &CredlyTemplate::fromJson); },
        [result](const CredlyError& e) { result->finish(e); });
    return result;
}

CredlyResult<CredlyTemplate>* CredlyClient::getTemplate(const QString& templateId)
{
    return single<CredlyTemplate>(
        "GET",
        endpoint(QStringLiteral("organizations/%1/badge_templates/%2")
                     .arg(m_organizationId, QString::fromLatin1(QUrl::toPercentEncoding(templateId)))),
        {}, false);
}

CredlyResult<CredlyBadge>* CredlyClient::getBadge(const QString& badgeId)
{
    return single<CredlyBadge>(
        "GET",
        endpoint(QStringLiteral("organizations/%1/badges/%2")
                     .arg(m_organizationId, QString::fromLatin1(QUrl::toPercentEncoding(badgeId)))),
        {}, false);
}

CredlyResult<QList<CredlyBadge>>* CredlyClient::listBadges(const CredlyBadgeFilter& filter)
{
    auto* result = new CredlyResult<QList<CredlyBadge>>(this);
    if (!checkReady(result))
        return result;
    fetchPages(
        result, endpoint(QStringLiteral("organizations/%1/badges").arg(m_organizationId), filter.toQuery()),
        0, [result](const QJsonArray& data) { collectInto(result, data, &CredlyBadge::fromJson); },
        [result](const CredlyError& e) { result->finish(e); });
    return result;
}

CredlyResult<CredlyBadge>* CredlyClient::issueBadge(const BadgeIssueRequest& request)
{
    return single<CredlyBadge>("POST",
                               endpoint(QStringLiteral("organizations/%1/badges").arg(m_organizationId)),
                               QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact), true);
}

CredlyResult<CredlyBadge>* CredlyClient::revokeBadge(const QString& badgeId, const QString& reason,
                                                     bool suppressNotificationEmail)
{
    const QJsonObject body{{QStringLiteral("reason"), reason},
                           {QStringLiteral("suppress_revoke_notification_email"), suppressNotificationEmail}};
    return single<CredlyBadge>(
        "PUT",
        endpoint(QStringLiteral("organizations/%1/badges/%2/revoke")
                     .arg(m_organizationId, QString::fromLatin1(QUrl::toPercentEncoding(badgeId)))),
        QJsonDocument(body).toJson(QJsonDocument::Compact), false);
}

CredlyResult<CredlyBadge>* CredlyClient::replaceBadge(const QString& badgeId,
                                                      const BadgeReplaceRequest& request)
{
    return single<CredlyBadge>(
        "POST",
        endpoint(QStringLiteral("organizations/%1/badges/%2/replace")
                     .arg(m_organizationId, QString::fromLatin1(QUrl::toPercentEncoding(badgeId)))),
        QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact), false);
}

CredlyResult<QList<CredlyEvent>>* CredlyClient::listEvents(int maxPages)
{
    auto* result = new CredlyResult<QList<CredlyEvent>>(this);
    if (!checkReady(result))
        return result;
    fetchPages(
        result, endpoint(QStringLiteral("organizations/%1/events").arg(m_organizationId)), maxPages,
        [result](const QJsonArray& data) { collectInto(result, data, &CredlyEvent::fromJson); },
        [result](const CredlyError& e) { result->finish(e); });
    return result;
}

CredlyResult<QList<CredlyAuthorizationToken>>* CredlyClient::authorizationTokens()
{
    auto* result = new CredlyResult<QList<CredlyAuthorizationToken>>(this);
    if (!checkReady(result))
        return result;
    const QString current = m_token;
    fetchPages(
        result, endpoint(QStringLiteral("organizations/%1/authorization_tokens").arg(m_organizationId)), 0,
        [result, current](const QJsonArray& data) {
            for (const auto& item : data)
                result->mutableValue().append(CredlyAuthorizationToken::fromJson(item.toObject(), current));
        },
        [result](const CredlyError& e) { result->finish(e); });
    return result;
}

CredlyResult<CredlyTokenExpiry>* CredlyClient::tokenExpiry()
{
    auto* result = new CredlyResult<CredlyTokenExpiry>(this);
    if (!checkReady(result))
        return result;
    // Through the list call, so paging, retries and errors stay in one place; only the current
    // token's dates are kept.
    auto* tokens = authorizationTokens();
    connect(tokens, &CredlyReply::finished, result, [result, tokens] {
        tokens->deleteLater();
        const CredlyError& e = tokens->error();
        CredlyTokenExpiry& expiry = result->mutableValue();
        if (e.kind == CredlyError::Kind::Permission || e.kind == CredlyError::Kind::NotFound) {
            expiry.unknownReason =
                tr("Credly does not let this token read its own expiry date; check it in Credly under "
                   "Developers > Authorization Tokens.");
            result->finish({});
            return;
        }
        if (e.isError()) {
            result->finish(e);
            return;
        }
        for (const CredlyAuthorizationToken& t : tokens->value()) {
            if (t.isCurrent && t.expiresAt.isValid()) {
                expiry.known = true;
                expiry.expiresAt = t.expiresAt;
            }
        }
        if (!expiry.known)
            expiry.unknownReason =
                tr("Credly did not list this token, so its expiry date is not known; check it in Credly "
                   "under Developers > Authorization Tokens.");
        result->finish({});
    });
    // Deleting the result early stops the underlying call, as for every other reply.
    connect(result, &QObject::destroyed, tokens, [result, tokens] {
        QObject::disconnect(tokens, nullptr, result, nullptr);
        tokens->deleteLater();
    });
    return result;
}

} // namespace badgedesk
