#include "CredlySimulator.h"
#include "credly/CredlyClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace badgedesk;
using Kind = CredlyError::Kind;

namespace {

QStringList g_log;
QMutex g_logMutex;

void captureMessage(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    QMutexLocker lock(&g_logMutex);
    g_log.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
}

// Waits for finished(); true once the reply has finished exactly once.
bool finish(CredlyReply* reply, int timeoutMs = 8000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &CredlyReply::finished);
    return spy.wait(timeoutMs) && spy.count() == 1 && reply->isFinished();
}

} // namespace

// CredlyClient against the simulator over real loopback HTTP, fault modes included.
class TestCredlyClient : public QObject
{
    Q_OBJECT

private:
    CredlySimulator m_sim;
    const QString m_token = QStringLiteral("Tk-9f3c1e7a5b-secret");
    const QString m_org = QStringLiteral("org-client-test");
    std::unique_ptr<CredlyClient> m_client;

    SeedTemplate seed(bool archived, bool allowDuplicates) const
    {
        for (const auto& t : CredlySimulator::seedTemplates()) {
            if (t.archived == archived && t.allowDuplicates == allowDuplicates)
                return t;
        }
        return {};
    }

    BadgeIssueRequest request(const QString& email, const QString& earnerId = QStringLiteral("hash-1")) const
    {
        BadgeIssueRequest r;
        r.recipientEmail = email;
        r.firstName = QStringLiteral("José");
        r.lastName = QStringLiteral("Nguyen");
        r.templateId = seed(false, false).id;
        r.issuedAt = QDateTime(QDate(2025, 3, 14), QTime(9, 41), Qt::OffsetFromUTC, -5 * 3600);
        r.issuerEarnerId = earnerId;
        return r;
    }

    int requestsTo(const QString& method, const QString& pathEnd) const
    {
        int n = 0;
        for (const auto& entry : m_sim.requestLog()) {
            const QJsonObject o = entry.toObject();
            if (o.value(QStringLiteral("method")).toString() == method &&
                o.value(QStringLiteral("path")).toString().endsWith(pathEnd))
                ++n;
        }
        return n;
    }

    void setFaults(const FaultOptions& f) { m_sim.setFaults(f); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sim.setToken(m_token);
        m_sim.setOrganizationId(m_org);
        QVERIFY(m_sim.listen() != 0);
    }

    void init()
    {
        m_sim.setFaults({});
        m_sim.reset();
        m_client = std::make_unique<CredlyClient>();
        QVERIFY(m_client->setBaseUrl(m_sim.baseUrl()));
        m_client->setOrganizationId(m_org);
        m_client->setToken(m_token);
        m_client->setRetryPolicy({4, 20, 200, 5});
    }

    void cleanup() { m_client.reset(); }

