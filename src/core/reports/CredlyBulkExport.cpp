#include "CredlyBulkExport.h"

#include "issuing/EarnerId.h"
#include "storage/SettingsRepository.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

namespace badgedesk {

CredlyEnvironment CredlyBulkExport::currentEnvironment(QSqlDatabase db)
{
    return environmentFromKey(SettingsRepository(db).value(QStringLiteral("credly.environment")))
        .value_or(CredlyEnvironment::Practice);
}

QString CredlyBulkExport::localeFor(const QString& language)
{
    static const QStringList allowed{
        QStringLiteral("en"),    QStringLiteral("fr"),    QStringLiteral("de"),   QStringLiteral("ko"),
        QStringLiteral("ja"),    QStringLiteral("zh-CN"), QStringLiteral("pt"),   QStringLiteral("es-ES"),
        QStringLiteral("es-US"), QStringLiteral("fr-CA"), QStringLiteral("pt-BR")};
    const QString l = language.trimmed();
    for (const QString& a : allowed) {
        if (l.compare(a, Qt::CaseInsensitive) == 0 ||
            l.compare(QString(a).replace(QLatin1Char('-'), QLatin1Char('_')), Qt::CaseInsensitive) == 0)
            return a;
    }
    const QString lower = l.toLower();
    // Oklahoma's students: Spanish means US Spanish.
    if (lower == QLatin1String("es") || lower.startsWith(QLatin1String("span")) ||
        lower == QStringLiteral("español") || lower == QLatin1String("espanol"))
        return QStringLiteral("es-US");
    if (lower == QLatin1String("en") || lower.startsWith(QLatin1String("eng")) ||
        lower.startsWith(QLatin1String("en-")) || lower.startsWith(QLatin1String("en_")))
        return QStringLiteral("en");
    return {};
}

namespace {

bool hasColumn(QSqlDatabase db, const QString& table, const QString& column)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        return false;
    while (q.next()) {
        if (q.value(1).toString() == column)
            return true;
    }
    return false;
}

} // namespace

QList<CredlyBulkCsv::Row> CredlyBulkExport::rows(QSqlDatabase db, qint64 batchId,
                                                 CredlyEnvironment environment, QList<Skipped>* skipped,
                                                 QString* error)
{
    QList<CredlyBulkCsv::Row> out;
    QString keyError;
    const QByteArray key = EarnerId::keyFor(db, &keyError);
    if (key.isEmpty()) {
        if (error)
            *error = keyError;
        return out;
    }
    const EarnerId earnerIds(key);
    // The notice branch adds certifications.language (schema 7); before it, no locale.
    const QString language = hasColumn(db, QStringLiteral("certifications"), QStringLiteral("language"))
                                 ? QStringLiteral("COALESCE(c.language, '')")
                                 : QStringLiteral("''");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral(
            "SELECT c.id, c.student_id, COALESCE(NULLIF(j.recipient_email, ''), c.email, ''), "
            "COALESCE(c.first_name, ''), COALESCE(c.middle_name, ''), COALESCE(c.last_name, ''), "
            "COALESCE(c.school_code, ''), COALESCE(c.test_date, ''), "
            "COALESCE(NULLIF(j.template_id, ''), ce.credly_template_id, ''), COALESCE(j.issuer_earner_id, "
            "''), "
            "COALESCE(j.state, ''), %1 FROM certifications c "
            "LEFT JOIN catalog_entries ce ON ce.code = c.assessment_code "
            "LEFT JOIN issuance_journal j ON j.certification_id = c.id AND j.environment = ? "
            "WHERE c.batch_id = ? AND c.status IN ('approved', 'queued', 'sending', 'issued', 'failed') "
            "AND (j.state IS NULL OR j.state NOT IN ('issued', 'adopted')) ORDER BY c.id")
            .arg(language));
    q.addBindValue(environmentKey(environment));
    q.addBindValue(batchId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    const auto skip = [skipped](qint64 id, const QString& why) {
        if (skipped)
            skipped->append({id, why});
    };
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        CredlyBulkCsv::Row r;
        r.email = q.value(2).toString().trimmed();
        r.firstName = q.value(3).toString();
        r.middleName = q.value(4).toString();
        r.lastName = q.value(5).toString();
        r.issuedAt = QDate::fromString(q.value(7).toString().left(10), Qt::ISODate);
        r.templateId = q.value(8).toString().trimmed();
        r.issuerEarnerId = q.value(9).toString();
        if (r.issuerEarnerId.isEmpty())
            r.issuerEarnerId = earnerIds.of(q.value(1).toString(), q.value(2).toString(), r.firstName,
                                            r.lastName, q.value(6).toString());
        r.locale = localeFor(q.value(11).toString());
        if (q.value(10).toString() == QLatin1String("sending"))
            skip(id, QStringLiteral("A send is in flight and may have created the badge: run issue again (it "
                                    "looks the badge up first) before uploading this row."));
        else if (r.templateId.isEmpty())
            skip(id, QStringLiteral("The assessment has no Credly template in the catalog."));
        else if (r.email.isEmpty())
            skip(id, QStringLiteral("The row has no email address."));
        else if (!r.issuedAt.isValid())
            skip(id, QStringLiteral("The row has no readable test date for \"Issued at date\"."));
        else
            out.append(r);
    }
    return out;
}

CredlyBulkExport::Result CredlyBulkExport::write(QSqlDatabase db, qint64 batchId, const QString& directory)
{
    Result result;
    result.environment = currentEnvironment(db);
    QSqlQuery month(db);
    month.prepare(QStringLiteral("SELECT month FROM batches WHERE id = ?"));
    month.addBindValue(batchId);
    if (!month.exec() || !month.next()) {
        result.error = QStringLiteral("There is no batch %1.").arg(batchId);
        return result;
    }
    QString error;
    const auto rows = CredlyBulkExport::rows(db, batchId, result.environment, &result.skipped, &error);
    if (!error.isEmpty()) {
        result.error = error;
        return result;
    }
    if (!QDir().mkpath(directory)) {
        result.error = QStringLiteral("Could not make the folder %1.").arg(directory);
        return result;
    }
    const QString base = QStringLiteral("credly-bulk-batch%1-%2").arg(batchId).arg(month.value(0).toString());
    result.files = CredlyBulkCsv::write(directory, base, rows, &error);
    if (result.files.isEmpty()) {
        result.error = error;
        return result;
    }
    result.rows = int(rows.size());
    result.ok = true;
    return result;
}

} // namespace badgedesk
