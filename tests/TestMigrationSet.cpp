#include "storage/MigrationSet.h"

#include <QTest>

using badgedesk::MigrationSet;

class TestMigrationSet : public QObject
{
    Q_OBJECT
private slots:
    void embeddedMigrationsAreSequential()
    {
        const MigrationSet set;
        QVERIFY2(set.isValid(), qPrintable(set.error()));
        QVERIFY(set.latestVersion() >= 2);
        int expected = 1;
        for (const auto& m : set.migrations()) {
            QCOMPARE(m.version, expected++);
            QVERIFY2(!m.statements.isEmpty(), qPrintable(m.name));
        }
        QCOMPARE(set.migrations().first().name, QStringLiteral("initial"));
    }

    void missingFolderIsReported()
    {
        const MigrationSet set(QStringLiteral(":/no-such-folder"));
        QVERIFY(!set.isValid());
        QVERIFY(set.error().contains(QStringLiteral("No migrations found")));
    }

    void splitStatements_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("two statements")
            << QStringLiteral("CREATE TABLE a(x);\nCREATE TABLE b(y);\n")
            << QStringList{QStringLiteral("CREATE TABLE a(x);"), QStringLiteral("CREATE TABLE b(y);")};
        QTest::newRow("comments only dropped")
            << QStringLiteral("-- heading\n\nCREATE TABLE a(x); -- trailing\n-- end\n")
            << QStringList{QStringLiteral("-- heading\n\nCREATE TABLE a(x); -- trailing")};
        QTest::newRow("semicolon in text") << QStringLiteral("INSERT INTO a VALUES('x;\ny');\n")
                                           << QStringList{QStringLiteral("INSERT INTO a VALUES('x;\ny');")};
        QTest::newRow("trigger body kept whole")
            << QStringLiteral(
                   "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE b SET y = 1;\n  DELETE FROM "
                   "c;\nEND;\nCREATE TABLE d(z);\n")
            << QStringList{
                   QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE b SET y = 1;\n  "
                                  "DELETE FROM c;\nEND;"),
                   QStringLiteral("CREATE TABLE d(z);")};
        QTest::newRow("unterminated last")
            << QStringLiteral("CREATE TABLE a(x)") << QStringList{QStringLiteral("CREATE TABLE a(x)")};
    }

    void splitStatements()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, expected);
        QCOMPARE(MigrationSet::splitStatements(script), expected);
    }
};

QTEST_GUILESS_MAIN(TestMigrationSet)
#include "TestMigrationSet.moc"
