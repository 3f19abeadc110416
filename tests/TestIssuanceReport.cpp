#include "ReportFixture.h"
#include "domain/ReasonCode.h"
#include "reports/IssuanceReport.h"
#include "reports/ReportScope.h"
#include "storage/Database.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace badgedesk;
using namespace badgedesk::testing;

// The report's queries over a known fixture: the funnel, the breakdowns, the scopes, which rows
// are issued (Production only, never Sandbox) and the plain-language exceptions.
class TestIssuanceReport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Database m_db;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("report.sqlite"))), qPrintable(m_db.errorMessage()));
        const QString error = makeReportFixture(m_db);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void funnelOfABatch()
    {
        IssuanceReport report(m_db.connection(), ReportScope::forBatch(1));
        QCOMPARE(report.environment(), CredlyEnvironment::Production);
        IssuanceReport::Summary s;
        QVERIFY2(report.summary(&s), qPrintable(report.error()));
        const auto& f = s.funnel;
        QCOMPARE(f.received, 10);
        QCOMPARE(f.excluded, 2);
        QCOMPARE(f.excludedByReason.value(QStringLiteral("not_passed")), 1);
        QCOMPARE(f.excludedByReason.value(QStringLiteral("duplicate_in_batch")), 1);
        QCOMPARE(f.rejected, 1);
        QCOMPARE(f.needsAttention, 1);
        QCOMPARE(f.eligible, 1);
        QCOMPARE(f.approved, 5);
        // Row 9 was issued in Sandbox only: a rehearsal never counts.
        QCOMPARE(f.issued, 3);
        QCOMPARE(f.accepted, 1);
        QCOMPARE(f.pending, 2);
        QCOMPARE(f.failed, 1);

        const auto steps = IssuanceReport::steps(f);
        const auto find = [&steps](const QString& key) {
            for (const auto& st : steps) {
                if (st.key == key)
                    return st;
            }
            return IssuanceReport::Step{};
        };
        QCOMPARE(find(QStringLiteral("received")).ofReceived, 1.0);
        QCOMPARE(find(QStringLiteral("excluded:not_passed")).count, 1);
        QCOMPARE(find(QStringLiteral("excluded:not_passed")).label, QStringLiteral("Excluded: Not passed"));
        QCOMPARE(find(QStringLiteral("excluded:not_passed")).level, 1);
        QCOMPARE(find(QStringLiteral("approved")).ofReceived, 0.5);
        QCOMPARE(find(QStringLiteral("issued")).ofPrevious, 3.0 / 5.0);
        QCOMPARE(find(QStringLiteral("accepted")).ofPrevious, 1.0 / 3.0);
        QVERIFY(find(QStringLiteral("excluded:retired")).key.isEmpty()); // no row: no line
    }

    void breakdowns()
    {
        IssuanceReport report(m_db.connection(), ReportScope::forBatch(1));
        IssuanceReport::Summary s;
        QVERIFY(report.summary(&s));
        QCOMPARE(s.bySchool.size(), 3);
        QCOMPARE(s.bySchool.at(0).key, QStringLiteral("0101"));
        QCOMPARE(s.bySchool.at(0).name, QStringLiteral("School 0101"));
        QCOMPARE(s.bySchool.at(0).received, 4); // rows 1, 2, 5, 10
        QCOMPARE(s.bySchool.at(0).issued, 3);
        QCOMPARE(s.bySchool.at(0).accepted, 1);
        QCOMPARE(s.bySchool.at(0).excluded, 1);
        QCOMPARE(s.bySchool.at(2).key, QStringLiteral("0303"));
        QCOMPARE(s.bySchool.at(2).acceptance(), -1.0); // nothing issued there
        QCOMPARE(s.byAssessment.size(), 2);
        // Titles from the catalog when the export had none; ordered by title.
        QCOMPARE(s.byAssessment.at(0).name, QStringLiteral("Nursing Assistant"));
        QCOMPARE(s.byAssessment.at(0).received, 5);
        QCOMPARE(s.byAssessment.at(1).name, QStringLiteral("Welding Level 1"));
        QCOMPARE(s.byMonth.size(), 1);
        QCOMPARE(s.byMonth.at(0).key, QStringLiteral("2026-09"));
    }

    void scopes_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("received");
        QTest::addColumn<int>("issued");
        QTest::addColumn<int>("months");
        QTest::newRow("batch 2") << 0 << "2"
                                 << "" << 3 << 1 << 1;
        QTest::newRow("month 2026-09") << 1 << "2026-09"
                                       << "" << 10 << 3 << 1;
        QTest::newRow("month without rows") << 1 << "2025-01"
                                            << "" << 0 << 0 << 0;
        // A range picks rows by issue date, else test date: row 13 came in October's batch but
        // was tested in September.
        QTest::newRow("September") << 2 << "2026-09-01"
                                   << "2026-09-30" << 11 << 3 << 2;
        QTest::newRow("October") << 2 << "2026-10-01"
                                 << "2026-10-31" << 2 << 1 << 1;
        QTest::newRow("one day") << 2 << "2026-10-05"
                                 << "2026-10-05" << 1 << 1 << 1;
    }

    void scopes()
    {
        QFETCH(int, kind);
        QFETCH(QString, a);
        QFETCH(QString, b);
        std::optional<ReportScope> scope;
        if (kind == 0)
            scope = ReportScope::forBatch(a.toLongLong());
        else if (kind == 1)
            scope = ReportScope::forMonth(a);
        else
            scope =
                ReportScope::forRange(QDate::fromString(a, Qt::ISODate), QDate::fromString(b, Qt::ISODate));
        QVERIFY(scope);
        IssuanceReport report(m_db.connection(), *scope);
        IssuanceReport::Summary s;
        QVERIFY2(report.summary(&s), qPrintable(report.error()));
        QTEST(s.funnel.received, "received");
        QTEST(s.funnel.issued, "issued");
        QTEST(int(s.byMonth.size()), "months");
        int issuedRows = 0;
        QVERIFY(report.forEachIssued([&](const IssuanceReport::IssuedRow&) { return ++issuedRows, true; }));
        QCOMPARE(issuedRows, s.funnel.issued);
        int exceptionRows = 0;
        QVERIFY(report.forEachException(
            [&](const IssuanceReport::ExceptionRow&) { return ++exceptionRows, true; }));
        QCOMPARE(exceptionRows, s.funnel.received - s.funnel.issued);
    }

    void scopeValidation()
    {
        QString error;
        QVERIFY(!ReportScope::forMonth(QStringLiteral("2026-13"), &error));
        QVERIFY(error.contains(QStringLiteral("YYYY-MM")));
        QVERIFY(!ReportScope::forMonth(QStringLiteral("October"), &error));
        QVERIFY(!ReportScope::forRange(QDate(2026, 10, 2), QDate(2026, 10, 1), &error));
        QVERIFY(error.contains(QStringLiteral("after it ends")));
        QCOMPARE(ReportScope::parseDate(QStringLiteral("10/31/2026")), QDate(2026, 10, 31));
        QCOMPARE(ReportScope::parseDate(QStringLiteral("2026-10-31")), QDate(2026, 10, 31));
        QVERIFY(!ReportScope::parseDate(QStringLiteral("31.10.2026")).isValid());
        QCOMPARE(ReportScope::forMonth(QStringLiteral("2026-10"))->description(),
                 QStringLiteral("October 2026"));
    }

    void issuedRowsInTheIssuingTimeZone()
    {
        IssuanceReport report(m_db.connection(), ReportScope::forBatch(1));
        QList<IssuanceReport::IssuedRow> rows;
        QVERIFY(
            report.forEachIssued([&](const IssuanceReport::IssuedRow& r) { return rows.append(r), true; }));
        QCOMPARE(rows.size(), 3);
        const auto& r = rows.at(0);
        QCOMPARE(r.rowId, 1);
        QCOMPARE(r.firstName, QStringLiteral("Ana"));
        QCOMPARE(r.badgeName, QStringLiteral("CareerTech Welding Level 1"));
        QCOMPARE(r.assessmentTitle, QStringLiteral("Welding Level 1"));
        QCOMPARE(r.school, QStringLiteral("School 0101"));
        QCOMPARE(r.badgeId, QStringLiteral("badge-0001"));
        QCOMPARE(r.badgeState, QStringLiteral("accepted"));
        // 17:00 UTC is noon in Chicago (CDT).
        QCOMPARE(r.issuedAt.date(), QDate(2026, 9, 15));
        QCOMPARE(r.issuedAt.time(), QTime(12, 0));
        QCOMPARE(r.stateUpdatedAt.time(), QTime(9, 30));
        QCOMPARE(rows.at(2).rowId, 10);
        QCOMPARE(rows.at(2).firstName, injectedFirstName());
        QVERIFY(rows.at(2).badgeState.isEmpty());
        QVERIFY(!rows.at(2).stateUpdatedAt.isValid());
    }

    void exceptionsSayWhy()
    {
        IssuanceReport report(m_db.connection(), ReportScope::forBatch(1));
        QMap<qint64, IssuanceReport::ExceptionRow> rows;
        QVERIFY(report.forEachException([&](const IssuanceReport::ExceptionRow& r) {
            rows.insert(r.rowId, r);
            return true;
        }));
        QCOMPARE(rows.keys(), (QList<qint64>{3, 4, 5, 6, 7, 8, 9}));
        QCOMPARE(rows[3].status, QStringLiteral("failed"));
        QCOMPARE(rows[3].reasonCode, QStringLiteral("validation"));
        QCOMPARE(rows[3].detail, QStringLiteral("Recipient email is invalid"));
        QVERIFY(rows[3].reason.contains(QStringLiteral("Credly did not issue")));
        QCOMPARE(rows[4].reasonCode, QStringLiteral("not_passed"));
        QCOMPARE(rows[4].reason, reasonExplanation(ReasonCode::NotPassed));
        QCOMPARE(rows[4].detail, QStringLiteral("The result is \"Fail\", not a pass."));
        QCOMPARE(rows[4].testDate, QDate(2026, 9, 15));
        QCOMPARE(rows[6].reasonCode, QStringLiteral("bad_email"));
        QCOMPARE(rows[7].status, QStringLiteral("rejected"));
        QCOMPARE(rows[7].detail, injectedRejectReason());
        QVERIFY(rows[8].reason.contains(QStringLiteral("approval")));
        // Issued in Sandbox only: still waiting, as far as the real month goes.
        QCOMPARE(rows[9].reason, QStringLiteral("Approved, not issued yet."));
        for (const auto& r : std::as_const(rows))
            QVERIFY2(!r.reason.isEmpty(), qPrintable(QString::number(r.rowId)));
    }

    void attemptsOfTheCountingEnvironmentOnly()
    {
        IssuanceReport report(m_db.connection(), ReportScope::forBatch(1));
        QCOMPARE(report.attemptCount(), 2);
        QList<IssuanceReport::AttemptRow> rows;
        QVERIFY(
            report.forEachAttempt([&](const IssuanceReport::AttemptRow& r) { return rows.append(r), true; }));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).rowId, 3);
        QCOMPARE(rows.at(1).httpStatus, 422);
        QCOMPARE(rows.at(1).durationMs, 95);
        QCOMPARE(rows.at(0).at.time(), QTime(10, 0, 1)); // 15:00:01 UTC in Chicago
    }

    void visitorStopsEarly()
    {
        IssuanceReport report(m_db.connection(), ReportScope::forBatch(1));
        int seen = 0;
        QVERIFY(!report.forEachException([&](const IssuanceReport::ExceptionRow&) { return ++seen < 2; }));
        QCOMPARE(seen, 2);
        QVERIFY(report.error().isEmpty());
    }

    void reasonTextsForEveryCode()
    {
        for (const QString& key : allReasonKeys()) {
            const auto code = reasonFromKey(key);
            QVERIFY(code);
            QVERIFY2(!reasonTitle(*code).isEmpty(), qPrintable(key));
            QVERIFY2(reasonExplanation(*code).endsWith(QLatin1Char('.')), qPrintable(key));
        }
    }
};

QTEST_GUILESS_MAIN(TestIssuanceReport)
#include "TestIssuanceReport.moc"
