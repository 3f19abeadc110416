#include "FaultOptions.h"

namespace badgedesk {

QJsonObject FaultOptions::toJson() const
{
    return QJsonObject{
        {QStringLiteral("latency_ms"), latencyMs},
        {QStringLiteral("jitter_ms"), jitterMs},
        {QStringLiteral("throttle_every"), throttleEvery},
        {QStringLiteral("retry_after_seconds"), retryAfterSeconds},
        {QStringLiteral("error_rate"), errorRate},
        {QStringLiteral("error_status"), errorStatus},
        {QStringLiteral("drop_after_create_every"), dropAfterCreateEvery},
        {QStringLiteral("hang_path"), hangPath},
        {QStringLiteral("seed"), static_cast<qint64>(seed)},
    };
}

FaultOptions FaultOptions::fromJson(const QJsonObject& json)
{
    FaultOptions f;
    f.latencyMs = json.value(QStringLiteral("latency_ms")).toInt(f.latencyMs);
    f.jitterMs = json.value(QStringLiteral("jitter_ms")).toInt(f.jitterMs);
    f.throttleEvery = json.value(QStringLiteral("throttle_every")).toInt(f.throttleEvery);
    f.retryAfterSeconds = json.value(QStringLiteral("retry_after_seconds")).toInt(f.retryAfterSeconds);
    f.errorRate = json.value(QStringLiteral("error_rate")).toDouble(f.errorRate);
    f.errorStatus = json.value(QStringLiteral("error_status")).toInt(f.errorStatus);
    f.dropAfterCreateEvery =
        json.value(QStringLiteral("drop_after_create_every")).toInt(f.dropAfterCreateEvery);
    f.hangPath = json.value(QStringLiteral("hang_path")).toString(f.hangPath);
    f.seed = static_cast<quint32>(json.value(QStringLiteral("seed")).toInteger(f.seed));
    return f;
}

} // namespace badgedesk
