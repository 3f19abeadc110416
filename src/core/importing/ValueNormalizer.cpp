#include "ValueNormalizer.h"

#include "CsvReader.h"

#include <QRegularExpression>
#include <cmath>

namespace badgedesk {
namespace {

// Spaces of every kind, line breaks and invisible characters that arrive from copy and paste.
bool isBlankChar(char16_t c)
{
    if (c == u' ')
        return true;
    if (c < 0x80)
        return c == u'\t' || c == u'\n' || c == u'\r' || c == u'\v' || c == u'\f';
    return c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

bool isDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// Windows-1252's bytes 0x80-0x9F, backwards: character -> byte.
const QHash<char16_t, char>& windows1252Extras()
{
    static const QHash<char16_t, char> table = [] {
        QHash<char16_t, char> result;
        for (int byte = 0x80; byte <= 0x9F; ++byte) {
            const char b = char(byte);
            const QString decoded = CsvReader::decodeWindows1252(QByteArrayView(&b, 1));
            if (decoded.size() == 1)
                result.insert(decoded.at(0).unicode(), b);
        }
        return result;
    }();
    return table;
}

// Excel: two-digit years 00-29 are 20xx, 30-99 19xx.
int fullYear(QStringView digits)
{
    const int year = digits.toInt();
    if (digits.size() > 2)
        return year;
    return year < 30 ? 2000 + year : 1900 + year;
}

int monthFromName(QStringView name)
{
    static const char* const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString lower = name.toString().toLower();
    if (lower.size() < 3)
        return 0;
    for (int i = 0; i < 12; ++i) {
        if (lower.startsWith(QLatin1String(months[i]))) {
            static const char* const full[] = {"january",   "february", "march",    "april",
                                               "may",       "june",     "july",     "august",
                                               "september", "october",  "november", "december"};
            // "Sept" is common; otherwise the name is the abbreviation or the full word.
            const QString fullName = QLatin1String(full[i]);
            if (lower.size() == 3 || fullName.startsWith(lower))
                return i + 1;
        }
    }
    return 0;
}

// "2:37:11 PM", "14:37", "14:37:11.5"; an invalid QTime when the text is not a time.
QTime parseTime(QStringView hour, QStringView minute, QStringView second, QStringView meridiem)
{
    int h = hour.toInt();
    const int m = minute.toInt();
    const int s = second.isEmpty() ? 0 : second.toInt();
    if (!meridiem.isEmpty()) {
        if (h < 1 || h > 12)
            return {};
        const bool pm = meridiem.at(0).toLower() == QLatin1Char('p');
        h = h % 12 + (pm ? 12 : 0);
    }
    return QTime(h, m, s);
}

bool isRomanNumeral(const QString& upper)
{
    static const QSet<QString> numerals{QStringLiteral("II"), QStringLiteral("III"), QStringLiteral("IV"),
                                        QStringLiteral("VI"), QStringLiteral("VII"), QStringLiteral("VIII"),
                                        QStringLiteral("IX"), QStringLiteral("XI"),  QStringLiteral("XII")};
    return numerals.contains(upper);
}

bool hasVowel(const QString& lower)
{
    for (const QChar c : lower) {
        if (QStringLiteral("aeiouy").contains(c))
            return true;
    }
    return false;
}

// Surnames that begin with "Mac" but are not Mac + a name (Lingua::EN::NameCase's list).
bool isMacException(const QString& lower)
{
    static const QRegularExpression exceptions(
        QStringLiteral("^mac(hin|hlin|har|hado|ias|iel|ie|kie|key|kle|klin|kin|kay|kenzie|on|omber|quarie|"
                       "hen|hell|ri|edo|ey|y|k|e|a|ario)$"));
    return exceptions.match(lower).hasMatch();
}

QString capitaliseFirstLetter(QString text, qsizetype from = 0)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        if (text.at(i).isLetter()) {
            text[i] = text.at(i).toUpper();
            break;
        }
    }
    return text;
}

// One hyphen-free part of a name in sensible case.
QString recasePart(const QString& part, ValueNormalizer::NamePart kind)
{
    const QString upper = part.toUpper();
    const QString lower = part.toLower();
    if (isRomanNumeral(upper))
        return upper;
    if (lower == QLatin1String("jr") || lower == QLatin1String("sr") || lower == QLatin1String("jr.") ||
        lower == QLatin1String("sr."))
        return capitaliseFirstLetter(lower);
    // Two shouted consonants in a given name are initials ("TJ", "JD").
    if (kind == ValueNormalizer::NamePart::Given && part == upper && part.size() == 2 && !hasVowel(lower) &&
        part.at(0).isLetter() && part.at(1).isLetter())
        return upper;
    QString out = capitaliseFirstLetter(lower);
    // O'Brien, D'Angelo: one letter and an apostrophe start the name; "Ke'shawn" stays.
    const qsizetype apostrophe = out.indexOf(QLatin1Char('\''));
    if (apostrophe == 1 && out.size() > 2)
        out = capitaliseFirstLetter(out, 2);
    if (kind == ValueNormalizer::NamePart::Family) {
        if (lower.startsWith(QLatin1String("mc")) && lower.size() > 2 && lower.at(2).isLetter())
            out = capitaliseFirstLetter(out, 2);
        else if (lower.startsWith(QLatin1String("mac")) && lower.size() >= 6 && lower.at(3).isLetter() &&
                 !isMacException(lower))
            out = capitaliseFirstLetter(out, 3);
    }
    return out;
}

QString recaseWord(const QString& word, ValueNormalizer::NamePart kind)
{
    QStringList parts = word.split(QLatin1Char('-'));
    for (QString& part : parts)
        part = recasePart(part, kind);
    return parts.join(QLatin1Char('-'));
}

// A word typed in capitals inside a mixed-case name ("Maria GARCIA", "McDONALD").
bool isShouted(const QString& word)
{
    qsizetype start = 0;
    if (word.startsWith(QLatin1String("Mc")))
        start = 2;
    int letters = 0;
    for (qsizetype i = start; i < word.size(); ++i) {
        const QChar c = word.at(i);
        if (!c.isLetter())
            continue;
        if (c.isLower())
            return false;
        ++letters;
    }
    return letters >= 3;
}

} // namespace

