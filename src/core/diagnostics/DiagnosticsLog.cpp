#include "DiagnosticsLog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>

namespace badgedesk {

namespace {

struct LogState
{
    QMutex mutex;
    QString folder;
    QFile file;
    bool echo = false;
    QtMessageHandler previous = nullptr;
    QStringList recent;
};

LogState& state()
{
    static LogState s;
    return s;
}

QString filePath(int index)
{
    const QString base = state().folder + QStringLiteral("/badgedesk.log");
    return index == 0 ? base : base + QLatin1Char('.') + QString::number(index);
}

void rotateLocked()
{
    LogState& s = state();
    s.file.close();
    QFile::remove(filePath(DiagnosticsLog::MaxFiles));
    for (int i = DiagnosticsLog::MaxFiles - 1; i >= 0; --i) {
        if (QFile::exists(filePath(i)))
            QFile::rename(filePath(i), filePath(i + 1));
    }
    s.file.setFileName(filePath(0));
    if (s.file.open(QIODevice::WriteOnly | QIODevice::Append))
        s.file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    LogState& s = state();
    const QString clean = DiagnosticsLog::scrub(message);
    const QString line =
        QStringLiteral("%1 %2 %3: %4\n")
            .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), QLatin1String(levelName(type)),
                 QLatin1String(context.category ? context.category : "default"), clean);
    QtMessageHandler previous = nullptr;
    {
        QMutexLocker lock(&s.mutex);
        if (s.file.isOpen()) {
            if (s.file.size() + line.size() > DiagnosticsLog::MaxFileBytes)
                rotateLocked();
            s.file.write(line.toUtf8());
            s.file.flush();
        }
        if (type >= QtWarningMsg && type != QtInfoMsg) {
            s.recent.append(line.trimmed());
            while (s.recent.size() > DiagnosticsLog::RecentCount)
                s.recent.removeFirst();
        }
        previous = s.echo ? s.previous : nullptr;
    }
    if (previous)
        previous(type, context, clean);
}

} // namespace

QString DiagnosticsLog::scrub(const QString& message)
{
    static const QRegularExpression email(QStringLiteral("[^\\s<>\"',;:()]+@[^\\s<>\"',;:()]+"));
    static const QRegularExpression secret(
        QStringLiteral("\\b(Basic|Bearer|token|password|secret)(\\s*[:=]?\\s*)\\S+"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression digits(QStringLiteral("\\d{7,}"));
    QString text = message;
    text.replace(secret, QStringLiteral("\\1\\2<hidden>"));
    text.replace(email, QStringLiteral("<email>"));
    text.replace(digits, QStringLiteral("<number>"));
    return text;
}

bool DiagnosticsLog::install(const QString& folder, bool echo)
{
    LogState& s = state();
    {
        QMutexLocker lock(&s.mutex);
        s.echo = echo;
        if (!QDir().mkpath(folder))
            return false;
        s.folder = QDir(folder).absolutePath();
        s.file.close();
        s.file.setFileName(filePath(0));
        if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append))
            return false;
        s.file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    QtMessageHandler previous = qInstallMessageHandler(handler);
    if (previous != handler) {
        QMutexLocker lock(&s.mutex);
        s.previous = previous;
    }
    return true;
}

void DiagnosticsLog::uninstall()
{
    LogState& s = state();
    QMutexLocker lock(&s.mutex);
    qInstallMessageHandler(s.previous);
    s.previous = nullptr;
    s.file.close();
    s.recent.clear();
}

QString DiagnosticsLog::logFilePath()
{
    QMutexLocker lock(&state().mutex);
    return state().folder.isEmpty() ? QString() : filePath(0);
}

QStringList DiagnosticsLog::recentProblems()
{
    QMutexLocker lock(&state().mutex);
    return state().recent;
}

} // namespace badgedesk
