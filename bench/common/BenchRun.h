#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace badgedesk::bench {

// One child process measured: wall time and peak RSS.
struct Measurement
{
    double seconds = 0;
    long peakKiB = 0;
    int exitCode = -1;
};

// Runs a program with stdout and stderr sent to /dev/null; wall time and peak RSS (from
// /usr/bin/time when present, else wait4's rusage). scratch: a folder for /usr/bin/time's output.
Measurement runChild(QStringList arguments, const QString& scratch);

// The 1-minute load average: the build machine is shared.
QString loadAverage();

double median(std::vector<double> values);

// Runs of one kind: medians and the highest peak.
struct Series
{
    explicit Series(const QString& seriesName) : name(seriesName) {}
    QString name;
    std::vector<double> seconds;
    long peakKiB = 0;
    bool failed = false;

    void add(const Measurement& m);
    double medianSeconds() const { return median(seconds); }
};

// Appends text to a results file (e.g. bench/RESULTS.md); false when it cannot be written.
bool appendResults(const QString& path, const QString& text);

} // namespace badgedesk::bench
