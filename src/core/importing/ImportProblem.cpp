#include "ImportProblem.h"

namespace badgedesk {
namespace {

struct KindInfo
{
    ImportProblemKind kind;
    const char* key;
    const char* description;
};

const KindInfo kKinds[] = {
    {ImportProblemKind::DateAmbiguous, "date_ambiguous",
     "Day and month could be swapped (05/03/2025); read the way the rest of the column reads. Check these "
     "dates in Review."},
    {ImportProblemKind::DateInvalid, "date_invalid",
     "Not a date; the cell is kept as it was. Fix it in Review."},
    {ImportProblemKind::DateSerial, "date_serial",
     "An Excel serial number (45730) was converted to a date. Usually right; check if dates look off."},
    {ImportProblemKind::IdScientific, "id_scientific",
     "An ID in scientific notation (1.23E+09): Excel dropped its last digits. Look the real ID up in CTIMS; "
     "export with the ID column formatted as text next time."},
    {ImportProblemKind::CodeZerosRestored, "code_zeros_restored",
     "An assessment code that lost its leading zeros (911) was matched to the approved list (0911)."},
    {ImportProblemKind::EmailMissing, "email_missing",
     "No email address; the badge cannot be sent until one is added."},
    {ImportProblemKind::EmailInvalid, "email_invalid", "Not a valid email address; correct it in Review."},
    {ImportProblemKind::EmailMultiple, "email_multiple",
     "Two or more addresses in one cell; choose one in Review."},
    {ImportProblemKind::NameMissing, "name_missing",
     "No first or last name; a badge needs both. Add the name in Review."},
    {ImportProblemKind::CodeMissing, "code_missing",
     "No assessment code; the row cannot be matched to the approved list."},
    {ImportProblemKind::DateMissing, "date_missing",
     "Neither a test date nor an entry time; the badge has no date."},
    {ImportProblemKind::ResultUnknown, "result_unknown", "A result that is neither pass nor fail."},
    {ImportProblemKind::ScoreInvalid, "score_invalid", "A score that is not a number; kept as it was."},
    {ImportProblemKind::TextMojibake, "text_mojibake",
     "Text saved as UTF-8 but read as Windows-1252 (JosÃ©) was repaired (José)."},
    {ImportProblemKind::LanguageUnknown, "language_unknown",
     "A language other than English or Spanish; the notice uses the batch's default language."},
};

} // namespace

QList<ImportProblemKind> ImportProblem::allKinds()
{
    QList<ImportProblemKind> kinds;
    for (const KindInfo& info : kKinds)
        kinds << info.kind;
    return kinds;
}

QString ImportProblem::key(ImportProblemKind kind)
{
    for (const KindInfo& info : kKinds) {
        if (info.kind == kind)
            return QLatin1String(info.key);
    }
    return {};
}

std::optional<ImportProblemKind> ImportProblem::fromKey(const QString& key)
{
    for (const KindInfo& info : kKinds) {
        if (key == QLatin1String(info.key))
            return info.kind;
    }
    return std::nullopt;
}

QString ImportProblem::description(ImportProblemKind kind)
{
    for (const KindInfo& info : kKinds) {
        if (info.kind == kind)
            return QString::fromUtf8(info.description);
    }
    return {};
}

QString ImportProblem::message() const
{
    const QString what = FieldSynonyms::displayName(field);
    if (value.isEmpty())
        return QStringLiteral("%1: %2").arg(what, description(kind));
    return QStringLiteral("%1 \"%2\": %3").arg(what, value, description(kind));
}

} // namespace badgedesk
