#include "BenchRun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace badgedesk::bench {

Measurement runChild(QStringList arguments, const QString& scratch)
{
    const QString rssFile = scratch + QStringLiteral("/rss.txt");
    const bool timed = QFileInfo::exists(QStringLiteral("/usr/bin/time"));
    if (timed)
        arguments = QStringList{QStringLiteral("/usr/bin/time"), QStringLiteral("-f"), QStringLiteral("%M"),
                                QStringLiteral("-o"), rssFile} +
                    arguments;
    std::vector<QByteArray> storage;
    std::vector<char*> argv;
    for (const QString& argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    for (QByteArray& a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        FILE* null = std::fopen("/dev/null", "w");
        if (null) {
            dup2(fileno(null), 1);
            dup2(fileno(null), 2);
        }
        execvp(argv[0], argv.data());
        _exit(127);
    }
    Measurement m;
    int status = 0;
    rusage usage{};
    if (pid > 0 && wait4(pid, &status, 0, &usage) == pid) {
        m.seconds = double(timer.nsecsElapsed()) / 1e9;
        m.peakKiB = usage.ru_maxrss;
        m.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    QFile rss(rssFile);
    if (timed && rss.open(QIODevice::ReadOnly)) {
        // The last line is %M; "Command exited with non-zero status" may come first.
        const QList<QByteArray> lines = rss.readAll().trimmed().split('\n');
        m.peakKiB = lines.last().trimmed().toLong();
    }
    return m;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll().split(' ').value(0));
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

void Series::add(const Measurement& m)
{
    failed = failed || m.exitCode != 0;
    seconds.push_back(m.seconds);
    peakKiB = std::max(peakKiB, m.peakKiB);
}

bool appendResults(const QString& path, const QString& text)
{
    QFile file(path);
    if (!file.open(QIODevice::Append | QIODevice::Text))
        return false;
    return file.write(text.toUtf8()) == text.toUtf8().size();
}

} // namespace badgedesk::bench
