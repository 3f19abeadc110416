#include "IssuingFixture.h"
#include "importing/CsvReader.h"
#include "issuing/EarnerId.h"
#include "notices/NoticeRepository.h"
#include "reports/CredlyBulkCsv.h"
#include "reports/CredlyBulkExport.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace badgedesk;
using namespace badgedesk::testing;

namespace {

QList<QStringList> readAll(const QString& path)
{
    QList<QStringList> rows;
    CsvReader reader(path);
    if (!reader.open())
        return rows;
    QStringList cells;
    while (reader.readRow(&cells))
        rows.append(cells);
    return rows;
}

} // namespace

// Which rows go into Credly's bulk CSV, and how: approved rows without a badge in the current
// environment, the keyed earner id (never the student id), mm/dd/yy, locale from the row's
// language when the column exists, split at 5,000 rows.
class TestCredlyBulkExport : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("bulk.sqlite"))));
        QVERIFY(exec(*m_db, QStringLiteral("INSERT INTO settings(key, value) VALUES('credly.environment', "
                                           "'production')")));
    }

    void picksRowsNotYetIssuedHere()
    {
        BatchSpec spec;
        spec.rows = 6;
        spec.templateIds = {QStringLiteral("tmpl-a"), QStringLiteral("tmpl-b")};
        QCOMPARE(makeBatch(*m_db, spec), QString());
        const QString now = QStringLiteral("2026-10-01T00:00:00Z");
        // Row 1 issued in Production, row 2 in flight there, row 3 issued only in Sandbox, row 4
        // failed in Production, row 5 rejected by the specialist.
        QString error;
        QVERIFY2(
            exec(*m_db,
                 QStringLiteral(
                     "INSERT INTO issuance_journal(certification_id, batch_id, environment, template_id, "
                     "issuer_earner_id, state, created_at, updated_at) VALUES"
                     "(1, 1, 'production', 'tmpl-a', 'x1', 'issued', '%1', '%1'), "
                     "(2, 1, 'production', 'tmpl-b', 'x2', 'sending', '%1', '%1'), "
                     "(3, 1, 'sandbox', 'tmpl-a', 'x3', 'issued', '%1', '%1'), "
                     "(4, 1, 'production', 'tmpl-b', 'journal-earner-4', 'failed', '%1', '%1')")
                     .arg(now),
                 &error),
            qPrintable(error));
        QVERIFY(exec(*m_db, QStringLiteral("UPDATE certifications SET status = 'rejected' WHERE id = 5")));
        const CredlyBulkExport::Result r =
            CredlyBulkExport::write(m_db->connection(), 1, m_dir->filePath(QStringLiteral("out")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.environment, CredlyEnvironment::Production);
        QCOMPARE(r.rows, 3); // rows 3, 4, 6
        QCOMPARE(r.skipped.size(), 1);
        QCOMPARE(r.skipped.at(0).rowId, 2);
        QVERIFY(r.skipped.at(0).why.contains(QStringLiteral("in flight")));
        QCOMPARE(r.files, QStringList{m_dir->filePath(QStringLiteral("out/credly-bulk-batch1-2026-09.csv"))});

        QFile raw(r.files.first());
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(bytes.startsWith(
            "Badge Template ID,Recipient Email,First Name,Middle Name,Last Name,Issued at date,"
            "Expiration Date,Issuer Earner ID,Country,State or Province,Evidence Name,"
            "Evidence URL,Text Evidence Name,Text Evidence URL,ID Evidence Title,"
            "ID Evidence Description,Locale\r\n"));
        // Never a student id.
        QVERIFY(!bytes.contains("S000003"));
        QVERIFY(!bytes.contains("S000006"));

        const auto rows = readAll(r.files.first());
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0), CredlyBulkCsv::header());
        const EarnerId ids(EarnerId::keyFor(m_db->connection()));
        QCOMPARE(rows.at(1).at(0), QStringLiteral("tmpl-a"));
        QCOMPARE(rows.at(1).at(1), QStringLiteral("student3@example.org"));
        QCOMPARE(rows.at(1).at(2), QStringLiteral("Ana3"));
        QCOMPARE(rows.at(1).at(4), QStringLiteral("Diaz"));
        QCOMPARE(rows.at(1).at(5), QStringLiteral("09/15/26"));
        QCOMPARE(rows.at(1).at(7),
                 ids.of(QStringLiteral("S000003"), QStringLiteral("student3@example.org"),
                        QStringLiteral("Ana3"), QStringLiteral("Diaz"), QStringLiteral("0101")));
        QCOMPARE(rows.at(1).at(7).size(), 32);
        QCOMPARE(rows.at(1).at(16), QStringLiteral("en")); // no language: the batch's, English by default
        // A row already planned keeps the journal's earner id and template.
        QCOMPARE(rows.at(2).at(7), QStringLiteral("journal-earner-4"));
        QCOMPARE(rows.at(2).at(0), QStringLiteral("tmpl-b"));
        QCOMPARE(rows.at(3).at(1), QStringLiteral("student6@example.org"));
    }

    void localeFromTheRowsLanguage()
    {
        BatchSpec spec;
        spec.rows = 3;
        spec.templateIds = {QStringLiteral("tmpl-a")};
        QCOMPARE(makeBatch(*m_db, spec), QString());
        // The batch writes Spanish unless a row says otherwise.
        QVERIFY(NoticeRepository(m_db->connection()).setBatchLanguage(1, QStringLiteral("es")));
        QVERIFY(exec(*m_db, QStringLiteral("UPDATE certifications SET language = 'es' WHERE id = 1")));
        QVERIFY(exec(*m_db, QStringLiteral("UPDATE certifications SET language = 'en' WHERE id = 2")));
        QList<CredlyBulkExport::Skipped> skipped;
        QString error;
        const auto rows =
            CredlyBulkExport::rows(m_db->connection(), 1, CredlyEnvironment::Production, &skipped, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).locale, QStringLiteral("es-US"));
        QCOMPARE(rows.at(1).locale, QStringLiteral("en"));
        QCOMPARE(rows.at(2).locale, QStringLiteral("es-US")); // the batch's
    }

    void splitsAtFiveThousand()
    {
        BatchSpec spec;
        spec.rows = 5001;
        spec.signOff = false;
        spec.templateIds = {QStringLiteral("tmpl-a")};
        QCOMPARE(makeBatch(*m_db, spec), QString());
        const CredlyBulkExport::Result r =
            CredlyBulkExport::write(m_db->connection(), 1, m_dir->filePath(QStringLiteral("split")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rows, 5001);
        QCOMPARE(r.files.size(), 2);
        QVERIFY(r.files.at(0).endsWith(QStringLiteral("credly-bulk-batch1-2026-09-1.csv")));
        const auto first = readAll(r.files.at(0));
        const auto second = readAll(r.files.at(1));
        QCOMPARE(first.size(), 5001);
        QCOMPARE(second.size(), 2);
        QCOMPARE(second.at(0), CredlyBulkCsv::header());
        QCOMPARE(second.at(1).at(1), QStringLiteral("student5001@example.org"));
    }

    void unknownBatch()
    {
        const CredlyBulkExport::Result r =
            CredlyBulkExport::write(m_db->connection(), 42, m_dir->filePath(QStringLiteral("none")));
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QStringLiteral("no batch 42")));
        QVERIFY(!QDir(m_dir->filePath(QStringLiteral("none"))).exists());
    }
};

QTEST_GUILESS_MAIN(TestCredlyBulkExport)
#include "TestCredlyBulkExport.moc"
