#pragma once

#include <QString>
#include <QStringList>

namespace badgedesk {

// The application's log file: every Qt message (qCDebug is off unless QT_LOGGING_RULES asks) goes
// to <data folder>/logs/badgedesk.log, which rotates at MaxFileBytes keeping MaxFiles old files.
// Messages are scrubbed before they are written or kept: email addresses, long digit runs
// (student ids), and anything after "Basic", "Bearer" or "token" are replaced, so the file can be
// sent to support. The last warnings are kept for Help > Copy diagnostics.
class DiagnosticsLog
{
public:
    static constexpr qint64 MaxFileBytes = 1024 * 1024;
    static constexpr int MaxFiles = 5;
    static constexpr int RecentCount = 20;

    // Installs the message handler writing into folder (created if missing). Also passes messages
    // on to the previous handler (stderr) when echo is true. Returns false if the folder cannot be
    // made; logging then goes on to the previous handler only.
    static bool install(const QString& folder, bool echo);
    static void uninstall();
    static QString logFilePath();

    static QString scrub(const QString& message);
    // Scrubbed warnings and errors, oldest first, with their times.
    static QStringList recentProblems();
};

} // namespace badgedesk
