#include "diagnostics/DiagnosticsLog.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace badgedesk;

Q_LOGGING_CATEGORY(lcTestLog, "badgedesk.test")

namespace {

QString readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestDiagnosticsLog : public QObject
{
    Q_OBJECT
private slots:
    void scrub_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("scrubbed");
        QTest::newRow("email") << QStringLiteral("sent to jane.doe@students.example.org ok")
                               << QStringLiteral("sent to <email> ok");
        QTest::newRow("student id") << QStringLiteral("row 12 student 0012345678")
                                    << QStringLiteral("row 12 student <number>");
        QTest::newRow("basic auth") << QStringLiteral("Authorization: Basic dG9rZW46")
                                    << QStringLiteral("Authorization: Basic <hidden>");
        QTest::newRow("token") << QStringLiteral("token=abc123def") << QStringLiteral("token=<hidden>");
        QTest::newRow("token spaced")
            << QStringLiteral("the token: s3cr3t-value here") << QStringLiteral("the token: <hidden> here");
        QTest::newRow("harmless") << QStringLiteral("GET /v1/organizations/org-1/badge_templates -> 200")
                                  << QStringLiteral("GET /v1/organizations/org-1/badge_templates -> 200");
    }

    void scrub()
    {
        QFETCH(QString, message);
        QFETCH(QString, scrubbed);
        QCOMPARE(DiagnosticsLog::scrub(message), scrubbed);
    }

    void writesScrubbedLinesAndRotates()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("logs"));
        QVERIFY(DiagnosticsLog::install(folder, false));
        QCOMPARE(DiagnosticsLog::logFilePath(),
                 QDir(folder).absoluteFilePath(QStringLiteral("badgedesk.log")));
        qCWarning(lcTestLog) << "could not send to"
                             << "kid@example.com"
                             << "token=zzz-secret";
        const QString text = readFile(DiagnosticsLog::logFilePath());
        QVERIFY2(text.contains(QLatin1String("warning badgedesk.test:")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("<email>")));
        QVERIFY(!text.contains(QLatin1String("kid@example.com")));
        QVERIFY(!text.contains(QLatin1String("zzz-secret")));
        QCOMPARE(DiagnosticsLog::recentProblems().size(), 1);
        QVERIFY(DiagnosticsLog::recentProblems().first().contains(QLatin1String("could not send to")));

        // Fill past the size limit several times: at most MaxFiles old files, each under the cap.
        const QString filler(500, QLatin1Char('x'));
        for (int i = 0; i < (DiagnosticsLog::MaxFileBytes / 500) * (DiagnosticsLog::MaxFiles + 2); ++i)
            qCInfo(lcTestLog).noquote() << filler;
        const QStringList files = QDir(folder).entryList({QStringLiteral("badgedesk.log*")}, QDir::Files);
        QCOMPARE(files.size(), DiagnosticsLog::MaxFiles + 1);
        for (const QString& f : files)
            QVERIFY(QFileInfo(QDir(folder).filePath(f)).size() <= DiagnosticsLog::MaxFileBytes);
        QCOMPARE(DiagnosticsLog::recentProblems().size(), 1); // info lines are not problems
        QCOMPARE(QFile(DiagnosticsLog::logFilePath()).permissions() &
                     (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        DiagnosticsLog::uninstall();
    }
};

QTEST_GUILESS_MAIN(TestDiagnosticsLog)
#include "TestDiagnosticsLog.moc"
