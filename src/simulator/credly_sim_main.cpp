// credly-sim: the Credly simulator as a standalone loopback server, for manual runs, benchmarks
// and scripted tests. All options map onto FaultOptions; see CredlySimulator.h.
#include "CredlySimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QTextStream>

using badgedesk::CredlySimulator;
using badgedesk::FaultOptions;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("credly-sim"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Credly Web Service API simulator on 127.0.0.1"));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port (0 = any free port)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"), QStringLiteral("Latency of every answer."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption jitter(QStringLiteral("jitter-ms"),
                                    QStringLiteral("Random extra latency, 0..N."), QStringLiteral("N"),
                                    QStringLiteral("0"));
    const QCommandLineOption throttle(QStringLiteral("throttle-every"),
                                      QStringLiteral("Answer every Nth request with 429."),
                                      QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption retryAfter(
        QStringLiteral("retry-after"),
        QStringLiteral("Retry-After seconds sent with 429, or 'none' for no header."),
        QStringLiteral("S|none"), QStringLiteral("1"));
    const QCommandLineOption errorRate(
        QStringLiteral("error-rate"),
        QStringLiteral("Share of requests answered with --error-status (0..1)."), QStringLiteral("P"),
        QStringLiteral("0"));
    const QCommandLineOption errorStatus(QStringLiteral("error-status"),
                                         QStringLiteral("HTTP status of the injected errors (500..599)."),
                                         QStringLiteral("CODE"), QStringLiteral("503"));
    const QCommandLineOption drop(QStringLiteral("drop-after-create-every"),
                                  QStringLiteral("Close the connection after creating every Nth badge."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption hang(QStringLiteral("hang-path"),
                                  QStringLiteral("Never answer paths matching this regular expression."),
                                  QStringLiteral("REGEX"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the fault RNG."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption token(QStringLiteral("token"), QStringLiteral("Accepted authorization token."),
                                   QStringLiteral("T"), QStringLiteral("practice-token"));
    const QCommandLineOption tokenDays(
        QStringLiteral("token-expires-in-days"),
        QStringLiteral("Days until the accepted token expires (default 180, as Credly's; 0 = expired)."),
        QStringLiteral("N"), QStringLiteral("180"));
    const QCommandLineOption org(QStringLiteral("org"), QStringLiteral("Organization id."),
                                 QStringLiteral("ID"), QStringLiteral("practice-org"));
    const QCommandLineOption stateFile(
        QStringLiteral("state"),
        QStringLiteral("Load the state from FILE if it exists; save changes to "
                       "it (tokens are never saved)."),
        QStringLiteral("FILE"));
    parser.addOptions({port, latency, jitter, throttle, retryAfter, errorRate, errorStatus, drop, hang, seed,
                       token, tokenDays, org, stateFile});
    parser.process(app);

    QTextStream err(stderr);
    bool valid = true;
    // Whole numbers in [low, high]; a typo must not silently become 0 (no fault at all).
    const auto number = [&](const QCommandLineOption& option, qint64 low, qint64 high) -> qint64 {
        bool ok = false;
        const qint64 value = parser.value(option).toLongLong(&ok);
        if (!ok || value < low || value > high) {
            err << "credly-sim: --" << option.names().constFirst() << " must be a whole number from " << low
                << " to " << high << " (got \"" << parser.value(option) << "\")" << Qt::endl;
            valid = false;
            return 0;
        }
        return value;
    };
    FaultOptions faults;
    const quint16 portNumber = static_cast<quint16>(number(port, 0, 65535));
    faults.latencyMs = static_cast<int>(number(latency, 0, 600000));
    faults.jitterMs = static_cast<int>(number(jitter, 0, 600000));
    faults.throttleEvery = static_cast<int>(number(throttle, 0, 1000000));
    faults.retryAfterSeconds = parser.value(retryAfter) == QLatin1String("none")
                                   ? -1
                                   : static_cast<int>(number(retryAfter, 0, 86400));
    bool rateOk = false;
    faults.errorRate = parser.value(errorRate).toDouble(&rateOk);
    if (!rateOk || faults.errorRate < 0.0 || faults.errorRate > 1.0) {
        err << "credly-sim: --error-rate must be a number from 0 to 1 (got \"" << parser.value(errorRate)
            << "\")" << Qt::endl;
        valid = false;
    }
    faults.errorStatus = static_cast<int>(number(errorStatus, 500, 599));
    faults.dropAfterCreateEvery = static_cast<int>(number(drop, 0, 1000000));
    faults.hangPath = parser.value(hang);
    if (!faults.hangPath.isEmpty() && !QRegularExpression(faults.hangPath).isValid()) {
        err << "credly-sim: --hang-path is not a valid regular expression: " << faults.hangPath << Qt::endl;
        valid = false;
    }
    faults.seed = static_cast<quint32>(number(seed, 0, 4294967295LL));
    const qint64 days = number(tokenDays, 0, 3650);
    if (parser.value(token).isEmpty()) {
        err << "credly-sim: --token must not be empty" << Qt::endl;
        valid = false;
    }
    if (!valid)
        return 1;

    CredlySimulator simulator;
    simulator.setOrganizationId(parser.value(org));
    simulator.setToken(parser.value(token), QDateTime::currentDateTimeUtc().addDays(days));
    simulator.setFaults(faults);
    if (parser.isSet(stateFile)) {
        QString error;
        if (!simulator.setStateFile(parser.value(stateFile), &error)) {
            err << "credly-sim: cannot use state file " << parser.value(stateFile) << ": " << error
                << Qt::endl;
            return 2;
        }
    }
    if (simulator.listen(portNumber) == 0) {
        err << "credly-sim: cannot listen on 127.0.0.1:" << parser.value(port) << Qt::endl;
        return 1;
    }
    QTextStream out(stdout);
    out << "credly-sim listening on " << simulator.baseUrl().toString() << " (organization "
        << simulator.organizationId() << ")" << Qt::endl;
    return QCoreApplication::exec();
}
