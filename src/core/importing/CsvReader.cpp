#include "CsvReader.h"

#include <QHash>

#include <array>

namespace badgedesk {

namespace {

constexpr qint64 ChunkSize = 256 * 1024;
constexpr qint64 SniffSize = 64 * 1024;
constexpr int SniffLines = 30;

// Bytes 0x80-0x9F of Windows-1252; the undefined ones (81, 8D, 8F, 90, 9D) keep their C1 value.
constexpr std::array<char16_t, 32> Cp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// Validates UTF-8; *tail receives how many bytes at the end start a sequence that the next
// chunk may complete (0 when the input ends cleanly).
bool checkUtf8(QByteArrayView bytes, qsizetype* tail)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    *tail = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int minimum = 0;
        unsigned int cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1Fu;
            minimum = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0Fu;
            minimum = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07u;
            minimum = 0x10000;
        } else {
            return false;
        }
        if (i + extra >= n) {
            // Sequence runs past the end: valid so far only if every present byte continues it.
            for (qsizetype k = i + 1; k < n; ++k) {
                if ((p[k] & 0xC0u) != 0x80u)
                    return false;
            }
            *tail = n - i;
            return true;
        }
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0u) != 0x80u)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3Fu);
        }
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

} // namespace

CsvReader::CsvReader(const QString& path) : m_file(path) {}

QString CsvReader::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Auto:
        return QStringLiteral("Automatic");
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16 LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16 BE");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

QString CsvReader::decodeWindows1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar* dst = out.data();
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        *dst++ = (b >= 0x80 && b <= 0x9F) ? QChar(Cp1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return out;
}

bool CsvReader::isValidUtf8(QByteArrayView bytes)
{
    qsizetype tail = 0;
    return checkUtf8(bytes, &tail) && tail == 0;
}

bool CsvReader::fail(const QString& message)
{
    m_error = message;
    m_file.close();
    return false;
}

bool CsvReader::open(QString* error)
{
    m_error.clear();
    const bool ok = [this] {
        if (!m_file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("Cannot open %1: %2").arg(m_file.fileName(), m_file.errorString()));
        m_bytesTotal = m_file.size();
        const QByteArray head = m_file.read(SniffSize);
        if (!detectEncoding(head))
            return false;
        if (!m_file.seek(m_bomLength))
            return fail(QStringLiteral("Cannot read %1: %2").arg(m_file.fileName(), m_file.errorString()));
        m_bytesRead = m_bomLength;
        if (m_requestedDelimiter) {
            m_delimiter = *m_requestedDelimiter;
        } else {
            // Decode the sniffed head on its own so the streaming decoder starts clean.
            QString sample;
            const QByteArrayView body = QByteArrayView(head).sliced(m_bomLength);
            if (m_encoding == Encoding::Windows1252) {
                sample = decodeWindows1252(body);
            } else {
                QStringDecoder probe(m_encoding == Encoding::Utf8      ? QStringDecoder::Utf8
                                     : m_encoding == Encoding::Utf16LE ? QStringDecoder::Utf16LE
                                                                       : QStringDecoder::Utf16BE);
                sample = probe.decode(body);
            }
            m_delimiter = detectDelimiter(sample);
        }
        if (m_encoding != Encoding::Windows1252) {
            m_decoder = QStringDecoder(m_encoding == Encoding::Utf8      ? QStringDecoder::Utf8
                                       : m_encoding == Encoding::Utf16LE ? QStringDecoder::Utf16LE
                                                                         : QStringDecoder::Utf16BE,
                                       QStringDecoder::Flag::ConvertInitialBom);
        }
        return true;
    }();
    if (!ok && error)
        *error = m_error;
    return ok;
}

