#pragma once

#include "CredlySimulator.h"

#include <QObject>
#include <QString>
#include <QUrl>

namespace badgedesk {

// The Practice environment: a CredlySimulator in this process on a free loopback port, with the
// practice organization and a token made up for this session (Practice needs no keychain and
// no account). With a state file, the practice organization's badges survive a restart; the file
// sits beside the practice database and never holds the token.
class PracticeSession : public QObject
{
    Q_OBJECT
public:
    explicit PracticeSession(QObject* parent = nullptr);

    // False with *error set when the state file is unreadable or no port is free.
    bool start(const QString& stateFile = {}, QString* error = nullptr);
    bool isRunning() const { return m_simulator.port() != 0; }

    QUrl baseUrl() const { return m_simulator.baseUrl(); }
    QString organizationId() const { return m_simulator.organizationId(); }
    // A fresh random token per session; it is never stored.
    QString token() const { return m_token; }
    CredlySimulator& simulator() { return m_simulator; }

    // badgedesk-practice.sqlite -> badgedesk-practice.credly-sim.json, beside it.
    static QString stateFileFor(const QString& databasePath);

private:
    CredlySimulator m_simulator;
    QString m_token;
};

} // namespace badgedesk
