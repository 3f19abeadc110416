#include "IssueOptions.h"

#include "storage/SettingsRepository.h"

namespace badgedesk {

IssueOptions IssueOptions::load(QSqlDatabase db)
{
    IssueOptions o;
    const SettingsRepository settings(db);
    const auto number = [&settings](const char* key, int fallback, int low, int high) {
        bool ok = false;
        const int value = settings.value(QLatin1String(key)).toInt(&ok);
        return ok && value >= low && value <= high ? value : fallback;
    };
    o.concurrency = number("issuing.concurrency", o.concurrency, 1, 16);
    o.ratePerMinute = number("issuing.rate_per_minute", o.ratePerMinute, 0, 100000);
    o.backoffBaseMs = number("issuing.backoff_base_ms", o.backoffBaseMs, 1, 600000);
    o.recoveryGraceMs = number("issuing.recovery_grace_ms", o.recoveryGraceMs, 0, 600000);
    const QString zone = settings.value(QStringLiteral("issuing.timezone"));
    if (!zone.isEmpty())
        o.timeZone = zone;
    return o;
}

bool IssueOptions::save(QSqlDatabase db, const IssueOptions& options)
{
    SettingsRepository settings(db);
    return settings.setValue(QStringLiteral("issuing.concurrency"), QString::number(options.concurrency)) &&
           settings.setValue(QStringLiteral("issuing.rate_per_minute"),
                             QString::number(options.ratePerMinute));
}

} // namespace badgedesk
