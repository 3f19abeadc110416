#include "Cli.h"
#include "ExitCode.h"
#include "storage/CatalogRepository.h"
#include "storage/CredlyTemplateRepository.h"
#include "storage/Database.h"
#include "support/CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace badgedesk;
using namespace badgedesk::test;

namespace {

const QByteArray kFirstList =
    "AssessmentCode,AssessmentTitle,TestingVendor,VendorIssuesDigitalBadge,CareerTechBadges,"
    "CredlyTemplateID\n"
    "911,Entrepreneur,CTTC,N,Y,cfaf2910-ea5f-46f1-89a5-db525dad6e58\n"
    "8005,Nursing Home Administrator,CTTC,N,Y,\n"
    "8006,Assistant Administrator,CTTC,N,Y,\n";

// A year later: 0911 renamed, 8005 gets a template, 8006 dropped, 41401 new, 41401 listed twice.
const QByteArray kSecondList =
    "AssessmentCode,AssessmentTitle,TestingVendor,VendorIssuesDigitalBadge,CareerTechBadges,"
    "CredlyTemplateID\n"
    "0911,Entrepreneurship,CTTC,N,Yes,cfaf2910-ea5f-46f1-89a5-db525dad6e58\n"
    "8005,Nursing Home Administrator,CTTC,No,TRUE,0D6F3C1E-52A8-4A52-9A3E-5F7F0C0B1A11\n"
    "41401,Microcomputer Repair Technician,CTTC,N,Y,\n"
    "41401,Microcomputer Repair Tech (duplicate),CTTC,N,Y,\n";

} // namespace

class TestCatalogCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        static int n = 0;
        m_db = m_dir.filePath(QStringLiteral("cli-%1.sqlite").arg(++n));
    }

    void importPreviewsThenApplies()
    {
        const QString first = write(QStringLiteral("first.csv"), kFirstList);
        CliRun run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("catalog"),
                             QStringLiteral("import"), first, QStringLiteral("--json")});
        QCOMPARE(run.code, int(ExitOk));
        QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("added")).toArray().size(), 3);
        QCOMPARE(json.value(QStringLiteral("applied")).toBool(), false);
        QCOMPARE(json.value(QStringLiteral("header_row")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("rows")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("kept_fields")).toArray(),
                 (QJsonArray{QStringLiteral("credentialing_body"), QStringLiteral("credential_type"),
                             QStringLiteral("program_area"), QStringLiteral("effective_date"),
                             QStringLiteral("retired_date"), QStringLiteral("notes")}));
        const QJsonObject firstAdded = json.value(QStringLiteral("added")).toArray().first().toObject();
        QCOMPARE(firstAdded.value(QStringLiteral("code")).toString(), QStringLiteral("0911"));
        QCOMPARE(firstAdded.value(QStringLiteral("careertech_badges")).toBool(), true);
        QCOMPARE(
            json.value(QStringLiteral("problems")).toArray().first().toObject().value(QStringLiteral("kind")),
            QStringLiteral("code_padded"));
        QVERIFY(CatalogRepository(openDb()).all().isEmpty()); // preview only

        run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("catalog"), QStringLiteral("import"),
                      first, QStringLiteral("--apply"), QStringLiteral("--json")});
        QCOMPARE(run.code, int(ExitOk));
        QVERIFY(run.json().value(QStringLiteral("applied")).toBool());
        QVERIFY(run.json().value(QStringLiteral("change_set_id")).toInteger() > 0);
        QCOMPARE(CatalogRepository(openDb()).all().size(), 3);

        // The next year's list: every kind of change, retired on the date given.
        const QString second = write(QStringLiteral("second.csv"), kSecondList);
        run =
            runCli({QStringLiteral("--db"), m_db, QStringLiteral("catalog"), QStringLiteral("import"), second,
                    QStringLiteral("--retire-on"), QStringLiteral("2026-07-01"), QStringLiteral("--json")});
        QCOMPARE(run.code, int(ExitOk));
        json = run.json();
        QCOMPARE(json.value(QStringLiteral("retire_on")).toString(), QStringLiteral("2026-07-01"));
        QCOMPARE(json.value(QStringLiteral("added")).toArray().size(), 1);
        QCOMPARE(
            json.value(QStringLiteral("added")).toArray().first().toObject().value(QStringLiteral("code")),
            QStringLiteral("41401"));
        const QJsonArray changed = json.value(QStringLiteral("changed")).toArray();
        QCOMPARE(changed.size(), 2);
        const QJsonObject rename = changed.at(0).toObject();
        QCOMPARE(rename.value(QStringLiteral("code")).toString(), QStringLiteral("0911"));
        const QJsonArray fields = rename.value(QStringLiteral("fields")).toArray();
        QCOMPARE(fields.size(), 1);
        QCOMPARE(fields.first().toObject(),
                 (QJsonObject{{QStringLiteral("field"), QStringLiteral("title")},
                              {QStringLiteral("old"), QStringLiteral("Entrepreneur")},
                              {QStringLiteral("new"), QStringLiteral("Entrepreneurship")}}));
        QCOMPARE(changed.at(1)
                     .toObject()
                     .value(QStringLiteral("fields"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("new")),
                 QStringLiteral("0d6f3c1e-52a8-4a52-9a3e-5f7f0c0b1a11"));
        QCOMPARE(
            json.value(QStringLiteral("missing")).toArray(),
            (QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("8006")},
                                    {QStringLiteral("title"), QStringLiteral("Assistant Administrator")}}}));
        QCOMPARE(json.value(QStringLiteral("unchanged")).toInt(), 0);
        const QJsonObject duplicate = json.value(QStringLiteral("problems")).toArray().first().toObject();
        QCOMPARE(duplicate.value(QStringLiteral("kind")).toString(), QStringLiteral("duplicate_code"));
        QCOMPARE(duplicate.value(QStringLiteral("row")).toInt(), 5);

        run =
            runCli({QStringLiteral("--db"), m_db, QStringLiteral("catalog"), QStringLiteral("import"), second,
                    QStringLiteral("--retire-on"), QStringLiteral("2026-07-01"), QStringLiteral("--apply")});
        QCOMPARE(run.code, int(ExitOk));
        QVERIFY2(
            run.out.contains(QStringLiteral("  Retired    1 (missing from the list; retired on 2026-07-01)")),
            qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("      title: \"Entrepreneur\" -> \"Entrepreneurship\"")));
        QVERIFY(run.out.contains(QStringLiteral("Applied as change set")));
        CatalogRepository repo(openDb());
        QCOMPARE(repo.byCode(QStringLiteral("8006"))->retiredDate, QDate(2026, 7, 1));
        QCOMPARE(repo.byCode(QStringLiteral("0911"))->title, QStringLiteral("Entrepreneurship"));
    }

    void exportThenImportIsUnchanged_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("csv") << QStringLiteral("out.csv");
        QTest::newRow("xlsx") << QStringLiteral("out.xlsx");
    }

    void exportThenImportIsUnchanged()
    {
        QFETCH(QString, name);
        const QString first = write(QStringLiteral("first.csv"), kFirstList);
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("catalog"), QStringLiteral("import"),
                         first, QStringLiteral("--apply")})
                     .code,
                 int(ExitOk));
        const QString out = m_dir.filePath(name);
        CliRun run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("catalog"),
                             QStringLiteral("export"), out, QStringLiteral("--json")});
        QCOMPARE(run.code, int(ExitOk));
        QCOMPARE(run.json().value(QStringLiteral("entries")).toInt(), 3);
        QVERIFY(QFile::exists(out));
        run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("catalog"),
                      QStringLiteral("import"), out});
        QCOMPARE(run.code, int(ExitOk));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("unchanged")).toInt(), 3);
        QVERIFY(json.value(QStringLiteral("added")).toArray().isEmpty());
        QVERIFY(json.value(QStringLiteral("changed")).toArray().isEmpty());
        QVERIFY(json.value(QStringLiteral("missing")).toArray().isEmpty());
        QVERIFY(json.value(QStringLiteral("problems")).toArray().isEmpty());
        run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("catalog"), QStringLiteral("import"), out,
                      QStringLiteral("--apply")});
        QVERIFY(run.out.contains(QStringLiteral("The catalog already matches the list; nothing to apply.")));
    }

    void listShowsProblemsAndTemplates()
    {
        const QString first = write(QStringLiteral("first.csv"), kFirstList);
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("catalog"), QStringLiteral("import"),
                         first, QStringLiteral("--apply")})
                     .code,
                 int(ExitOk));
        {
            Database db;
            QVERIFY(db.open(m_db));
            CredlyTemplate t;
            t.id = QStringLiteral("cfaf2910-ea5f-46f1-89a5-db525dad6e58");
            t.name = QStringLiteral("CTTC - Entrepreneur");
            t.state = QStringLiteral("archived");
            QVERIFY(CredlyTemplateRepository(db.connection())
                        .replaceAll(CredlyEnvironment::Practice, {t}, QDateTime::currentDateTimeUtc()));
        }
        const CliRun run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("catalog"),
                                   QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.code, int(ExitOk));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("environment")).toString(), QStringLiteral("practice"));
        QCOMPARE(json.value(QStringLiteral("count")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("problems")).toInt(), 3);
        const QJsonObject e = json.value(QStringLiteral("entries")).toArray().first().toObject();
        QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("0911"));
        QCOMPARE(e.value(QStringLiteral("template_name")).toString(), QStringLiteral("CTTC - Entrepreneur"));
        QCOMPARE(e.value(QStringLiteral("template_state")).toString(), QStringLiteral("archived"));
        QCOMPARE(e.value(QStringLiteral("problem")).toString(), QStringLiteral("archived_template"));
        QVERIFY(e.value(QStringLiteral("retired_date")).isNull());
        QCOMPARE(
            json.value(QStringLiteral("entries")).toArray().at(1).toObject().value(QStringLiteral("problem")),
            QStringLiteral("no_template"));

        const CliRun text =
            runCli({QStringLiteral("--db"), m_db, QStringLiteral("catalog"), QStringLiteral("list")});
        QVERIFY2(text.out.contains(QStringLiteral(
                     "0911       Entrepreneur  [CareerTech badges: CTTC - Entrepreneur (archived)]")),
                 qPrintable(text.out));
        QVERIFY(text.out.endsWith(QStringLiteral("3 assessments, 0 retired, 3 with a problem\n")));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("error");
        QTest::newRow("no subcommand") << QStringList{QStringLiteral("catalog")} << int(ExitUsage)
                                       << QStringLiteral("Usage: catalog import FILE");
        QTest::newRow("unknown subcommand")
            << QStringList{QStringLiteral("catalog"), QStringLiteral("merge")} << int(ExitUsage)
            << QStringLiteral("unknown catalog command \"merge\"");
        QTest::newRow("import without file")
            << QStringList{QStringLiteral("catalog"), QStringLiteral("import")} << int(ExitUsage)
            << QStringLiteral("Usage: catalog import FILE");
        QTest::newRow("bad retire date")
            << QStringList{QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral("x.csv"),
                           QStringLiteral("--retire-on"), QStringLiteral("July")}
            << int(ExitUsage) << QStringLiteral("--retire-on must be a date like 2026-07-01 (got \"July\")");
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("catalog"), QStringLiteral("import"),
                           QStringLiteral("/nonexistent/list.csv")}
            << int(ExitBadInput) << QStringLiteral("/nonexistent/list.csv does not exist.");
        QTest::newRow("export to .ods")
            << QStringList{QStringLiteral("catalog"), QStringLiteral("export"),
                           QStringLiteral("/tmp/out.ods")}
            << int(ExitUsage) << QStringLiteral("/tmp/out.ods: name the export file");
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, error);
        const CliRun run =
            runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--json")} + arguments);
        QCOMPARE(run.code, code);
        const QString message = run.json().value(QStringLiteral("error")).toString();
        QVERIFY2(message.startsWith(error), qPrintable(message));
    }

private:
    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(bytes);
        return path;
    }

    QSqlDatabase openDb()
    {
        m_open = std::make_unique<Database>();
        if (!m_open->open(m_db))
            return {};
        return m_open->connection();
    }

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<Database> m_open;
};

QTEST_GUILESS_MAIN(TestCatalogCommand)
#include "TestCatalogCommand.moc"
