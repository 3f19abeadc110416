#include "storage/Database.h"
#include "storage/SignOffRepository.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace badgedesk;

class TestSignOffRepository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("signoff.sqlite"))),
                 qPrintable(m_db->errorMessage()));
        QVERIFY(
            exec(QStringLiteral("INSERT INTO batches(id, month, created_at) VALUES(1, '2026-10', 'now')")));
        QVERIFY(exec(QStringLiteral("INSERT INTO import_files(id, batch_id, file_name, sha256, imported_at) "
                                    "VALUES(1, 1, 'f.csv', 'x', 'now')")));
        for (int i = 1; i <= 3; ++i)
            QVERIFY(exec(QStringLiteral(
                             "INSERT INTO certifications(id, batch_id, import_file_id, source_row, raw_json, "
                             "row_key, email, first_name, last_name, assessment_code, test_date, status, "
                             "updated_at) VALUES(%1, 1, 1, %1, '[]', 'k%1', 's%1@example.org', 'Ana', "
                             "'Diaz', '0911', '2026-10-01', 'eligible', 'now')")
                             .arg(i)));
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void refusedWhileRowsAreUndecided()
    {
        SignOffRepository repo(m_db->connection());
        QCOMPARE(repo.status(1).state, SignOffRepository::State::NotSignedOff);
        QVERIFY(!repo.signOff(1, QStringLiteral("ana")));
        QVERIFY2(repo.error().contains(QLatin1String("3 row(s) of batch 1 are not decided")),
                 qPrintable(repo.error()));
        QVERIFY(exec(QStringLiteral("UPDATE certifications SET status = 'rejected'")));
        QVERIFY(!repo.signOff(1, QStringLiteral("ana")));
        QVERIFY2(repo.error().contains(QLatin1String("no approved rows")), qPrintable(repo.error()));
        QVERIFY(!repo.signOff(7, QStringLiteral("ana")));
        QVERIFY(repo.error().contains(QLatin1String("no batch 7")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), 0);
    }

    void validUntilAnApprovedRowChanges()
    {
        QVERIFY(exec(QStringLiteral("UPDATE certifications SET status = 'approved' WHERE id IN (1, 2)")));
        QVERIFY(exec(QStringLiteral(
            "UPDATE certifications SET status = 'excluded', reason = 'not_passed' WHERE id = 3")));
        SignOffRepository repo(m_db->connection());
        QVERIFY2(repo.signOff(1, QStringLiteral("ana")), qPrintable(repo.error()));
        auto status = repo.status(1);
        QCOMPARE(status.state, SignOffRepository::State::Valid);
        QCOMPARE(status.approvedRows, 2);
        QCOMPARE(status.signedOffBy, QStringLiteral("ana"));
        QVERIFY(status.message.contains(QLatin1String("2 approved rows")));
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM audit_log WHERE action = 'signoff' AND subject = 'batch:1' "
                     "AND actor = 'ana'")),
                 1);

        // A change to an excluded row does not matter; to an approved row's email it does.
        QVERIFY(exec(QStringLiteral("UPDATE certifications SET first_name = 'Bea' WHERE id = 3")));
        QCOMPARE(repo.status(1).state, SignOffRepository::State::Valid);
        QVERIFY(exec(QStringLiteral("UPDATE certifications SET email = 'other@example.org' WHERE id = 2")));
        status = repo.status(1);
        QCOMPARE(status.state, SignOffRepository::State::Voided);
        QVERIFY2(status.message.contains(QLatin1String("sign it off again")), qPrintable(status.message));

        // Signing off again makes it valid; approving one more row voids it again.
        QVERIFY(repo.signOff(1, QStringLiteral("ana")));
        QCOMPARE(repo.status(1).state, SignOffRepository::State::Valid);
        QVERIFY(exec(
            QStringLiteral("UPDATE certifications SET status = 'approved', reason = NULL WHERE id = 3")));
        QCOMPARE(repo.status(1).state, SignOffRepository::State::Voided);
    }

    void issuingKeepsTheSignOff()
    {
        QVERIFY(exec(QStringLiteral("UPDATE certifications SET status = 'approved'")));
        SignOffRepository repo(m_db->connection());
        QVERIFY(repo.signOff(1, QStringLiteral("ana")));
        // Issuing moves approved rows on; the rows signed off are still the same rows.
        QVERIFY(exec(QStringLiteral("UPDATE certifications SET status = 'issued' WHERE id = 1")));
        QVERIFY(exec(QStringLiteral("UPDATE certifications SET status = 'sending' WHERE id = 2")));
        QVERIFY(exec(QStringLiteral("UPDATE certifications SET status = 'failed' WHERE id = 3")));
        const auto status = repo.status(1);
        QCOMPARE(status.state, SignOffRepository::State::Valid);
        QCOMPARE(status.approvedRows, 3);
        // A row taken out of the set (rejected after all) still voids it.
        QVERIFY(exec(QStringLiteral("UPDATE certifications SET status = 'rejected' WHERE id = 3")));
        QCOMPARE(repo.status(1).state, SignOffRepository::State::Voided);
    }

private:
    bool exec(const QString& sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql);
    }
    int count(const QString& sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestSignOffRepository)
#include "TestSignOffRepository.moc"
