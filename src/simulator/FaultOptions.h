#pragma once

#include <QJsonObject>
#include <QString>

namespace badgedesk {

// What can go wrong on the wire, switched on per simulator (credly-sim options, POST /_sim/faults
// or CredlySimulator::setFaults). All zero means a well-behaved Credly.
struct FaultOptions
{
    int latencyMs = 0;            // added to every API answer
    int jitterMs = 0;             // plus a uniform 0..jitterMs on top
    int throttleEvery = 0;        // every Nth API request answers 429 (0 = never)
    int retryAfterSeconds = 1;    // Retry-After sent with a 429; -1 = no header
    double errorRate = 0.0;       // share of API requests answered with errorStatus (seeded RNG)
    int errorStatus = 503;        // 500, 502, 503...
    int dropAfterCreateEvery = 0; // every Nth created badge: close the socket instead of the 201
    QString hangPath;             // regular expression on the path: never answer (proves timeouts)
    quint32 seed = 1;             // for the error rate and the jitter, so runs repeat

    QJsonObject toJson() const;
    // Missing keys keep their defaults, so {"latency_ms":200} alone is a valid body.
    static FaultOptions fromJson(const QJsonObject& json);
};

} // namespace badgedesk