QString ValueNormalizer::cleanText(const QString& text)
{
    // Fast path: most cells need nothing, and the same QString comes back without a copy.
    const qsizetype n = text.size();
    bool clean = n == 0 || (!isBlankChar(text.at(0).unicode()) && !isBlankChar(text.at(n - 1).unicode()));
    for (qsizetype i = 0; clean && i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u' ') {
            if (i + 1 < n && text.at(i + 1).unicode() == u' ')
                clean = false;
        } else if (isBlankChar(c)) {
            clean = false;
        }
    }
    if (clean)
        return text;

    QString out;
    out.reserve(n);
    bool pendingSpace = false;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (isBlankChar(c)) {
            // Zero-width characters and BOMs vanish; everything else is a word break.
            if (c != 0x200B && c != 0xFEFF)
                pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += QLatin1Char(' ');
            pendingSpace = false;
        }
        out += QChar(c);
    }
    return out;
}

QString ValueNormalizer::repairMojibake(const QString& text, bool* repaired)
{
    if (repaired)
        *repaired = false;
    // UTF-8 lead bytes read as Windows-1252 are Â..ô; without one there is nothing to repair.
    bool candidate = false;
    for (const QChar c : text) {
        if (c.unicode() >= 0xC2 && c.unicode() <= 0xF4) {
            candidate = true;
            break;
        }
    }
    if (!candidate)
        return text;
    QByteArray bytes;
    bytes.reserve(text.size());
    const auto& extras = windows1252Extras();
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80 || (u >= 0xA0 && u <= 0xFF) || u == 0x81 || u == 0x8D || u == 0x8F || u == 0x90 ||
            u == 0x9D) {
            bytes.append(char(u));
        } else {
            const auto it = extras.constFind(u);
            if (it == extras.constEnd())
                return text; // a character Windows-1252 cannot hold: this text was not mis-decoded
            bytes.append(it.value());
        }
    }
    if (!CsvReader::isValidUtf8(bytes))
        return text;
    const QString decoded = QString::fromUtf8(bytes);
    if (decoded == text)
        return text;
    if (repaired)
        *repaired = true;
    return decoded;
}

