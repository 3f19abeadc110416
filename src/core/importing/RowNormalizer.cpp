#include "RowNormalizer.h"

#include "notices/NoticeLanguage.h"

#include <QCryptographicHash>

namespace badgedesk {
namespace {

using DayOrder = ValueNormalizer::DayOrder;
using DateShape = ValueNormalizer::DateShape;
using DateReading = ValueNormalizer::DateReading;

constexpr int kFieldCount = static_cast<int>(ImportField::Language) + 1;

bool isSlashShape(DateShape shape)
{
    return shape == DateShape::Slash || shape == DateShape::SlashPadded || shape == DateShape::SlashShortYear;
}

// NUL and other C0 controls never belong in an export's cell: the bytes are garbage.
bool hasBinaryJunk(const QString& cell)
{
    for (const QChar c : cell) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r')
            return true;
    }
    return false;
}

bool isBlank(const QString& cell)
{
    return cell.isEmpty() || ValueNormalizer::cleanText(cell).isEmpty();
}

} // namespace

RowNormalizer::RowNormalizer(const ColumnMapping& mapping, const ValueNormalizer::CodeIndex& codes,
                             bool date1904)
    : m_mapping(mapping), m_codes(codes), m_date1904(date1904), m_headerWidth(int(mapping.header().size()))
{
    for (const ImportField field : FieldSynonyms::allFields()) {
        m_columns[std::size_t(field)] = m_mapping.column(field);
        if (m_mapping.isMapped(field))
            m_mappedColumns << m_mapping.column(field);
    }
}

void RowNormalizer::learn(const QList<QStringList>& rows)
{
    for (const ImportField field :
         {ImportField::EntryTime, ImportField::DateOfBirth, ImportField::TestDate}) {
        if (!mapped(field))
            continue;
        DateConvention convention;
        for (const QStringList& cells : rows) {
            const DateReading reading =
                ValueNormalizer::readDate(cellOf(cells, field), DayOrder::MonthFirst, m_date1904);
            if (!reading.isValid())
                continue;
            ShapeStats& stats = convention.shapes[int(reading.shape)];
            ++stats.count;
            if (reading.provenOrder == DayOrder::MonthFirst)
                ++stats.monthFirstProofs;
            else if (reading.provenOrder == DayOrder::DayFirst)
                ++stats.dayFirstProofs;
        }
        int best = 0;
        for (auto it = convention.shapes.cbegin(); it != convention.shapes.cend(); ++it) {
            if (it.value().count > best ||
                (it.value().count == best && it.key() < convention.dominantShape)) {
                best = it.value().count;
                convention.dominantShape = it.key();
            }
        }
        m_dates.insert(int(field), convention);
    }
}

ValueNormalizer::DayOrder RowNormalizer::dayOrder(ImportField field) const
{
    const DateConvention convention = m_dates.value(int(field));
    const ShapeStats stats = convention.shapes.value(convention.dominantShape);
    return stats.dayFirstProofs > stats.monthFirstProofs ? DayOrder::DayFirst : DayOrder::MonthFirst;
}

void RowNormalizer::normalizeDate(ImportedRow& row, ImportField field, bool withTime,
                                  const QDate& reference) const
{
    const QString cell = cellOf(row.cells, field);
    DateReading reading = ValueNormalizer::readDate(cell, DayOrder::MonthFirst, m_date1904);
    if (reading.status == DateReading::Status::Empty)
        return;
    if (!reading.isValid()) {
        row.problems.append({ImportProblemKind::DateInvalid, field, cell});
        return;
    }
    if (reading.shape == DateShape::Serial)
        row.problems.append({ImportProblemKind::DateSerial, field, cell});
    if (reading.isAmbiguous()) {
        const DateConvention convention = m_dates.value(int(field));
        const ShapeStats stats = convention.shapes.value(int(reading.shape));
        const bool dayFirst = stats.dayFirstProofs > stats.monthFirstProofs;
        if (dayFirst)
            std::swap(reading.date, reading.alternative);
        // Trusted: the column's usual way of writing dates, and (almost) nothing in it says
        // otherwise. A stray 14/11/2010 among hundreds of US dates is damage, not a convention.
        const int supporting = dayFirst ? stats.dayFirstProofs : stats.monthFirstProofs;
        const int contrary = dayFirst ? stats.monthFirstProofs : stats.dayFirstProofs;
        const bool trusted = isSlashShape(reading.shape) && int(reading.shape) == convention.dominantShape &&
                             contrary * 10 <= supporting;
        if (!trusted) {
            // A test date lies before its entry (by up to about a year): if only one reading
            // does, take that one. Still flagged: it is a guess.
            if (reference.isValid()) {
                const auto plausible = [&reference](const QDate& d) {
                    return d <= reference.addDays(1) && d >= reference.addDays(-400);
                };
                if (!plausible(reading.date) && plausible(reading.alternative))
                    std::swap(reading.date, reading.alternative);
            }
            row.problems.append({ImportProblemKind::DateAmbiguous, field, cell});
        }
    }
    row.values[int(field)] = reading.toIso(withTime);
}

