#include "CsvWriter.h"

#include "importing/CsvReader.h"

#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>

namespace badgedesk {

CsvWriter::CsvWriter() = default;

CsvWriter::CsvWriter(const Options& options) : m_options(options) {}

QString CsvWriter::quoteField(const QString& field, QChar delimiter)
{
    // Plain char16_t comparisons: this runs for every cell of 100k-row files.
    const char16_t separator = delimiter.unicode();
    const char16_t* data = QStringView(field).utf16();
    const char16_t* const end = data + field.size();
    bool needsQuotes = false;
    for (const char16_t* p = data; p != end; ++p) {
        if (*p == separator || *p == u'"' || *p == u'\n' || *p == u'\r') {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvWriter::guardFormula(const QString& field)
{
    if (field.isEmpty())
        return field;
    // A plain number ("-5", "+3.5") is no formula; leave it a number.
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+(\\.[0-9]+)?$"));
    if (number.match(field).hasMatch())
        return field;
    const QChar c = field.at(0);
    if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
        c == QLatin1Char('\t') || c == QLatin1Char('\r'))
        return QLatin1Char('\'') + field;
    return field;
}

QByteArray CsvWriter::encodeWindows1252(const QString& text)
{
    // The reverse of the reader's table, built from it so the two can never disagree.
    static const QHash<char16_t, char> high = [] {
        QHash<char16_t, char> map;
        for (int b = 0x80; b <= 0xFF; ++b) {
            const char byte = static_cast<char>(b);
            const QString decoded = CsvReader::decodeWindows1252(QByteArrayView(&byte, 1));
            map.insert(decoded.at(0).unicode(), byte);
        }
        return map;
    }();
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            out.append(static_cast<char>(c.unicode()));
        else
            out.append(high.value(c.unicode(), '?'));
    }
    return out;
}

void CsvWriter::appendRow(QByteArray& out, const QStringList& fields) const
{
    QString line;
    line.reserve(256);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += m_options.delimiter;
        line += quoteField(m_options.guardFormulas ? guardFormula(fields.at(i)) : fields.at(i),
                           m_options.delimiter);
    }
    out.append(m_options.encoding == Encoding::Windows1252 ? encodeWindows1252(line) : line.toUtf8());
    out.append(m_options.crlf ? QByteArrayView("\r\n") : QByteArrayView("\n"));
}

QByteArray CsvWriter::toBytes(const QList<QStringList>& rows) const
{
    QByteArray out;
    if (m_options.byteOrderMark && m_options.encoding == Encoding::Utf8)
        out.append(QByteArrayView("\xEF\xBB\xBF"));
    for (const QStringList& row : rows)
        appendRow(out, row);
    return out;
}

bool CsvWriter::writeFile(const QString& path, const QList<QStringList>& rows)
{
    m_errorMessage.clear();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_errorMessage = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = toBytes(rows);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        m_errorMessage = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace badgedesk
