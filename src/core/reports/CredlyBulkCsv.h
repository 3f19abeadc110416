#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace badgedesk {

// Credly's web bulk-issue CSV (credly-api.md section 7), the fallback when a run cannot finish
// through the API: Credly's headers in their order, dates as mm/dd/yy, UTF-8, at most 5,000
// earners per file. Column D sits between First Name and Last Name among the required A, B, C, E,
// F; it is Middle Name (the header list lives only here, so it can follow a fresh template).
class CredlyBulkCsv
{
public:
    static constexpr int MaxRowsPerFile = 5000;

    struct Row
    {
        QString templateId;
        QString email;
        QString firstName;
        QString middleName;
        QString lastName;
        QDate issuedAt;
        QString issuerEarnerId; // the keyed hash, never a student id
        QString locale;         // "en", "es-US", or empty for the template's default
    };

    static QStringList header();
    // "10/14/26".
    static QString formatDate(const QDate& date);

    // Writes <directory>/<baseName>-1.csv, -2.csv... (one file named <baseName>.csv when it fits);
    // returns the paths, empty with *error set on failure (files written so far are removed).
    static QStringList write(const QString& directory, const QString& baseName, const QList<Row>& rows,
                             QString* error);
};

} // namespace badgedesk
