#include "CredlySimulator.h"
#include "SimulatorSeed.h"
#include "sample/SampleDataGenerator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace badgedesk;

namespace {

struct Answer
{
    int status = 0;
    QJsonObject json;
    QByteArray retryAfter;
    bool hasRetryAfter = false;
};

} // namespace

// The simulator's documented shapes, checked over real loopback HTTP with a bare
// QNetworkAccessManager (not CredlyClient), so the two are tested independently.
class TestCredlySimulator : public QObject
{
    Q_OBJECT

private:
    CredlySimulator m_sim;
    QNetworkAccessManager m_nam;
    const QString m_token = QStringLiteral("sim-test-token");
    const QString m_org = QStringLiteral("org-under-test");

    QString orgPath(const QString& rest) const { return QStringLiteral("/v1/organizations/") + m_org + rest; }

    Answer call(const QByteArray& verb, const QString& pathAndQuery, const QJsonObject& body = {},
                const QString& token = QStringLiteral("<default>"))
    {
        const QString url = pathAndQuery.startsWith(QLatin1String("http"))
                                ? pathAndQuery
                                : QStringLiteral("http://127.0.0.1:%1").arg(m_sim.port()) + pathAndQuery;
        QNetworkRequest request{QUrl(url)};
        const QString t = token == QLatin1String("<default>") ? m_token : token;
        if (!t.isNull())
            request.setRawHeader("Authorization", "Basic " + (t.toUtf8() + ':').toBase64());
        request.setRawHeader("Accept", "application/json");
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const QByteArray payload =
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
        QNetworkReply* reply = m_nam.sendCustomRequest(request, verb, payload);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        Answer a;
        if (!reply->isFinished() && !spy.wait(5000))
            return a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.json = QJsonDocument::fromJson(reply->readAll()).object();
        a.hasRetryAfter = reply->hasRawHeader("Retry-After");
        a.retryAfter = reply->rawHeader("Retry-After");
        reply->deleteLater();
        return a;
    }

    QJsonObject issueBody(const QString& templateId, const QString& email, const QString& earnerId = {}) const
    {
        QJsonObject o{{QStringLiteral("recipient_email"), email},
                      {QStringLiteral("issued_to_first_name"), QStringLiteral("Ana")},
                      {QStringLiteral("issued_to_last_name"), QStringLiteral("Peña")},
                      {QStringLiteral("badge_template_id"), templateId},
                      {QStringLiteral("issued_at"), QStringLiteral("2025-03-14 09:41:00 -0500")}};
        if (!earnerId.isEmpty())
            o.insert(QStringLiteral("issuer_earner_id"), earnerId);
        return o;
    }

    SeedTemplate seed(bool archived, bool allowDuplicates) const
    {
        for (const auto& t : CredlySimulator::seedTemplates()) {
            if (t.archived == archived && t.allowDuplicates == allowDuplicates)
                return t;
        }
        return {};
    }

