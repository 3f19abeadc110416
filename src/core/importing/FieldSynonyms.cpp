#include "FieldSynonyms.h"

#include <QHash>

namespace badgedesk {

namespace {

struct FieldInfo
{
    ImportField field;
    const char* key;
    const char* displayName;
    QList<const char*> synonyms;
};

// Synonyms are written as people type them; normalise() makes "Entry ID", "EntryID" and
// "entry_id" one entry. A synonym must name exactly one field (TestHeaderDetector checks).
const QList<FieldInfo>& fieldTable()
{
    static const QList<FieldInfo> table = {
        {ImportField::EntryId,
         "entry_id",
         "Entry ID",
         {"Entry ID", "Entry Number", "Entry No", "Record ID", "Record Number", "Certification ID", "Cert ID",
          "Real-Time ID", "Realtime ID", "Certification Entry ID", "Transaction ID"}},
        {ImportField::EntryTime,
         "entry_time",
         "Entry time",
         {"Entry Date Time", "Entry DateTime", "Entry Date/Time", "Entry Time", "Entry Date",
          "Entry Timestamp", "Date Entered", "Entered On", "Entered Date", "Date/Time Entered",
          "Time Entered", "Timestamp", "Created", "Created On", "Date Created", "Created Date",
          "Submitted On", "Date Submitted"}},
        {ImportField::EnteredBy,
         "entered_by",
         "Entered by",
         {"Entered By", "Entered By User", "Entry User", "Created By", "Submitted By", "Instructor",
          "Instructor Name", "Teacher", "Data Entry User", "Recorded By", "User Name"}},
        {ImportField::DistrictCode,
         "district_code",
         "District code",
         {"District Code", "District ID", "District Number", "District No", "County District Code",
          "Tech Center Code", "Technology Center Code", "LEA Code"}},
        {ImportField::DistrictName,
         "district_name",
         "District name",
         {"District", "District Name", "Tech Center", "Technology Center", "Tech Center Name",
          "Technology Center Name", "LEA", "LEA Name"}},
        {ImportField::SchoolCode,
         "school_code",
         "School code",
         {"School Code", "School ID", "School Number", "Site Code", "Site ID", "Site", "Site Number",
          "Campus Code", "Campus ID", "School Site Code"}},
        {ImportField::SchoolName,
         "school_name",
         "School name",
         {"School Name", "School", "Site Name", "Campus", "Campus Name", "School/Campus"}},
        {ImportField::ProgramCode,
         "program_code",
         "Program code",
         {"Program Code", "Program ID", "Program Number", "Career Major Code", "Career Major ID",
          "Major Code", "Course Code"}},
        {ImportField::ProgramName,
         "program_name",
         "Program name",
         {"Program Name", "Program", "Program Title", "Career Major", "Career Major Name", "Course",
          "Course Name"}},
        {ImportField::StudentId,
         "student_id",
         "Student ID",
         {"Student ID", "Student Number", "Student No", "Student Identifier", "STN", "Student STN",
          "State Testing Number", "PID", "Student PID", "Local ID", "Local Student ID", "Learner ID",
          "State Student ID", "SIS ID"}},
        {ImportField::FirstName,
         "first_name",
         "First name",
         {"First Name", "First", "Given Name", "Student First Name", "FName", "Legal First Name",
          "Student First"}},
        {ImportField::MiddleName,
         "middle_name",
         "Middle name",
         {"Middle Name", "Middle", "Middle Initial", "MI", "Student Middle Name", "Student Middle"}},
        {ImportField::LastName,
         "last_name",
         "Last name",
         {"Last Name", "Last", "Surname", "Family Name", "Student Last Name", "LName", "Legal Last Name",
          "Student Last"}},
        {ImportField::DateOfBirth,
         "date_of_birth",
         "Date of birth",
         {"Date of Birth", "DOB", "Birth Date", "Birthdate", "Birthday", "Student DOB",
          "Student Birth Date"}},
        {ImportField::Email,
         "email",
         "Email",
         {"Email", "E-mail", "Email Address", "E-mail Address", "Student Email", "Student E-mail",
          "Student Email Address", "Student E-mail Address", "Email Addr", "Badge Email", "Contact Email",
          "Student Contact Email", "Mail"}},
        {ImportField::AssessmentCode,
         "assessment_code",
         "Assessment code",
         {"Assessment Code", "Assessment ID", "Assessment Number", "Assessment No", "Test Code", "Test ID",
          "Test Number", "Exam Code", "Exam ID", "Certification Code", "Credential Code", "Credential ID",
          "Cert Code"}},
        {ImportField::AssessmentTitle,
         "assessment_title",
         "Assessment title",
         {"Assessment Title", "Assessment", "Assessment Name", "Test Name", "Test Title", "Test", "Exam",
          "Exam Name", "Exam Title", "Certification", "Certification Name", "Certification Title",
          "Credential", "Credential Name", "Credential Title"}},
        {ImportField::Vendor,
         "vendor",
         "Vendor",
         {"Vendor", "Testing Vendor", "Test Vendor", "Credentialing Body", "Certifying Body",
          "Certification Vendor", "Credential Vendor", "Awarding Body", "Provider", "Issuer"}},
        {ImportField::TestDate,
         "test_date",
         "Test date",
         {"Test Date", "Date Tested", "Exam Date", "Assessment Date", "Date of Test", "Date Earned",
          "Earned Date", "Date Passed", "Pass Date", "Completion Date", "Date Completed",
          "Certification Date", "Award Date", "Date Awarded"}},
        {ImportField::Result,
         "result",
         "Result",
         {"Result", "Results", "Test Result", "Exam Result", "Pass/Fail", "Pass Fail", "Outcome", "Status",
          "Earned", "Passed"}},
        {ImportField::Score,
         "score",
         "Score",
         {"Score", "Test Score", "Exam Score", "Scale Score", "Raw Score", "Percent", "Percentage", "Score %",
          "Score Percent", "Points"}},
        {ImportField::Language,
         "language",
         "Language",
         {"Language", "Home Language", "Preferred Language", "Primary Language", "Language Preference",
          "Student Language", "Parent Language", "Family Language", "Correspondence Language",
          "Communication Language", "Lang", "Idioma", "Idioma Preferido", "Lengua"}},
    };
    return table;
}

const QHash<QString, ImportField>& synonymIndex()
{
    static const QHash<QString, ImportField> index = [] {
        QHash<QString, ImportField> result;
        for (const FieldInfo& info : fieldTable()) {
            result.insert(FieldSynonyms::normalise(QLatin1String(info.key)), info.field);
            for (const char* synonym : info.synonyms)
                result.insert(FieldSynonyms::normalise(QLatin1String(synonym)), info.field);
        }
        return result;
    }();
    return index;
}

const FieldInfo& infoOf(ImportField field)
{
    return fieldTable().at(static_cast<int>(field));
}

} // namespace

QList<ImportField> FieldSynonyms::allFields()
{
    QList<ImportField> fields;
    for (const FieldInfo& info : fieldTable())
        fields << info.field;
    return fields;
}

QString FieldSynonyms::key(ImportField field)
{
    return QLatin1String(infoOf(field).key);
}

std::optional<ImportField> FieldSynonyms::fromKey(const QString& key)
{
    for (const FieldInfo& info : fieldTable()) {
        if (key == QLatin1String(info.key))
            return info.field;
    }
    return std::nullopt;
}

QString FieldSynonyms::displayName(ImportField field)
{
    return QLatin1String(infoOf(field).displayName);
}

QStringList FieldSynonyms::synonyms(ImportField field)
{
    QStringList result;
    for (const char* synonym : infoOf(field).synonyms)
        result << QLatin1String(synonym);
    return result;
}

std::optional<ImportField> FieldSynonyms::match(const QString& header)
{
    const QString normalised = normalise(header);
    if (normalised.isEmpty())
        return std::nullopt;
    const auto& index = synonymIndex();
    const auto it = index.constFind(normalised);
    if (it != index.constEnd())
        return it.value();
    return std::nullopt;
}

QString FieldSynonyms::normalise(const QString& header)
{
    QString out;
    out.reserve(header.size());
    for (const QChar c : header) {
        if (c.isLetterOrNumber())
            out += c.toLower();
        else if (c == QLatin1Char('%') || c == QLatin1Char('#'))
            out += c; // "Score %" and "Entry #" keep their meaning
    }
    return out;
}

} // namespace badgedesk
