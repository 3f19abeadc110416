#include "DashboardFixture.h"
#include "reports/DashboardStats.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace badgedesk;
using namespace badgedesk::testing;

// The dashboard's numbers on DashboardFixture's history (today = 20 Oct 2026):
//   12 months = Nov 2025 .. Oct 2026: 104 (1 Nov 2025 00:00, first instant), 110 (Mar), 111 (Sep),
//     101, 102 (31 Oct 23:59:59, last instant), 112 (Oct) = 6; 103 (1 Nov 2026) is after the window.
//   24 months = Nov 2024 .. Oct 2026: also 105 (31 Oct 2025) and 106 (1 Nov 2024) = 8; 107 (31 Oct
//     2024) is before it. 108 is Sandbox, 109 Practice (counts only in a Practice database), 113 failed.
class TestDashboardStats : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_dbCount = 0;

    std::unique_ptr<Database> openWithHistory(const QString& environment = QStringLiteral("production"))
    {
        auto db = std::make_unique<Database>();
        if (!db->open(m_dir.filePath(QStringLiteral("d%1.sqlite").arg(++m_dbCount))))
            return nullptr;
        const QString error = makeDashboardHistory(*db, environment);
        if (!error.isEmpty()) {
            qWarning() << error;
            return nullptr;
        }
        return db;
    }

    static int issuedIn(const QList<DashboardStats::MonthCount>& months, const QString& month)
    {
        for (const auto& m : months) {
            if (m.month == month)
                return m.issued;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
    }

    void monthsWithZerosAndWindowEdges()
    {
        auto db = openWithHistory();
        QVERIFY(db);
        DashboardStats stats(db->connection());
        stats.setToday(dashboardToday());
        QCOMPARE(stats.windowStart(12), QDate(2025, 11, 1));
        QCOMPARE(stats.windowStart(24), QDate(2024, 11, 1));

        const auto twelve = stats.issuedPerMonth(12);
        QCOMPARE(twelve.size(), 12);
        QCOMPARE(twelve.first().month, QStringLiteral("2025-11"));
        QCOMPARE(twelve.last().month, QStringLiteral("2026-10"));
        QCOMPARE(issuedIn(twelve, QStringLiteral("2025-11")), 1); // first instant of the window
        QCOMPARE(issuedIn(twelve, QStringLiteral("2025-12")), 0); // months with none are there
        QCOMPARE(issuedIn(twelve, QStringLiteral("2026-03")), 1);
        QCOMPARE(issuedIn(twelve, QStringLiteral("2026-09")), 1); // not Sandbox's 108 nor Practice's 109
        QCOMPARE(issuedIn(twelve, QStringLiteral("2026-10")), 3); // last instant in, 1 Nov out
        int sum = 0;
        for (const auto& m : twelve)
            sum += m.issued;
        QCOMPARE(sum, 6);

        const auto twentyFour = stats.issuedPerMonth(24);
        QCOMPARE(twentyFour.size(), 24);
        QCOMPARE(twentyFour.first().month, QStringLiteral("2024-11"));
        QCOMPARE(twentyFour.first().issued, 1); // 106, first instant; 107 before it
        QCOMPARE(issuedIn(twentyFour, QStringLiteral("2025-10")), 1);
        QCOMPARE(issuedIn(twentyFour, QStringLiteral("2024-10")), -1);
        sum = 0;
        for (const auto& m : twentyFour)
            sum += m.issued;
        QCOMPARE(sum, 8);

        // A year boundary inside the window: today in January.
        stats.setToday(QDate(2027, 1, 3));
        const auto january = stats.issuedPerMonth(12);
        QCOMPARE(january.first().month, QStringLiteral("2026-02"));
        QCOMPARE(january.last().month, QStringLiteral("2027-01"));
        QCOMPARE(issuedIn(january, QStringLiteral("2026-11")), 1); // 103
        QVERIFY(stats.error().isEmpty());
    }

    void funnelAndRate()
    {
        auto db = openWithHistory();
        QVERIFY(db);
        DashboardStats stats(db->connection());
        stats.setToday(dashboardToday());
        const auto f = stats.funnel(12);
        QCOMPARE(f.issued, 6);
        QCOMPARE(f.pending, 3); // 111, 112 and 102, not synced yet
        QCOMPARE(f.accepted, 1);
        QCOMPARE(f.rejected, 1);
        QCOMPARE(f.revoked, 1);
        QCOMPARE(f.acceptanceRate(), 1.0 / 6.0);

        const auto f24 = stats.funnel(24);
        QCOMPARE(f24.issued, 8);
        QCOMPARE(f24.accepted, 3);
        QCOMPARE(DashboardStats::Funnel().acceptanceRate(), 0.0);
    }

    void topListsOrdered()
    {
        auto db = openWithHistory();
        QVERIFY(db);
        DashboardStats stats(db->connection());
        stats.setToday(dashboardToday());

        // 12 months: 3 each; the tie is broken by name.
        const auto assessments = stats.topAssessments(12);
        QCOMPARE(assessments.size(), 2);
        QCOMPARE(assessments.at(0).name, QStringLiteral("AWS Welding"));
        QCOMPARE(assessments.at(0).issued, 3);
        QCOMPARE(assessments.at(1).name, QStringLiteral("Certified Nurse Aide"));
        QCOMPARE(assessments.at(1).issued, 3);

        const auto schools = stats.topSchools(12);
        QCOMPARE(schools.size(), 2);
        QCOMPARE(schools.at(0).name, QStringLiteral("Alpha High School"));
        QCOMPARE(schools.at(0).issued, 4);
        QCOMPARE(schools.at(1).name, QStringLiteral("Beta Technology Center"));
        QCOMPARE(schools.at(1).issued, 2);

        // 24 months: Welding 4 (105 too), Nurse Aide 3, Automotive 1; the limit cuts the list.
        const auto wider = stats.topAssessments(24);
        QCOMPARE(wider.size(), 3);
        QCOMPARE(wider.at(0).issued, 4);
        QCOMPARE(wider.at(2).name, QStringLiteral("Automotive"));
        QCOMPARE(stats.topAssessments(24, 1).size(), 1);
        for (const auto& s : stats.topSchools(24))
            QVERIFY2(s.name != QLatin1String("Sandbox School") && s.name != QLatin1String("Practice School"),
                     qPrintable(s.name));
    }

    void practiceDatabaseCountsPractice()
    {
        auto db = openWithHistory(QStringLiteral("practice"));
        QVERIFY(db);
        DashboardStats stats(db->connection());
        stats.setToday(dashboardToday());
        QCOMPARE(stats.countedEnvironments(),
                 (QStringList{QStringLiteral("production"), QStringLiteral("practice")}));
        QCOMPARE(issuedIn(stats.issuedPerMonth(12), QStringLiteral("2026-09")), 2); // 111 and Practice's 109
        QCOMPARE(stats.funnel(12).issued, 7);

        // A Sandbox setting is a rehearsal of the real database: Production only.
        QSqlQuery q(db->connection());
        QVERIFY(
            q.exec(QStringLiteral("UPDATE settings SET value = 'sandbox' WHERE key = 'credly.environment'")));
        QCOMPARE(stats.countedEnvironments(), QStringList{QStringLiteral("production")});
        QCOMPARE(stats.funnel(12).issued, 6);
    }

    void openExceptions()
    {
        auto db = openWithHistory();
        QVERIFY(db);
        DashboardStats stats(db->connection());
        stats.setToday(dashboardToday());
        const auto ex = stats.exceptions();
        using Kind = DashboardStats::ExceptionKind;
        QCOMPARE(ex.totals.value(Kind::FailedSend), 1);     // 113; Sandbox's 114 is not one
        QCOMPARE(ex.totals.value(Kind::NotIssued), 2);      // 114, 115: the Production run finished
        QCOMPARE(ex.totals.value(Kind::NeedsAttention), 2); // 116, 117
        QCOMPARE(ex.totals.value(Kind::BadgeRejected), 1);  // 104
        QCOMPARE(ex.totals.value(Kind::PendingTooLong), 1); // 111 (since 15 Sep); 112 is recent
        QCOMPARE(ex.total(), 7);

        QList<qint64> ids;
        for (const auto& e : ex.items)
            ids.append(e.certificationId);
        QCOMPARE(ids, (QList<qint64>{113, 114, 115, 116, 117, 104, 111}));

        const auto& failed = ex.items.at(0);
        QCOMPARE(failed.kind, Kind::FailedSend);
        QCOMPARE(failed.batchId, 1);
        QCOMPARE(failed.batchMonth, QStringLiteral("2026-09"));
        QCOMPARE(failed.name, QStringLiteral("Bo Ng"));
        QCOMPARE(failed.detail, QStringLiteral("Recipient email is invalid"));
        QCOMPARE(failed.text, QStringLiteral("Bo Ng: the badge could not be issued"));

        const auto& notIssued = ex.items.at(1);
        QCOMPARE(notIssued.kind, Kind::NotIssued);
        QCOMPARE(notIssued.detail, QStringLiteral("2026-10-05T10:20:00Z")); // when the run finished

        const auto& attention = ex.items.at(3);
        QCOMPARE(attention.kind, Kind::NeedsAttention);
        QCOMPARE(attention.batchId, 2);
        QCOMPARE(attention.reason, QStringLiteral("bad_email"));
        QCOMPARE(attention.detail, QStringLiteral("gmial.com"));
        QCOMPARE(attention.text, QStringLiteral("Eve Moss: needs attention (bad_email)"));
        QCOMPARE(ex.items.at(6).name, QStringLiteral("Pat Lee"));

        // The limit is per kind; the totals stay whole.
        const auto few = stats.exceptions(1);
        QCOMPARE(few.items.size(), 5);
        QCOMPARE(few.total(), 7);

        // Pending becomes an exception only after the alert days (setting).
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO settings(key, value) VALUES('issuing.pending_alert_days', '3')")));
        QCOMPARE(stats.exceptions().totals.value(Kind::PendingTooLong), 2); // 112 too (15 Oct)
    }

    void batchProgressAndEmpty()
    {
        auto db = openWithHistory();
        QVERIFY(db);
        DashboardStats stats(db->connection());
        const auto progress = stats.batchProgress(2);
        QVERIFY(progress.has_value());
        QCOMPARE(progress->rows, 4); // 108 (rehearsed in Sandbox), 116, 117, 118
        QCOMPARE(progress->needsAttention, 2);
        QCOMPARE(progress->approved, 2);
        QCOMPARE(progress->issued, 0);
        const auto first = stats.batchProgress(1);
        QCOMPARE(first->rows, 14); // 101-107, 109-115
        QCOMPARE(first->issued, 11);
        QCOMPARE(first->failed, 1);
        QCOMPARE(first->approved, 14); // 114 and 115 approved, plus the issued and the failed
        QVERIFY(!stats.batchProgress(9).has_value());
        QVERIFY(stats.hasData());

        Database empty;
        QVERIFY(empty.open(m_dir.filePath(QStringLiteral("empty.sqlite"))));
        DashboardStats none(empty.connection());
        none.setToday(dashboardToday());
        QVERIFY(!none.hasData());
        QCOMPARE(none.issuedPerMonth(12).size(), 12);
        QCOMPARE(none.funnel(12).issued, 0);
        QVERIFY(none.topSchools(12).isEmpty());
        QCOMPARE(none.exceptions().total(), 0);
    }

    // Not a timed test (speed goes to bench/): prints how long the page's queries take on
    // 100,000 journal rows, for the record.
    void largeHistoryAnswers()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("large.sqlite"))));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO settings(key, value) VALUES('credly.environment', 'production')")));
        for (int b = 1; b <= 24; ++b) {
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO batches(id, month, created_at) VALUES(%1, '%2', 'now')")
                           .arg(b)
                           .arg(QDate(2024, 11, 1).addMonths(b - 1).toString(QStringLiteral("yyyy-MM")))));
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO import_files(id, batch_id, file_name, sha256, imported_at) "
                               "VALUES(%1, %1, 'f', 's%1', 'now')")
                    .arg(b)));
        }
        QSqlQuery cert(db.connection());
        cert.prepare(QStringLiteral("INSERT INTO certifications(id, batch_id, import_file_id, source_row, "
                                    "raw_json, row_key, first_name, "
                                    "last_name, school_name, assessment_title, status, updated_at) VALUES(?, "
                                    "?, ?, ?, '[]', ?, 'A', 'B', "
                                    "?, ?, ?, 'now')"));
        QSqlQuery journal(db.connection());
        journal.prepare(QStringLiteral(
            "INSERT INTO issuance_journal(certification_id, batch_id, environment, issuer_earner_id, state, "
            "badge_state, issued_at, sending_at, created_at, updated_at) VALUES(?, ?, 'production', 'e', ?, "
            "?, ?, ?, "
            "?, 'now')"));
        const QStringList states{QStringLiteral("pending"), QStringLiteral("accepted"),
                                 QStringLiteral("accepted"), QStringLiteral("rejected")};
        for (int i = 1; i <= 100000; ++i) {
            const int batch = 1 + i % 24;
            const bool attention = i % 97 == 0;
            cert.addBindValue(i);
            cert.addBindValue(batch);
            cert.addBindValue(batch);
            cert.addBindValue(i);
            cert.addBindValue(QStringLiteral("k%1").arg(i));
            cert.addBindValue(QStringLiteral("School %1").arg(i % 400));
            cert.addBindValue(QStringLiteral("Assessment %1").arg(i % 600));
            cert.addBindValue(attention ? QStringLiteral("needs_attention") : QStringLiteral("issued"));
            QVERIFY(cert.exec());
            if (attention)
                continue;
            const QString at =
                QDateTime(QDate(2024, 11, 1).addMonths(batch - 1).addDays(i % 28), QTime(17, 0), Qt::UTC)
                    .toString(Qt::ISODateWithMs);
            journal.addBindValue(i);
            journal.addBindValue(batch);
            journal.addBindValue(QStringLiteral("issued"));
            journal.addBindValue(states.at(i % 4));
            journal.addBindValue(at);
            journal.addBindValue(at);
            journal.addBindValue(at);
            QVERIFY(journal.exec());
        }
        QVERIFY(q.exec(QStringLiteral("COMMIT")));

        DashboardStats stats(db.connection());
        stats.setToday(dashboardToday());
        QElapsedTimer timer;
        timer.start();
        QStringList times;
        const auto lap = [&](const char* what) {
            times << QStringLiteral("%1 %2 ms").arg(QLatin1String(what)).arg(timer.restart());
        };
        const auto months = stats.issuedPerMonth(24);
        lap("per month");
        const auto funnel = stats.funnel(24);
        lap("funnel");
        const auto assessments = stats.topAssessments(24);
        lap("top assessments");
        const auto schools = stats.topSchools(24);
        lap("top schools");
        const auto exceptions = stats.exceptions();
        lap("exceptions");
        const auto progress = stats.batchProgress(24);
        lap("batch");
        qInfo("dashboard queries on 100,000 rows: %s", qPrintable(times.join(QStringLiteral(", "))));
        int sum = 0;
        for (const auto& m : months)
            sum += m.issued;
        QCOMPARE(sum, funnel.issued);
        QCOMPARE(funnel.issued, 100000 - 100000 / 97);
        QCOMPARE(assessments.size(), 5);
        QCOMPARE(schools.size(), 5);
        QCOMPARE(exceptions.totals.value(DashboardStats::ExceptionKind::NeedsAttention), 100000 / 97);
        QCOMPARE(exceptions.totals.value(DashboardStats::ExceptionKind::BadgeRejected), funnel.rejected);
        QVERIFY(progress.has_value());
    }
};

QTEST_GUILESS_MAIN(TestDashboardStats)
#include "TestDashboardStats.moc"
