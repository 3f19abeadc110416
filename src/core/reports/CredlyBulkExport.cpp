#include "CredlyBulkExport.h"

#include "issuing/EarnerId.h"
#include "notices/NoticeLanguage.h"
#include "notices/NoticeRepository.h"
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
    // The same locale the API path sends (Issuer): the row's language, else the batch's.
    const QString batchLanguage = NoticeRepository(db).batchLanguage(batchId);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT c.id, c.student_id, COALESCE(NULLIF(j.recipient_email, ''), c.email, ''), "
        "COALESCE(c.first_name, ''), COALESCE(c.middle_name, ''), COALESCE(c.last_name, ''), "
        "COALESCE(c.school_code, ''), COALESCE(c.test_date, ''), "
        "COALESCE(NULLIF(j.template_id, ''), ce.credly_template_id, ''), COALESCE(j.issuer_earner_id, "
        "''), "
        "COALESCE(j.state, ''), COALESCE(c.language, '') FROM certifications c "
        "LEFT JOIN catalog_entries ce ON ce.code = c.assessment_code "
        "LEFT JOIN issuance_journal j ON j.certification_id = c.id AND j.environment = ? "
        "WHERE c.batch_id = ? AND c.status IN ('approved', 'queued', 'sending', 'issued', 'failed') "
        "AND (j.state IS NULL OR j.state NOT IN ('issued', 'adopted')) ORDER BY c.id"));
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
        r.locale =
            NoticeLanguage::credlyLocale(NoticeLanguage::effective(q.value(11).toString(), batchLanguage));
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
