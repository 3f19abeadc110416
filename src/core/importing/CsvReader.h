#pragma once

#include "TableSource.h"

#include <QFile>
#include <QStringDecoder>

#include <optional>

namespace badgedesk {

// Streaming RFC 4180 reader: quoted fields with embedded quotes, delimiters and line breaks;
// CRLF, LF or CR line ends; comma, semicolon or tab detected from the first lines; UTF-8 (with
// or without BOM), UTF-16 with BOM, or Windows-1252 when the bytes are not valid UTF-8.
// rowNumber() counts records the way a spreadsheet program shows them (a quoted multi-line
// field stays one row); lineNumber() is the text line where the record starts.
class CsvReader : public TableSource
{
public:
    enum class Encoding
    {
        Auto,
        Utf8,
        Utf16LE,
        Utf16BE,
        Windows1252
    };

    explicit CsvReader(const QString& path);

    // Before open(): force an encoding or a delimiter instead of detecting them.
    void setEncoding(Encoding encoding) { m_requestedEncoding = encoding; }
    void setDelimiter(QChar delimiter) { m_requestedDelimiter = delimiter; }

    bool open(QString* error = nullptr) override;
    bool readRow(QStringList* cells) override;
    qint64 rowNumber() const override { return m_rowNumber; }
    QString errorString() const override { return m_error; }
    qint64 bytesRead() const override { return m_bytesRead; }
    qint64 bytesTotal() const override { return m_bytesTotal; }

    qint64 lineNumber() const { return m_lineNumber; }
    Encoding detectedEncoding() const { return m_encoding; }
    bool hasByteOrderMark() const { return m_bomLength > 0; }
    QChar detectedDelimiter() const { return m_delimiter; }

    static QString encodingName(Encoding encoding);
    // Windows-1252 per the WHATWG/Microsoft table: 0x80-0x9F are the typographic extras, the
    // five undefined bytes map to the C1 controls, the rest equals Latin-1.
    static QString decodeWindows1252(QByteArrayView bytes);
    static bool isValidUtf8(QByteArrayView bytes);

    // One record may not grow beyond this many characters (an unbalanced quote would otherwise
    // pull the whole file into one field).
    static constexpr qsizetype MaxRecordChars = 16 * 1024 * 1024;

private:
    bool fail(const QString& message);
    bool detectEncoding(const QByteArray& head);
    QChar detectDelimiter(const QString& sample) const;
    // Reads and decodes the next chunk into m_buffer; false at end of file.
    bool fill();
    QString decode(QByteArrayView bytes);

    QFile m_file;
    Encoding m_requestedEncoding = Encoding::Auto;
    std::optional<QChar> m_requestedDelimiter;
    Encoding m_encoding = Encoding::Utf8;
    QChar m_delimiter = QLatin1Char(',');
    QStringDecoder m_decoder;
    int m_bomLength = 0;
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_bytesRead = 0;
    qint64 m_bytesTotal = 0;
    qint64 m_rowNumber = 0;
    qint64 m_lineNumber = 0;
    qint64 m_nextRow = 1;
    qint64 m_nextLine = 1;
    QString m_error;
};

} // namespace badgedesk