QString ValueNormalizer::personName(const QString& text, NamePart part)
{
    QString name = cleanText(text);
    if (name.isEmpty())
        return name;
    for (QChar& c : name) {
        const char16_t u = c.unicode();
        if (u == 0x2019 || u == 0x2018 || u == 0x02BC || u == u'`' || u == 0x00B4)
            c = QLatin1Char('\'');
    }
    int upper = 0;
    int lower = 0;
    for (const QChar c : name) {
        if (c.isUpper())
            ++upper;
        else if (c.isLower())
            ++lower;
    }
    const bool wholeNameRecased = (lower == 0 && upper >= 2) || (upper == 0 && lower > 0);
    if (!wholeNameRecased) {
        // Most names are typed properly: return them as they are unless a word is shouted.
        bool changes = false;
        int run = 0;
        for (qsizetype i = 0; i < name.size() && !changes; ++i) {
            const QChar c = name.at(i);
            run = c.isUpper() ? run + 1 : 0;
            changes = run >= 2 || (part == NamePart::Family && c == QLatin1Char('c') && i > 0 &&
                                   name.at(i - 1) == QLatin1Char('M'));
        }
        if (!changes)
            return name;
    }
    QStringList words = name.split(QLatin1Char(' '));
    for (QString& word : words) {
        if (wholeNameRecased || isShouted(word)) {
            word = recaseWord(word, part);
        } else if (part == NamePart::Family && word.size() > 2 && word.startsWith(QLatin1String("Mc")) &&
                   word.at(2).isLower()) {
            word[2] = word.at(2).toUpper(); // "Mcdonald" -> "McDonald"
        }
    }
    return words.join(QLatin1Char(' '));
}

