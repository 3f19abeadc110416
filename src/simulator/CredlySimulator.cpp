#include "CredlySimulator.h"

#include "SimulatorSeed.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QTcpSocket>
#include <QUuid>

#include <algorithm>

namespace badgedesk {

namespace {

// Credly user ids of earners who accepted: UUID v5 of the email, stable across runs.
QUuid earnerNamespace()
{
    return QUuid(QStringLiteral("{5b1f7c2e-3d4a-4e8b-9c61-0a2f6d8e4b17}"));
}

using Query = QList<QPair<QString, QString>>;

SimulatorResponse ok(const QJsonValue& data, int status = 200, const QJsonObject& metadata = {})
{
    return SimulatorResponse{
        status, QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("metadata"), metadata}}};
}

// Credly's error envelope: {"data":{"message":"..."},"metadata":null}.
SimulatorResponse failure(int status, const QString& message, const QJsonValue& metadata = QJsonValue::Null)
{
    return SimulatorResponse{
        status, QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("message"), message}}},
                            {QStringLiteral("metadata"), metadata}}};
}

QString decodeComponent(QString raw)
{
    // Form decoding as Rails does it: '+' is a space, so a client must send an email's '+' as %2B.
    raw.replace(QLatin1Char('+'), QLatin1Char(' '));
    return QUrl::fromPercentEncoding(raw.toUtf8());
}

// Raw "k=v" items in order, as they arrived (for next_page_url) and decoded (for filtering).
struct ParsedQuery
{
    QStringList rawItems;
    Query items;
    QString duplicateKey;

    QString value(const QString& key) const
    {
        for (const auto& item : items) {
            if (item.first == key)
                return item.second;
        }
        return {};
    }
};

ParsedQuery parseQuery(const QString& rawQuery)
{
    ParsedQuery q;
    QSet<QString> seen;
    for (const QString& raw : rawQuery.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const int eq = raw.indexOf(QLatin1Char('='));
        const QString key = decodeComponent(eq < 0 ? raw : raw.left(eq));
        const QString value = eq < 0 ? QString() : decodeComponent(raw.mid(eq + 1));
        if (seen.contains(key) && q.duplicateKey.isEmpty())
            q.duplicateKey = key;
        seen.insert(key);
        q.rawItems.append(raw);
        q.items.append({key, value});
    }
    return q;
}

// filter=key::value|key::value
QHash<QString, QString> parseFilter(const QString& filter)
{
    QHash<QString, QString> result;
    for (const QString& part : filter.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        const int sep = part.indexOf(QStringLiteral("::"));
        if (sep > 0)
            result.insert(part.left(sep).trimmed(), part.mid(sep + 2).trimmed());
    }
    return result;
}

QString field(const QJsonObject& o, const QString& key)
{
    // Dotted keys reach into nested objects: "badge_template.id".
    const int dot = key.indexOf(QLatin1Char('.'));
    if (dot > 0)
        return field(o.value(key.left(dot)).toObject(), key.mid(dot + 1));
    const QJsonValue v = o.value(key);
    return v.isDouble() ? QString::number(v.toDouble()) : v.toString();
}

void sortItems(QList<QJsonObject>& items, const QString& sort)
{
    const QStringList keys = sort.split(QLatin1Char('|'), Qt::SkipEmptyParts);
    if (keys.isEmpty())
        return;
    std::stable_sort(items.begin(), items.end(), [&keys](const QJsonObject& a, const QJsonObject& b) {
        for (QString key : keys) {
            const bool descending = key.startsWith(QLatin1Char('-'));
            if (descending)
                key.remove(0, 1);
            const int c = QString::compare(field(a, key), field(b, key), Qt::CaseInsensitive);
            if (c != 0)
                return descending ? c > 0 : c < 0;
        }
        return false;
    });
}

bool isValidEmail(const QString& email)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"));
    return re.match(email).hasMatch();
}

// "2014-04-01 09:41:00 -0500" (documented) or ISO 8601 ("2019-04-23T01:00:00.000-05:00").
QDateTime parseIssuedAt(const QString& text)
{
    static const QRegularExpression documented(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2}:\\d{2}) ([+-])(\\d{2}):?(\\d{2})$"));
    const auto m = documented.match(text.trimmed());
    if (m.hasMatch()) {
        const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
        const QTime time = QTime::fromString(m.captured(2), Qt::ISODate);
        const int offset = (m.captured(4).toInt() * 3600 + m.captured(5).toInt() * 60) *
                           (m.captured(3) == QLatin1String("-") ? -1 : 1);
        return date.isValid() && time.isValid() ? QDateTime(date, time, Qt::OffsetFromUTC, offset)
                                                : QDateTime();
    }
    QDateTime iso = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!iso.isValid())
        iso = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    return iso;
}

bool isBlank(const QJsonObject& o, const QString& key)
{
    return o.value(key).toString().trimmed().isEmpty();
}

QJsonValue stringOrNull(const QJsonObject& o, const QString& key)
{
    const QString v = o.value(key).toString();
    return v.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
}

const QStringList& locales()
{
    static const QStringList list{QStringLiteral("en"),    QStringLiteral("fr"),    QStringLiteral("de"),
                                  QStringLiteral("ko"),    QStringLiteral("ja"),    QStringLiteral("zh-CN"),
                                  QStringLiteral("pt"),    QStringLiteral("es-ES"), QStringLiteral("es-US"),
                                  QStringLiteral("fr-CA"), QStringLiteral("pt-BR")};
    return list;
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    default:
        return QStringLiteral("OTHER");
    }
}

