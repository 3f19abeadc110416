#pragma once

#include "TableSource.h"
#include "ZipArchive.h"

#include <QHash>
#include <QList>
#include <QXmlStreamReader>

namespace badgedesk {

// Streams one worksheet of an .xlsx workbook (ZipArchive over minizip + QXmlStreamReader fed in chunks):
// shared and inline strings, numbers as their shortest text, booleans as TRUE/FALSE, formulas' cached values,
// and date serials (1900 or 1904 system) as ISO text when the cell's number format is a date. Sparse cells
// are filled with empty strings. Only the shared strings table is held in memory, and it is capped. Hostile
// files: entry sizes and counts are capped, DTDs refused.
class XlsxReader : public TableSource
{
public:
    enum class DateKind
    {
        None,
        Date,
        DateTime,
        Time
    };

    explicit XlsxReader(const QString& path);
    ~XlsxReader() override;

    // Before open(): the sheet to read; empty means the first sheet.
    void setSheetName(const QString& name) { m_requestedSheet = name; }

    bool open(QString* error = nullptr) override;
    bool readRow(QStringList* cells) override;
    qint64 rowNumber() const override { return m_rowNumber; }
    QString errorString() const override { return m_error; }
    // Progress through the chosen sheet's uncompressed XML.
    qint64 bytesRead() const override { return m_entryBytes; }
    qint64 bytesTotal() const override { return m_sheetSize; }

    QStringList sheetNames() const;
    QString sheetName() const { return m_sheetName; }
    bool isDate1904() const { return m_date1904; }

    // "A1" -> 0, "AB7" -> 27; -1 when there is no valid column part.
    static int columnIndex(QStringView cellReference);
    // Shortest text of a stored number without exponent for integers ("911", "1230000000").
    static QString numberText(QStringView raw);
    // Builtin ids 14-22 and 45-47, or a custom format code with date/time tokens.
    static DateKind dateKind(int numFmtId, const QString& formatCode);
    // Serial day number to "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss" or "HH:mm:ss" (time formats).
    static QString serialToText(double serial, bool date1904, DateKind kind);

    static constexpr qint64 MaxEntryBytes = 512LL * 1024 * 1024;
    static constexpr int MaxEntries = 10000;
    static constexpr qint64 MaxSharedStringChars = 128LL * 1024 * 1024;
    static constexpr int MaxColumns = 16384; // XFD, Excel's last column

private:
    struct Sheet
    {
        QString name;
        QString relationshipId;
        QString part;
    };

    bool fail(const QString& message);
    bool openArchive();
    bool openEntry(const QString& part);
    void closeEntry();
    // Next XML token of the open entry, feeding the reader chunk by chunk; Invalid on error.
    QXmlStreamReader::TokenType nextToken();
    // Text of the current element (for <v>, <f>, <t>); the reader ends on its end tag.
    bool readText(QString* text);
    // Text of a rich string (<si>, <is>): all <t> runs, without phonetic <rPh> runs.
    bool readRichText(QString* text);
    bool skipElement();
    bool readRelationships(const QString& part, QHash<QString, QString>* targets,
                           QHash<QString, QString>* typeToTarget);
    bool readWorkbook(const QString& part);
    bool readStyles(const QString& part);
    bool readSharedStrings(const QString& part);
    bool hasEntry(const QString& part) const;
    QString cellValue(QStringView type, int style, const QString& raw, const QString& inlineText, bool* ok);

    QString m_path;
    QString m_requestedSheet;
    ZipArchive m_zip;
    bool m_entryOpen = false;
    QXmlStreamReader m_xml;
    QString m_entryName;
    qint64 m_entryBytes = 0;
    qint64 m_sheetSize = 0;
    QStringList m_entryNames;
    QList<Sheet> m_sheets;
    QString m_sheetName;
    QStringList m_sharedStrings;
    QList<DateKind> m_styleDateKinds; // by cellXfs index
    bool m_date1904 = false;
    bool m_sheetOpen = false;
    bool m_done = false;
    qint64 m_rowNumber = 0;
    QString m_error;
};

} // namespace badgedesk
