#pragma once

// A signed-off batch of approved rows for the issuing tests, written with SQL and
// SignOffRepository (the review step's job in the app), and the simulator's seed templates
// to map them to. Header-only: each issuing test includes it.

#include "CredlySimulator.h"
#include "storage/Database.h"
#include "storage/SignOffRepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace badgedesk::testing {

// An active template of the simulator's seed, with or without duplicates allowed.
inline SeedTemplate seedTemplate(bool allowDuplicates, int skip = 0, bool archived = false)
{
    for (const auto& t : CredlySimulator::seedTemplates()) {
        if (t.archived == archived && t.allowDuplicates == allowDuplicates && skip-- == 0)
            return t;
    }
    return {};
}

inline bool exec(const Database& db, const QString& sql, QString* error = nullptr)
{
    QSqlQuery q(db.connection());
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text() + QStringLiteral(" in ") + sql;
    return false;
}

inline int count(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

struct BatchSpec
{
    qint64 batchId = 1;
    int rows = 10;
    QStringList templateIds; // cycled over the rows, one assessment code per template
    int firstRow = 1;        // certification ids start here (several batches in one file)
    bool signOff = true;
    int noticeDaysAgo = 30; // -1: no notice recorded
    QString testDate = QStringLiteral("2026-09-15");
};

// The batch, its import file, catalog entries for its templates and `rows` approved rows:
// student S<id>, email student<id>@example.org. Returns an empty string or what failed.
inline QString makeBatch(const Database& db, const BatchSpec& spec)
{
    QString error;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString notice =
        spec.noticeDaysAgo < 0
            ? QStringLiteral("NULL")
            : QStringLiteral("'%1'").arg(
                  QDateTime::currentDateTimeUtc().addDays(-spec.noticeDaysAgo).toString(Qt::ISODateWithMs));
    if (!exec(
            db,
            QStringLiteral(
                "INSERT INTO batches(id, month, created_at, notice_sent_at) VALUES(%1, '2026-09', '%2', %3)")
                .arg(spec.batchId)
                .arg(now, notice),
            &error) ||
        !exec(db,
              QStringLiteral(
                  "INSERT INTO import_files(id, batch_id, file_name, sha256, imported_at) VALUES(%1, %1, "
                  "'f%1.csv', 'sha%1', '%2')")
                  .arg(spec.batchId)
                  .arg(now),
              &error))
        return error;
    for (int t = 0; t < spec.templateIds.size(); ++t) {
        const QString code = QStringLiteral("T%1").arg(t, 3, 10, QLatin1Char('0'));
        exec(db,
             QStringLiteral("INSERT OR IGNORE INTO catalog_entries(code, title, careertech_badges, "
                            "credly_template_id, updated_at) VALUES('%1', 'Assessment %1', 1, '%2', '%3')")
                 .arg(code, spec.templateIds.at(t), now));
    }
    QSqlQuery insert(db.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO certifications(id, batch_id, import_file_id, source_row, raw_json, row_key, student_id, "
        "first_name, last_name, email, school_code, assessment_code, test_date, status, updated_at) "
        "VALUES(?, ?, ?, ?, '[]', ?, ?, ?, ?, ?, '0101', ?, ?, 'approved', ?)"));
    for (int i = 0; i < spec.rows; ++i) {
        const int id = spec.firstRow + i;
        insert.addBindValue(id);
        insert.addBindValue(spec.batchId);
        insert.addBindValue(spec.batchId);
        insert.addBindValue(i + 2);
        insert.addBindValue(QStringLiteral("key-%1").arg(id));
        insert.addBindValue(QStringLiteral("S%1").arg(id, 6, 10, QLatin1Char('0')));
        insert.addBindValue(QStringLiteral("Ana%1").arg(id));
        insert.addBindValue(QStringLiteral("Diaz"));
        insert.addBindValue(QStringLiteral("student%1@example.org").arg(id));
        insert.addBindValue(
            spec.templateIds.isEmpty()
                ? QStringLiteral("T000")
                : QStringLiteral("T%1").arg(i % spec.templateIds.size(), 3, 10, QLatin1Char('0')));
        insert.addBindValue(spec.testDate);
        insert.addBindValue(now);
        if (!insert.exec())
            return insert.lastError().text();
    }
    if (spec.signOff) {
        SignOffRepository signOff(db.connection());
        if (!signOff.signOff(spec.batchId, QStringLiteral("tester")))
            return signOff.error();
    }
    return {};
}

// The simulator's badges, by id.
inline QList<QJsonObject> simBadges(const CredlySimulator& sim)
{
    return sim.state().badges();
}

// Live (not revoked, not replaced) badges per recipient email, from the simulator.
inline QMap<QString, int> badgesPerEmail(const CredlySimulator& sim)
{
    QMap<QString, int> map;
    for (const QJsonObject& b : sim.state().badges()) {
        if (b.value(QStringLiteral("state")).toString() == QLatin1String("revoked") ||
            !b.value(QStringLiteral("replacement_badge_id")).isNull())
            continue;
        ++map[b.value(QStringLiteral("recipient_email")).toString()];
    }
    return map;
}

} // namespace badgedesk::testing