QString now()
{
    return SimulatorState::timestamp(QDateTime::currentDateTimeUtc());
}

} // namespace

CredlySimulator::CredlySimulator(QObject* parent)
    : QObject(parent), m_server(std::make_unique<QHttpServer>()), m_rng(m_faults.seed)
{
    m_state = SimulatorState::seeded(QStringLiteral("practice-org"), m_token);
    // One dispatcher for every path, so auth and faults apply uniformly before routing and each
    // answer can be deferred (latency), withheld (hang) or replaced by a closed socket (drop).
    m_server->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        handle(request, std::move(responder));
    });
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(100); // batches the saves of a fast issuing run
    connect(&m_saveTimer, &QTimer::timeout, this, [this] {
        if (!m_stateFile.isEmpty())
            m_state.save(m_stateFile);
    });
}

CredlySimulator::~CredlySimulator()
{
    if (m_saveTimer.isActive() && !m_stateFile.isEmpty())
        m_state.save(m_stateFile);
}

void CredlySimulator::setOrganizationId(const QString& id)
{
    m_state = SimulatorState::seeded(id, QString());
    if (!m_token.isEmpty())
        m_state.addToken(m_token, true, m_tokenExpiresAt);
}

void CredlySimulator::setToken(const QString& token, const QDateTime& expiresAt)
{
    // The old primary token stops working; tokens added with addToken() stay.
    m_state.removeToken(m_token);
    m_token = token;
    m_tokenExpiresAt = expiresAt;
    if (!m_token.isEmpty())
        m_state.addToken(m_token, true, expiresAt);
}

quint16 CredlySimulator::listen(quint16 port)
{
    // Loopback only: the simulator is never reachable from another machine.
    m_port = m_server->listen(QHostAddress(QHostAddress::LocalHost), port);
    return m_port;
}

QUrl CredlySimulator::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1/").arg(m_port));
}

void CredlySimulator::setFaults(const FaultOptions& faults)
{
    m_faults = faults;
    m_rng.seed(faults.seed);
    m_apiRequests = 0;
    m_createdBadges = 0;
}

bool CredlySimulator::setStateFile(const QString& path, QString* error)
{
    m_stateFile = path;
    if (QFile::exists(path)) {
        bool loaded = false;
        SimulatorState s = SimulatorState::load(path, &loaded, error);
        if (!loaded)
            return false;
        m_state = s;
        // Tokens are not in the file: the configured one is what this run accepts.
        if (!m_token.isEmpty())
            m_state.addToken(m_token, true, m_tokenExpiresAt);
        return true;
    }
    return m_state.save(path, error);
}

void CredlySimulator::reset()
{
    m_state = SimulatorState::seeded(m_state.organizationId(), QString());
    if (!m_token.isEmpty())
        m_state.addToken(m_token, true, m_tokenExpiresAt);
    m_requestLog = QJsonArray();
    setFaults(m_faults);
    stateChanged();
}

QJsonObject CredlySimulator::dump() const
{
    QJsonObject o = m_state.toJson();
    o.insert(QStringLiteral("requests"), m_requestLog);
    o.insert(QStringLiteral("faults"), m_faults.toJson());
    o.insert(QStringLiteral("port"), m_port);
    return o;
}

void CredlySimulator::addToken(const QString& token, bool writeEnabled, const QDateTime& expiresAt)
{
    m_state.addToken(token, writeEnabled, expiresAt);
    stateChanged();
}

void CredlySimulator::revokeToken(const QString& token)
{
    m_state.removeToken(token);
    stateChanged();
}

bool CredlySimulator::acceptBadge(const QString& badgeId)
{
    return changeState(badgeId, QStringLiteral("accepted"));
}

bool CredlySimulator::rejectBadge(const QString& badgeId)
{
    return changeState(badgeId, QStringLiteral("rejected"));
}

QList<SeedTemplate> CredlySimulator::seedTemplates()
{
    return SimulatorSeed::templates();
}

