// credly-sim: the Credly simulator as a standalone loopback server, for manual runs, benchmarks
// and scripted tests. All options map onto FaultOptions; see CredlySimulator.h.
#include "CredlySimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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
    const QCommandLineOption retryAfter(QStringLiteral("retry-after"),
                                        QStringLiteral("Retry-After seconds sent with 429, or 'none'."),
                                        QStringLiteral("S|none"), QStringLiteral("1"));
    const QCommandLineOption errorRate(QStringLiteral("error-rate"),
                                       QStringLiteral("Share of requests answered 503 (0..1)."),
                                       QStringLiteral("P"), QStringLiteral("0"));
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
    const QCommandLineOption org(QStringLiteral("org"), QStringLiteral("Organization id."),
                                 QStringLiteral("ID"), QStringLiteral("practice-org"));
    const QCommandLineOption stateFile(
        QStringLiteral("state"), QStringLiteral("Load the state from FILE if it exists; save changes to it."),
        QStringLiteral("FILE"));
    parser.addOptions(
        {port, latency, jitter, throttle, retryAfter, errorRate, drop, hang, seed, token, org, stateFile});
    parser.process(app);

    QTextStream err(stderr);
    FaultOptions faults;
    faults.latencyMs = parser.value(latency).toInt();
    faults.jitterMs = parser.value(jitter).toInt();
    faults.throttleEvery = parser.value(throttle).toInt();
    faults.retryAfterSeconds =
        parser.value(retryAfter) == QLatin1String("none") ? -1 : parser.value(retryAfter).toInt();
    faults.errorRate = parser.value(errorRate).toDouble();
    faults.dropAfterCreateEvery = parser.value(drop).toInt();
    faults.hangPath = parser.value(hang);
    faults.seed = parser.value(seed).toUInt();

    CredlySimulator simulator;
    simulator.setToken(parser.value(token));
    simulator.setOrganizationId(parser.value(org));
    simulator.setFaults(faults);
    if (parser.isSet(stateFile)) {
        QString error;
        if (!simulator.setStateFile(parser.value(stateFile), &error)) {
            err << "credly-sim: cannot use state file " << parser.value(stateFile) << ": " << error
                << Qt::endl;
            return 2;
        }
    }
    if (simulator.listen(static_cast<quint16>(parser.value(port).toUInt())) == 0) {
        err << "credly-sim: cannot listen on 127.0.0.1:" << parser.value(port) << Qt::endl;
        return 1;
    }
    QTextStream out(stdout);
    out << "credly-sim listening on " << simulator.baseUrl().toString() << " (organization "
        << simulator.organizationId() << ")" << Qt::endl;
    return QCoreApplication::exec();
}
