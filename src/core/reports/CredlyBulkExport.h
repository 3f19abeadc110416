#pragma once

#include "CredlyBulkCsv.h"
#include "domain/CredlyEnvironment.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace badgedesk {

// Picks a batch's rows for Credly's bulk-issue CSV (the fallback through Credly's own uploader)
// and writes them with CredlyBulkCsv: approved rows (and those on their way) that have no badge
// yet in the database's current environment (no journal row issued or adopted there).
// Issuer Earner ID is EarnerId's keyed hash (the journal's when the row was planned), never the
// student id; Issued at date is the test date, as the API path sends it; Locale is what the API
// path sends too: the row's language, else the batch's (NoticeLanguage: en or es-US). Rows whose send is in
// flight (journal 'sending': the badge may exist at Credly), or that lack a template, an email or a test date
// are left out and listed.
class CredlyBulkExport
{
public:
    struct Skipped
    {
        qint64 rowId = 0;
        QString why;
    };

    struct Result
    {
        bool ok = false;
        QString error;
        CredlyEnvironment environment = CredlyEnvironment::Practice;
        QStringList files;
        int rows = 0;
        QList<Skipped> skipped;
    };

    // The database's current environment (settings credly.environment; Practice by default).
    static CredlyEnvironment currentEnvironment(QSqlDatabase db);

    static QList<CredlyBulkCsv::Row> rows(QSqlDatabase db, qint64 batchId, CredlyEnvironment environment,
                                          QList<Skipped>* skipped, QString* error);
    // Files named credly-bulk-batch<N>-<month>[-k].csv in directory (made if missing).
    static Result write(QSqlDatabase db, qint64 batchId, const QString& directory);
};

} // namespace badgedesk
