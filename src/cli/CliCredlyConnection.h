#pragma once

#include "credly/CredlyClient.h"
#include "domain/CredlyEnvironment.h"

#include <QCommandLineOption>
#include <QString>

#include <memory>

class QCommandLineParser;

namespace badgedesk {

class CliContext;
class PracticeSession;

// How a CLI command reaches Credly. The environment is the database's. In order:
//   address: --credly-url, else the environment's (custom or Credly's); Practice starts its
//            simulator in this process unless --credly-url is given;
//   organization: --org, else the environment's setting (Practice: the simulator's);
//   token: $BADGEDESK_CREDLY_TOKEN when set (automation), else Practice's session token, else
//          the keychain entry for the environment and organization.
class CliCredlyConnection
{
public:
    static constexpr const char* kTokenVariable = "BADGEDESK_CREDLY_TOKEN";

    CliCredlyConnection();
    ~CliCredlyConnection();

    static QList<QCommandLineOption> options();
    // ExitOk, or the exit code after printing what is wrong and what to do.
    int connect(CliContext& context, const QCommandLineParser& parser);

    CredlyClient& client() { return m_client; }
    CredlyEnvironment environment() const { return m_environment; }
    // "environment variable", "practice session", "keychain"
    QString tokenSource() const { return m_tokenSource; }

    // The CLI's exit code for a Credly error: configuration problems are bad input (2), everything
    // that happened talking to Credly is network or authentication (3).
    static int exitCodeFor(const CredlyError& error);

private:
    CredlyClient m_client;
    CredlyEnvironment m_environment = CredlyEnvironment::Practice;
    std::unique_ptr<PracticeSession> m_practice;
    QString m_tokenSource;
};

} // namespace badgedesk