bool CsvReader::detectEncoding(const QByteArray& head)
{
    if (head.isEmpty())
        return fail(QStringLiteral("The file %1 is empty.").arg(m_file.fileName()));
    if (head.startsWith("PK\x03\x04"))
        return fail(QStringLiteral("This file is a zip archive (probably an Excel .xlsx workbook), not a "
                                   "CSV text file. Open it as an Excel workbook instead."));
    if (head.startsWith("\xD0\xCF\x11\xE0"))
        return fail(QStringLiteral("This file is an old Excel (.xls) or password-protected workbook, not a "
                                   "CSV text file. Save it as .csv or .xlsx without a password."));

    Encoding bomEncoding = Encoding::Auto;
    if (head.startsWith("\xEF\xBB\xBF")) {
        bomEncoding = Encoding::Utf8;
        m_bomLength = 3;
    } else if (head.startsWith("\xFF\xFE")) {
        bomEncoding = Encoding::Utf16LE;
        m_bomLength = 2;
    } else if (head.startsWith("\xFE\xFF")) {
        bomEncoding = Encoding::Utf16BE;
        m_bomLength = 2;
    }
    if (m_requestedEncoding != Encoding::Auto) {
        m_encoding = m_requestedEncoding;
        // A BOM of another encoding is data under the caller's choice, not a marker.
        if (bomEncoding != m_encoding)
            m_bomLength = 0;
    } else if (bomEncoding != Encoding::Auto) {
        m_encoding = bomEncoding;
    } else {
        if (head.contains('\0'))
            return fail(QStringLiteral("This file contains binary data and is not a CSV text file."));
        // The whole file must be valid UTF-8, not just its head: a 1252 "é" may first appear
        // on row 50,000. Scanning is cheap next to parsing.
        m_encoding = Encoding::Utf8;
        QByteArray carry;
        QByteArray chunk = head;
        for (;;) {
            qsizetype tail = 0;
            const QByteArray data = carry + chunk;
            if (!checkUtf8(data, &tail)) {
                m_encoding = Encoding::Windows1252;
                break;
            }
            carry = data.right(tail);
            if (m_file.atEnd()) {
                if (tail != 0)
                    m_encoding = Encoding::Windows1252;
                break;
            }
            chunk = m_file.read(ChunkSize);
            if (chunk.isEmpty())
                break;
        }
    }
    if (m_bytesTotal <= m_bomLength)
        return fail(QStringLiteral("The file %1 is empty.").arg(m_file.fileName()));
    return true;
}

QChar CsvReader::detectDelimiter(const QString& sample) const
{
    const std::array<QChar, 3> candidates = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    // Count each candidate per logical line (outside quotes) over the first lines.
    QList<std::array<int, 3>> perLine;
    std::array<int, 3> counts = {0, 0, 0};
    bool inQuotes = false;
    bool lineHasText = false;
    for (qsizetype i = 0; i < sample.size() && perLine.size() < SniffLines; ++i) {
        const QChar c = sample.at(i);
        if (c == QLatin1Char('"')) {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            if (lineHasText)
                perLine.append(counts);
            counts = {0, 0, 0};
            lineHasText = false;
            continue;
        } else if (!inQuotes) {
            for (int k = 0; k < 3; ++k) {
                if (c == candidates[k])
                    ++counts[k];
            }
        }
        lineHasText = true;
    }
    // A last line without its line end is only complete when the sample is the whole file.
    if (lineHasText && perLine.isEmpty())
        perLine.append(counts);

    QChar best = candidates[0];
    int bestLines = 0;
    int bestCount = 0;
    for (int k = 0; k < 3; ++k) {
        // The most common non-zero count (a title row with one stray comma does not win).
        QHash<int, int> frequency;
        for (const auto& line : perLine) {
            if (line[k] > 0)
                ++frequency[line[k]];
        }
        int modeCount = 0;
        int modeLines = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            if (it.value() > modeLines || (it.value() == modeLines && it.key() > modeCount)) {
                modeLines = it.value();
                modeCount = it.key();
            }
        }
        if (modeLines > bestLines || (modeLines == bestLines && modeLines > 0 && modeCount > bestCount)) {
            best = candidates[k];
            bestLines = modeLines;
            bestCount = modeCount;
        }
    }
    return best;
}

QString CsvReader::decode(QByteArrayView bytes)
{
    if (m_encoding == Encoding::Windows1252)
        return decodeWindows1252(bytes);
    return m_decoder.decode(bytes);
}

