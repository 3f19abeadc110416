#pragma once

#include "FieldSynonyms.h"

#include <QList>
#include <QString>
#include <optional>

namespace badgedesk {

// A value the import read but did not trust or had to repair. A problem never stops an import:
// the row is stored with its problems (certifications.problems_json) and the classifier later
// turns them into reason codes. The kind keys are stable: the CLI's JSON counts, the database
// and the wizard's summary all use them.
enum class ImportProblemKind
{
    DateAmbiguous,     // day and month could be swapped (05/03/2025); read one way, check it
    DateInvalid,       // not a date (kept raw, no normalised value)
    DateSerial,        // an Excel serial number (45730) converted to a date
    IdScientific,      // an ID in scientific notation (1.23E+09): Excel dropped its digits
    CodeZerosRestored, // assessment code 911 restored to 0911 from the approved list
    EmailMissing,      // no email address
    EmailInvalid,      // not one valid address (jane.doe@gmail, two @, spaces)
    EmailMultiple,     // two addresses in one cell
    NameMissing,       // no first or last name (a badge needs both)
    CodeMissing,       // no assessment code
    DateMissing,       // neither a test date nor an entry time
    ResultUnknown,     // a result that is neither pass nor fail
    ScoreInvalid,      // a score that is not a number
    TextMojibake,      // UTF-8 read as Windows-1252 (JosÃ©) repaired to José
    LanguageUnknown,   // a language other than English or Spanish: the batch's default is used
};

struct ImportProblem
{
    ImportProblemKind kind = ImportProblemKind::DateInvalid;
    ImportField field = ImportField::EntryId;
    QString value; // the cell as read

    bool operator==(const ImportProblem& other) const
    {
        return kind == other.kind && field == other.field && value == other.value;
    }

    static QList<ImportProblemKind> allKinds();
    static QString key(ImportProblemKind kind); // "date_ambiguous"
    static std::optional<ImportProblemKind> fromKey(const QString& key);
    // What the kind means and what to do, for the wizard's summary and the CLI.
    static QString description(ImportProblemKind kind);
    // One line about this problem: "Test date \"05/03/2025\": day and month could be swapped".
    QString message() const;
};

} // namespace badgedesk
