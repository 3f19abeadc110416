#pragma once

#include "FaultOptions.h"
#include "SeedTemplate.h"
#include "SimulatorResponse.h"
#include "SimulatorState.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace badgedesk {

// A Credly Web Service API look-alike on loopback (credly-api.md): organizations, badge templates,
// badges (issue, list with filters, revoke, replace), events and authorization tokens, with
// Credly's envelopes, 50-item pages with absolute next_page_url, HTTP Basic auth and the
// duplicate rule. Control endpoints under /_sim/ (no auth) let tests dump, reset, add and revoke
// tokens (POST /_sim/tokens, POST /_sim/tokens/revoke) and act as an earner; FaultOptions inject latency,
// 429, 5xx, dropped connections and hangs. Used by the tests, the benchmarks, credly-sim and the app's
// Practice mode.
class CredlySimulator : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 50;

    explicit CredlySimulator(QObject* parent = nullptr);
    ~CredlySimulator() override;

    // The organization (starts a fresh seeded state: call it first) and the token the simulator
    // accepts, with its expiry (invalid: 180 days from now, as Credly's). Then setStateFile().
    void setOrganizationId(const QString& id);
    void setToken(const QString& token, const QDateTime& expiresAt = {});
    QString organizationId() const { return m_state.organizationId(); }
    QString token() const { return m_token; }

    // Binds 127.0.0.1 only. Port 0 picks a free one. Returns the port, 0 on failure.
    quint16 listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    // http://127.0.0.1:PORT/v1/
    QUrl baseUrl() const;

    void setFaults(const FaultOptions& faults);
    FaultOptions faults() const { return m_faults; }

    // State in memory; with a state file it is loaded now (when the file exists) and saved
    // shortly after every change and on destruction. Tokens are never saved (SimulatorState::save).
    bool setStateFile(const QString& path, QString* error = nullptr);
    void reset();
    const SimulatorState& state() const { return m_state; }
    // The whole state plus the request log and the faults: what GET /_sim/state returns.
    QJsonObject dump() const;
    // One entry per API request: {method, path, status, outcome}; outcome is answered,
    // throttled, error, dropped or hung.
    QJsonArray requestLog() const { return m_requestLog; }

    void addToken(const QString& token, bool writeEnabled, const QDateTime& expiresAt = {});
    // As an admin revoking it in Credly's UI: every later request with it gets 401.
    void revokeToken(const QString& token);
    // As the earner would, from the accept_badge_url. Returns false when the badge is not pending.
    bool acceptBadge(const QString& badgeId);
    bool rejectBadge(const QString& badgeId);

    static QList<SeedTemplate> seedTemplates();

private:
    void handle(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    SimulatorResponse handleControl(const QString& method, const QString& path, const QByteArray& body);
    SimulatorResponse handleApi(const QString& method, const QString& path, const QString& rawQuery,
                                const QByteArray& body, bool writeAllowed);

    SimulatorResponse listOrganizations(const QString& rawQuery, const QString& path);
    SimulatorResponse listTemplates(const QString& rawQuery, const QString& path);
    SimulatorResponse listBadges(const QString& rawQuery, const QString& path);
    SimulatorResponse listEvents(const QString& rawQuery, const QString& path);
    SimulatorResponse listTokens(const QString& rawQuery, const QString& path, bool writeAllowed);
    SimulatorResponse issueBadge(const QByteArray& body);
    SimulatorResponse revokeBadge(const QString& id, const QByteArray& body);
    SimulatorResponse replaceBadge(const QString& id, const QByteArray& body);
    bool changeState(const QString& badgeId, const QString& newState);

    SimulatorResponse page(const QList<QJsonObject>& items, const QString& rawQuery, const QString& path);
    QJsonObject createBadge(const QJsonObject& fields, const QJsonObject& templateJson);
    int findDuplicate(const QJsonObject& templateJson, const QString& email, const QString& earnerId) const;

    void deliver(QHttpServerResponder&& responder, const SimulatorResponse& response, bool drop, int delayMs);
    void logRequest(const QString& method, const QString& path, int status, const QString& outcome);
    void stateChanged();

    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    QString m_token = QStringLiteral("practice-token");
    QDateTime m_tokenExpiresAt;
    SimulatorState m_state;
    FaultOptions m_faults;
    QRandomGenerator m_rng;
    qint64 m_apiRequests = 0;
    qint64 m_createdBadges = 0;
    QJsonArray m_requestLog;
    QString m_stateFile;
    QTimer m_saveTimer;
};

} // namespace badgedesk
