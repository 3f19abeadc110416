#pragma once

#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace badgedesk {

// The domain's rules for turning a cell as typed (and as Excel damaged it) into the value the
// rules work on. Pure functions of their arguments: no clock, no locale, no database, so each
// rule is tested row by row (TestValueNormalizer). The raw cell is always kept beside the result.
class ValueNormalizer
{
public:
    // Trims spaces of every kind (U+00A0 non-breaking, tabs, U+2007, U+202F, zero-width spaces and
    // stray BOMs) and turns each inner run of them (and line breaks) into one space.
    static QString cleanText(const QString& text);

    // "JosÃ©" -> "José": UTF-8 bytes that were decoded as Windows-1252. Anything that is not
    // exactly that comes back unchanged (and *repaired false).
    static QString repairMojibake(const QString& text, bool* repaired = nullptr);

    enum class NamePart
    {
        Given,  // first and middle names
        Family, // last names: Mc/Mac and O' rules apply
    };
    // ALL CAPS or all lower case to sensible case: "McDONALD" -> "McDonald", "O'BRIEN" ->
    // "O'Brien", "DE LA CRUZ" -> "De La Cruz", "GARCIA-LOPEZ" -> "Garcia-Lopez", "JR" -> "Jr",
    // "III" stays. A name typed in mixed case is kept except for shouted words ("Maria GARCIA").
    static QString personName(const QString& text, NamePart part = NamePart::Given);

    // Trimmed and lower-cased; a "mailto:" prefix or <angle brackets> dropped.
    static QString email(const QString& text);
    enum class EmailStatus
    {
        Ok,
        Missing,
        Invalid,
        Multiple,
    };
    // Of a value email() returned.
    static EmailStatus checkEmail(const QString& normalisedEmail);

    // Which of day and month comes first when both could be either (05/03/2025).
    enum class DayOrder
    {
        MonthFirst, // US: the CTIMS export's own format
        DayFirst,
    };
    // How a date was written: the importer learns each column's usual shape and order and flags
    // ambiguous dates written in some other way.
    enum class DateShape
    {
        None,
        Iso,            // 2025-03-14, 2025/03/14, 2025-03-14T14:37:11
        Compact,        // 20250314
        Serial,         // 45730 (Excel day number), 45730.6 with a time
        Slash,          // 3/14/2025, 3-14-2025, 14.3.2025
        SlashPadded,    // 03/14/2025: a part with a leading zero
        SlashShortYear, // 3/14/25
        MonthName,      // 14-Mar-2025, March 14, 2025
    };
    struct DateReading
    {
        enum class Status
        {
            Empty,
            Valid,
            Invalid,
        };
        Status status = Status::Empty;
        QDate date;
        QTime time; // valid when the text had a time
        // The other reading when day and month could be swapped and give another date.
        QDate alternative;
        // The order this date proves by itself (3/14: month first; 14/3: day first).
        std::optional<DayOrder> provenOrder;
        DateShape shape = DateShape::None;

        bool isValid() const { return status == Status::Valid; }
        bool isAmbiguous() const { return alternative.isValid(); }
        // The day as ISO text ("2025-03-14"); with the time ("2025-03-14T14:37:11") when
        // withTime and the text had one. Empty unless valid.
        QString toIso(bool withTime = false) const;
    };
    // Reads US (M/d/yyyy, with an optional h:mm[:ss] [AM|PM]), ISO, compact, month-name dates
    // and Excel serial numbers (1900 system with its phantom 29 Feb 1900, or 1904) from
    // MinPlausibleSerial to MaxPlausibleSerial. Two-digit years follow Excel: 00-29 are
    // 2000-2029, 30-99 are 1930-1999.
    static constexpr qint64 MinPlausibleSerial = 10000; // 1927-05-18
    static constexpr qint64 MaxPlausibleSerial = 73050; // 2099-12-31
    static DateReading readDate(const QString& text, DayOrder order = DayOrder::MonthFirst,
                                bool date1904 = false);
    // 1900 system: 1 is 1900-01-01 and 60 the phantom 1900-02-29 (invalid here); 1904: 0 is
    // 1904-01-01. Invalid outside 1..2958465 (9999-12-31).
    static QDate serialToDate(qint64 serial, bool date1904);

    struct Identifier
    {
        QString text;
        bool scientific = false; // 1.23E+09: digits are lost, text is the cleaned cell
    };
    // Student and entry IDs: cleaned; "1234567.0" -> "1234567"; scientific notation flagged.
    static Identifier identifier(const QString& text);

    // Assessment codes: cleaned, upper case, "911.0" -> "911".
    static QString assessmentCode(const QString& text);
    // The approved list's codes, to restore leading zeros Excel dropped ("911" -> "0911").
    class CodeIndex
    {
    public:
        CodeIndex() = default;
        explicit CodeIndex(const QStringList& catalogCodes);
        bool isEmpty() const { return m_codes.isEmpty(); }
        bool contains(const QString& code) const { return m_codes.contains(code); }
        // The catalog code this code stands for: itself when listed; the one listed code that
        // equals it with leading zeros put back; else the code unchanged. *restored says which.
        QString restore(const QString& code, bool* restored = nullptr) const;

    private:
        QSet<QString> m_codes;
        QHash<QString, QString> m_byStripped; // "911" -> "0911"; empty value when two codes compete
    };

    // "pass", "fail" or "" (no result); *recognised false (and the cleaned text returned) for
    // anything else. Accepts P/Passed/PASS/Yes/Met, F/Failed/No/Not Met and the like.
    static QString result(const QString& text, bool* recognised = nullptr);
    // A number as its shortest text ("87.50%" -> "87.5"); *ok false (cleaned text returned) when
    // it is not a number. Empty stays empty and ok.
    static QString score(const QString& text, bool* ok = nullptr);
};

} // namespace badgedesk
