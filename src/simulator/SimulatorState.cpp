#include "SimulatorState.h"

#include "SimulatorSeed.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

namespace badgedesk {

namespace {

QJsonArray toArray(const QList<QJsonObject>& list)
{
    QJsonArray array;
    for (const auto& o : list)
        array.append(o);
    return array;
}

QList<QJsonObject> fromArray(const QJsonValue& value)
{
    QList<QJsonObject> list;
    const QJsonArray array = value.toArray();
    list.reserve(array.size());
    for (const auto& v : array)
        list.append(v.toObject());
    return list;
}

int indexById(const QList<QJsonObject>& list, const QString& key, const QString& value)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).value(key).toString() == value)
            return i;
    }
    return -1;
}

} // namespace

SimulatorState SimulatorState::seeded(const QString& organizationId, const QString& token)
{
    SimulatorState s;
    s.m_organizationId = organizationId;
    s.m_organizationName = QStringLiteral("CareerTech Testing Center (Practice)");
    const auto seeds = SimulatorSeed::templates();
    for (int i = 0; i < seeds.size(); ++i)
        s.m_templates.append(
            SimulatorSeed::templateJson(seeds.at(i), i, organizationId, s.m_organizationName));
    if (!token.isEmpty())
        s.addToken(token, true);
    return s;
}

int SimulatorState::templateIndex(const QString& id) const
{
    return indexById(m_templates, QStringLiteral("id"), id);
}

int SimulatorState::badgeIndex(const QString& id) const
{
    return indexById(m_badges, QStringLiteral("id"), id);
}

int SimulatorState::eventIndex(const QString& id) const
{
    return indexById(m_events, QStringLiteral("id"), id);
}

int SimulatorState::tokenIndex(const QString& token) const
{
    return indexById(m_tokens, QStringLiteral("token"), token);
}

void SimulatorState::addToken(const QString& token, bool writeEnabled, const QDateTime& expiresAt)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime expiry = expiresAt.isValid() ? expiresAt : now.addDays(180);
    m_tokens.append(QJsonObject{
        {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("token"), token},
        {QStringLiteral("owner_id"), m_organizationId},
        {QStringLiteral("description"),
         writeEnabled ? QStringLiteral("BadgeDesk") : QStringLiteral("Read only")},
        {QStringLiteral("read_enabled"), true},
        {QStringLiteral("write_enabled"), writeEnabled},
        {QStringLiteral("delete_enabled"), false},
        {QStringLiteral("created_at"), timestamp(now)},
        {QStringLiteral("expires_at"), timestamp(expiry)},
        {QStringLiteral("owner"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("Organization")},
                     {QStringLiteral("id"), m_organizationId},
                     {QStringLiteral("name"), m_organizationName},
                     {QStringLiteral("url"), QStringLiteral("https://www.credly.test/org/careertech")}}},
    });
}

void SimulatorState::removeToken(const QString& token)
{
    const int index = tokenIndex(token);
    if (index >= 0)
        m_tokens.removeAt(index);
}

void SimulatorState::addEvent(const QString& eventType, const QJsonObject& badge)
{
    m_events.append(QJsonObject{
        {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("event_type"), eventType},
        {QStringLiteral("organization_id"), m_organizationId},
        {QStringLiteral("occurred_at"), timestamp(QDateTime::currentDateTimeUtc())},
        {QStringLiteral("badge"), badge},
    });
}

QJsonObject SimulatorState::toJson() const
{
    return QJsonObject{
        {QStringLiteral("organization"),
         QJsonObject{{QStringLiteral("id"), m_organizationId}, {QStringLiteral("name"), m_organizationName}}},
        {QStringLiteral("templates"), toArray(m_templates)},
        {QStringLiteral("badges"), toArray(m_badges)},
        {QStringLiteral("events"), toArray(m_events)},
        {QStringLiteral("tokens"), toArray(m_tokens)},
    };
}

SimulatorState SimulatorState::fromJson(const QJsonObject& json, bool* ok)
{
    SimulatorState s;
    const QJsonObject org = json.value(QStringLiteral("organization")).toObject();
    s.m_organizationId = org.value(QStringLiteral("id")).toString();
    s.m_organizationName = org.value(QStringLiteral("name")).toString();
    s.m_templates = fromArray(json.value(QStringLiteral("templates")));
    s.m_badges = fromArray(json.value(QStringLiteral("badges")));
    s.m_events = fromArray(json.value(QStringLiteral("events")));
    s.m_tokens = fromArray(json.value(QStringLiteral("tokens")));
    if (ok)
        *ok = !s.m_organizationId.isEmpty() && !s.m_templates.isEmpty();
    return s;
}

bool SimulatorState::save(const QString& path, QString* error) const
{
    // QSaveFile: a crash mid-write keeps the previous state file whole.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QJsonObject json = toJson();
    json.remove(QStringLiteral("tokens"));
    file.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    // Private like the databases: it holds (synthetic) earners' names and emails.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

SimulatorState SimulatorState::load(const QString& path, bool* ok, QString* error)
{
    *ok = false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = parseError.errorString();
        return {};
    }
    SimulatorState s = fromJson(doc.object(), ok);
    if (!*ok && error)
        *error = QStringLiteral("not a simulator state file (no organization or templates)");
    return s;
}

QString SimulatorState::timestamp(const QDateTime& when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace badgedesk