    static QString message(const Answer& a)
    {
        return a.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("message")).toString();
    }
    static QJsonObject data(const Answer& a) { return a.json.value(QStringLiteral("data")).toObject(); }
    static QJsonObject metadata(const Answer& a)
    {
        return a.json.value(QStringLiteral("metadata")).toObject();
    }

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
    }

    void seedIsDeterministic()
    {
        const auto seeds = CredlySimulator::seedTemplates();
        QCOMPARE(seeds.last().id, CredlySimulator::seedTemplates().last().id); // same list every call
        QVERIFY2(seeds.size() > 100, "more than two pages of 50");             // pagination is exercised

        // The same templates the sample approved list names: every badged row's id is a template.
        SampleDataGenerator::Options options;
        options.seed = SimulatorSeed::DefaultSampleSeed;
        const auto list = SampleDataGenerator(options).approvedAssessments();
        const int codeColumn = 0;
        const int templateColumn = list.header.indexOf(QStringLiteral("CredlyTemplateID"));
        QVERIFY(templateColumn > 0);
        QHash<QString, QString> templateByCode;
        for (const QStringList& row : list.rows) {
            if (!row.at(templateColumn).isEmpty())
                templateByCode.insert(row.at(codeColumn), row.at(templateColumn));
        }
        int archived = 0;
        int duplicatesAllowed = 0;
        QSet<QString> ids;
        for (const auto& t : seeds) {
            QCOMPARE(t.id, SampleDataGenerator::templateIdFor(SimulatorSeed::DefaultSampleSeed, t.code));
            QVERIFY2(t.name.endsWith(t.title), qPrintable(t.name));
            archived += t.archived;
            duplicatesAllowed += t.allowDuplicates;
            ids.insert(t.id);
        }
        QCOMPARE(ids.size(), seeds.size());
        // All but the one row whose template id was left blank on purpose (domain.md section 7).
        int named = 0;
        for (const QString& id : std::as_const(templateByCode))
            named += ids.contains(id);
        QCOMPARE(named, templateByCode.size());
        QCOMPARE(templateByCode.size(), seeds.size() - 1);
        QCOMPARE(archived, seeds.size() / 25);
        QCOMPARE(duplicatesAllowed, (seeds.size() + 22) / 30);
    }

    void wrongOrMissingTokenIs401()
    {
        for (const QString& token : {QStringLiteral("wrong"), QString()}) {
            const Answer a = call("GET", orgPath(QStringLiteral("/badge_templates")), {}, token);
            QCOMPARE(a.status, 401);
            QCOMPARE(message(a),
                     QStringLiteral("Unauthorized: the authorization token is missing or invalid."));
            QVERIFY(a.json.value(QStringLiteral("metadata")).isNull());
        }
    }

    void templatesPageWithAbsoluteNextUrl()
    {
        QSet<QString> ids;
        QString url = orgPath(QStringLiteral("/badge_templates"));
        int pages = 0;
        while (!url.isEmpty()) {
            const Answer a = call("GET", url);
            QCOMPARE(a.status, 200);
            ++pages;
            const QJsonObject meta = metadata(a);
            QCOMPARE(meta.value(QStringLiteral("per")).toInt(), 50);
            QCOMPARE(meta.value(QStringLiteral("total_count")).toInt(), 150);
            QCOMPARE(meta.value(QStringLiteral("total_pages")).toInt(), 3);
            QCOMPARE(meta.value(QStringLiteral("current_page")).toInt(), pages);
            QCOMPARE(meta.value(QStringLiteral("count")).toInt(), 50);
            QCOMPARE(meta.value(QStringLiteral("previous_page_url")).isNull(), pages == 1);
            for (const auto& t : a.json.value(QStringLiteral("data")).toArray())
                ids.insert(t.toObject().value(QStringLiteral("id")).toString());
            const QJsonValue next = meta.value(QStringLiteral("next_page_url"));
            if (pages == 1)
                QCOMPARE(next.toString(), QStringLiteral("http://127.0.0.1:%1%2?page=2")
                                              .arg(m_sim.port())
                                              .arg(orgPath(QStringLiteral("/badge_templates"))));
            url = next.isNull() ? QString() : next.toString();
        }
        QCOMPARE(pages, 3);
        QCOMPARE(ids.size(), 150);
    }

    void templateFilters()
    {
        const auto seeds = CredlySimulator::seedTemplates();
        int archivedCount = 0;
        QString lastActiveName;
        int welding = 0;
        for (const auto& t : seeds) {
            archivedCount += t.archived;
            if (!t.archived && t.name > lastActiveName)
                lastActiveName = t.name;
            welding += t.name.contains(QLatin1String("welding"), Qt::CaseInsensitive);
        }
        QVERIFY(archivedCount > 0 && welding > 1);

        Answer a = call("GET", orgPath(QStringLiteral("/badge_templates?filter=state::archived")));
        QCOMPARE(metadata(a).value(QStringLiteral("total_count")).toInt(), archivedCount);
        for (const auto& t : a.json.value(QStringLiteral("data")).toArray())
            QCOMPARE(t.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("archived"));

        a = call("GET", orgPath(QStringLiteral("/badge_templates?filter=state::active&sort=-name")));
        QCOMPARE(metadata(a).value(QStringLiteral("total_count")).toInt(), seeds.size() - archivedCount);
        // The filter travels in next_page_url, once.
        const QString next = metadata(a).value(QStringLiteral("next_page_url")).toString();
        QVERIFY2(next.contains(QLatin1String("filter=state::active")) &&
                     next.count(QLatin1String("filter=")) == 1,
                 qPrintable(next));
        const QString first = a.json.value(QStringLiteral("data"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("name"))
                                  .toString();
        QCOMPARE(first, lastActiveName);

        const QString exactName = seeds.at(3).name;
        a = call("GET",
                 orgPath(QStringLiteral("/badge_templates?filter=name::%22") +
                         QString::fromLatin1(QUrl::toPercentEncoding(exactName)) + QStringLiteral("%22")));
        QCOMPARE(metadata(a).value(QStringLiteral("total_count")).toInt(), 1);
        QCOMPARE(a.json.value(QStringLiteral("data"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 exactName);
        a = call("GET", orgPath(QStringLiteral("/badge_templates?filter=query::welding")));
        QCOMPARE(metadata(a).value(QStringLiteral("total_count")).toInt(), welding);

        a = call("GET", orgPath(QStringLiteral("/badge_templates/") + seed(false, false).id));
        QCOMPARE(a.status, 200);
        QCOMPARE(data(a).value(QStringLiteral("name")).toString(), seed(false, false).name);
        QCOMPARE(call("GET", orgPath(QStringLiteral("/badge_templates/nope"))).status, 404);
    }

    void repeatedQueryParameterIsRefused()
    {
        const Answer a = call("GET", orgPath(QStringLiteral("/badge_templates?page=2&page=2")));
        QCOMPARE(a.status, 400);
        QVERIFY(message(a).contains(QLatin1String("page")));
    }

    void issue201Shape()
    {
        const SeedTemplate t = seed(false, false);
        const Answer a = call("POST", orgPath(QStringLiteral("/badges")),
                              issueBody(t.id, QStringLiteral("ana+cttc@example.org"), QStringLiteral("e-1")));
        QCOMPARE(a.status, 201);
        const QJsonObject b = data(a);
        QVERIFY(!QUuid::fromString(b.value(QStringLiteral("id")).toString()).isNull());
        QCOMPARE(b.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        QCOMPARE(b.value(QStringLiteral("recipient_email")).toString(),
                 QStringLiteral("ana+cttc@example.org"));
        QCOMPARE(b.value(QStringLiteral("issued_to")).toString(), QStringLiteral("Ana Peña"));
        QCOMPARE(b.value(QStringLiteral("issued_to_first_name")).toString(), QStringLiteral("Ana"));
        QVERIFY(b.value(QStringLiteral("issued_to_middle_name")).isNull());
        QCOMPARE(b.value(QStringLiteral("issuer_earner_id")).toString(), QStringLiteral("e-1"));
        QCOMPARE(b.value(QStringLiteral("issued_at")).toString(), QStringLiteral("2025-03-14T14:41:00.000Z"));
        QCOMPARE(b.value(QStringLiteral("issued_at_date")).toString(), QStringLiteral("2025-03-14"));
        QCOMPARE(b.value(QStringLiteral("badge_template")).toObject().value(QStringLiteral("id")).toString(),
                 t.id);
        QCOMPARE(
            b.value(QStringLiteral("badge_template")).toObject().value(QStringLiteral("name")).toString(),
            t.name);
        QVERIFY(b.value(QStringLiteral("accept_badge_url"))
                    .toString()
                    .contains(b.value(QStringLiteral("id")).toString()));
        QVERIFY(b.value(QStringLiteral("replaces_badge_id")).isNull());
        QVERIFY(b.value(QStringLiteral("replacement_badge_id")).isNull());
        QVERIFY(b.value(QStringLiteral("state_updated_at")).isNull());
        QVERIFY(b.value(QStringLiteral("created_at")).toString().endsWith(QLatin1Char('Z')));
        QVERIFY(b.contains(QStringLiteral("updated_at")));
        QVERIFY(a.json.value(QStringLiteral("metadata")).isObject());
    }

    void issue422Messages_data()
    {
        QTest::addColumn<QString>("removeKey");
        QTest::addColumn<QString>("templateId");
        QTest::addColumn<QString>("expected");
        const QString active = seed(false, false).id;
        QTest::newRow("no template") << QStringLiteral("badge_template_id") << active
                                     << QStringLiteral("Invalid or missing Badge Template ID: ");
        QTest::newRow("unknown template") << QString() << QStringLiteral("0000")
                                          << QStringLiteral("Invalid or missing Badge Template ID: 0000");
        QTest::newRow("archived template")
            << QString() << seed(true, false).id
            << QStringLiteral("Validation failed: Badge template is archived and cannot issue badges.");
        QTest::newRow("no email") << QStringLiteral("recipient_email") << active
                                  << QStringLiteral("Validation failed: Recipient email can't be blank");
        QTest::newRow("no first name")
            << QStringLiteral("issued_to_first_name") << active
            << QStringLiteral("Validation failed: Issued to first name can't be blank");
        QTest::newRow("no last name")
            << QStringLiteral("issued_to_last_name") << active
            << QStringLiteral("Validation failed: Issued to last name can't be blank");
        QTest::newRow("no issued_at") << QStringLiteral("issued_at") << active
                                      << QStringLiteral("Validation failed: Issued at can't be blank");
    }

    void issue422Messages()
    {
        QFETCH(QString, removeKey);
        QFETCH(QString, templateId);
        QFETCH(QString, expected);
        QJsonObject body = issueBody(templateId, QStringLiteral("x@example.org"));
        body.remove(removeKey);
        const Answer a = call("POST", orgPath(QStringLiteral("/badges")), body);
        QCOMPARE(a.status, 422);
        QCOMPARE(message(a), expected);
        QVERIFY(a.json.value(QStringLiteral("metadata")).isNull());
        QCOMPARE(m_sim.state().badges().size(), 0);
    }

    void duplicateRule()
    {
        const QString tpl = seed(false, false).id;
        const QString path = orgPath(QStringLiteral("/badges"));
        QCOMPARE(call("POST", path, issueBody(tpl, QStringLiteral("Kim@Example.org"), QStringLiteral("e-7")))
                     .status,
                 201);
        // Same template and same email, other case: duplicate.
        Answer a = call("POST", path, issueBody(tpl, QStringLiteral("kim@example.ORG")));
        QCOMPARE(a.status, 422);
        QVERIFY(message(a).contains(QLatin1String("already has this badge")));
        // Same template and same issuer_earner_id, other email: duplicate.
        QCOMPARE(
            call("POST", path, issueBody(tpl, QStringLiteral("other@example.org"), QStringLiteral("e-7")))
                .status,
            422);
        // Another template: fine.
        const QString otherTemplate = CredlySimulator::seedTemplates().at(1).id;
        QCOMPARE(call("POST", path, issueBody(otherTemplate, QStringLiteral("kim@example.org"))).status, 201);
        // duplicate_behavior allow.
        QJsonObject allow = issueBody(tpl, QStringLiteral("kim@example.org"));
        allow.insert(QStringLiteral("duplicate_behavior"), QStringLiteral("allow"));
        QCOMPARE(call("POST", path, allow).status, 201);

        // A template with allow_duplicate_badges issues twice.
        const QString open = seed(false, true).id;
        QCOMPARE(call("POST", path, issueBody(open, QStringLiteral("lee@example.org"))).status, 201);
        QCOMPARE(call("POST", path, issueBody(open, QStringLiteral("lee@example.org"))).status, 201);

        // A revoked badge does not block a new one.
        const QString tpl2 = CredlySimulator::seedTemplates().at(2).id;
        a = call("POST", path, issueBody(tpl2, QStringLiteral("sam@example.org")));
        const QString id = data(a).value(QStringLiteral("id")).toString();
        QCOMPARE(call("PUT", orgPath(QStringLiteral("/badges/%1/revoke").arg(id)),
                      QJsonObject{{QStringLiteral("reason"), QStringLiteral("Issued in error")}})
                     .status,
                 200);
        QCOMPARE(call("POST", path, issueBody(tpl2, QStringLiteral("sam@example.org"))).status, 201);

        // duplicate_behavior replace: a new badge replaces the pending one.
        QJsonObject replace = issueBody(tpl2, QStringLiteral("sam@example.org"));
        replace.insert(QStringLiteral("duplicate_behavior"), QStringLiteral("replace"));
        a = call("POST", path, replace);
        QCOMPARE(a.status, 201);
        QVERIFY(!data(a).value(QStringLiteral("replaces_badge_id")).toString().isEmpty());
    }

    void badgeFilters()
    {
        const QString tpl = seed(false, false).id;
        const QString path = orgPath(QStringLiteral("/badges"));
        QCOMPARE(
            call("POST", path, issueBody(tpl, QStringLiteral("jo+math@example.org"), QStringLiteral("e-1")))
                .status,
            201);
        QCOMPARE(call("POST", path, issueBody(tpl, QStringLiteral("jo@example.org"), QStringLiteral("e-2")))
                     .status,
                 201);

        const auto count = [&](const QString& query) {
            return metadata(call("GET", path + QStringLiteral("?") + query))
                .value(QStringLiteral("total_count"))
                .toInt();
        };
        QCOMPARE(count(QStringLiteral("filter=recipient_email::jo%2Bmath%40example.org")), 1);
        QCOMPARE(count(QStringLiteral("filter=recipient_email::JO%2BMATH%40EXAMPLE.ORG")), 1);
        // An unencoded '+' is a space to a form decoder, as on Credly: the client must encode it.
        QCOMPARE(count(QStringLiteral("filter=recipient_email::jo+math@example.org")), 0);
        QCOMPARE(count(QStringLiteral("filter=issuer_earner_id::e-2")), 1);
        QCOMPARE(count(QStringLiteral("filter=badge_template_id::") + tpl), 2);
        QCOMPARE(count(QStringLiteral("filter=badge_template_id::") + tpl +
                       QStringLiteral("|state::pending,accepted")),
                 2);
        QCOMPARE(count(QStringLiteral("filter=state::accepted")), 0);
    }

    void revoke()
    {
        Answer a = call("POST", orgPath(QStringLiteral("/badges")),
                        issueBody(seed(false, false).id, QStringLiteral("rev@example.org")));
        const QString revokePath =
            orgPath(QStringLiteral("/badges/%1/revoke").arg(data(a).value(QStringLiteral("id")).toString()));
        a = call("PUT", revokePath, QJsonObject{{QStringLiteral("reason"), QStringLiteral(" ")}});
        QCOMPARE(a.status, 422);
        QCOMPARE(message(a), QStringLiteral("Validation failed: Reason can't be blank"));
        a = call("PUT", revokePath, QJsonObject{{QStringLiteral("reason"), QStringLiteral("Check bounced")}});
        QCOMPARE(a.status, 200);
        QCOMPARE(data(a).value(QStringLiteral("state")).toString(), QStringLiteral("revoked"));
        QCOMPARE(data(a).value(QStringLiteral("revocation_reason")).toString(),
                 QStringLiteral("Check bounced"));
        QCOMPARE(
            call("PUT", revokePath, QJsonObject{{QStringLiteral("reason"), QStringLiteral("again")}}).status,
            422);
        QCOMPARE(call("PUT", orgPath(QStringLiteral("/badges/missing/revoke")),
                      QJsonObject{{QStringLiteral("reason"), QStringLiteral("x")}})
                     .status,
                 404);
    }

    void replaceAndReplaceOfReplaced()
    {
        const QString tpl = seed(false, false).id;
        Answer a = call("POST", orgPath(QStringLiteral("/badges")),
                        issueBody(tpl, QStringLiteral("typo@gmial.com")));
        const QString oldId = data(a).value(QStringLiteral("id")).toString();
        const QJsonObject fix{{QStringLiteral("badge_template_id"), tpl},
                              {QStringLiteral("issued_at"), QStringLiteral("2025-03-14 09:41:00 -0500")},
                              {QStringLiteral("recipient_email"), QStringLiteral("typo@gmail.com")}};
        a = call("POST", orgPath(QStringLiteral("/badges/%1/replace").arg(oldId)), fix);
        QCOMPARE(a.status, 201);
        const QString newId = data(a).value(QStringLiteral("id")).toString();
        QVERIFY(newId != oldId);
        QCOMPARE(data(a).value(QStringLiteral("replaces_badge_id")).toString(), oldId);
        QCOMPARE(data(a).value(QStringLiteral("recipient_email")).toString(),
                 QStringLiteral("typo@gmail.com"));
        QCOMPARE(data(a).value(QStringLiteral("issued_to")).toString(), QStringLiteral("Ana Peña"));
        a = call("GET", orgPath(QStringLiteral("/badges/") + oldId));
        QCOMPARE(data(a).value(QStringLiteral("replacement_badge_id")).toString(), newId);

        a = call("POST", orgPath(QStringLiteral("/badges/%1/replace").arg(oldId)), fix);
        QCOMPARE(a.status, 422);
        QCOMPARE(message(a),
                 QStringLiteral("Validation failed: This badge cannot be replaced because it has already "
                                "been replaced."));
        QCOMPARE(metadata(a).value(QStringLiteral("current_badge_id")).toString(), newId);

        // Once accepted, the email is the earner's identity: no change by replace.
        QVERIFY(m_sim.acceptBadge(newId));
        QJsonObject other = fix;
        other.insert(QStringLiteral("recipient_email"), QStringLiteral("new@example.org"));
        a = call("POST", orgPath(QStringLiteral("/badges/%1/replace").arg(newId)), other);
        QCOMPARE(a.status, 422);
        QCOMPARE(message(a),
                 QStringLiteral(
                     "Validation failed: Recipient email can only be changed while the badge is pending."));
    }

    void eventsAfterAcceptAndReject()
    {
        const QString path = orgPath(QStringLiteral("/badges"));
        const QString a1 =
            data(call("POST", path, issueBody(seed(false, false).id, QStringLiteral("a@example.org"))))
                .value(QStringLiteral("id"))
                .toString();
        const QString a2 =
            data(call("POST", path, issueBody(seed(false, false).id, QStringLiteral("b@example.org"))))
                .value(QStringLiteral("id"))
                .toString();
        Answer a = call("POST", QStringLiteral("/_sim/badges/%1/accept").arg(a1), {}, QString());
        QCOMPARE(a.status, 200);
        QCOMPARE(data(a).value(QStringLiteral("state")).toString(), QStringLiteral("accepted"));
        QVERIFY(!data(a).value(QStringLiteral("badge_url")).toString().isEmpty());
        QCOMPARE(call("POST", QStringLiteral("/_sim/badges/%1/reject").arg(a2), {}, QString()).status, 200);
        QCOMPARE(call("POST", QStringLiteral("/_sim/badges/%1/accept").arg(a1), {}, QString()).status, 422);

        a = call("GET", orgPath(QStringLiteral("/events")));
        QCOMPARE(a.status, 200);
        const QJsonArray events = a.json.value(QStringLiteral("data")).toArray();
        QCOMPARE(events.size(), 4);
        QCOMPARE(events.at(0).toObject().value(QStringLiteral("event_type")).toString(),
                 QStringLiteral("badge.created"));
        const QJsonObject accepted = events.at(2).toObject();
        QCOMPARE(accepted.value(QStringLiteral("event_type")).toString(),
                 QStringLiteral("badge.state.changed"));
        QCOMPARE(accepted.value(QStringLiteral("organization_id")).toString(), m_org);
        QCOMPARE(accepted.value(QStringLiteral("badge")).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("accepted"));
        QCOMPARE(events.at(3)
                     .toObject()
                     .value(QStringLiteral("badge"))
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("rejected"));
        QCOMPARE(metadata(a).value(QStringLiteral("total_count")).toInt(), 4);
    }

    void readOnlyTokenAndTokenList()
    {
        m_sim.addToken(QStringLiteral("read-only"), false);
        const QJsonObject body = issueBody(seed(false, false).id, QStringLiteral("ro@example.org"));
        Answer a = call("POST", orgPath(QStringLiteral("/badges")), body, QStringLiteral("read-only"));
        QCOMPARE(a.status, 403);
        QCOMPARE(message(a),
                 QStringLiteral("Forbidden: this authorization token does not have write permission."));
        QCOMPARE(call("GET", orgPath(QStringLiteral("/badges")), {}, QStringLiteral("read-only")).status,
                 200);

        a = call("GET", orgPath(QStringLiteral("/authorization_tokens")), {}, QStringLiteral("read-only"));
        QCOMPARE(metadata(a).value(QStringLiteral("total_count")).toInt(), 1); // sees only read-only tokens
        a = call("GET", orgPath(QStringLiteral("/authorization_tokens")));
        QCOMPARE(metadata(a).value(QStringLiteral("total_count")).toInt(), 2);
        const QJsonObject mine = a.json.value(QStringLiteral("data")).toArray().first().toObject();
        const QDateTime expires =
            QDateTime::fromString(mine.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().daysTo(expires) - 180) <= 1);
        QCOMPARE(mine.value(QStringLiteral("write_enabled")).toBool(), true);

        m_sim.addToken(QStringLiteral("expired"), true, QDateTime::currentDateTimeUtc().addDays(-1));
        a = call("GET", orgPath(QStringLiteral("/badges")), {}, QStringLiteral("expired"));
        QCOMPARE(a.status, 401);
        QCOMPARE(message(a), QStringLiteral("Unauthorized: the authorization token has expired."));
    }

    void organizationsAndUnknownOrganization()
    {
        Answer a = call("GET", QStringLiteral("/v1/organizations"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(QStringLiteral("data"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 m_org);
        a = call("GET", QStringLiteral("/v1/organizations/other-org/badges"));
        QCOMPARE(a.status, 404);
        QCOMPARE(message(a), QStringLiteral("Organization not found: other-org"));
    }

    void controlStateAndReset()
    {
        QCOMPARE(call("POST", orgPath(QStringLiteral("/badges")),
                      issueBody(seed(false, false).id, QStringLiteral("r@example.org")))
                     .status,
                 201);
        Answer a = call("GET", QStringLiteral("/_sim/state"), {}, QString());
        QCOMPARE(data(a).value(QStringLiteral("badges")).toArray().size(), 1);
        QCOMPARE(data(a).value(QStringLiteral("templates")).toArray().size(), 150);
        QCOMPARE(data(a).value(QStringLiteral("requests")).toArray().size(), 1);
        QCOMPARE(call("POST", QStringLiteral("/_sim/reset"), {}, QString()).status, 200);
        a = call("GET", QStringLiteral("/_sim/state"), {}, QString());
        QCOMPARE(data(a).value(QStringLiteral("badges")).toArray().size(), 0);
        QCOMPARE(data(a).value(QStringLiteral("events")).toArray().size(), 0);
        QCOMPARE(data(a).value(QStringLiteral("requests")).toArray().size(), 0);
    }

    void faultsThroughControlEndpoint()
    {
        Answer a = call(
            "POST", QStringLiteral("/_sim/faults"),
            QJsonObject{{QStringLiteral("throttle_every"), 1}, {QStringLiteral("retry_after_seconds"), 7}},
            QString());
        QCOMPARE(a.status, 200);
        a = call("GET", orgPath(QStringLiteral("/badges")));
        QCOMPARE(a.status, 429);
        QCOMPARE(a.retryAfter, QByteArray("7"));
        call("POST", QStringLiteral("/_sim/faults"),
             QJsonObject{{QStringLiteral("throttle_every"), 1}, {QStringLiteral("retry_after_seconds"), -1}},
             QString());
        a = call("GET", orgPath(QStringLiteral("/badges")));
        QCOMPARE(a.status, 429);
        QVERIFY(!a.hasRetryAfter);

        call("POST", QStringLiteral("/_sim/faults"), QJsonObject{{QStringLiteral("error_rate"), 1.0}},
             QString());
        a = call("GET", orgPath(QStringLiteral("/badges")));
        QCOMPARE(a.status, 503);
        QCOMPARE(message(a), QStringLiteral("Internal Server Error"));

        call("POST", QStringLiteral("/_sim/faults"), QJsonObject{{QStringLiteral("latency_ms"), 150}},
             QString());
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(call("GET", orgPath(QStringLiteral("/badges"))).status, 200);
        QVERIFY2(timer.elapsed() >= 140, qPrintable(QString::number(timer.elapsed())));
    }

    void stateFileRoundTrip()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("sim.json"));
        {
            CredlySimulator sim;
            sim.setToken(m_token);
            sim.setOrganizationId(m_org);
            QVERIFY(sim.setStateFile(file));
            QVERIFY(sim.listen() != 0);
            QNetworkRequest request(QUrl(sim.baseUrl().toString() + QStringLiteral("organizations/") + m_org +
                                         QStringLiteral("/badges")));
            request.setRawHeader("Authorization", "Basic " + (m_token.toUtf8() + ':').toBase64());
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            QNetworkReply* reply = m_nam.post(
                request,
                QJsonDocument(issueBody(seed(false, false).id, QStringLiteral("kept@example.org"))).toJson());
            QSignalSpy spy(reply, &QNetworkReply::finished);
            QVERIFY(spy.wait(5000));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
            delete reply;
        } // destruction saves the pending change
        CredlySimulator again;
        QVERIFY(again.setStateFile(file));
        QCOMPARE(again.state().badges().size(), 1);
        QCOMPARE(again.state().badges().first().value(QStringLiteral("recipient_email")).toString(),
                 QStringLiteral("kept@example.org"));
        QCOMPARE(again.organizationId(), m_org);
    }

    void stateFileNeverHoldsATokenAndTheConfiguredOneWorks()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("sim.json"));
        const QString first = QStringLiteral("Tk-first-session-5c2a");
        const QString second = QStringLiteral("Tk-second-session-9e01");
        {
            CredlySimulator sim;
            sim.setOrganizationId(m_org);
            sim.setToken(first);
            sim.addToken(QStringLiteral("Tk-added-later-33"), false);
            QVERIFY(sim.setStateFile(file));
            sim.reset(); // a change, saved on destruction
        }
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray content = saved.readAll();
        QVERIFY(content.contains("\"templates\""));
        QVERIFY(!content.contains(first.toUtf8()));
        QVERIFY(!content.contains("Tk-added-later-33"));
        QVERIFY(!content.contains("\"tokens\""));

        // The next run accepts its own configured token, and the old one no longer.
        CredlySimulator again;
        again.setOrganizationId(m_org);
        again.setToken(second);
        QVERIFY(again.setStateFile(file));
        QVERIFY(again.state().tokenIndex(second) >= 0);
        QCOMPARE(again.state().tokenIndex(first), -1);
        QCOMPARE(again.state().tokens().size(), 1);
    }

    void setTokenReplacesTheAcceptedToken()
    {
        CredlySimulator sim;
        sim.setOrganizationId(m_org);
        sim.setToken(QStringLiteral("one"));
        sim.addToken(QStringLiteral("extra"), false);
        const QDateTime expiry = QDateTime::currentDateTimeUtc().addDays(12);
        sim.setToken(QStringLiteral("two"), expiry);
        QCOMPARE(sim.state().tokenIndex(QStringLiteral("one")), -1);
        QVERIFY(sim.state().tokenIndex(QStringLiteral("extra")) >= 0);
        const int two = sim.state().tokenIndex(QStringLiteral("two"));
        QVERIFY(two >= 0);
        QCOMPARE(sim.state().tokens().at(two).value(QStringLiteral("expires_at")).toString(),
                 SimulatorState::timestamp(expiry));
        // reset() keeps the configured token and its expiry.
        sim.reset();
        QCOMPARE(sim.state().tokens().size(), 1);
        QCOMPARE(sim.state().tokens().first().value(QStringLiteral("expires_at")).toString(),
                 SimulatorState::timestamp(expiry));
    }

    void executableFaultOptions()
    {
        // credly-sim itself: every fault is an option; a bad value is refused with exit code 1.
        QProcess bad;
        bad.start(QStringLiteral(BADGEDESK_CREDLY_SIM_PATH),
                  {QStringLiteral("--error-rate"), QStringLiteral("2")});
        QVERIFY(bad.waitForFinished(10000));
        QCOMPARE(bad.exitCode(), 1);
        QVERIFY2(bad.readAllStandardError().contains("--error-rate must be a number from 0 to 1"),
                 "no clear message");
        QProcess typo;
        typo.start(QStringLiteral(BADGEDESK_CREDLY_SIM_PATH),
                   {QStringLiteral("--throttle-every"), QStringLiteral("ten")});
        QVERIFY(typo.waitForFinished(10000));
        QCOMPARE(typo.exitCode(), 1);
        QVERIFY(typo.readAllStandardError().contains("--throttle-every must be a whole number"));

        QProcess sim;
        sim.start(QStringLiteral(BADGEDESK_CREDLY_SIM_PATH), {QStringLiteral("--org"),
                                                              QStringLiteral("exe-org"),
                                                              QStringLiteral("--token"),
                                                              QStringLiteral("exe-token"),
                                                              QStringLiteral("--error-rate"),
                                                              QStringLiteral("1"),
                                                              QStringLiteral("--error-status"),
                                                              QStringLiteral("502"),
                                                              QStringLiteral("--latency-ms"),
                                                              QStringLiteral("5"),
                                                              QStringLiteral("--jitter-ms"),
                                                              QStringLiteral("5"),
                                                              QStringLiteral("--throttle-every"),
                                                              QStringLiteral("0"),
                                                              QStringLiteral("--retry-after"),
                                                              QStringLiteral("none"),
                                                              QStringLiteral("--drop-after-create-every"),
                                                              QStringLiteral("3"),
                                                              QStringLiteral("--hang-path"),
                                                              QStringLiteral("/never$"),
                                                              QStringLiteral("--seed"),
                                                              QStringLiteral("7"),
                                                              QStringLiteral("--token-expires-in-days"),
                                                              QStringLiteral("12")});
        QVERIFY(sim.waitForStarted(10000));
        QVERIFY(sim.waitForReadyRead(10000));
        const QString line = QString::fromUtf8(sim.readLine());
        static const QRegularExpression listening(
            QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+/v1/)"));
        const auto m = listening.match(line);
        QVERIFY2(m.hasMatch(), qPrintable(line));
        const QString base = m.captured(1);

        const auto get = [this](const QString& url) {
            QNetworkRequest request{QUrl(url)};
            QNetworkReply* reply = m_nam.get(request);
            QSignalSpy spy(reply, &QNetworkReply::finished);
            if (!reply->isFinished())
                spy.wait(5000);
            QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
            reply->deleteLater();
            return json;
        };
        const QJsonObject faults = get(base.left(base.size() - 4) + QStringLiteral("/_sim/faults"))
                                       .value(QStringLiteral("data"))
                                       .toObject();
        QCOMPARE(faults.value(QStringLiteral("error_rate")).toDouble(), 1.0);
        QCOMPARE(faults.value(QStringLiteral("error_status")).toInt(), 502);
        QCOMPARE(faults.value(QStringLiteral("latency_ms")).toInt(), 5);
        QCOMPARE(faults.value(QStringLiteral("jitter_ms")).toInt(), 5);
        QCOMPARE(faults.value(QStringLiteral("retry_after_seconds")).toInt(), -1);
        QCOMPARE(faults.value(QStringLiteral("drop_after_create_every")).toInt(), 3);
        QCOMPARE(faults.value(QStringLiteral("hang_path")).toString(), QStringLiteral("/never$"));
        QCOMPARE(faults.value(QStringLiteral("seed")).toInt(), 7);
        const QJsonObject state = get(base.left(base.size() - 4) + QStringLiteral("/_sim/state"))
                                      .value(QStringLiteral("data"))
                                      .toObject();
        const QJsonArray tokens = state.value(QStringLiteral("tokens")).toArray();
        QCOMPARE(tokens.size(), 1);
        const QDateTime expires = QDateTime::fromString(
            tokens.first().toObject().value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().daysTo(expires) - 12) <= 1);

        // The API answers the injected 502.
        QNetworkRequest request{QUrl(base + QStringLiteral("organizations/exe-org/badges"))};
        request.setRawHeader("Authorization", "Basic " + QByteArray("exe-token:").toBase64());
        QNetworkReply* reply = m_nam.get(request);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || spy.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 502);
        delete reply;
        sim.terminate();
        QVERIFY(sim.waitForFinished(5000));
    }
};

QTEST_GUILESS_MAIN(TestCredlySimulator)
#include "TestCredlySimulator.moc"