bool CsvReader::fill()
{
    if (m_eof || !m_file.isOpen())
        return false;
    const QByteArray chunk = m_file.read(ChunkSize);
    if (chunk.isEmpty()) {
        m_eof = true;
        if (m_file.error() != QFileDevice::NoError)
            fail(QStringLiteral("Cannot read %1: %2").arg(m_file.fileName(), m_file.errorString()));
        return false;
    }
    m_bytesRead += chunk.size();
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer.append(decode(chunk));
    return true;
}

bool CsvReader::readRow(QStringList* cells)
{
    cells->clear();
    if (!m_error.isEmpty() || !m_file.isOpen())
        return false;

    const QChar quote = QLatin1Char('"');
    const QChar cr = QLatin1Char('\r');
    const QChar lf = QLatin1Char('\n');
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool recordHasContent = false;
    qsizetype recordChars = 0;
    m_rowNumber = m_nextRow;
    m_lineNumber = m_nextLine;

    // Makes at least n characters available after m_pos (fill() may move the buffer).
    const auto ensure = [this](qsizetype n) {
        while (m_buffer.size() - m_pos < n) {
            if (!fill())
                return false;
        }
        return true;
    };

    for (;;) {
        if (!ensure(1)) {
            if (!m_error.isEmpty())
                return false;
            // End of file: a last record without a line end still counts; an unclosed quote
            // keeps what it collected rather than losing the row.
            if (!recordHasContent)
                return false;
            cells->append(field);
            ++m_nextRow;
            return true;
        }
        if (recordChars > MaxRecordChars) {
            m_error = QStringLiteral("Row %1 (line %2) is longer than %3 characters; a quote is probably "
                                     "never closed.")
                          .arg(m_rowNumber)
                          .arg(m_lineNumber)
                          .arg(MaxRecordChars);
            m_file.close();
            return false;
        }
        const QChar* data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        qsizetype i = m_pos;
        if (inQuotes) {
            while (i < size && data[i] != quote && data[i] != cr && data[i] != lf)
                ++i;
            field.append(data + m_pos, i - m_pos);
            recordChars += i - m_pos;
            m_pos = i;
            if (i == size)
                continue;
            const QChar c = data[i];
            ++m_pos;
            if (c == quote) {
                if (ensure(1) && m_buffer.at(m_pos) == quote) {
                    field.append(quote);
                    ++m_pos;
                } else {
                    inQuotes = false;
                }
            } else {
                field.append(c);
                if (c == cr && ensure(1) && m_buffer.at(m_pos) == lf) {
                    field.append(lf);
                    ++m_pos;
                }
                ++m_nextLine;
            }
            continue;
        }

        while (i < size) {
            const QChar c = data[i];
            if (c == m_delimiter || c == quote || c == cr || c == lf)
                break;
            ++i;
        }
        if (i > m_pos) {
            field.append(data + m_pos, i - m_pos);
            recordChars += i - m_pos;
            recordHasContent = true;
            m_pos = i;
        }
        if (i == size)
            continue;
        const QChar c = data[i];
        ++m_pos;
        ++recordChars;
        if (c == quote) {
            recordHasContent = true;
            if (field.isEmpty() && !fieldWasQuoted) {
                inQuotes = true;
                fieldWasQuoted = true;
            } else {
                field.append(quote); // a stray quote inside an unquoted field is kept as text
            }
        } else if (c == m_delimiter) {
            cells->append(field);
            field.clear();
            fieldWasQuoted = false;
            recordHasContent = true;
        } else {
            if (c == cr && ensure(1) && m_buffer.at(m_pos) == lf)
                ++m_pos;
            ++m_nextLine;
            ++m_nextRow;
            if (!recordHasContent) {
                // A blank line: nothing to return, but it keeps its row number.
                m_rowNumber = m_nextRow;
                m_lineNumber = m_nextLine;
                continue;
            }
            cells->append(field);
            return true;
        }
    }
}

} // namespace badgedesk
