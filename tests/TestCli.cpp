#include "AppIdentity.h"
#include "Cli.h"
#include "ExitCode.h"
#include "storage/Database.h"
#include "support/CliRunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace badgedesk;
using namespace badgedesk::test;

namespace {} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void infoOnANewDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("info.sqlite"));
        const CliRun run = runCli({QStringLiteral("--db"), path, QStringLiteral("info")});
        QCOMPARE(run.code, int(ExitOk));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QStringList lines = run.out.split(QLatin1Char('\n'));
        QVERIFY(lines.contains(QStringLiteral("Database:       ") + path));
        QVERIFY(lines.contains(QStringLiteral("Schema version: %1").arg(Database::latestVersion())));
        QVERIFY(lines.contains(QStringLiteral("Environment:    practice")));
        QVERIFY(lines.contains(QStringLiteral("  certifications     0")));
        QVERIFY(QFile::exists(path));
    }

    void infoJsonCountsRows()
    {
        const QString path = m_dir.filePath(QStringLiteral("json.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO batches(month, created_at) VALUES('2026-09','x'), "
                                          "('2026-10','y')")));
            QVERIFY(db.setEnvironment(CredlyEnvironment::Production));
        }
        const CliRun run =
            runCli({QStringLiteral("--json"), QStringLiteral("--db"), path, QStringLiteral("info")});
        QCOMPARE(run.code, int(ExitOk));
        QJsonParseError parseError;
        const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8(), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("database")).toString(), path);
        QCOMPARE(o.value(QStringLiteral("schema_version")).toInt(), Database::latestVersion());
        QCOMPARE(o.value(QStringLiteral("environment")).toString(), QStringLiteral("production"));
        const QJsonObject counts = o.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("batches")).toInt(), 2);
        QCOMPARE(counts.value(QStringLiteral("certifications")).toInt(), 0);
        QCOMPARE(counts.size(), 8);
    }

    void infoOnABadFileIsBadInput()
    {
        const QString path = m_dir.filePath(QStringLiteral("text.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database at all");
        f.close();
        const CliRun text = runCli({QStringLiteral("--db"), path, QStringLiteral("info")});
        QCOMPARE(text.code, int(ExitBadInput));
        QVERIFY(text.err.startsWith(QStringLiteral("badgedesk-cli: ")));
        QVERIFY(text.err.contains(QStringLiteral("not an SQLite file")));

        const CliRun json =
            runCli({QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("info")});
        QCOMPARE(json.code, int(ExitBadInput));
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QVERIFY(o.value(QStringLiteral("error")).toString().contains(QStringLiteral("not an SQLite file")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << QStringLiteral("Usage: badgedesk-cli");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command \"frobnicate\"");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--colour"), QStringLiteral("info")}
            << QStringLiteral("Unknown option 'colour'. Run badgedesk-cli --help for usage.");
        QTest::newRow("db without path")
            << QStringList{QStringLiteral("--db")} << QStringLiteral("Missing value after '--db'");
        QTest::newRow("info with argument") << QStringList{QStringLiteral("info"), QStringLiteral("extra")}
                                            << QStringLiteral("info takes no arguments");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QStringList withDb{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("usage.sqlite"))};
        const CliRun run =
            runCli(arguments.contains(QStringLiteral("--db")) ? arguments : withDb + arguments);
        QCOMPARE(run.code, int(ExitUsage));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void helpListsCommandsAndExitCodes()
    {
        const CliRun run = runCli({QStringLiteral("--help")});
        QCOMPARE(run.code, int(ExitOk));
        QVERIFY(run.out.contains(QStringLiteral("  info ")));
        QVERIFY(run.out.contains(QStringLiteral("Exit codes: 0 ok, 1 usage, 2 bad input")));
    }

    void versionFromTheRealExecutable()
    {
        QProcess p;
        p.start(QStringLiteral(BADGEDESK_CLI_PATH), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed(),
                 QStringLiteral("badgedesk-cli ") + versionString());
        QVERIFY(versionString().contains(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"))));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
