#include "CliCredlyConnection.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "PracticeSession.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/TokenStore.h"
#include "storage/CredlySettingsRepository.h"

#include <QCommandLineParser>

namespace badgedesk {

namespace {
const QCommandLineOption kUrlOption(QStringLiteral("credly-url"),
                                    QStringLiteral("Credly API address (https, or http on 127.0.0.1)."),
                                    QStringLiteral("URL"));
const QCommandLineOption kOrgOption(QStringLiteral("org"), QStringLiteral("Credly organization id."),
                                    QStringLiteral("ID"));
} // namespace

CliCredlyConnection::CliCredlyConnection() = default;
CliCredlyConnection::~CliCredlyConnection() = default;

QList<QCommandLineOption> CliCredlyConnection::options()
{
    return {kUrlOption, kOrgOption};
}

int CliCredlyConnection::exitCodeFor(const CredlyError& error)
{
    if (!error.isError())
        return ExitOk;
    return error.kind == CredlyError::Kind::Configuration ? ExitBadInput : ExitNetwork;
}

int CliCredlyConnection::connect(CliContext& context, const QCommandLineParser& parser)
{
    Database* db = context.database();
    if (!db)
        return ExitBadInput;
    m_environment = db->environment();
    const CredlyConnectionSettings settings = CredlySettingsRepository(db->connection()).load(m_environment);
    const QString envName = environmentKey(m_environment);

    QUrl baseUrl = settings.baseUrl();
    if (parser.isSet(kUrlOption)) {
        baseUrl = QUrl(parser.value(kUrlOption), QUrl::StrictMode);
        QString why;
        if (!CredlyConnectionSettings::isValidBaseUrl(baseUrl, &why)) {
            context.printError(QStringLiteral("--credly-url: ") + why);
            return ExitBadInput;
        }
    }
    QString organization =
        parser.isSet(kOrgOption) ? parser.value(kOrgOption).trimmed() : settings.organizationId;
    QString token = qEnvironmentVariable(kTokenVariable).trimmed();
    m_tokenSource = token.isEmpty() ? QString() : QStringLiteral("environment variable");

    if (m_environment == CredlyEnvironment::Practice && !parser.isSet(kUrlOption)) {
        // Practice: the simulator in this process, on the practice database's saved state.
        m_practice = std::make_unique<PracticeSession>();
        QString why;
        if (!m_practice->start(PracticeSession::stateFileFor(db->path()), &why)) {
            context.printError(why);
            return ExitNetwork;
        }
        baseUrl = m_practice->baseUrl();
        if (!parser.isSet(kOrgOption))
            organization = m_practice->organizationId();
        if (token.isEmpty()) {
            token = m_practice->token();
            m_tokenSource = QStringLiteral("practice session");
        }
    }

    QString why;
    if (!CredlyConnectionSettings::isValidOrganizationId(organization, &why)) {
        context.printError(QStringLiteral("%1 Or pass --org ID.").arg(why));
        return ExitBadInput;
    }
    if (token.isEmpty()) {
        KeychainSecretStore keychain;
        TokenStore tokens(&keychain);
        const TokenStore::Lookup found = tokens.lookupNow(m_environment, organization);
        if (!found.found()) {
            const QString reason = found.message.isEmpty()
                                       ? QStringLiteral("No Credly token is stored for %1 organization %2.")
                                             .arg(envName, organization)
                                       : found.message;
            context.printError(
                QStringLiteral(
                    "%1 Store one with \"badgedesk-cli credly token set --env %2 --org %3\" (it reads "
                    "the token from standard input), or set %4 for this run.")
                    .arg(reason, envName, organization, QLatin1String(kTokenVariable)));
            return ExitNetwork;
        }
        token = found.token;
        m_tokenSource = QStringLiteral("keychain");
    }

    if (!m_client.setBaseUrl(baseUrl, &why)) {
        context.printError(why);
        return ExitBadInput;
    }
    m_client.setOrganizationId(organization);
    m_client.setToken(token);
    return ExitOk;
}

} // namespace badgedesk
