#pragma once

// A small history for the dashboard tests (TestDashboardStats, TestDashboardPage), written with
// SQL: badges issued on both edges of the 12- and 24-month windows of 20 Oct 2026, in Production,
// Practice and Sandbox, every Credly state, and one open exception of each kind. The expected
// values are worked out in TestDashboardStats.

#include "storage/Database.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace badgedesk::testing {

inline QDate dashboardToday()
{
    return QDate(2026, 10, 20);
}

struct DashboardRow
{
    int id = 0;
    int batch = 1;
    QString status = QStringLiteral("issued"); // certifications.status
    QString school;
    QString title;
    QString first = QStringLiteral("Ana");
    QString last = QStringLiteral("Diaz");
    QString reason; // for needs_attention
    QString detail; // rule_detail
    // The journal row; no environment: none.
    QString environment = QStringLiteral("production");
    QString state = QStringLiteral("issued");
    QString issuedAt;   // empty: NULL
    QString badgeState; // empty: NULL
    QString sendingAt;  // empty: issuedAt
    QString errorMessage;
};

inline QString insertDashboardRow(const Database& db, const DashboardRow& r)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO certifications(id, batch_id, import_file_id, source_row, raw_json, row_key, first_name, "
        "last_name, email, school_code, school_name, assessment_code, assessment_title, status, reason, "
        "rule_detail, updated_at) VALUES(?, ?, ?, ?, '[]', ?, ?, ?, ?, '0101', ?, 'C1', ?, ?, ?, ?, 'now')"));
    q.addBindValue(r.id);
    q.addBindValue(r.batch);
    q.addBindValue(r.batch);
    q.addBindValue(r.id + 1);
    q.addBindValue(QStringLiteral("key-%1").arg(r.id));
    q.addBindValue(r.first);
    q.addBindValue(r.last);
    q.addBindValue(QStringLiteral("student%1@example.org").arg(r.id));
    q.addBindValue(r.school);
    q.addBindValue(r.title);
    q.addBindValue(r.status);
    q.addBindValue(r.reason.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(r.reason));
    q.addBindValue(r.detail.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(r.detail));
    if (!q.exec())
        return q.lastError().text();
    if (r.environment.isEmpty())
        return {};
    auto orNull = [](const QString& s) {
        return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
    };
    q.prepare(QStringLiteral(
        "INSERT INTO issuance_journal(certification_id, batch_id, environment, issuer_earner_id, state, "
        "credly_badge_id, badge_state, issued_at, sending_at, error_message, created_at, updated_at) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'now')"));
    q.addBindValue(r.id);
    q.addBindValue(r.batch);
    q.addBindValue(r.environment);
    q.addBindValue(QStringLiteral("earner%1").arg(r.id));
    q.addBindValue(r.state);
    q.addBindValue(r.issuedAt.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                        : QVariant(QStringLiteral("badge-%1").arg(r.id)));
    q.addBindValue(orNull(r.badgeState));
    q.addBindValue(orNull(r.issuedAt));
    const QString sending = r.sendingAt.isEmpty() ? r.issuedAt : r.sendingAt;
    q.addBindValue(orNull(sending));
    q.addBindValue(orNull(r.errorMessage));
    q.addBindValue(sending.isEmpty() ? QStringLiteral("2026-10-01T00:00:00.000Z") : sending);
    return q.exec() ? QString() : q.lastError().text();
}

