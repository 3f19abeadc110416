#include "storage/BatchRepository.h"
#include "storage/Database.h"

#include <QLocale>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace badgedesk;

class TestBatchRepository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }

    void summariesWithCountsNewestFirst()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("b.sqlite"))));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO batches(id, month, label, created_at) VALUES "
                                      "(1, '2026-09', '', '2026-10-02T09:00:00Z'), "
                                      "(2, '2026-10', '', '2026-11-02T09:00:00Z'), "
                                      "(3, '2026-10', 'October resend', '2026-11-05T09:00:00Z')")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO import_files(id, batch_id, file_name, sha256, imported_at) VALUES "
                           "(1, 2, 'f.csv', 'x', 'now')")));
        const QStringList statuses{QStringLiteral("eligible"), QStringLiteral("eligible"),
                                   QStringLiteral("excluded"), QStringLiteral("approved")};
        for (int i = 0; i < statuses.size(); ++i)
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO certifications(batch_id, import_file_id, source_row, raw_json, "
                               "row_key, status, updated_at) VALUES(2, 1, %1, '[]', 'k%1', '%2', 'now')")
                    .arg(i + 2)
                    .arg(statuses.at(i))));
        QVERIFY(q.exec(
            QStringLiteral("UPDATE batches SET signed_off_at = '2026-11-03T10:00:00.000Z' WHERE id = 2")));

        BatchRepository repo(db.connection());
        const auto all = repo.all();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).id, 3); // newest month, newest batch first
        QCOMPARE(all.at(1).id, 2);
        QCOMPARE(all.at(2).id, 1);
        QCOMPARE(all.at(0).displayName(), QStringLiteral("October resend"));
        QCOMPARE(all.at(1).displayName(), QStringLiteral("October 2026"));
        QCOMPARE(all.at(1).rows, 4);
        QCOMPARE(all.at(1).count(QStringLiteral("eligible")), 2);
        QCOMPARE(all.at(1).count(QStringLiteral("issued")), 0);
        QVERIFY(all.at(1).signedOffAt.isValid());
        QCOMPARE(all.at(2).rows, 0);
        QCOMPARE(repo.byId(2)->rows, 4);
        QVERIFY(!repo.byId(9).has_value());
        // Named by number or by month (the newest batch of it).
        QCOMPARE(repo.idFor(QStringLiteral("1")), 1);
        QCOMPARE(repo.idFor(QStringLiteral(" 2026-10 ")), 3);
        QCOMPARE(repo.idFor(QStringLiteral("2026-09")), 1);
        QCOMPARE(repo.idFor(QStringLiteral("9")), 0);
        QCOMPARE(repo.idFor(QStringLiteral("2026-11")), 0);
        QCOMPARE(repo.idFor(QStringLiteral("one")), 0);
    }
};

QTEST_GUILESS_MAIN(TestBatchRepository)
#include "TestBatchRepository.moc"