    void issuedAtHasExplicitOffset()
    {
        QCOMPARE(BadgeIssueRequest::formatTime(
                     QDateTime(QDate(2014, 4, 1), QTime(9, 41), Qt::OffsetFromUTC, -5 * 3600)),
                 QStringLiteral("2014-04-01 09:41:00 -0500"));
        QCOMPARE(BadgeIssueRequest::formatTime(
                     QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::OffsetFromUTC, 19800)),
                 QStringLiteral("2025-01-02 03:04:05 +0530"));
        QCOMPARE(BadgeIssueRequest::formatTime(QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC)),
                 QStringLiteral("2025-01-02 03:04:05 +0000"));
    }

    void baseUrlMustBeHttpsUnlessLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("production") << QStringLiteral("https://api.credly.com/v1/") << true;
        QTest::newRow("sandbox") << QStringLiteral("https://sandbox-api.credly.com/v1/") << true;
        QTest::newRow("loopback v4") << QStringLiteral("http://127.0.0.1:8080/v1/") << true;
        QTest::newRow("loopback v6") << QStringLiteral("http://[::1]:8080/v1/") << true;
        QTest::newRow("localhost") << QStringLiteral("http://localhost:8080/v1/") << true;
        QTest::newRow("http remote") << QStringLiteral("http://api.credly.com/v1/") << false;
        QTest::newRow("http lan") << QStringLiteral("http://192.168.1.5/v1/") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/v1/") << false;
        QTest::newRow("user info") << QStringLiteral("https://tok:@api.credly.com/v1/") << false;
        QTest::newRow("custom https") << QStringLiteral("https://credly-proxy.example.org/credly/v1") << true;
        QTest::newRow("custom http") << QStringLiteral("http://credly-proxy.example.org/v1/") << false;
        QTest::newRow("loopback look-alike") << QStringLiteral("http://127.0.0.1.example.org/v1/") << false;
        QTest::newRow("query") << QStringLiteral("https://api.credly.com/v1/?per=100") << false;
        QTest::newRow("fragment") << QStringLiteral("https://api.credly.com/v1/#x") << false;
        QTest::newRow("no host") << QStringLiteral("https:///v1/") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void baseUrlMustBeHttpsUnlessLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        CredlyClient client;
        QString why;
        QCOMPARE(client.setBaseUrl(QUrl(url), &why), allowed);
        QCOMPARE(why.isEmpty(), allowed);
        if (!allowed && url.startsWith(QLatin1String("http://")))
            QVERIFY(why.contains(QLatin1String("https")));
        QCOMPARE(client.baseUrl().isEmpty(), !allowed);
    }

    void unconfiguredClientSendsNothing()
    {
        CredlyClient client; // no base URL
        client.setOrganizationId(m_org);
        client.setToken(m_token);
        auto* r = client.listTemplates();
        QVERIFY(finish(r));
        QCOMPARE(r->error().kind, Kind::Configuration);
        QCOMPARE(r->error().message, QStringLiteral("no Credly address is set"));
        QCOMPARE(r->attempts(), 0);
        QCOMPARE(m_sim.requestLog().size(), 0);
    }

    void organizations()
    {
        auto* r = m_client->organizations();
        QVERIFY(finish(r));
        QVERIFY2(r->isOk(), qPrintable(r->error().message));
        QCOMPARE(r->value().size(), 1);
        QCOMPARE(r->value().first().id, m_org);
        QCOMPARE(r->value().first().name, m_sim.state().organizationName());
    }

    void organizationDetails()
    {
        auto* r = m_client->organization();
        QVERIFY(finish(r));
        QVERIFY2(r->isOk(), qPrintable(r->error().message));
        QCOMPARE(r->value().id, m_org);
        QCOMPARE(r->value().name, QStringLiteral("CareerTech Testing Center (Practice)"));
        QCOMPARE(requestsTo(QStringLiteral("GET"), QStringLiteral("/organizations/") + m_org), 1);

        m_client->setOrganizationId(QStringLiteral("someone-else"));
        auto* other = m_client->organization();
        QVERIFY(finish(other));
        QCOMPARE(other->error().kind, Kind::NotFound);
        QCOMPARE(other->error().message, QStringLiteral("Organization not found: someone-else"));
    }

    void templatesFollowEveryPage()
    {
        auto* r = m_client->listTemplates();
        QVERIFY(finish(r));
        QVERIFY2(r->isOk(), qPrintable(r->error().message));
        QCOMPARE(r->value().size(), 150);
        QCOMPARE(r->pages(), 3);
        QSet<QString> ids;
        for (const auto& t : r->value())
            ids.insert(t.id);
        for (const auto& s : CredlySimulator::seedTemplates())
            QVERIFY(ids.contains(s.id));
        // Three requests, none refused for repeated parameters (the simulator answers 400 to those).
        QCOMPARE(requestsTo(QStringLiteral("GET"), QStringLiteral("/badge_templates")), 3);

        CredlyTemplateFilter active;
        active.states = {QStringLiteral("active")};
        active.sort = QStringLiteral("name");
        auto* a = m_client->listTemplates(active);
        QVERIFY(finish(a));
        QVERIFY2(a->isOk(), qPrintable(a->error().message));
        QCOMPARE(a->value().size(), 144);
        QCOMPARE(a->pages(), 3);
        for (const auto& t : a->value())
            QVERIFY(t.isActive());
        QVERIFY(a->value().first().name < a->value().last().name);
    }

    void getTemplate()
    {
        const SeedTemplate s = seed(false, true);
        auto* r = m_client->getTemplate(s.id);
        QVERIFY(finish(r));
        QVERIFY(r->isOk());
        QCOMPARE(r->value().name, s.name);
        QVERIFY(r->value().allowDuplicateBadges);
        QVERIFY(r->value().updatedAt.isValid());
    }

    void issueGetListRevokeReplace()
    {
        BadgeIssueRequest req = request(QStringLiteral("jose+cttc@example.org"));
        req.middleName = QStringLiteral("Luis");
        req.locale = QStringLiteral("es-US");
        req.suppressNotificationEmail = true;
        req.countryName = QStringLiteral("United States");
        req.stateOrProvince = QStringLiteral("Oklahoma");
        req.expiry = BadgeIssueRequest::Expiry::Never;
        req.evidence = QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("IdEvidence")},
                                              {QStringLiteral("title"), QStringLiteral("Assessment")},
                                              {QStringLiteral("description"), QStringLiteral("0101")}}};
        auto* issued = m_client->issueBadge(req);
        QVERIFY(finish(issued));
        QVERIFY2(issued->isOk(), qPrintable(issued->error().message));
        const CredlyBadge b = issued->value();
        QCOMPARE(b.state, QStringLiteral("pending"));
        QCOMPARE(b.recipientEmail, QStringLiteral("jose+cttc@example.org"));
        QCOMPARE(b.issuedTo, QStringLiteral("José Luis Nguyen"));
        QCOMPARE(b.issuedAt, req.issuedAt); // same instant, sent with its offset
        QCOMPARE(b.issuedAtDate, QStringLiteral("2025-03-14"));
        QCOMPARE(b.templateId, req.templateId);
        QVERIFY(b.expiresAt.isNull());
        const QJsonObject stored = m_sim.state().badges().first();
        QCOMPARE(stored.value(QStringLiteral("locale")).toString(), QStringLiteral("es-US"));
        QCOMPARE(stored.value(QStringLiteral("suppress_badge_notification_email")).toBool(), true);
        QCOMPARE(stored.value(QStringLiteral("country")).toString(), QStringLiteral("United States"));
        QCOMPARE(stored.value(QStringLiteral("state_or_province")).toString(), QStringLiteral("Oklahoma"));
        QCOMPARE(stored.value(QStringLiteral("evidence")).toArray().size(), 1);
        QCOMPARE(stored.value(QStringLiteral("issuer_earner_id")).toString(), QStringLiteral("hash-1"));

        auto* got = m_client->getBadge(b.id);
        QVERIFY(finish(got));
        QCOMPARE(got->value().id, b.id);

        // Filters: an email with '+' in another case, URL-encoded by the client.
        CredlyBadgeFilter byEmail;
        byEmail.recipientEmail = QStringLiteral("JOSE+CTTC@example.org");
        byEmail.states = {QStringLiteral("pending"), QStringLiteral("accepted")};
        auto* found = m_client->listBadges(byEmail);
        QVERIFY(finish(found));
        QVERIFY2(found->isOk(), qPrintable(found->error().message));
        QCOMPARE(found->value().size(), 1);
        CredlyBadgeFilter byEarner;
        byEarner.issuerEarnerId = QStringLiteral("hash-1");
        byEarner.templateId = req.templateId;
        auto* found2 = m_client->listBadges(byEarner);
        QVERIFY(finish(found2));
        QCOMPARE(found2->value().size(), 1);
        CredlyBadgeFilter accepted;
        accepted.states = {QStringLiteral("accepted")};
        auto* none = m_client->listBadges(accepted);
        QVERIFY(finish(none));
        QVERIFY(none->isOk());
        QCOMPARE(none->value().size(), 0);

        // Replace to fix the email while pending, then replace the replaced one.
        BadgeReplaceRequest fix;
        fix.templateId = req.templateId;
        fix.issuedAt = req.issuedAt;
        fix.recipientEmail = QStringLiteral("jose@example.org");
        auto* replaced = m_client->replaceBadge(b.id, fix);
        QVERIFY(finish(replaced));
        QVERIFY2(replaced->isOk(), qPrintable(replaced->error().message));
        QCOMPARE(replaced->value().replacesBadgeId, b.id);
        QCOMPARE(replaced->value().recipientEmail, QStringLiteral("jose@example.org"));
        auto* again = m_client->replaceBadge(b.id, fix);
        QVERIFY(finish(again));
        QCOMPARE(again->error().kind, Kind::Validation);
        QCOMPARE(again->error().httpStatus, 422);
        QCOMPARE(again->error().message,
                 QStringLiteral("Validation failed: This badge cannot be replaced because it has "
                                "already been replaced."));
        QCOMPARE(again->error().currentBadgeId, replaced->value().id);

        auto* noReason = m_client->revokeBadge(replaced->value().id, QString());
        QVERIFY(finish(noReason));
        QCOMPARE(noReason->error().kind, Kind::Validation);
        QCOMPARE(noReason->error().message, QStringLiteral("Validation failed: Reason can't be blank"));
        auto* revoked = m_client->revokeBadge(replaced->value().id, QStringLiteral("Email bounced"));
        QVERIFY(finish(revoked));
        QVERIFY2(revoked->isOk(), qPrintable(revoked->error().message));
        QCOMPARE(revoked->value().state, QStringLiteral("revoked"));
        QCOMPARE(revoked->value().revocationReason, QStringLiteral("Email bounced"));
    }

    void eventsAfterAccept()
    {
        auto* issued = m_client->issueBadge(request(QStringLiteral("ev@example.org")));
        QVERIFY(finish(issued));
        QVERIFY(m_sim.acceptBadge(issued->value().id));
        auto* events = m_client->listEvents();
        QVERIFY(finish(events));
        QVERIFY2(events->isOk(), qPrintable(events->error().message));
        QCOMPARE(events->value().size(), 2);
        QCOMPARE(events->value().at(0).eventType, QStringLiteral("badge.created"));
        QCOMPARE(events->value().at(1).eventType, QStringLiteral("badge.state.changed"));
        QCOMPARE(events->value().at(1).badge.state, QStringLiteral("accepted"));
        QCOMPARE(events->value().at(1).badge.id, issued->value().id);
        QVERIFY(!events->value().at(1).badge.badgeUrl.isEmpty());
    }

    void tokenExpiry()
    {
        m_sim.addToken(QStringLiteral("another"), false);
        auto* r = m_client->authorizationTokens();
        QVERIFY(finish(r));
        QVERIFY2(r->isOk(), qPrintable(r->error().message));
        QCOMPARE(r->value().size(), 2);
        int current = 0;
        for (const auto& t : r->value()) {
            if (!t.isCurrent)
                continue;
            ++current;
            QVERIFY(t.writeEnabled);
            QVERIFY(qAbs(QDateTime::currentDateTimeUtc().daysTo(t.expiresAt) - 180) <= 1);
        }
        QCOMPARE(current, 1);
    }

    void tokenExpiryOfTheTokenInUse()
    {
        auto* r = m_client->tokenExpiry();
        QVERIFY(finish(r));
        QVERIFY2(r->isOk(), qPrintable(r->error().message));
        QVERIFY(r->value().known);
        const QDate today = QDate::currentDate();
        QVERIFY(qAbs(r->value().daysLeft(today) - 180) <= 1);
        QVERIFY(!r->value().needsWarning(today));

        // A token that expires in 20 days: known, and warned about.
        const QString soon = QStringLiteral("Tk-soon-4d1e");
        m_sim.addToken(soon, true, QDateTime::currentDateTimeUtc().addDays(20));
        m_client->setToken(soon);
        auto* s = m_client->tokenExpiry();
        QVERIFY(finish(s));
        QVERIFY2(s->isOk(), qPrintable(s->error().message));
        QVERIFY(s->value().known);
        QVERIFY(qAbs(s->value().daysLeft(today) - 20) <= 1);
        QVERIFY(s->value().needsWarning(today));
        QVERIFY2(s->value().userText(today).contains(QLatin1String("Developers > Authorization Tokens")),
                 qPrintable(s->value().userText(today)));

        // An expired token is refused outright: an authentication error, not an unknown date.
        const QString expired = QStringLiteral("Tk-expired-77");
        m_sim.addToken(expired, true, QDateTime::currentDateTimeUtc().addDays(-1));
        m_client->setToken(expired);
        auto* e = m_client->tokenExpiry();
        QVERIFY(finish(e));
        QCOMPARE(e->error().kind, Kind::Authentication);
        QCOMPARE(e->error().message, QStringLiteral("Unauthorized: the authorization token has expired."));
    }

    void tokenExpiryUnknownWhenCredlyWillNotShowIt()
    {
        // A bare server that forbids the token list, as Credly does for a token without the right.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket* socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                const QByteArray body("{\"data\":{\"message\":\"Forbidden\"},\"metadata\":null}");
                socket->readAll();
                socket->write("HTTP/1.1 403 Forbidden\r\nContent-Type: application/json\r\nContent-Length: " +
                              QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
        });
        CredlyClient client;
        QVERIFY(client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/").arg(server.serverPort()))));
        client.setOrganizationId(m_org);
        client.setToken(m_token);
        auto* r = client.tokenExpiry();
        QVERIFY(finish(r));
        QVERIFY2(r->isOk(), qPrintable(r->error().message));
        QVERIFY(!r->value().known);
        QVERIFY(!r->value().needsWarning(QDate::currentDate()));
        QVERIFY(r->value().unknownReason.contains(QLatin1String("Developers > Authorization Tokens")));
    }

    void badgeSearchByQuery()
    {
        auto* a = m_client->issueBadge(request(QStringLiteral("q1@example.org"), QStringLiteral("h-q1")));
        QVERIFY(finish(a));
        QVERIFY(a->isOk());
        BadgeIssueRequest other = request(QStringLiteral("someone@example.com"), QStringLiteral("h-q2"));
        other.firstName = QStringLiteral("Zoë");
        auto* b = m_client->issueBadge(other);
        QVERIFY(finish(b));
        QVERIFY(b->isOk());
        CredlyBadgeFilter search;
        search.query = QStringLiteral("zoë");
        auto* found = m_client->listBadges(search);
        QVERIFY(finish(found));
        QVERIFY2(found->isOk(), qPrintable(found->error().message));
        QCOMPARE(found->value().size(), 1);
        QCOMPARE(found->value().first().id, b->value().id);
    }

    void authenticationError()
    {
        m_client->setToken(QStringLiteral("wrong"));
        auto* r = m_client->listTemplates();
        QVERIFY(finish(r));
        QCOMPARE(r->error().kind, Kind::Authentication);
        QCOMPARE(r->error().httpStatus, 401);
        QCOMPARE(r->error().message,
                 QStringLiteral("Unauthorized: the authorization token is missing or invalid."));
        QCOMPARE(r->attempts(), 1); // a 401 is not retried
        QVERIFY(r->error().userText().contains(QLatin1String("180 days")));
    }

    void permissionError()
    {
        m_sim.addToken(QStringLiteral("ro"), false);
        m_client->setToken(QStringLiteral("ro"));
        auto* r = m_client->issueBadge(request(QStringLiteral("p@example.org")));
        QVERIFY(finish(r));
        QCOMPARE(r->error().kind, Kind::Permission);
        QCOMPARE(r->error().httpStatus, 403);
        QCOMPARE(r->error().message,
                 QStringLiteral("Forbidden: this authorization token does not have write permission."));
    }

    void notFoundError()
    {
        auto* r = m_client->getBadge(QStringLiteral("no-such-badge"));
        QVERIFY(finish(r));
        QCOMPARE(r->error().kind, Kind::NotFound);
        QCOMPARE(r->error().httpStatus, 404);
        QCOMPARE(r->error().message, QStringLiteral("Not found: no-such-badge"));
        QCOMPARE(r->attempts(), 1);
    }

    void validationErrors()
    {
        BadgeIssueRequest archived = request(QStringLiteral("v@example.org"));
        archived.templateId = seed(true, false).id;
        auto* r = m_client->issueBadge(archived);
        QVERIFY(finish(r));
        QCOMPARE(r->error().kind, Kind::Validation);
        QCOMPARE(r->error().message,
                 QStringLiteral("Validation failed: Badge template is archived and cannot issue badges."));

        BadgeIssueRequest unknown = request(QStringLiteral("v@example.org"));
        unknown.templateId = QStringLiteral("nope");
        auto* u = m_client->issueBadge(unknown);
        QVERIFY(finish(u));
        QCOMPARE(u->error().kind, Kind::Validation);
        QCOMPARE(u->error().message, QStringLiteral("Invalid or missing Badge Template ID: nope"));
    }

    void duplicateError()
    {
        auto* first = m_client->issueBadge(request(QStringLiteral("dup@example.org"), QStringLiteral("h-1")));
        QVERIFY(finish(first));
        QVERIFY(first->isOk());
        auto* second =
            m_client->issueBadge(request(QStringLiteral("DUP@example.org"), QStringLiteral("h-2")));
        QVERIFY(finish(second));
        QCOMPARE(second->error().kind, Kind::Duplicate);
        QCOMPARE(second->error().httpStatus, 422);
        QCOMPARE(second->error().message,
                 QStringLiteral("Validation failed: User already has this badge. Duplicate "
                                "badges are not allowed for this badge template."));
        QCOMPARE(m_sim.state().badges().size(), 1);
    }

    void throttledPostIsNotRetried()
    {
        FaultOptions f;
        f.throttleEvery = 1;
        f.retryAfterSeconds = 7;
        setFaults(f);
        auto* r = m_client->issueBadge(request(QStringLiteral("t@example.org")));
        QVERIFY(finish(r));
        QCOMPARE(r->error().kind, Kind::Throttled);
        QCOMPARE(r->error().httpStatus, 429);
        QCOMPARE(r->error().retryAfterSeconds, 7);
        QCOMPARE(r->error().message, QStringLiteral("Too many requests. Please retry later."));
        QCOMPARE(r->attempts(), 1);
        QCOMPARE(requestsTo(QStringLiteral("POST"), QStringLiteral("/badges")), 1);
    }

    void getAfter429WithRetryAfterIsRetried()
    {
        FaultOptions f;
        f.throttleEvery = 2; // the second request is refused once
        f.retryAfterSeconds = 1;
        setFaults(f);
        const QString id = seed(false, false).id;
        auto* warmUp = m_client->getTemplate(id);
        QVERIFY(finish(warmUp));
        QCOMPARE(warmUp->attempts(), 1);
        QElapsedTimer timer;
        timer.start();
        auto* r = m_client->getTemplate(id);
        QVERIFY(finish(r));
        QVERIFY2(r->isOk(), qPrintable(r->error().message));
        QCOMPARE(r->attempts(), 2);
        QVERIFY2(timer.elapsed() >= 950,
                 qPrintable(QString::number(timer.elapsed()))); // honoured Retry-After: 1
        const QJsonArray log = m_sim.requestLog();
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(1).toObject().value(QStringLiteral("status")).toInt(), 429);
        QCOMPARE(log.at(2).toObject().value(QStringLiteral("status")).toInt(), 200);
    }

    void pagingSurvives429WithoutRetryAfter()
    {
        FaultOptions f;
        f.throttleEvery = 2;
        f.retryAfterSeconds = -1; // backoff with jitter instead
        setFaults(f);
        auto* r = m_client->listTemplates();
        QVERIFY(finish(r));
        QVERIFY2(r->isOk(), qPrintable(r->error().message));
        QCOMPARE(r->value().size(), 150);
        QCOMPARE(r->pages(), 3);
        QCOMPARE(r->attempts(), 5); // pages 2 and 3 each refused once
    }

    void serverErrorPostIsNotRetried()
    {
        FaultOptions f;
        f.errorRate = 1.0;
        f.errorStatus = 503;
        setFaults(f);
        auto* r = m_client->issueBadge(request(QStringLiteral("s@example.org")));
        QVERIFY(finish(r));
        QCOMPARE(r->error().kind, Kind::Server);
        QCOMPARE(r->error().httpStatus, 503);
        QCOMPARE(r->error().message, QStringLiteral("Internal Server Error"));
        QCOMPARE(r->attempts(), 1);
        QCOMPARE(requestsTo(QStringLiteral("POST"), QStringLiteral("/badges")), 1);
        QCOMPARE(m_sim.state().badges().size(), 0);

        // A GET on the same server is retried up to the policy's bound.
        auto* g = m_client->getBadge(QStringLiteral("x"));
        QVERIFY(finish(g));
        QCOMPARE(g->error().kind, Kind::Server);
        QCOMPARE(g->attempts(), 4);
    }

    void droppedAfterCreateIsNetworkErrorButBadgeExists()
    {
        FaultOptions f;
        f.dropAfterCreateEvery = 1;
        setFaults(f);
        auto* r = m_client->issueBadge(request(QStringLiteral("drop@example.org"), QStringLiteral("h-drop")));
        QVERIFY(finish(r));
        QCOMPARE(r->error().kind, Kind::Network);
        // Qt tried to resend the POST on a new connection; the one-shot body made it fail instead.
        QCOMPARE(r->error().message,
                 QStringLiteral("the connection closed after the request was sent; whether "
                                "Credly acted on it is unknown"));
        QCOMPARE(r->attempts(), 1);
        QCOMPARE(requestsTo(QStringLiteral("POST"), QStringLiteral("/badges")),
                 1); // Qt did not resend it either
        QCOMPARE(m_sim.state().badges().size(), 1);
        QCOMPARE(m_sim.requestLog().last().toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("dropped"));

        // What the issuer does next: look it up instead of sending again.
        setFaults({});
        CredlyBadgeFilter lookup;
        lookup.issuerEarnerId = QStringLiteral("h-drop");
        lookup.templateId = seed(false, false).id;
        auto* found = m_client->listBadges(lookup);
        QVERIFY(finish(found));
        QCOMPARE(found->value().size(), 1);
        QCOMPARE(found->value().first().recipientEmail, QStringLiteral("drop@example.org"));
    }

    void hangingReplyTimesOut()
    {
        FaultOptions f;
        f.hangPath = QStringLiteral("/badges/");
        setFaults(f);
        m_client->setTransferTimeout(300);
        m_client->setRetryPolicy({1, 10, 10, 5});
        QElapsedTimer timer;
        timer.start();
        auto* r = m_client->getBadge(QStringLiteral("any"));
        QVERIFY(finish(r, 5000));
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(r->error().kind, Kind::Timeout);
        QCOMPARE(r->error().message, QStringLiteral("no answer within 300 ms"));
        QVERIFY2(elapsed >= 250 && elapsed < 2000, qPrintable(QString::number(elapsed)));

        // With retries allowed, a GET that times out is tried again, and only a GET.
        m_client->setRetryPolicy({2, 10, 10, 5});
        auto* twice = m_client->getBadge(QStringLiteral("any"));
        QVERIFY(finish(twice, 5000));
        QCOMPARE(twice->error().kind, Kind::Timeout);
        QCOMPARE(twice->attempts(), 2);
    }

    void abortEndsTheCall()
    {
        FaultOptions f;
        f.hangPath = QStringLiteral("/badges/");
        setFaults(f);
        auto* r = m_client->getBadge(QStringLiteral("any"));
        QSignalSpy spy(r, &CredlyReply::finished);
        QTest::qWait(50);
        r->abort();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(r->error().kind, Kind::Canceled);
        QTest::qWait(50);
        QCOMPARE(spy.count(), 1);
    }

    void malformedAnswersAndForeignNextPage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("<html>maintenance</html>") << QStringLiteral("not JSON");
        QTest::newRow("no data") << QByteArray("{\"metadata\":{}}") << QStringLiteral("no \"data\"");
        QTest::newRow("foreign next page")
            << QByteArray(
                   "{\"data\":[],\"metadata\":{\"next_page_url\":\"https://elsewhere.example/v1/x?page=2\"}}")
            << QStringLiteral("points away");
    }

    void malformedAnswersAndForeignNextPage()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        // A bare TCP server answers one canned 200 and records the request.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QByteArray seen;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket* socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                seen += socket->readAll();
                if (!seen.contains("\r\n\r\n"))
                    return;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                              QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
        });
        CredlyClient client;
        QVERIFY(client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/").arg(server.serverPort()))));
        client.setOrganizationId(m_org);
        client.setToken(m_token);
        client.setRetryPolicy({1, 10, 10, 5});
        auto* r = client.listTemplates();
        QVERIFY(finish(r));
        QCOMPARE(r->error().kind, Kind::Malformed);
        QVERIFY2(r->error().message.contains(expected), qPrintable(r->error().message));
        // The documented headers went out.
        QVERIFY2(seen.contains("Authorization: Basic " + (m_token.toUtf8() + ':').toBase64() + "\r\n"),
                 seen.constData());
        QVERIFY(seen.contains("Accept: application/json\r\n"));
    }

    void tlsFailureIsAnErrorNeverIgnored()
    {
        // https to a loopback port that does not speak TLS: the handshake fails and the call ends
        // as a network error; nothing falls back to plain http or carries on regardless.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QByteArray seen;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket* socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                seen += socket->readAll();
                socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
            });
        });
        CredlyClient client;
        QVERIFY(client.setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1/v1/").arg(server.serverPort()))));
        client.setOrganizationId(m_org);
        client.setToken(m_token);
        client.setRetryPolicy({1, 10, 10, 1});
        auto* r = client.organization();
        QVERIFY(finish(r));
        QCOMPARE(r->error().kind, Kind::Network);
        QVERIFY(!seen.contains("Authorization")); // the token never went out in the clear
    }

    void tokenNeverReachesTheLog()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("badgedesk.credly.debug=true"));
        g_log.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);

        FaultOptions f;
        f.throttleEvery = 3;
        f.retryAfterSeconds = 0;
        setFaults(f);
        // One after the other, so the third request (a template page, a GET) is the throttled one
        // and is retried with a warning; the POST is the fifth and goes through.
        auto* a = m_client->listTemplates();
        QVERIFY(finish(a));
        auto* b = m_client->issueBadge(request(QStringLiteral("log@example.org")));
        QVERIFY(finish(b));
        QVERIFY(!b->error().isError());
        m_client->setToken(m_token + QStringLiteral("-wrong"));
        auto* c = m_client->organizations();
        QVERIFY(finish(c));
        QCOMPARE(c->error().kind, Kind::Authentication);

        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        const QString all = g_log.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("badge_templates")),
                 qPrintable(all)); // the log did record the calls
        QVERIFY2(all.contains(QLatin1String("retry")), qPrintable(all));
        QVERIFY(!all.contains(m_token));
        QVERIFY(!all.contains(QString::fromLatin1((m_token.toUtf8() + ':').toBase64())));
        QVERIFY(!all.contains(QLatin1String("Authorization"), Qt::CaseInsensitive));
        QVERIFY(!all.contains(QLatin1String("log@example.org"))); // nor an earner's email
    }
};

QTEST_GUILESS_MAIN(TestCredlyClient)
#include "TestCredlyClient.moc"
