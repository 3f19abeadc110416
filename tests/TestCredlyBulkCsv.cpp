#include "importing/CsvReader.h"
#include "reports/CredlyBulkCsv.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace badgedesk;

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

class TestCredlyBulkCsv : public QObject
{
    Q_OBJECT
private slots:
    void exactHeadersInOrder()
    {
        const QStringList h = CredlyBulkCsv::header();
        QCOMPARE(h.size(), 17);
        // The five required columns are A, B, C, E and F (credly-api.md section 7).
        QCOMPARE(h.at(0), QStringLiteral("Badge Template ID"));
        QCOMPARE(h.at(1), QStringLiteral("Recipient Email"));
        QCOMPARE(h.at(2), QStringLiteral("First Name"));
        QCOMPARE(h.at(4), QStringLiteral("Last Name"));
        QCOMPARE(h.at(5), QStringLiteral("Issued at date"));
        QCOMPARE(h.mid(6),
                 (QStringList{QStringLiteral("Expiration Date"), QStringLiteral("Issuer Earner ID"),
                              QStringLiteral("Country"), QStringLiteral("State or Province"),
                              QStringLiteral("Evidence Name"), QStringLiteral("Evidence URL"),
                              QStringLiteral("Text Evidence Name"), QStringLiteral("Text Evidence URL"),
                              QStringLiteral("ID Evidence Title"), QStringLiteral("ID Evidence Description"),
                              QStringLiteral("Locale")}));
    }

    void datesAreMmDdYy()
    {
        QCOMPARE(CredlyBulkCsv::formatDate(QDate(2026, 10, 4)), QStringLiteral("10/04/26"));
        QCOMPARE(CredlyBulkCsv::formatDate(QDate(2027, 1, 31)), QStringLiteral("01/31/27"));
        QCOMPARE(CredlyBulkCsv::formatDate(QDate()), QString());
    }

    void splitsAtFiveThousandRows()
    {
        QTemporaryDir dir;
        QList<CredlyBulkCsv::Row> rows;
        for (int i = 0; i < 12001; ++i) {
            CredlyBulkCsv::Row r;
            r.templateId = QStringLiteral("tpl-%1").arg(i % 3);
            r.email = QStringLiteral("s%1@example.org").arg(i);
            r.firstName = i == 7 ? QStringLiteral("Jos\u00e9") : QStringLiteral("Ana");
            r.lastName = QStringLiteral("Pe\u00f1a, Jr.");
            r.issuedAt = QDate(2026, 10, 14);
            r.issuerEarnerId = QStringLiteral("e%1").arg(i);
            r.locale = QStringLiteral("es-US");
            rows.append(r);
        }
        QString error;
        const QStringList files =
            CredlyBulkCsv::write(dir.path(), QStringLiteral("credly-2026-10"), rows, &error);
        QVERIFY2(!files.isEmpty(), qPrintable(error));
        QCOMPARE(files, (QStringList{dir.filePath(QStringLiteral("credly-2026-10-1.csv")),
                                     dir.filePath(QStringLiteral("credly-2026-10-2.csv")),
                                     dir.filePath(QStringLiteral("credly-2026-10-3.csv"))}));
        const QList<int> sizes{5000, 5000, 2001};
        int seen = 0;
        for (int f = 0; f < 3; ++f) {
            QFile raw(files.at(f));
            QVERIFY(raw.open(QIODevice::ReadOnly));
            QVERIFY(raw.read(3) != "\xEF\xBB\xBF"); // no BOM in front of the first header
            const auto lines = readAll(files.at(f));
            QCOMPARE(lines.size(), sizes.at(f) + 1);
            QCOMPARE(lines.first(), CredlyBulkCsv::header());
            for (int i = 1; i < lines.size(); ++i, ++seen) {
                QCOMPARE(lines.at(i).at(1), QStringLiteral("s%1@example.org").arg(seen));
                QCOMPARE(lines.at(i).at(5), QStringLiteral("10/14/26"));
            }
        }
        QCOMPARE(seen, 12001);
        const auto first = readAll(files.first());
        QCOMPARE(first.at(8).at(2), QStringLiteral("Jos\u00e9"));      // UTF-8 kept
        QCOMPARE(first.at(1).at(4), QStringLiteral("Pe\u00f1a, Jr.")); // quoted comma survives
        QCOMPARE(first.at(1).at(7), QStringLiteral("e0"));
        QCOMPARE(first.at(1).at(16), QStringLiteral("es-US"));

        const QStringList one =
            CredlyBulkCsv::write(dir.path(), QStringLiteral("small"), rows.mid(0, 3), &error);
        QCOMPARE(one, QStringList{dir.filePath(QStringLiteral("small.csv"))});
    }

    void failureLeavesNoPartialFiles()
    {
        QTemporaryDir dir;
        QList<CredlyBulkCsv::Row> rows(5001);
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("blocked-2.csv"))); // the second file cannot be written
        QString error;
        QVERIFY(CredlyBulkCsv::write(dir.path(), QStringLiteral("blocked"), rows, &error).isEmpty());
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("blocked-1.csv"))));
    }
};

QTEST_GUILESS_MAIN(TestCredlyBulkCsv)
#include "TestCredlyBulkCsv.moc"