// Batch 1 (September 2026): the history and the issuing exceptions; its last Production run
// finished (a newer Sandbox run is still going, which must not matter). Batch 2 (October 2026):
// two rows needing attention and one approved row while its Production run is still running.
inline QString makeDashboardHistory(const Database& db,
                                    const QString& environment = QStringLiteral("production"))
{
    QSqlQuery q(db.connection());
    const QStringList setup{
        QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES('credly.environment', '%1')")
            .arg(environment),
        QStringLiteral(
            "INSERT INTO batches(id, month, created_at) VALUES(1, '2026-09', '2026-10-02T09:00:00Z'), "
            "(2, '2026-10', '2026-10-18T09:00:00Z')"),
        QStringLiteral("INSERT INTO import_files(id, batch_id, file_name, sha256, imported_at) VALUES "
                       "(1, 1, 'sep.csv', 'a', 'now'), (2, 2, 'oct.csv', 'b', 'now')"),
        QStringLiteral(
            "INSERT INTO issuance_runs(batch_id, environment, started_at, finished_at, state) VALUES "
            "(1, 'production', '2026-10-05T10:00:00Z', '2026-10-05T10:20:00Z', 'finished'), "
            "(1, 'sandbox', '2026-10-06T10:00:00Z', NULL, 'running'), "
            "(2, 'production', '2026-10-19T10:00:00Z', NULL, 'running')"),
    };
    for (const QString& sql : setup) {
        if (!q.exec(sql))
            return q.lastError().text() + QStringLiteral(" in ") + sql;
    }
    const QString alpha = QStringLiteral("Alpha High School");
    const QString beta = QStringLiteral("Beta Technology Center");
    const QString nursing = QStringLiteral("Certified Nurse Aide");
    const QString welding = QStringLiteral("AWS Welding");
    auto badge = [](int id, const QString& at, const QString& state, const QString& school,
                    const QString& title) {
        DashboardRow r;
        r.id = id;
        r.issuedAt = at;
        r.badgeState = state;
        r.school = school;
        r.title = title;
        return r;
    };
    QList<DashboardRow> rows{
        badge(101, QStringLiteral("2026-10-05T17:00:00.000Z"), QStringLiteral("accepted"), alpha, nursing),
        badge(102, QStringLiteral("2026-10-31T23:59:59.000Z"), QString(), alpha, nursing), // not synced
        badge(103, QStringLiteral("2026-11-01T00:00:00.000Z"), QStringLiteral("accepted"), beta, welding),
        badge(104, QStringLiteral("2025-11-01T00:00:00.000Z"), QStringLiteral("rejected"), beta, welding),
        badge(105, QStringLiteral("2025-10-31T23:59:59.000Z"), QStringLiteral("accepted"), beta, welding),
        badge(106, QStringLiteral("2024-11-01T00:00:00.000Z"), QStringLiteral("accepted"),
              QStringLiteral("Gamma"), QStringLiteral("Automotive")),
        badge(107, QStringLiteral("2024-10-31T17:00:00.000Z"), QStringLiteral("accepted"),
              QStringLiteral("Gamma"), QStringLiteral("Automotive")),
        badge(108, QStringLiteral("2026-09-10T17:00:00.000Z"), QStringLiteral("accepted"),
              QStringLiteral("Sandbox School"), welding),
        badge(109, QStringLiteral("2026-09-10T17:00:00.000Z"), QStringLiteral("accepted"),
              QStringLiteral("Practice School"), nursing),
        badge(110, QStringLiteral("2026-03-15T17:00:00.000Z"), QStringLiteral("revoked"), alpha, welding),
        badge(111, QStringLiteral("2026-09-15T17:00:00.000Z"), QStringLiteral("pending"), beta, nursing),
        badge(112, QStringLiteral("2026-10-15T17:00:00.000Z"), QStringLiteral("pending"), alpha, welding),
    };
    rows[3].state = QStringLiteral("adopted");
    rows[7].environment = QStringLiteral("sandbox");
    rows[7].status = QStringLiteral("approved"); // a Sandbox rehearsal leaves the row as it was
    rows[8].environment = QStringLiteral("practice");
    rows[10].first = QStringLiteral("Pat");
    rows[10].last = QStringLiteral("Lee");
    rows[7].batch = 2; // keep the rehearsal's approved row out of batch 1's "not issued"

    DashboardRow failed; // a send that failed in Production
    failed.id = 113;
    failed.status = QStringLiteral("failed");
    failed.state = QStringLiteral("failed");
    failed.first = QStringLiteral("Bo");
    failed.last = QStringLiteral("Ng");
    failed.errorMessage = QStringLiteral("Recipient email is invalid");
    failed.school = alpha;
    failed.title = nursing;
    rows.append(failed);
    DashboardRow failedSandbox = failed; // only a rehearsal: not an exception, and the row stays approved
    failedSandbox.id = 114;
    failedSandbox.environment = QStringLiteral("sandbox");
    failedSandbox.status = QStringLiteral("approved");
    failedSandbox.first = QStringLiteral("Cy");
    rows.append(failedSandbox);
    DashboardRow approved; // approved after the run finished: never issued
    approved.id = 115;
    approved.status = QStringLiteral("approved");
    approved.environment.clear();
    approved.first = QStringLiteral("Di");
    rows.append(approved);
    DashboardRow attention;
    attention.batch = 2;
    attention.status = QStringLiteral("needs_attention");
    attention.reason = QStringLiteral("bad_email");
    attention.environment.clear();
    attention.id = 116;
    attention.first = QStringLiteral("Eve");
    attention.last = QStringLiteral("Moss");
    attention.detail = QStringLiteral("gmial.com");
    rows.append(attention);
    attention.id = 117;
    attention.first = QStringLiteral("Fay");
    attention.reason = QStringLiteral("missing_name");
    attention.detail.clear();
    rows.append(attention);
    DashboardRow waiting; // approved while its batch's run is still going: not an exception
    waiting.batch = 2;
    waiting.id = 118;
    waiting.status = QStringLiteral("approved");
    waiting.environment.clear();
    rows.append(waiting);

    for (const DashboardRow& r : rows) {
        const QString error = insertDashboardRow(db, r);
        if (!error.isEmpty())
            return QStringLiteral("row %1: %2").arg(r.id).arg(error);
    }
    return {};
}

} // namespace badgedesk::testing