void RowNormalizer::normalizeText(ImportedRow& row, ImportField field) const
{
    if (!mapped(field))
        return;
    const QString cell = cellOf(row.cells, field);
    bool repaired = false;
    QString value = ValueNormalizer::repairMojibake(ValueNormalizer::cleanText(cell), &repaired);
    if (repaired)
        row.problems.append({ImportProblemKind::TextMojibake, field, cell});
    if (field == ImportField::FirstName || field == ImportField::MiddleName)
        value = ValueNormalizer::personName(value, ValueNormalizer::NamePart::Given);
    else if (field == ImportField::LastName)
        value = ValueNormalizer::personName(value, ValueNormalizer::NamePart::Family);
    row.values[int(field)] = value;
}

ImportedRow RowNormalizer::normalize(qint64 rowNumber, const QStringList& cells) const
{
    ImportedRow row;
    row.rowNumber = rowNumber;
    row.cells = cells;

    // Rows that cannot be entries at all are kept raw, with the reason.
    for (const QString& cell : cells) {
        if (hasBinaryJunk(cell)) {
            row.unreadableReason = QStringLiteral("it contains binary data (control characters), not text");
            return row;
        }
    }
    for (qsizetype i = m_headerWidth; i < cells.size(); ++i) {
        if (!isBlank(cells.at(i))) {
            row.unreadableReason =
                QStringLiteral(
                    "it has a value in column %1 but the header has only %2 columns; its values are "
                    "probably shifted (a delimiter inside an unquoted value?)")
                    .arg(i + 1)
                    .arg(m_headerWidth);
            return row;
        }
    }
    bool anyMapped = false;
    for (const int column : m_mappedColumns) {
        if (column < cells.size() && !isBlank(cells.at(column))) {
            anyMapped = true;
            break;
        }
    }
    if (!anyMapped) {
        row.unreadableReason = QStringLiteral("none of its mapped columns has a value");
        return row;
    }

    row.values.resize(kFieldCount);

    for (const ImportField field : {ImportField::EntryId, ImportField::StudentId}) {
        if (!mapped(field))
            continue;
        const QString cell = cellOf(cells, field);
        const ValueNormalizer::Identifier id = ValueNormalizer::identifier(cell);
        if (id.scientific)
            row.problems.append({ImportProblemKind::IdScientific, field, cell});
        row.values[int(field)] = id.text;
    }

    if (mapped(ImportField::EntryTime))
        normalizeDate(row, ImportField::EntryTime, true, {});
    const QDate entryDate = QDate::fromString(row.value(ImportField::EntryTime).left(10), Qt::ISODate);
    if (mapped(ImportField::TestDate))
        normalizeDate(row, ImportField::TestDate, false, entryDate);
    if (mapped(ImportField::DateOfBirth))
        normalizeDate(row, ImportField::DateOfBirth, false, {});

    for (const ImportField field :
         {ImportField::EnteredBy, ImportField::DistrictCode, ImportField::DistrictName,
          ImportField::SchoolCode, ImportField::SchoolName, ImportField::ProgramCode,
          ImportField::ProgramName, ImportField::FirstName, ImportField::MiddleName, ImportField::LastName,
          ImportField::AssessmentTitle, ImportField::Vendor})
        normalizeText(row, field);

    if (mapped(ImportField::Email)) {
        const QString cell = cellOf(cells, ImportField::Email);
        const QString email = ValueNormalizer::email(cell);
        switch (ValueNormalizer::checkEmail(email)) {
        case ValueNormalizer::EmailStatus::Ok:
            break;
        case ValueNormalizer::EmailStatus::Missing:
            row.problems.append({ImportProblemKind::EmailMissing, ImportField::Email, cell});
            break;
        case ValueNormalizer::EmailStatus::Invalid:
            row.problems.append({ImportProblemKind::EmailInvalid, ImportField::Email, cell});
            break;
        case ValueNormalizer::EmailStatus::Multiple:
            row.problems.append({ImportProblemKind::EmailMultiple, ImportField::Email, cell});
            break;
        }
        row.values[int(ImportField::Email)] = email;
    }

    if (mapped(ImportField::AssessmentCode)) {
        const QString cell = cellOf(cells, ImportField::AssessmentCode);
        bool restored = false;
        const QString code = m_codes.restore(ValueNormalizer::assessmentCode(cell), &restored);
        if (restored)
            row.problems.append({ImportProblemKind::CodeZerosRestored, ImportField::AssessmentCode, cell});
        row.values[int(ImportField::AssessmentCode)] = code;
    }
    if (row.value(ImportField::AssessmentCode).isEmpty())
        row.problems.append({ImportProblemKind::CodeMissing, ImportField::AssessmentCode, QString()});

    if (mapped(ImportField::Result)) {
        const QString cell = cellOf(cells, ImportField::Result);
        bool recognised = true;
        row.values[int(ImportField::Result)] = ValueNormalizer::result(cell, &recognised);
        if (!recognised)
            row.problems.append({ImportProblemKind::ResultUnknown, ImportField::Result, cell});
    }
    if (mapped(ImportField::Score)) {
        const QString cell = cellOf(cells, ImportField::Score);
        bool ok = true;
        row.values[int(ImportField::Score)] = ValueNormalizer::score(cell, &ok);
        if (!ok)
            row.problems.append({ImportProblemKind::ScoreInvalid, ImportField::Score, cell});
    }

    if (mapped(ImportField::Language)) {
        const QString cell = cellOf(cells, ImportField::Language);
        bool recognised = true;
        row.values[int(ImportField::Language)] = NoticeLanguage::normalise(cell, &recognised);
        if (!recognised)
            row.problems.append({ImportProblemKind::LanguageUnknown, ImportField::Language, cell});
    }

    if (row.value(ImportField::FirstName).isEmpty() || row.value(ImportField::LastName).isEmpty()) {
        const ImportField missing =
            row.value(ImportField::FirstName).isEmpty() ? ImportField::FirstName : ImportField::LastName;
        row.problems.append({ImportProblemKind::NameMissing, missing, QString()});
    }
    if (row.value(ImportField::TestDate).isEmpty() && row.value(ImportField::EntryTime).isEmpty() &&
        !row.hasProblem(ImportProblemKind::DateInvalid))
        row.problems.append({ImportProblemKind::DateMissing, ImportField::TestDate, QString()});

    row.rowKey = rowKeyFor(row, m_mapping);
    return row;
}

QString RowNormalizer::rowKeyFor(const ImportedRow& row, const ColumnMapping& mapping)
{
    const QString entryId = row.value(ImportField::EntryId);
    bool entryIdScientific = false;
    for (const ImportProblem& problem : row.problems) {
        if (problem.kind == ImportProblemKind::IdScientific && problem.field == ImportField::EntryId)
            entryIdScientific = true;
    }
    // An entry ID Excel shortened to 1.23E+06 would merge different entries: hash instead.
    if (!entryId.isEmpty() && !entryIdScientific)
        return QStringLiteral("entry:") + entryId;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const ImportField field : FieldSynonyms::allFields()) {
        // The language says how to write to the student, not which entry this is: a later export
        // that adds the column must find the same rows.
        if (!mapping.isMapped(field) || field == ImportField::Language)
            continue;
        hash.addData(FieldSynonyms::key(field).toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
        hash.addData(row.value(field).toUtf8());
        hash.addData(QByteArrayView("\x1e", 1));
    }
    return QStringLiteral("hash:") + QString::fromLatin1(hash.result().toHex().left(32));
}

} // namespace badgedesk
