#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace badgedesk {

// The fields an import maps columns onto (issue 3 item 2; domain.md 1.3 and 7.1).
enum class ImportField
{
    EntryId,
    EntryTime,
    EnteredBy,
    DistrictCode,
    DistrictName,
    SchoolCode,
    SchoolName,
    ProgramCode,
    ProgramName,
    StudentId,
    FirstName,
    MiddleName,
    LastName,
    DateOfBirth,
    Email,
    AssessmentCode,
    AssessmentTitle,
    Vendor,
    TestDate,
    Result,
    Score,
    Language, // of the student's notice and Credly's email (issue 9 item 2); optional
};

// The one place that knows what headers mean: CTIMS's columns are not published and drift
// month to month ("Student Email" one month, "Email Address" the next), so matching is by a
// list of synonyms compared after normalisation (case, spaces and punctuation ignored).
class FieldSynonyms
{
public:
    static QList<ImportField> allFields();
    // Stable key for profiles and the database ("student_id").
    static QString key(ImportField field);
    static std::optional<ImportField> fromKey(const QString& key);
    // For messages and the mapping editor ("Student ID").
    static QString displayName(ImportField field);
    static QStringList synonyms(ImportField field);
    // The field a header names, if any.
    static std::optional<ImportField> match(const QString& header);
    // Lower-case letters and digits only: "E-mail Address " -> "emailaddress".
    static QString normalise(const QString& header);
};

} // namespace badgedesk
