#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace badgedesk {

// Everything the simulated Credly organization holds, as the JSON objects the API returns.
// Kept as JSON on purpose: the simulator's job is to answer with Credly's documented shapes,
// and a dump or a saved file is then just this object.
class SimulatorState
{
public:
    // A fresh organization with the seed templates and one token with read and write access.
    static SimulatorState seeded(const QString& organizationId, const QString& token);

    QString organizationId() const { return m_organizationId; }
    QString organizationName() const { return m_organizationName; }

    QList<QJsonObject>& templates() { return m_templates; }
    const QList<QJsonObject>& templates() const { return m_templates; }
    QList<QJsonObject>& badges() { return m_badges; }
    const QList<QJsonObject>& badges() const { return m_badges; }
    QList<QJsonObject>& events() { return m_events; }
    const QList<QJsonObject>& events() const { return m_events; }
    QList<QJsonObject>& tokens() { return m_tokens; }
    const QList<QJsonObject>& tokens() const { return m_tokens; }

    int templateIndex(const QString& id) const;
    int badgeIndex(const QString& id) const;
    int eventIndex(const QString& id) const;
    int tokenIndex(const QString& token) const;

    // Adds a token; expiry defaults to 180 days after now, as Credly's.
    void addToken(const QString& token, bool writeEnabled, const QDateTime& expiresAt = {});
    void removeToken(const QString& token);
    // Appends {id, event_type, organization_id, occurred_at, badge}.
    void addEvent(const QString& eventType, const QJsonObject& badge);

    QJsonObject toJson() const;
    static SimulatorState fromJson(const QJsonObject& json, bool* ok = nullptr);

    // Everything but the tokens: a token is never written to disk, not even a simulator's. The
    // simulator adds its configured token again after loading.
    bool save(const QString& path, QString* error = nullptr) const;
    static SimulatorState load(const QString& path, bool* ok, QString* error = nullptr);

    static QString timestamp(const QDateTime& when); // ISO 8601 UTC with milliseconds

private:
    QString m_organizationId;
    QString m_organizationName;
    QList<QJsonObject> m_templates;
    QList<QJsonObject> m_badges;
    QList<QJsonObject> m_events;
    QList<QJsonObject> m_tokens;
};

} // namespace badgedesk