QString ValueNormalizer::email(const QString& text)
{
    QString value = cleanText(text);
    if (value.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        value = value.mid(7).trimmed();
    if (value.size() > 2 && value.startsWith(QLatin1Char('<')) && value.endsWith(QLatin1Char('>')))
        value = value.mid(1, value.size() - 2).trimmed();
    return value.toLower();
}

ValueNormalizer::EmailStatus ValueNormalizer::checkEmail(const QString& email)
{
    if (email.isEmpty())
        return EmailStatus::Missing;
    if (email.count(QLatin1Char('@')) >= 2) {
        static const QRegularExpression separators(QStringLiteral("[;,\\s]+"));
        int withAt = 0;
        for (const QString& token : email.split(separators, Qt::SkipEmptyParts)) {
            if (token.contains(QLatin1Char('@')))
                ++withAt;
        }
        if (withAt >= 2)
            return EmailStatus::Multiple;
    }
    // Deliberately plain: one @, a dot-separated local part, a domain with a dot and a TLD of
    // letters. The review queue offers typo hints (gmial.com) on top of this.
    static const QRegularExpression valid(
        QStringLiteral("^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                       "@([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}$"));
    return valid.match(email).hasMatch() ? EmailStatus::Ok : EmailStatus::Invalid;
}

QString ValueNormalizer::DateReading::toIso(bool withTime) const
{
    if (status != Status::Valid)
        return {};
    // By hand: QDate::toString goes through a formatter and showed up in the import's profile.
    char buffer[20];
    const auto put = [&buffer](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            buffer[at + i] = char('0' + value % 10);
    };
    const int year = date.year();
    if (year < 0 || year > 9999)
        return date.toString(Qt::ISODate);
    put(0, year, 4);
    buffer[4] = '-';
    put(5, date.month(), 2);
    buffer[7] = '-';
    put(8, date.day(), 2);
    if (!withTime || !time.isValid())
        return QString::fromLatin1(buffer, 10);
    buffer[10] = 'T';
    put(11, time.hour(), 2);
    buffer[13] = ':';
    put(14, time.minute(), 2);
    buffer[16] = ':';
    put(17, time.second(), 2);
    return QString::fromLatin1(buffer, 19);
}

QDate ValueNormalizer::serialToDate(qint64 serial, bool date1904)
{
    if (date1904) {
        if (serial < 0 || serial > 2957003)
            return {};
        return QDate(1904, 1, 1).addDays(serial);
    }
    if (serial < 1 || serial > 2958465 || serial == 60)
        return {};
    // Lotus 1-2-3's leap-year bug, kept by Excel: serial 60 is 29 Feb 1900, which never was.
    return serial < 60 ? QDate(1899, 12, 31).addDays(serial) : QDate(1899, 12, 30).addDays(serial);
}

namespace {

// Day/month/year parts of a numeric date, read in the given order (shared by the fast path and
// the regular expressions).
void readNumericParts(ValueNormalizer::DateReading& reading, QStringView a, QStringView b, QStringView y,
                      ValueNormalizer::DayOrder order)
{
    using DayOrder = ValueNormalizer::DayOrder;
    const int first = a.toInt();
    const int second = b.toInt();
    const int year = fullYear(y);
    reading.shape = y.size() == 2                                ? ValueNormalizer::DateShape::SlashShortYear
                    : (a.startsWith(u'0') || b.startsWith(u'0')) ? ValueNormalizer::DateShape::SlashPadded
                                                                 : ValueNormalizer::DateShape::Slash;
    const QDate monthFirst(year, first, second);
    const QDate dayFirst(year, second, first);
    if (monthFirst.isValid() && dayFirst.isValid() && monthFirst != dayFirst) {
        reading.date = order == DayOrder::MonthFirst ? monthFirst : dayFirst;
        reading.alternative = order == DayOrder::MonthFirst ? dayFirst : monthFirst;
    } else {
        reading.date = monthFirst.isValid() ? monthFirst : dayFirst;
        if (monthFirst.isValid() != dayFirst.isValid())
            reading.provenOrder = monthFirst.isValid() ? DayOrder::MonthFirst : DayOrder::DayFirst;
    }
}

// A cursor over a cell for the two shapes nearly every date cell has; anything unexpected sends
// the cell to the regular expressions.
class Scan
{
public:
    explicit Scan(QStringView text) : m_text(text) {}
    QStringView digits(int min, int max)
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_pos - start < max && m_text.at(m_pos).isDigit() &&
               m_text.at(m_pos).unicode() < 0x80)
            ++m_pos;
        if (m_pos - start < min || (m_pos < m_text.size() && m_text.at(m_pos).isDigit()))
            return {};
        return m_text.mid(start, m_pos - start);
    }
    bool take(char16_t c)
    {
        if (m_pos < m_text.size() && m_text.at(m_pos).unicode() == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    QStringView rest() const { return m_text.mid(m_pos); }
    bool atEnd() const { return m_pos == m_text.size(); }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

// "3/14/2025", "3/14/2025 2:37:11 PM", "2025-03-14", "2025-03-14T14:37:11". False: not one of
// these exactly (the caller then tries everything else).
bool readCommonDate(QStringView value, ValueNormalizer::DayOrder order, ValueNormalizer::DateReading& reading)
{
    using Status = ValueNormalizer::DateReading::Status;
    Scan scan(value);
    const QStringView first = scan.digits(1, 4);
    if (first.size() == 4) {
        if (!scan.take(u'-'))
            return false;
        const QStringView month = scan.digits(2, 2);
        if (month.isEmpty() || !scan.take(u'-'))
            return false;
        const QStringView day = scan.digits(2, 2);
        if (day.isEmpty())
            return false;
        QTime time;
        if (scan.take(u'T')) {
            const QStringView h = scan.digits(2, 2);
            if (h.isEmpty() || !scan.take(u':'))
                return false;
            const QStringView m = scan.digits(2, 2);
            if (m.isEmpty() || !scan.take(u':'))
                return false;
            const QStringView sec = scan.digits(2, 2);
            if (sec.isEmpty())
                return false;
            time = parseTime(h, m, sec, {});
        }
        if (!scan.atEnd())
            return false;
        reading.shape = ValueNormalizer::DateShape::Iso;
        reading.date = QDate(first.toInt(), month.toInt(), day.toInt());
        reading.time = time;
        const bool timeOk = time.isValid() || value.size() == 10;
        reading.status = reading.date.isValid() && timeOk ? Status::Valid : Status::Invalid;
        if (reading.status != Status::Valid)
            reading.date = QDate();
        return true;
    }
    if (first.isEmpty() || first.size() > 2 || !scan.take(u'/'))
        return false;
    const QStringView second = scan.digits(1, 2);
    if (second.isEmpty() || !scan.take(u'/'))
        return false;
    const QStringView year = scan.digits(4, 4);
    if (year.isEmpty())
        return false;
    QTime time;
    if (scan.take(u' ')) {
        const QStringView h = scan.digits(1, 2);
        if (h.isEmpty() || !scan.take(u':'))
            return false;
        const QStringView m = scan.digits(2, 2);
        if (m.isEmpty())
            return false;
        QStringView sec;
        if (scan.take(u':')) {
            sec = scan.digits(2, 2);
            if (sec.isEmpty())
                return false;
        }
        QStringView meridiem;
        if (scan.take(u' ')) {
            meridiem = scan.rest();
            if (meridiem.compare(QLatin1String("AM"), Qt::CaseInsensitive) != 0 &&
                meridiem.compare(QLatin1String("PM"), Qt::CaseInsensitive) != 0)
                return false;
        } else if (!scan.atEnd()) {
            return false;
        }
        time = parseTime(h, m, sec, meridiem);
        if (!time.isValid()) {
            reading.status = Status::Invalid;
            return true;
        }
    } else if (!scan.atEnd()) {
        return false;
    }
    readNumericParts(reading, first, second, year, order);
    reading.time = time;
    if (reading.date.isValid()) {
        reading.status = Status::Valid;
    } else {
        reading.status = Status::Invalid;
        reading.alternative = QDate();
        reading.provenOrder.reset();
    }
    return true;
}

} // namespace

ValueNormalizer::DateReading ValueNormalizer::readDate(const QString& text, DayOrder order, bool date1904)
{
    DateReading reading;
    const QString value = cleanText(text);
    if (value.isEmpty())
        return reading;
    reading.status = DateReading::Status::Invalid;
    if (readCommonDate(value, order, reading))
        return reading;

    static const QString timePattern =
        QStringLiteral("(?:[T ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*([AaPp]\\.?[Mm]\\.?)?"
                       "(?:Z|[+-]\\d{2}:?\\d{2})?)?");
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})") +
                                        timePattern + QStringLiteral("$"));
    static const QRegularExpression numeric(QStringLiteral("^(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})") +
                                            timePattern + QStringLiteral("$"));
    static const QRegularExpression serial(QStringLiteral("^(\\d{1,7})(?:\\.(\\d+))?$"));
    static const QRegularExpression dayMonthName(
        QStringLiteral("^(\\d{1,2})[- ]([A-Za-z]{3,9})\\.?[- ,]+(\\d{4}|\\d{2})$"));
    static const QRegularExpression monthNameDay(
        QStringLiteral("^([A-Za-z]{3,9})\\.? +(\\d{1,2})(?:st|nd|rd|th)?,? +(\\d{4})$"));

    const auto applyTime = [&reading](const QRegularExpressionMatch& m, int first) {
        if (m.capturedLength(first) == 0)
            return true;
        reading.time = parseTime(m.capturedView(first), m.capturedView(first + 1), m.capturedView(first + 2),
                                 m.capturedView(first + 3));
        return reading.time.isValid();
    };

    QRegularExpressionMatch m = iso.match(value);
    if (m.hasMatch()) {
        reading.shape = DateShape::Iso;
        reading.date = QDate(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
        if (reading.date.isValid() && applyTime(m, 4))
            reading.status = DateReading::Status::Valid;
        else
            reading.date = QDate();
        return reading;
    }

    m = numeric.match(value);
    if (m.hasMatch()) {
        readNumericParts(reading, m.capturedView(1), m.capturedView(3), m.capturedView(4), order);
        if (reading.date.isValid() && applyTime(m, 5)) {
            reading.status = DateReading::Status::Valid;
        } else {
            reading.date = QDate();
            reading.alternative = QDate();
            reading.provenOrder.reset();
        }
        return reading;
    }

    if (value.size() == 8 && isDigits(value)) {
        const QDate compact(value.left(4).toInt(), value.mid(4, 2).toInt(), value.mid(6, 2).toInt());
        if (compact.isValid() && compact.year() >= 1900) {
            reading.shape = DateShape::Compact;
            reading.date = compact;
            reading.status = DateReading::Status::Valid;
            return reading;
        }
    }

    m = serial.match(value);
    if (m.hasMatch()) {
        reading.shape = DateShape::Serial;
        const qint64 day = m.capturedView(1).toLongLong();
        // A bare number is a date only in the range of this domain's dates (1927-2099): "2" or
        // "911" in a date column is a mistake, not 2 January 1900.
        if (day < MinPlausibleSerial || day > MaxPlausibleSerial)
            return reading;
        reading.date = serialToDate(day, date1904);
        if (!reading.date.isValid())
            return reading;
        if (m.capturedLength(2) > 0) {
            const double fraction = (QStringLiteral("0.") + m.captured(2)).toDouble();
            const int seconds = int(std::lround(fraction * 86400.0));
            if (seconds > 0 && seconds < 86400)
                reading.time = QTime(0, 0).addSecs(seconds);
        }
        reading.status = DateReading::Status::Valid;
        return reading;
    }

    m = dayMonthName.match(value);
    if (m.hasMatch()) {
        reading.shape = DateShape::MonthName;
        reading.date =
            QDate(fullYear(m.capturedView(3)), monthFromName(m.capturedView(2)), m.capturedView(1).toInt());
        if (reading.date.isValid())
            reading.status = DateReading::Status::Valid;
        return reading;
    }
    m = monthNameDay.match(value);
    if (m.hasMatch()) {
        reading.shape = DateShape::MonthName;
        reading.date =
            QDate(m.capturedView(3).toInt(), monthFromName(m.capturedView(1)), m.capturedView(2).toInt());
        if (reading.date.isValid())
            reading.status = DateReading::Status::Valid;
        return reading;
    }
    return reading;
}

ValueNormalizer::Identifier ValueNormalizer::identifier(const QString& text)
{
    Identifier id;
    id.text = cleanText(text);
    if (id.text.isEmpty() || isDigits(id.text))
        return id;
    static const QRegularExpression wholeDecimal(QStringLiteral("^(\\d+)\\.0+$"));
    static const QRegularExpression scientific(QStringLiteral("^[+-]?\\d+(?:[.,]\\d+)?[Ee][+]?\\d+$"));
    const QRegularExpressionMatch m = wholeDecimal.match(id.text);
    if (m.hasMatch())
        id.text = m.captured(1);
    else if (scientific.match(id.text).hasMatch())
        id.scientific = true;
    return id;
}

QString ValueNormalizer::assessmentCode(const QString& text)
{
    QString code = cleanText(text);
    for (const QChar c : code) {
        if (c.isLower()) {
            code = code.toUpper();
            break;
        }
    }
    if (!code.contains(QLatin1Char('.')))
        return code;
    static const QRegularExpression wholeDecimal(QStringLiteral("^(\\d+)\\.0+$"));
    const QRegularExpressionMatch m = wholeDecimal.match(code);
    if (m.hasMatch())
        code = m.captured(1);
    return code;
}

ValueNormalizer::CodeIndex::CodeIndex(const QStringList& catalogCodes)
{
    for (const QString& raw : catalogCodes) {
        const QString code = assessmentCode(raw);
        if (code.isEmpty())
            continue;
        m_codes.insert(code);
        if (code.size() > 1 && code.startsWith(QLatin1Char('0'))) {
            qsizetype i = 0;
            while (i < code.size() - 1 && code.at(i) == QLatin1Char('0'))
                ++i;
            const QString stripped = code.mid(i);
            const auto it = m_byStripped.constFind(stripped);
            if (it == m_byStripped.constEnd())
                m_byStripped.insert(stripped, code);
            else if (it.value() != code)
                m_byStripped.insert(stripped, QString()); // 0911 and 00911 both listed: no guess
        }
    }
}

QString ValueNormalizer::CodeIndex::restore(const QString& code, bool* restored) const
{
    if (restored)
        *restored = false;
    if (code.isEmpty() || m_codes.contains(code) || code.startsWith(QLatin1Char('0')) || !isDigits(code))
        return code;
    const QString match = m_byStripped.value(code);
    if (match.isEmpty())
        return code;
    if (restored)
        *restored = true;
    return match;
}

QString ValueNormalizer::result(const QString& text, bool* recognised)
{
    const QString value = cleanText(text);
    if (recognised)
        *recognised = true;
    if (value.isEmpty())
        return value;
    static const QSet<QString> pass{
        QStringLiteral("pass"),     QStringLiteral("passed"),    QStringLiteral("p"),
        QStringLiteral("y"),        QStringLiteral("yes"),       QStringLiteral("true"),
        QStringLiteral("met"),      QStringLiteral("earned"),    QStringLiteral("certified"),
        QStringLiteral("complete"), QStringLiteral("completed"), QStringLiteral("successful"),
    };
    static const QSet<QString> fail{
        QStringLiteral("fail"),       QStringLiteral("failed"),       QStringLiteral("f"),
        QStringLiteral("n"),          QStringLiteral("no"),           QStringLiteral("false"),
        QStringLiteral("not met"),    QStringLiteral("did not pass"), QStringLiteral("not passed"),
        QStringLiteral("not earned"), QStringLiteral("unsuccessful"), QStringLiteral("incomplete"),
    };
    const QString lower = value.toLower();
    if (pass.contains(lower))
        return QStringLiteral("pass");
    if (fail.contains(lower))
        return QStringLiteral("fail");
    if (recognised)
        *recognised = false;
    return value;
}

QString ValueNormalizer::score(const QString& text, bool* ok)
{
    QString value = cleanText(text);
    if (ok)
        *ok = true;
    if (value.isEmpty())
        return value;
    if (isDigits(value) && value.size() < 10 && !(value.size() > 1 && value.startsWith(QLatin1Char('0'))))
        return value;
    QString number = value;
    if (number.endsWith(QLatin1Char('%')))
        number = number.chopped(1).trimmed();
    static const QRegularExpression plain(QStringLiteral("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$"));
    if (!plain.match(number).hasMatch()) {
        if (ok)
            *ok = false;
        return value;
    }
    return QString::number(number.toDouble(), 'g', 12);
}

} // namespace badgedesk