void CredlySimulator::handle(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    const QString method = methodName(request.method());
    const QString path = request.url().path();
    const QString rawQuery = request.url().query(QUrl::FullyEncoded);

    if (path.startsWith(QLatin1String("/_sim/"))) {
        deliver(std::move(responder), handleControl(method, path, request.body()), false, 0);
        return;
    }

    ++m_apiRequests;
    if (!m_faults.hangPath.isEmpty() && QRegularExpression(m_faults.hangPath).match(path).hasMatch()) {
        // The responder goes away unanswered; the socket stays open until the client gives up.
        logRequest(method, path, 0, QStringLiteral("hung"));
        return;
    }
    const int delay = m_faults.latencyMs +
                      (m_faults.jitterMs > 0 ? static_cast<int>(m_rng.bounded(m_faults.jitterMs + 1)) : 0);

    if (m_faults.throttleEvery > 0 && m_apiRequests % m_faults.throttleEvery == 0) {
        SimulatorResponse r = failure(429, QStringLiteral("Too many requests. Please retry later."));
        r.retryAfterSeconds = m_faults.retryAfterSeconds;
        logRequest(method, path, 429, QStringLiteral("throttled"));
        deliver(std::move(responder), r, false, delay);
        return;
    }
    if (m_faults.errorRate > 0 && m_rng.generateDouble() < m_faults.errorRate) {
        logRequest(method, path, m_faults.errorStatus, QStringLiteral("error"));
        deliver(std::move(responder), failure(m_faults.errorStatus, QStringLiteral("Internal Server Error")),
                false, delay);
        return;
    }

    // HTTP Basic, token as the user name and an empty password (credly-api.md §1).
    const QByteArray authorization = request.value(QByteArrayLiteral("Authorization"));
    QString token;
    bool authFormOk = false;
    if (authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const int colon = decoded.indexOf(':');
        authFormOk = colon > 0 && colon == decoded.size() - 1;
        token = QString::fromUtf8(decoded.left(colon));
    }
    const int tokenIndex = authFormOk ? m_state.tokenIndex(token) : -1;
    if (tokenIndex < 0) {
        logRequest(method, path, 401, QStringLiteral("answered"));
        deliver(std::move(responder),
                failure(401, QStringLiteral("Unauthorized: the authorization token is missing or invalid.")),
                false, delay);
        return;
    }
    const QJsonObject tokenJson = m_state.tokens().at(tokenIndex);
    const QDateTime expires =
        QDateTime::fromString(tokenJson.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
    if (expires.isValid() && expires < QDateTime::currentDateTimeUtc()) {
        logRequest(method, path, 401, QStringLiteral("answered"));
        deliver(std::move(responder),
                failure(401, QStringLiteral("Unauthorized: the authorization token has expired.")), false,
                delay);
        return;
    }

    const SimulatorResponse r = handleApi(method, path, rawQuery, request.body(),
                                          tokenJson.value(QStringLiteral("write_enabled")).toBool());
    bool drop = false;
    if (r.createdBadge) {
        ++m_createdBadges;
        drop = m_faults.dropAfterCreateEvery > 0 && m_createdBadges % m_faults.dropAfterCreateEvery == 0;
    }
    logRequest(method, path, r.status, drop ? QStringLiteral("dropped") : QStringLiteral("answered"));
    deliver(std::move(responder), r, drop, delay);
}

SimulatorResponse CredlySimulator::handleControl(const QString& method, const QString& path,
                                                 const QByteArray& body)
{
    static const QRegularExpression badgeAction(QStringLiteral("^/_sim/badges/([^/]+)/(accept|reject)$"));
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (method == QLatin1String("GET") && path == QLatin1String("/_sim/state"))
        return ok(dump());
    if (method == QLatin1String("POST") && path == QLatin1String("/_sim/reset")) {
        reset();
        return ok(QJsonObject{{QStringLiteral("reset"), true}});
    }
    if (path == QLatin1String("/_sim/faults")) {
        if (method == QLatin1String("POST"))
            setFaults(FaultOptions::fromJson(json));
        return ok(m_faults.toJson());
    }
    if (method == QLatin1String("POST") && path == QLatin1String("/_sim/tokens")) {
        const QString token = json.value(QStringLiteral("token")).toString();
        if (token.isEmpty())
            return failure(422, QStringLiteral("Validation failed: Token can't be blank"));
        addToken(token, json.value(QStringLiteral("write_enabled")).toBool(true),
                 QDateTime::fromString(json.value(QStringLiteral("expires_at")).toString(), Qt::ISODate));
        return ok(QJsonObject{{QStringLiteral("token_added"), true}}, 201);
    }
    if (method == QLatin1String("POST") && path == QLatin1String("/_sim/tokens/revoke")) {
        const QString token = json.value(QStringLiteral("token")).toString();
        if (m_state.tokenIndex(token) < 0)
            return failure(404, QStringLiteral("No such token"));
        revokeToken(token);
        return ok(QJsonObject{{QStringLiteral("token_revoked"), true}});
    }
    const auto m = badgeAction.match(path);
    if (method == QLatin1String("POST") && m.hasMatch()) {
        const QString id = m.captured(1);
        const int index = m_state.badgeIndex(id);
        if (index < 0)
            return failure(404, QStringLiteral("Badge not found: ") + id);
        if (!changeState(id, m.captured(2) == QLatin1String("accept") ? QStringLiteral("accepted")
                                                                      : QStringLiteral("rejected")))
            return failure(
                422, QStringLiteral("Validation failed: Only a pending badge can be accepted or rejected."));
        return ok(m_state.badges().at(index));
    }
    return failure(404,
                   QStringLiteral("No such simulator control endpoint: ") + method + QLatin1Char(' ') + path);
}

SimulatorResponse CredlySimulator::handleApi(const QString& method, const QString& path,
                                             const QString& rawQuery, const QByteArray& body,
                                             bool writeAllowed)
{
    static const QRegularExpression orgPath(QStringLiteral("^/v1/organizations/([^/]+)(/.*)?$"));
    static const QRegularExpression oneItem(QStringLiteral("^/(badge_templates|badges|events)/([^/]+)$"));
    static const QRegularExpression badgeAction(QStringLiteral("^/badges/([^/]+)/(revoke|replace)$"));

    const bool isGet = method == QLatin1String("GET");
    if (!isGet && !writeAllowed)
        return failure(403,
                       QStringLiteral("Forbidden: this authorization token does not have write permission."));

    if (isGet && (path == QLatin1String("/v1/organizations") || path == QLatin1String("/v1/organizations/")))
        return listOrganizations(rawQuery, path);

    const auto org = orgPath.match(path);
    if (!org.hasMatch())
        return failure(404, QStringLiteral("Not found: ") + path);
    if (org.captured(1) != m_state.organizationId())
        return failure(404, QStringLiteral("Organization not found: ") + org.captured(1));
    const QString rest = org.captured(2);

    if (isGet && (rest.isEmpty() || rest == QLatin1String("/"))) {
        const SimulatorResponse list = listOrganizations(QString(), path);
        return ok(list.body.value(QStringLiteral("data")).toArray().first());
    }
    if (isGet && rest == QLatin1String("/badge_templates"))
        return listTemplates(rawQuery, path);
    if (rest == QLatin1String("/badges")) {
        if (isGet)
            return listBadges(rawQuery, path);
        if (method == QLatin1String("POST"))
            return issueBadge(body);
    }
    if (isGet && rest == QLatin1String("/events"))
        return listEvents(rawQuery, path);
    if (isGet && rest == QLatin1String("/authorization_tokens"))
        return listTokens(rawQuery, path, writeAllowed);

    const auto item = oneItem.match(rest);
    if (isGet && item.hasMatch()) {
        const QString kind = item.captured(1);
        const QString id = item.captured(2);
        int index = -1;
        const QList<QJsonObject>* list = nullptr;
        if (kind == QLatin1String("badge_templates")) {
            index = m_state.templateIndex(id);
            list = &m_state.templates();
        } else if (kind == QLatin1String("badges")) {
            index = m_state.badgeIndex(id);
            list = &m_state.badges();
        } else {
            index = m_state.eventIndex(id);
            list = &m_state.events();
        }
        if (index < 0)
            return failure(404, QStringLiteral("Not found: ") + id);
        return ok(list->at(index));
    }
    const auto action = badgeAction.match(rest);
    if (action.hasMatch()) {
        if (action.captured(2) == QLatin1String("revoke") && method == QLatin1String("PUT"))
            return revokeBadge(action.captured(1), body);
        if (action.captured(2) == QLatin1String("replace") && method == QLatin1String("POST"))
            return replaceBadge(action.captured(1), body);
    }
    return failure(404, QStringLiteral("Not found: ") + method + QLatin1Char(' ') + path);
}

SimulatorResponse CredlySimulator::listOrganizations(const QString& rawQuery, const QString& path)
{
    const QJsonObject org{
        {QStringLiteral("id"), m_state.organizationId()},
        {QStringLiteral("name"), m_state.organizationName()},
        {QStringLiteral("url"), QStringLiteral("https://www.credly.test/org/careertech")},
        {QStringLiteral("vanity_url"), QStringLiteral("https://www.credly.test/org/careertech")},
        {QStringLiteral("vanity_slug"), QStringLiteral("careertech")},
        {QStringLiteral("verified"), true},
        {QStringLiteral("badge_templates_count"), static_cast<int>(m_state.templates().size())},
    };
    return page({org}, rawQuery, path);
}

SimulatorResponse CredlySimulator::listTemplates(const QString& rawQuery, const QString& path)
{
    const ParsedQuery query = parseQuery(rawQuery);
    const auto filter = parseFilter(query.value(QStringLiteral("filter")));
    const QStringList states =
        filter.value(QStringLiteral("state")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    QString name = filter.value(QStringLiteral("name"));
    const bool exactName =
        name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"'));
    if (exactName)
        name = name.mid(1, name.size() - 2);
    const QString text = filter.value(QStringLiteral("query"));

    QList<QJsonObject> items;
    for (const auto& t : m_state.templates()) {
        const QString templateName = t.value(QStringLiteral("name")).toString();
        if (!states.isEmpty() && !states.contains(t.value(QStringLiteral("state")).toString()))
            continue;
        if (!name.isEmpty() && (exactName ? templateName.compare(name, Qt::CaseInsensitive) != 0
                                          : !templateName.contains(name, Qt::CaseInsensitive)))
            continue;
        if (!text.isEmpty() && !templateName.contains(text, Qt::CaseInsensitive) &&
            !t.value(QStringLiteral("description")).toString().contains(text, Qt::CaseInsensitive))
            continue;
        items.append(t);
    }
    sortItems(items, query.value(QStringLiteral("sort")));
    return page(items, rawQuery, path);
}

SimulatorResponse CredlySimulator::listBadges(const QString& rawQuery, const QString& path)
{
    const ParsedQuery query = parseQuery(rawQuery);
    const auto filter = parseFilter(query.value(QStringLiteral("filter")));
    const QStringList states =
        filter.value(QStringLiteral("state")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QString email = filter.value(QStringLiteral("recipient_email"));
    const QString templateId = filter.value(QStringLiteral("badge_template_id"));
    const QString earnerId = filter.value(QStringLiteral("issuer_earner_id"));
    const QString text = filter.value(QStringLiteral("query"));

    QList<QJsonObject> items;
    for (const auto& b : m_state.badges()) {
        if (!states.isEmpty() && !states.contains(b.value(QStringLiteral("state")).toString()))
            continue;
        if (!email.isEmpty() &&
            b.value(QStringLiteral("recipient_email")).toString().compare(email, Qt::CaseInsensitive) != 0)
            continue;
        if (!templateId.isEmpty() && field(b, QStringLiteral("badge_template.id")) != templateId)
            continue;
        if (!earnerId.isEmpty() && b.value(QStringLiteral("issuer_earner_id")).toString() != earnerId)
            continue;
        if (!text.isEmpty() &&
            !b.value(QStringLiteral("issued_to")).toString().contains(text, Qt::CaseInsensitive) &&
            !b.value(QStringLiteral("recipient_email")).toString().contains(text, Qt::CaseInsensitive))
            continue;
        items.append(b);
    }
    sortItems(items, query.value(QStringLiteral("sort")));
    return page(items, rawQuery, path);
}

SimulatorResponse CredlySimulator::listEvents(const QString& rawQuery, const QString& path)
{
    const ParsedQuery query = parseQuery(rawQuery);
    const auto filter = parseFilter(query.value(QStringLiteral("filter")));
    const QString type = filter.value(QStringLiteral("event_type"));
    QList<QJsonObject> items;
    for (const auto& e : m_state.events()) {
        if (type.isEmpty() || e.value(QStringLiteral("event_type")).toString() == type)
            items.append(e);
    }
    sortItems(items, query.value(QStringLiteral("sort")));
    return page(items, rawQuery, path);
}

SimulatorResponse CredlySimulator::listTokens(const QString& rawQuery, const QString& path, bool writeAllowed)
{
    // A read-only token only sees read-only tokens (credly-api.md §1).
    QList<QJsonObject> items;
    for (const auto& t : m_state.tokens()) {
        if (writeAllowed || !t.value(QStringLiteral("write_enabled")).toBool())
            items.append(t);
    }
    return page(items, rawQuery, path);
}

SimulatorResponse CredlySimulator::page(const QList<QJsonObject>& items, const QString& rawQuery,
                                        const QString& path)
{
    const ParsedQuery query = parseQuery(rawQuery);
    // Catches clients that append their parameters again to a next_page_url (block_acclaim's bug).
    if (!query.duplicateKey.isEmpty())
        return failure(
            400,
            QStringLiteral("Bad request: query parameter '%1' given more than once").arg(query.duplicateKey));
    const int total = static_cast<int>(items.size());
    const int totalPages = (total + kPageSize - 1) / kPageSize;
    const int current = std::max(1, query.value(QStringLiteral("page")).toInt());

    QJsonArray data;
    for (int i = (current - 1) * kPageSize; i < std::min(total, current * kPageSize); ++i)
        data.append(items.at(i));

    QStringList kept;
    for (const QString& raw : query.rawItems) {
        if (!raw.startsWith(QLatin1String("page=")) && raw != QLatin1String("page"))
            kept.append(raw);
    }
    const auto pageUrl = [&](int number) {
        QStringList items2 = kept;
        items2.append(QStringLiteral("page=%1").arg(number));
        return QJsonValue(
            QStringLiteral("http://127.0.0.1:%1%2?%3").arg(m_port).arg(path, items2.join(QLatin1Char('&'))));
    };
    const QJsonObject metadata{
        {QStringLiteral("count"), static_cast<int>(data.size())},
        {QStringLiteral("current_page"), current},
        {QStringLiteral("total_count"), total},
        {QStringLiteral("total_pages"), totalPages},
        {QStringLiteral("per"), kPageSize},
        {QStringLiteral("previous_page_url"),
         current > 1 ? pageUrl(current - 1) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("next_page_url"),
         current < totalPages ? pageUrl(current + 1) : QJsonValue(QJsonValue::Null)},
    };
    return ok(data, 200, metadata);
}

int CredlySimulator::findDuplicate(const QJsonObject& templateJson, const QString& email,
                                   const QString& earnerId) const
{
    // Same template AND (same email, case-insensitively, OR same issuer_earner_id) among live badges.
    const QString templateId = templateJson.value(QStringLiteral("id")).toString();
    const auto& badges = m_state.badges();
    for (int i = 0; i < badges.size(); ++i) {
        const QJsonObject& b = badges.at(i);
        if (field(b, QStringLiteral("badge_template.id")) != templateId ||
            b.value(QStringLiteral("state")).toString() == QLatin1String("revoked") ||
            !b.value(QStringLiteral("replacement_badge_id")).isNull())
            continue;
        if (b.value(QStringLiteral("recipient_email")).toString().compare(email, Qt::CaseInsensitive) == 0)
            return i;
        if (!earnerId.isEmpty() && b.value(QStringLiteral("issuer_earner_id")).toString() == earnerId)
            return i;
    }
    return -1;
}

QJsonObject CredlySimulator::createBadge(const QJsonObject& f, const QJsonObject& templateJson)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString created = now();
    const QDateTime issuedAt = parseIssuedAt(f.value(QStringLiteral("issued_at")).toString());
    QString issuedTo = f.value(QStringLiteral("issued_to")).toString();
    if (issuedTo.isEmpty()) {
        QStringList parts{f.value(QStringLiteral("issued_to_first_name")).toString(),
                          f.value(QStringLiteral("issued_to_middle_name")).toString(),
                          f.value(QStringLiteral("issued_to_last_name")).toString()};
        parts.removeAll(QString());
        issuedTo = parts.join(QLatin1Char(' '));
    }
    QJsonValue expiresAt = QJsonValue::Null;
    QJsonValue expiresAtDate = QJsonValue::Null;
    const QDateTime expiry = parseIssuedAt(f.value(QStringLiteral("expires_at")).toString());
    if (expiry.isValid()) {
        expiresAt = SimulatorState::timestamp(expiry);
        expiresAtDate = expiry.date().toString(Qt::ISODate);
    }
    const QString imageUrl = templateJson.value(QStringLiteral("image_url")).toString();
    const QJsonObject createdBy{
        {QStringLiteral("type"), QStringLiteral("Organization")},
        {QStringLiteral("id"), m_state.organizationId()},
        {QStringLiteral("name"), m_state.organizationName()},
        {QStringLiteral("url"), QStringLiteral("https://www.credly.test/org/careertech")},
        {QStringLiteral("vanity_url"), QStringLiteral("https://www.credly.test/org/careertech")}};
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("state"), QStringLiteral("pending")},
        {QStringLiteral("recipient_email"), f.value(QStringLiteral("recipient_email")).toString().trimmed()},
        {QStringLiteral("issued_to"), issuedTo},
        {QStringLiteral("issued_to_first_name"), f.value(QStringLiteral("issued_to_first_name")).toString()},
        {QStringLiteral("issued_to_middle_name"), stringOrNull(f, QStringLiteral("issued_to_middle_name"))},
        {QStringLiteral("issued_to_last_name"), f.value(QStringLiteral("issued_to_last_name")).toString()},
        {QStringLiteral("issuer_earner_id"), stringOrNull(f, QStringLiteral("issuer_earner_id"))},
        {QStringLiteral("locale"), f.value(QStringLiteral("locale")).toString(QStringLiteral("en"))},
        {QStringLiteral("public"), true},
        {QStringLiteral("suppress_badge_notification_email"),
         f.value(QStringLiteral("suppress_badge_notification_email")).toBool(false)},
        {QStringLiteral("issued_at"), SimulatorState::timestamp(issuedAt)},
        // The calendar date in the offset the issuer sent, as the issuer meant it.
        {QStringLiteral("issued_at_date"), issuedAt.date().toString(Qt::ISODate)},
        {QStringLiteral("expires_at"), expiresAt},
        {QStringLiteral("expires_at_date"), expiresAtDate},
        {QStringLiteral("created_at"), created},
        {QStringLiteral("updated_at"), created},
        {QStringLiteral("state_updated_at"), QJsonValue::Null},
        {QStringLiteral("replacement_badge_id"), QJsonValue::Null},
        {QStringLiteral("replaces_badge_id"), QJsonValue::Null},
        {QStringLiteral("revocation_reason"), QJsonValue::Null},
        {QStringLiteral("country"), stringOrNull(f, QStringLiteral("country_name"))},
        {QStringLiteral("country_code"), QJsonValue::Null},
        {QStringLiteral("state_or_province"), stringOrNull(f, QStringLiteral("state_or_province"))},
        {QStringLiteral("image"), QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("url"), imageUrl}}},
        {QStringLiteral("image_url"), imageUrl},
        {QStringLiteral("evidence"), f.value(QStringLiteral("evidence")).toArray()},
        {QStringLiteral("alignments"), QJsonArray{}},
        {QStringLiteral("accept_badge_url"),
         QStringLiteral("https://www.credly.test/badges/%1/accept").arg(id)},
        {QStringLiteral("badge_template"), templateJson},
        {QStringLiteral("user"), QJsonObject{}},
        {QStringLiteral("created_by"), createdBy},
        {QStringLiteral("issuer"),
         QJsonObject{{QStringLiteral("summary"), QStringLiteral("issued by ") + m_state.organizationName()},
                     {QStringLiteral("entities"),
                      QJsonArray{QJsonObject{{QStringLiteral("label"), QStringLiteral("Issued by")},
                                             {QStringLiteral("primary"), true},
                                             {QStringLiteral("entity"), createdBy}}}}}},
        {QStringLiteral("printing_enabled"), true},
        {QStringLiteral("print_method"), QStringLiteral("custom")},
    };
}

