#pragma once

// A small, fully known month for the report tests: two batches written with SQL (the import,
// review and issuing steps' results), journal rows in Production and in Sandbox (which must not
// count), HTTP attempts, and cells that try formula injection. Header-only.

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace badgedesk::testing {

// What a formula-injection attempt looks like in a CTIMS cell.
constexpr const char* kInjectedFirstName = "=HYPERLINK(\"http://evil.test\",\"x\")";
constexpr const char* kInjectedLastName = "+SUM(1,2)";
constexpr const char* kInjectedRejectReason = "=cmd|' /C calc'!A0";
inline QString injectedFirstName()
{
    return QString::fromUtf8(kInjectedFirstName);
}
inline QString injectedLastName()
{
    return QString::fromUtf8(kInjectedLastName);
}
inline QString injectedRejectReason()
{
    return QString::fromUtf8(kInjectedRejectReason);
}

inline bool reportExec(const Database& db, const QString& sql, QString* error);
inline bool reportExec(const Database& db, const char* sql, QString* error)
{
    return reportExec(db, QString::fromUtf8(sql), error);
}
inline bool reportExec(const Database& db, const QString& sql, QString* error)
{
    QSqlQuery q(db.connection());
    if (q.exec(sql))
        return true;
    *error = q.lastError().text() + QStringLiteral(" in ") + sql;
    return false;
}

struct ReportRow
{
    int id;
    int batch;
    const char* first;
    const char* last;
    const char* email;
    const char* school; // code; the name is "School <code>"
    const char* assessment;
    const char* testDate;
    const char* status;
    const char* reason; // nullptr: NULL
    const char* detail;
    const char* rejectReason;
};

// Batch 1 (2026-09): 10 rows; batch 2 (2026-10): 3 rows, one of them tested in September.
// Production journal: rows 1, 2, 10 issued (1 accepted, 2 pending, 10 not synced), row 3 failed,
// row 11 issued (accepted). Sandbox journal: row 9 issued (a rehearsal: never counts).
inline QString makeReportFixture(const Database& db,
                                 const QString& environment = QStringLiteral("production"))
{
    QString error;
    const QString now = QStringLiteral("2026-10-20T15:00:00.000Z");
    const QList<ReportRow> rows{
        {1, 1, "Ana", "Diaz", "ana@example.org", "0101", "T000", "2026-09-15", "issued", nullptr, nullptr,
         nullptr},
        {2, 1, "Ben", "Baker", "ben@example.org", "0101", "T001", "2026-09-15", "issued", nullptr, nullptr,
         nullptr},
        {3, 1, "Carla", "Chavez", "carla@example.org", "0202", "T000", "2026-09-15", "failed", nullptr,
         nullptr, nullptr},
        {4, 1, "Dev", "Evans", "dev@example.org", "0202", "T001", "2026-09-15", "excluded", "not_passed",
         "The result is \"Fail\", not a pass.", nullptr},
        {5, 1, "Ana", "Diaz", "ana@example.org", "0101", "T000", "2026-09-15", "excluded",
         "duplicate_in_batch", "Same student and assessment as row 1.", nullptr},
        {6, 1, "Farah", "Foster", "farah@gmial.test", "0202", "T000", "2026-09-15", "needs_attention",
         "bad_email", "The email address needs fixing.", nullptr},
        {7, 1, "Gus", "Garcia", "gus@example.org", "0303", "T001", "2026-09-15", "rejected", nullptr, nullptr,
         kInjectedRejectReason},
        {8, 1, "Hana", "Hughes", "hana@example.org", "0303", "T000", "2026-09-15", "eligible", nullptr,
         nullptr, nullptr},
        {9, 1, "Ivan", "Iverson", "ivan@example.org", "0303", "T001", "2026-09-15", "approved", nullptr,
         nullptr, nullptr},
        {10, 1, kInjectedFirstName, kInjectedLastName, "@sum.example.org", "0101", "T001", "2026-09-15",
         "issued", nullptr, nullptr, nullptr},
        {11, 2, "Kai", "Kim", "kai@example.org", "0101", "T000", "2026-10-05", "issued", nullptr, nullptr,
         nullptr},
        {12, 2, "Lena", "Lopez", "lena@example.org", "0202", "T001", "2026-10-06", "excluded", "not_passed",
         "The result is \"Fail\", not a pass.", nullptr},
        {13, 2, "Marco", "Moore", "marco@example.org", "0202", "T000", "2026-09-28", "excluded", "retired",
         "Assessment T000 was retired.", nullptr},
    };
    if (!reportExec(db,
                    QStringLiteral("INSERT INTO settings(key, value) VALUES('credly.environment', '%1')")
                        .arg(environment),
                    &error) ||
        !reportExec(
            db,
            "INSERT INTO batches(id, month, created_at) VALUES(1, '2026-09', '2026-10-02T10:00:00Z'), "
            "(2, '2026-10', '2026-11-02T10:00:00Z')",
            &error) ||
        !reportExec(
            db,
            "INSERT INTO import_files(id, batch_id, file_name, sha256, imported_at) VALUES"
            "(1, 1, 'sep.csv', 'a', '2026-10-02T10:00:00Z'), (2, 2, 'oct.csv', 'b', '2026-11-02T10:00:00Z')",
            &error) ||
        !reportExec(
            db,
            "INSERT INTO catalog_entries(code, title, careertech_badges, credly_template_id, updated_at) "
            "VALUES('T000', 'Welding Level 1', 1, 'tmpl-weld', '2026-01-01'), "
            "('T001', 'Nursing Assistant', 1, 'tmpl-nurse', '2026-01-01')",
            &error) ||
        !reportExec(
            db,
            QStringLiteral("INSERT INTO credly_templates(environment, id, name, state, synced_at) VALUES"
                           "('%1', 'tmpl-weld', 'CareerTech Welding Level 1', 'active', '%2'), "
                           "('%1', 'tmpl-nurse', 'CareerTech Nursing Assistant', 'active', '%2')")
                .arg(environment == QLatin1String("practice") ? environment : QStringLiteral("production"),
                     now),
            &error))
        return error;
    QSqlQuery insert(db.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO certifications(id, batch_id, import_file_id, source_row, raw_json, row_key, student_id, "
        "first_name, last_name, email, school_code, school_name, assessment_code, test_date, status, reason, "
        "rule_detail, reject_reason, entered_at, updated_at) VALUES(?, ?, ?, ?, '[]', ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, "
        "?, ?, ?, ?, ?, ?)"));
    const auto text = [](const char* value) {
        return value ? QVariant(QString::fromUtf8(value)) : QVariant();
    };
    for (const ReportRow& r : rows) {
        insert.addBindValue(r.id);
        insert.addBindValue(r.batch);
        insert.addBindValue(r.batch);
        insert.addBindValue(r.id + 1);
        insert.addBindValue(QStringLiteral("key-%1").arg(r.id));
        insert.addBindValue(QStringLiteral("S%1").arg(r.id, 6, 10, QLatin1Char('0')));
        insert.addBindValue(text(r.first));
        insert.addBindValue(text(r.last));
        insert.addBindValue(text(r.email));
        insert.addBindValue(text(r.school));
        insert.addBindValue(QStringLiteral("School ") + QString::fromUtf8(r.school));
        insert.addBindValue(text(r.assessment));
        insert.addBindValue(text(r.testDate));
        insert.addBindValue(text(r.status));
        insert.addBindValue(text(r.reason));
        insert.addBindValue(text(r.detail));
        insert.addBindValue(text(r.rejectReason));
        insert.addBindValue(QString::fromUtf8(r.testDate) + QStringLiteral("T09:00:00"));
        insert.addBindValue(now);
        if (!insert.exec())
            return insert.lastError().text();
    }
    const QString env = environment == QLatin1String("practice") ? environment : QStringLiteral("production");
    // issued_at = the test date at noon in Chicago (17:00 UTC in CDT), as the Issuer sends it.
    const QString journal =
        QStringLiteral("INSERT INTO issuance_journal(id, certification_id, batch_id, environment, "
                       "template_id, issuer_earner_id, "
                       "state, credly_badge_id, badge_state, issued_at, badge_state_at, error_kind, "
                       "error_message, created_at, "
                       "updated_at) VALUES"
                       "(1, 1, 1, '%1', 'tmpl-weld', 'e1', 'issued', 'badge-0001', 'accepted', "
                       "'2026-09-15T17:00:00.000Z', "
                       "'2026-09-20T14:30:00.000Z', NULL, NULL, '%2', '%2'), "
                       "(2, 2, 1, '%1', 'tmpl-nurse', 'e2', 'issued', 'badge-0002', 'pending', "
                       "'2026-09-15T17:00:00.000Z', "
                       "'2026-09-15T17:00:00.000Z', NULL, NULL, '%2', '%2'), "
                       "(3, 3, 1, '%1', 'tmpl-weld', 'e3', 'failed', NULL, NULL, NULL, NULL, 'validation', "
                       "'Recipient email is invalid', '%2', '%2'), "
                       "(4, 10, 1, '%1', 'tmpl-nurse', 'e10', 'adopted', 'badge-0010', NULL, "
                       "'2026-09-15T17:00:00.000Z', NULL, "
                       "NULL, NULL, '%2', '%2'), "
                       "(5, 11, 2, '%1', 'tmpl-weld', 'e11', 'issued', 'badge-0011', 'accepted', "
                       "'2026-10-05T17:00:00.000Z', "
                       "'2026-10-07T09:00:00.000Z', NULL, NULL, '%2', '%2'), "
                       "(6, 9, 1, 'sandbox', 'tmpl-nurse', 'e9', 'issued', 'sandbox-0009', 'accepted', "
                       "'2026-09-15T17:00:00.000Z', NULL, NULL, NULL, '%2', '%2')")
            .arg(env, now);
    if (!reportExec(db, journal, &error) ||
        !reportExec(
            db,
            "INSERT INTO issuance_attempts(journal_id, at, purpose, method, endpoint, http_status, outcome, "
            "duration_ms, message) VALUES"
            "(1, '2026-10-20T15:00:01.000Z', 'issue', 'POST', '/v1/organizations/o/badges', 201, 'ok', 180, "
            "''), "
            "(3, '2026-10-20T15:00:02.000Z', 'issue', 'POST', '/v1/organizations/o/badges', 422, "
            "'validation', 95, '=Recipient email is invalid'), "
            "(6, '2026-10-20T15:00:03.000Z', 'issue', 'POST', '/v1/organizations/o/badges', 201, 'ok', 70, "
            "'')",
            &error))
        return error;
    return {};
}

} // namespace badgedesk::testing
