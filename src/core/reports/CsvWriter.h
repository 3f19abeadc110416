#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace badgedesk {

// RFC 4180 CSV: fields holding the delimiter, a quote, CR or LF are quoted and quotes doubled.
// Defaults match what Excel on Windows reads without an import wizard: UTF-8 with a BOM and
// CRLF line endings.
class CsvWriter
{
public:
    enum class Encoding
    {
        Utf8,
        // What Excel writes as "CSV" on a US Windows machine; characters it cannot hold become
        // '?', as there ("Nguyễn" -> "Nguy?n"). No BOM is written in this encoding.
        Windows1252,
    };

    struct Options
    {
        bool byteOrderMark = true;
        bool crlf = true;
        QChar delimiter = QLatin1Char(',');
        Encoding encoding = Encoding::Utf8;
        // Reports opened in a spreadsheet: text starting with = + - @, a tab or a carriage
        // return gets a leading apostrophe so it is never run as a formula.
        bool guardFormulas = false;
    };

    CsvWriter();
    explicit CsvWriter(const Options& options);

    // One field as it appears in the file (quoted only when it must be).
    static QString quoteField(const QString& field, QChar delimiter = QLatin1Char(','));

    // The field as a spreadsheet must see it to take it as text ("=1+1" -> "'=1+1").
    static QString guardFormula(const QString& field);

    // Text in Windows-1252, '?' for what it cannot hold.
    static QByteArray encodeWindows1252(const QString& text);

    // Appends one record and its line ending to `out` (in the chosen encoding).
    void appendRow(QByteArray& out, const QStringList& fields) const;
    // The whole file, BOM included when enabled.
    QByteArray toBytes(const QList<QStringList>& rows) const;

    // Writes atomically (QSaveFile): a failed write never leaves a half-written file behind.
    bool writeFile(const QString& path, const QList<QStringList>& rows);
    QString errorMessage() const { return m_errorMessage; }

private:
    Options m_options;
    QString m_errorMessage;
};

} // namespace badgedesk