SimulatorResponse CredlySimulator::issueBadge(const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject())
        return failure(
            400,
            QStringLiteral("Bad request: the body is not a JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject f = doc.object();

    const QString templateId = f.value(QStringLiteral("badge_template_id")).toString();
    const int templateIndex = m_state.templateIndex(templateId);
    if (templateId.isEmpty() || templateIndex < 0)
        return failure(422, QStringLiteral("Invalid or missing Badge Template ID: ") + templateId);
    const QJsonObject templateJson = m_state.templates().at(templateIndex);
    if (templateJson.value(QStringLiteral("state")).toString() != QLatin1String("active"))
        return failure(
            422, QStringLiteral("Validation failed: Badge template is archived and cannot issue badges."));

    QStringList problems;
    const QList<QPair<QString, QString>> required{
        {QStringLiteral("recipient_email"), QStringLiteral("Recipient email can't be blank")},
        {QStringLiteral("issued_to_first_name"), QStringLiteral("Issued to first name can't be blank")},
        {QStringLiteral("issued_to_last_name"), QStringLiteral("Issued to last name can't be blank")},
        {QStringLiteral("issued_at"), QStringLiteral("Issued at can't be blank")},
    };
    for (const auto& r : required) {
        if (isBlank(f, r.first))
            problems.append(r.second);
    }
    const QString email = f.value(QStringLiteral("recipient_email")).toString().trimmed();
    if (!email.isEmpty() && !isValidEmail(email))
        problems.append(QStringLiteral("Recipient email is invalid"));
    if (!isBlank(f, QStringLiteral("issued_at")) &&
        !parseIssuedAt(f.value(QStringLiteral("issued_at")).toString()).isValid())
        problems.append(QStringLiteral("Issued at is not a valid date"));
    if (f.contains(QStringLiteral("locale")) && !f.value(QStringLiteral("locale")).isNull() &&
        !locales().contains(f.value(QStringLiteral("locale")).toString()))
        problems.append(QStringLiteral("Locale is not included in the list"));
    const QString behavior = f.value(QStringLiteral("duplicate_behavior")).toString();
    if (!behavior.isEmpty() && behavior != QLatin1String("replace") && behavior != QLatin1String("allow") &&
        behavior != QLatin1String("deny"))
        problems.append(QStringLiteral("Duplicate behavior is not included in the list"));
    if (!problems.isEmpty())
        return failure(422, QStringLiteral("Validation failed: ") + problems.join(QStringLiteral(", ")));

    const QString earnerId = f.value(QStringLiteral("issuer_earner_id")).toString();
    const int duplicate = templateJson.value(QStringLiteral("allow_duplicate_badges")).toBool()
                              ? -1
                              : findDuplicate(templateJson, email, earnerId);
    if (duplicate >= 0 && behavior != QLatin1String("allow")) {
        if (behavior != QLatin1String("replace"))
            return failure(
                422, QStringLiteral("Validation failed: User already has this badge. Duplicate badges are "
                                    "not allowed for this badge template."));
        // duplicate_behavior "replace": the new fields replace the existing badge, never issued_at.
        const QString oldId = m_state.badges().at(duplicate).value(QStringLiteral("id")).toString();
        QJsonObject fields = f;
        fields.insert(QStringLiteral("issued_at"),
                      m_state.badges().at(duplicate).value(QStringLiteral("issued_at")));
        fields.remove(QStringLiteral("duplicate_behavior"));
        const QByteArray replaceBody = QJsonDocument(fields).toJson(QJsonDocument::Compact);
        SimulatorResponse r = replaceBadge(oldId, replaceBody);
        r.createdBadge = r.status == 201;
        return r;
    }

    QJsonObject badge = createBadge(f, templateJson);
    m_state.badges().append(badge);
    m_state.addEvent(QStringLiteral("badge.created"), badge);
    stateChanged();
    SimulatorResponse r = ok(badge, 201);
    r.createdBadge = true;
    return r;
}

SimulatorResponse CredlySimulator::revokeBadge(const QString& id, const QByteArray& body)
{
    const int index = m_state.badgeIndex(id);
    if (index < 0)
        return failure(404, QStringLiteral("Not found: ") + id);
    const QJsonObject f = QJsonDocument::fromJson(body).object();
    const QString reason = f.value(QStringLiteral("reason")).toString().trimmed();
    if (reason.isEmpty())
        return failure(422, QStringLiteral("Validation failed: Reason can't be blank"));
    QJsonObject badge = m_state.badges().at(index);
    if (badge.value(QStringLiteral("state")).toString() == QLatin1String("revoked"))
        return failure(
            422, QStringLiteral("Validation failed: This badge is revoked and cannot be revoked again."));
    const QString t = now();
    badge.insert(QStringLiteral("state"), QStringLiteral("revoked"));
    badge.insert(QStringLiteral("revocation_reason"), reason);
    badge.insert(QStringLiteral("state_updated_at"), t);
    badge.insert(QStringLiteral("updated_at"), t);
    m_state.badges()[index] = badge;
    m_state.addEvent(QStringLiteral("badge.state.changed"), badge);
    stateChanged();
    return ok(badge);
}

SimulatorResponse CredlySimulator::replaceBadge(const QString& id, const QByteArray& body)
{
    const int index = m_state.badgeIndex(id);
    if (index < 0)
        return failure(404, QStringLiteral("Not found: ") + id);
    QJsonObject old = m_state.badges().at(index);
    if (!old.value(QStringLiteral("replacement_badge_id")).isNull()) {
        // Follow the chain to the live successor, as Credly reports it in metadata.current_badge_id.
        QString current = old.value(QStringLiteral("replacement_badge_id")).toString();
        for (int guard = 0; guard < 1000; ++guard) {
            const int next = m_state.badgeIndex(current);
            if (next < 0 || m_state.badges().at(next).value(QStringLiteral("replacement_badge_id")).isNull())
                break;
            current = m_state.badges().at(next).value(QStringLiteral("replacement_badge_id")).toString();
        }
        return failure(
            422,
            QStringLiteral("Validation failed: This badge cannot be replaced because it has already been "
                           "replaced."),
            QJsonObject{{QStringLiteral("current_badge_id"), current}});
    }
    if (old.value(QStringLiteral("state")).toString() == QLatin1String("revoked"))
        return failure(422, QStringLiteral("Validation failed: A revoked badge cannot be replaced."));

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject())
        return failure(
            400,
            QStringLiteral("Bad request: the body is not a JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject f = doc.object();
    const QString templateId = f.value(QStringLiteral("badge_template_id")).toString();
    const int templateIndex = m_state.templateIndex(templateId);
    if (templateId.isEmpty() || templateIndex < 0)
        return failure(422, QStringLiteral("Invalid or missing Badge Template ID: ") + templateId);
    const QJsonObject templateJson = m_state.templates().at(templateIndex);
    if (templateJson.value(QStringLiteral("state")).toString() != QLatin1String("active"))
        return failure(
            422, QStringLiteral("Validation failed: Badge template is archived and cannot issue badges."));
    if (isBlank(f, QStringLiteral("issued_at")) ||
        !parseIssuedAt(f.value(QStringLiteral("issued_at")).toString()).isValid())
        return failure(422, QStringLiteral("Validation failed: Issued at can't be blank"));
    const QString oldEmail = old.value(QStringLiteral("recipient_email")).toString();
    const QString newEmail = f.value(QStringLiteral("recipient_email")).toString().trimmed();
    if (!newEmail.isEmpty() && newEmail.compare(oldEmail, Qt::CaseInsensitive) != 0) {
        if (old.value(QStringLiteral("state")).toString() != QLatin1String("pending"))
            return failure(
                422, QStringLiteral("Validation failed: Recipient email can only be changed while the badge "
                                    "is pending."));
        if (!isValidEmail(newEmail))
            return failure(422, QStringLiteral("Validation failed: Recipient email is invalid"));
    }

    // Unspecified person fields carry over from the badge being replaced.
    QJsonObject fields = f;
    const QStringList carried{QStringLiteral("recipient_email"),       QStringLiteral("issued_to_first_name"),
                              QStringLiteral("issued_to_middle_name"), QStringLiteral("issued_to_last_name"),
                              QStringLiteral("issuer_earner_id"),      QStringLiteral("locale")};
    for (const QString& key : carried) {
        if (isBlank(fields, key) && !old.value(key).toString().isEmpty())
            fields.insert(key, old.value(key));
    }
    if (!f.contains(QStringLiteral("issued_to")) && !f.contains(QStringLiteral("issued_to_first_name")) &&
        !f.contains(QStringLiteral("issued_to_last_name")))
        fields.insert(QStringLiteral("issued_to"), old.value(QStringLiteral("issued_to")));

    QJsonObject badge = createBadge(fields, templateJson);
    badge.insert(QStringLiteral("state"), old.value(QStringLiteral("state")));
    if (old.value(QStringLiteral("state")).toString() == QLatin1String("accepted")) {
        badge.insert(QStringLiteral("user"), old.value(QStringLiteral("user")));
        badge.insert(QStringLiteral("badge_url"), QStringLiteral("https://www.credly.test/badges/") +
                                                      badge.value(QStringLiteral("id")).toString());
    }
    badge.insert(QStringLiteral("replaces_badge_id"), id);
    old.insert(QStringLiteral("replacement_badge_id"), badge.value(QStringLiteral("id")));
    old.insert(QStringLiteral("updated_at"), badge.value(QStringLiteral("created_at")));
    m_state.badges()[index] = old;
    m_state.badges().append(badge);
    m_state.addEvent(QStringLiteral("badge.created"), badge);
    stateChanged();
    return ok(badge, 201);
}

bool CredlySimulator::changeState(const QString& badgeId, const QString& newState)
{
    const int index = m_state.badgeIndex(badgeId);
    if (index < 0)
        return false;
    QJsonObject badge = m_state.badges().at(index);
    if (badge.value(QStringLiteral("state")).toString() != QLatin1String("pending"))
        return false;
    const QString t = now();
    badge.insert(QStringLiteral("state"), newState);
    badge.insert(QStringLiteral("state_updated_at"), t);
    badge.insert(QStringLiteral("updated_at"), t);
    if (newState == QLatin1String("accepted")) {
        badge.insert(QStringLiteral("badge_url"),
                     QStringLiteral("https://www.credly.test/badges/") + badgeId);
        badge.insert(
            QStringLiteral("user"),
            QJsonObject{
                {QStringLiteral("id"),
                 QUuid::createUuidV5(earnerNamespace(),
                                     badge.value(QStringLiteral("recipient_email")).toString().toLower())
                     .toString(QUuid::WithoutBraces)},
                {QStringLiteral("email"), badge.value(QStringLiteral("recipient_email"))},
                {QStringLiteral("first_name"), badge.value(QStringLiteral("issued_to_first_name"))},
                {QStringLiteral("middle_name"), badge.value(QStringLiteral("issued_to_middle_name"))},
                {QStringLiteral("last_name"), badge.value(QStringLiteral("issued_to_last_name"))},
                {QStringLiteral("url"), QStringLiteral("https://www.credly.test/users/earner")}});
    }
    m_state.badges()[index] = badge;
    m_state.addEvent(QStringLiteral("badge.state.changed"), badge);
    stateChanged();
    return true;
}

void CredlySimulator::deliver(QHttpServerResponder&& responder, const SimulatorResponse& response, bool drop,
                              int delayMs)
{
    const auto send = [](QHttpServerResponder& r, const SimulatorResponse& resp, bool dropIt) {
        QTcpSocket* socket = r.socket();
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        if (dropIt) {
            // The badge exists; the client only sees the connection close (what a reconciler must survive).
            socket->abort();
            return;
        }
        const QByteArray bytes = QJsonDocument(resp.body).toJson(QJsonDocument::Compact);
        r.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(resp.status));
        r.writeHeader(QByteArrayLiteral("Content-Type"),
                      QByteArrayLiteral("application/json; charset=utf-8"));
        r.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(bytes.size()));
        if (resp.retryAfterSeconds >= 0)
            r.writeHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(resp.retryAfterSeconds));
        r.writeBody(bytes);
    };
    if (delayMs <= 0) {
        send(responder, response, drop);
        return;
    }
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QPointer<QTcpSocket> socket = held->socket();
    QTimer::singleShot(delayMs, this, [held, socket, response, drop, send] {
        if (socket)
            send(*held, response, drop);
    });
}

void CredlySimulator::logRequest(const QString& method, const QString& path, int status,
                                 const QString& outcome)
{
    m_requestLog.append(QJsonObject{{QStringLiteral("method"), method},
                                    {QStringLiteral("path"), path},
                                    {QStringLiteral("status"), status},
                                    {QStringLiteral("outcome"), outcome}});
}

void CredlySimulator::stateChanged()
{
    if (!m_stateFile.isEmpty())
        m_saveTimer.start();
}

} // namespace badgedesk
