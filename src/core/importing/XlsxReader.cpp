#include "XlsxReader.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTime>

#include <cmath>

Q_LOGGING_CATEGORY(lcImport, "badgedesk.import")

namespace badgedesk {

namespace {

constexpr qint64 XmlChunk = 64 * 1024;
const QLatin1String NotXlsx("This file is not an Excel workbook (.xlsx)");

bool isElement(const QXmlStreamReader& xml, QLatin1String name)
{
    return xml.name() == name;
}

// Relationship ids carry the officeDocument namespace, which transitional and strict OOXML
// spell differently; any prefixed "id" attribute is the one.
QString relationshipIdOf(const QXmlStreamAttributes& attributes)
{
    for (const QXmlStreamAttribute& a : attributes) {
        if (a.name() == QLatin1String("id") && !a.prefix().isEmpty())
            return a.value().toString();
    }
    return {};
}

QString resolvePart(const QString& baseDir, const QString& target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    QStringList parts = baseDir.isEmpty() ? QStringList{} : baseDir.split(QLatin1Char('/'));
    for (const QString& piece : target.split(QLatin1Char('/'))) {
        if (piece == QLatin1String(".."))
            parts.removeLast();
        else if (piece != QLatin1String(".") && !piece.isEmpty())
            parts.append(piece);
        if (parts.isEmpty() && piece == QLatin1String(".."))
            break;
    }
    return parts.join(QLatin1Char('/'));
}

QString directoryOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash);
}

bool isTrue(QStringView value)
{
    return value == QLatin1String("1") || value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

} // namespace

XlsxReader::XlsxReader(const QString& path) : m_path(path) {}

XlsxReader::~XlsxReader()
{
    closeEntry();
    m_zip.close();
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const Sheet& sheet : m_sheets)
        names << sheet.name;
    return names;
}

bool XlsxReader::fail(const QString& message)
{
    if (m_error.isEmpty())
        m_error = message;
    qCDebug(lcImport) << "xlsx:" << m_path << message;
    closeEntry();
    return false;
}

int XlsxReader::columnIndex(QStringView cellReference)
{
    qint64 column = 0;
    qsizetype i = 0;
    for (; i < cellReference.size(); ++i) {
        const char16_t c = cellReference.at(i).toUpper().unicode();
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c - u'A' + 1);
        if (column > MaxColumns)
            return -1;
    }
    if (i == 0)
        return -1;
    return static_cast<int>(column - 1);
}

QString XlsxReader::numberText(QStringView raw)
{
    bool ok = false;
    const double value = raw.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return raw.toString();
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    const double magnitude = std::fabs(value);
    // Fixed notation where people expect it; exponent only for the truly tiny or huge.
    const char format = (magnitude >= 1e-6 && magnitude < 1e15) ? 'f' : 'g';
    return QString::number(value, format, QLocale::FloatingPointShortest);
}

XlsxReader::DateKind XlsxReader::dateKind(int numFmtId, const QString& formatCode)
{
    if (formatCode.isEmpty()) {
        if (numFmtId >= 14 && numFmtId <= 17)
            return DateKind::Date;
        if (numFmtId == 22)
            return DateKind::DateTime;
        if ((numFmtId >= 18 && numFmtId <= 21) || (numFmtId >= 45 && numFmtId <= 47))
            return DateKind::Time;
        return DateKind::None;
    }
    // Only the first section (positive numbers) decides; quoted text, escapes, colours and
    // locale tags are not tokens, but elapsed [h]/[m]/[s] are.
    QString tokens;
    bool inQuote = false;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode.at(i);
        if (inQuote) {
            inQuote = c != QLatin1Char('"');
            continue;
        }
        if (c == QLatin1Char('"')) {
            inQuote = true;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
        } else if (c == QLatin1Char('[')) {
            const qsizetype end = formatCode.indexOf(QLatin1Char(']'), i);
            if (end < 0)
                break;
            const QString inside = formatCode.mid(i + 1, end - i - 1).toLower();
            static const QRegularExpression elapsed(QStringLiteral("^[hms]+$"));
            if (elapsed.match(inside).hasMatch())
                tokens += inside;
            i = end;
        } else if (c == QLatin1Char(';')) {
            break;
        } else {
            tokens += c.toLower();
        }
    }
    if (tokens.contains(QLatin1String("general")))
        return DateKind::None;
    tokens.remove(QLatin1String("am/pm")).remove(QLatin1String("a/p"));
    const bool hasTime = tokens.contains(QLatin1Char('h')) || tokens.contains(QLatin1Char('s'));
    const bool hasDate = tokens.contains(QLatin1Char('d')) || tokens.contains(QLatin1Char('y')) ||
                         (!hasTime && tokens.contains(QLatin1Char('m')));
    if (hasDate && hasTime)
        return DateKind::DateTime;
    if (hasDate)
        return DateKind::Date;
    if (hasTime)
        return DateKind::Time;
    return DateKind::None;
}

QString XlsxReader::serialToText(double serial, bool date1904, DateKind kind)
{
    // 2958465 is 9999-12-31, Excel's last date.
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466.0)
        return numberText(QString::number(serial, 'g', QLocale::FloatingPointShortest));
    const qint64 totalSeconds = std::llround(serial * 86400.0);
    const qint64 days = totalSeconds / 86400;
    const int seconds = static_cast<int>(totalSeconds % 86400);
    const QString time = QTime(0, 0).addSecs(seconds).toString(QStringLiteral("HH:mm:ss"));
    if (kind == DateKind::Time && days == 0)
        return time;
    QString date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days).toString(Qt::ISODate);
    } else if (days == 0) {
        return seconds != 0 ? time : QStringLiteral("0");
    } else if (days == 60) {
        // Lotus 1-2-3's phantom leap day, kept by Excel for compatibility.
        date = QStringLiteral("1900-02-29");
    } else {
        date = QDate(1899, 12, days < 60 ? 31 : 30).addDays(days).toString(Qt::ISODate);
    }
    if (kind == DateKind::DateTime || kind == DateKind::Time || seconds != 0)
        return date + QLatin1Char('T') + time;
    return date;
}

void XlsxReader::closeEntry()
{
    if (m_entryOpen)
        m_zip.closeCurrent();
    m_entryOpen = false;
    m_xml.clear();
    m_sheetOpen = false;
}

bool XlsxReader::hasEntry(const QString& part) const
{
    return m_entryNames.contains(part, Qt::CaseInsensitive);
}

bool XlsxReader::openEntry(const QString& part)
{
    closeEntry();
    ZipArchive::EntryInfo info;
    if (!m_zip.locate(part, &info))
        return fail(QStringLiteral("%1: the workbook part %2 is missing.").arg(NotXlsx, part));
    {
        if (info.encrypted)
            return fail(QStringLiteral("This workbook is password-protected. Save it as .xlsx without a "
                                       "password."));
        if (info.uncompressedSize > quint64(MaxEntryBytes))
            return fail(QStringLiteral("The workbook part %1 is larger than %2 MB uncompressed; refused.")
                            .arg(part)
                            .arg(MaxEntryBytes / (1024 * 1024)));
        m_sheetSize = static_cast<qint64>(info.uncompressedSize);
    }
    m_entryOpen = m_zip.openCurrent();
    if (!m_entryOpen)
        return fail(QStringLiteral("The workbook part %1 cannot be read (zip error %2); the file is "
                                   "damaged. Save it again from Excel.")
                        .arg(part)
                        .arg(m_zip.error()));
    m_entryName = part;
    m_entryBytes = 0;
    m_xml.clear();
    return true;
}

QXmlStreamReader::TokenType XlsxReader::nextToken()
{
    if (!m_entryOpen)
        return QXmlStreamReader::Invalid;
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::Invalid &&
            m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
            const QByteArray chunk = m_zip.read(XmlChunk);
            if (chunk.isEmpty()) {
                if (m_zip.error() != 0)
                    fail(QStringLiteral("The workbook part %1 is damaged (zip error %2). Save it again "
                                        "from Excel.")
                             .arg(m_entryName)
                             .arg(m_zip.error()));
                else
                    fail(QStringLiteral("The workbook part %1 ends too early; the file is damaged.")
                             .arg(m_entryName));
                return QXmlStreamReader::Invalid;
            }
            m_entryBytes += chunk.size();
            // Checked while reading as well: the size in the zip directory can lie.
            if (m_entryBytes > MaxEntryBytes) {
                fail(QStringLiteral("The workbook part %1 is larger than %2 MB uncompressed; refused.")
                         .arg(m_entryName)
                         .arg(MaxEntryBytes / (1024 * 1024)));
                return QXmlStreamReader::Invalid;
            }
            m_xml.addData(chunk);
            continue;
        }
        if (token == QXmlStreamReader::DTD) {
            // Entity declarations are how XML bombs work; Office never writes a DTD.
            fail(QStringLiteral("The workbook part %1 contains a document type declaration; refused.")
                     .arg(m_entryName));
            return QXmlStreamReader::Invalid;
        }
        if (token == QXmlStreamReader::Invalid) {
            fail(QStringLiteral("The workbook part %1 is not valid XML (line %2: %3).")
                     .arg(m_entryName)
                     .arg(m_xml.lineNumber())
                     .arg(m_xml.errorString()));
            return QXmlStreamReader::Invalid;
        }
        return token;
    }
}

bool XlsxReader::readText(QString* text)
{
    text->clear();
    int depth = 0;
    for (;;) {
        switch (nextToken()) {
        case QXmlStreamReader::Invalid:
            return false;
        case QXmlStreamReader::Characters:
            text->append(m_xml.text());
            break;
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            if (depth-- == 0)
                return true;
            break;
        case QXmlStreamReader::EndDocument:
            return fail(QStringLiteral("The workbook part %1 ends too early.").arg(m_entryName));
        default:
            break;
        }
    }
}

bool XlsxReader::readRichText(QString* text)
{
    text->clear();
    int depth = 0;
    int phoneticDepth = 0; // inside <rPh>: East Asian reading hints, not the cell's text
    bool inText = false;
    for (;;) {
        switch (nextToken()) {
        case QXmlStreamReader::Invalid:
            return false;
        case QXmlStreamReader::Characters:
            if (inText && phoneticDepth == 0)
                text->append(m_xml.text());
            break;
        case QXmlStreamReader::StartElement:
            ++depth;
            if (isElement(m_xml, QLatin1String("rPh")))
                ++phoneticDepth;
            else if (isElement(m_xml, QLatin1String("t")))
                inText = true;
            break;
        case QXmlStreamReader::EndElement:
            if (depth-- == 0)
                return true;
            if (isElement(m_xml, QLatin1String("rPh")))
                --phoneticDepth;
            else if (isElement(m_xml, QLatin1String("t")))
                inText = false;
            break;
        case QXmlStreamReader::EndDocument:
            return fail(QStringLiteral("The workbook part %1 ends too early.").arg(m_entryName));
        default:
            break;
        }
    }
}

bool XlsxReader::skipElement()
{
    QString ignored;
    return readText(&ignored);
}

bool XlsxReader::readRelationships(const QString& part, QHash<QString, QString>* targets,
                                   QHash<QString, QString>* typeToTarget)
{
    if (!openEntry(part))
        return false;
    const QString baseDir = directoryOf(directoryOf(part)); // "xl/_rels/x.rels" -> "xl"
    for (;;) {
        const auto token = nextToken();
        if (token == QXmlStreamReader::Invalid)
            return false;
        if (token == QXmlStreamReader::EndDocument)
            break;
        if (token == QXmlStreamReader::StartElement && isElement(m_xml, QLatin1String("Relationship"))) {
            const auto attributes = m_xml.attributes();
            if (attributes.value(QLatin1String("TargetMode")) == QLatin1String("External"))
                continue;
            const QString target = resolvePart(baseDir, attributes.value(QLatin1String("Target")).toString());
            targets->insert(attributes.value(QLatin1String("Id")).toString(), target);
            const QString type = attributes.value(QLatin1String("Type")).toString();
            typeToTarget->insert(type.mid(type.lastIndexOf(QLatin1Char('/')) + 1), target);
        }
    }
    closeEntry();
    return true;
}

bool XlsxReader::readWorkbook(const QString& part)
{
    if (!openEntry(part))
        return false;
    for (;;) {
        const auto token = nextToken();
        if (token == QXmlStreamReader::Invalid)
            return false;
        if (token == QXmlStreamReader::EndDocument)
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (isElement(m_xml, QLatin1String("workbookPr"))) {
            m_date1904 = isTrue(m_xml.attributes().value(QLatin1String("date1904")));
        } else if (isElement(m_xml, QLatin1String("sheet"))) {
            Sheet sheet;
            sheet.name = m_xml.attributes().value(QLatin1String("name")).toString();
            sheet.relationshipId = relationshipIdOf(m_xml.attributes());
            m_sheets.append(sheet);
        }
    }
    closeEntry();
    return true;
}

bool XlsxReader::readStyles(const QString& part)
{
    if (!openEntry(part))
        return false;
    QHash<int, QString> formats;
    bool inCellXfs = false;
    QList<int> xfFormats;
    for (;;) {
        const auto token = nextToken();
        if (token == QXmlStreamReader::Invalid)
            return false;
        if (token == QXmlStreamReader::EndDocument)
            break;
        if (token == QXmlStreamReader::EndElement && isElement(m_xml, QLatin1String("cellXfs")))
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto attributes = m_xml.attributes();
        if (isElement(m_xml, QLatin1String("numFmt"))) {
            formats.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                           attributes.value(QLatin1String("formatCode")).toString());
        } else if (isElement(m_xml, QLatin1String("cellXfs"))) {
            inCellXfs = true;
        } else if (inCellXfs && isElement(m_xml, QLatin1String("xf"))) {
            xfFormats.append(attributes.value(QLatin1String("numFmtId")).toInt());
            if (xfFormats.size() > 1000000)
                return fail(QStringLiteral("The workbook's styles are implausibly large; refused."));
        }
    }
    for (const int id : std::as_const(xfFormats))
        m_styleDateKinds.append(dateKind(id, formats.value(id)));
    closeEntry();
    return true;
}

bool XlsxReader::readSharedStrings(const QString& part)
{
    if (!openEntry(part))
        return false;
    qint64 chars = 0;
    for (;;) {
        const auto token = nextToken();
        if (token == QXmlStreamReader::Invalid)
            return false;
        if (token == QXmlStreamReader::EndDocument)
            break;
        if (token == QXmlStreamReader::StartElement && isElement(m_xml, QLatin1String("si"))) {
            QString text;
            if (!readRichText(&text))
                return false;
            chars += text.size() + 1;
            if (chars > MaxSharedStringChars)
                return fail(QStringLiteral("The workbook's shared strings exceed %1 million characters; "
                                           "refused.")
                                .arg(MaxSharedStringChars / 1000000));
            m_sharedStrings.append(text);
        }
    }
    closeEntry();
    return true;
}

bool XlsxReader::openArchive()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("Cannot open %1: %2").arg(m_path, file.errorString()));
    const QByteArray magic = file.read(8);
    const qint64 size = file.size();
    file.close();
    if (size == 0)
        return fail(QStringLiteral("The file %1 is empty (0 bytes).").arg(QFileInfo(m_path).fileName()));
    if (magic.startsWith("\xD0\xCF\x11\xE0"))
        return fail(QStringLiteral("This file is password-protected or an old Excel 97-2003 workbook (.xls). "
                                   "Open it in Excel and save it as .xlsx without a password."));
    if (!magic.startsWith("PK"))
        return fail(QStringLiteral("%1: it is not a zip archive. If it is a CSV text file, give it a .csv "
                                   "name.")
                        .arg(NotXlsx));
    if (!m_zip.open(m_path, MaxEntries))
        return fail(QStringLiteral("This file looks like an Excel workbook (.xlsx) but its zip archive is "
                                   "damaged or truncated (zip error %1). Save it again from Excel.")
                        .arg(m_zip.error()));
    if (m_zip.entryCount() > MaxEntries)
        return fail(QStringLiteral("%1: the zip archive has more than %2 entries; refused.")
                        .arg(NotXlsx)
                        .arg(MaxEntries));
    m_entryNames = m_zip.entryNames();
    return true;
}

bool XlsxReader::open(QString* error)
{
    m_error.clear();
    const bool ok = [this] {
        if (!openArchive())
            return false;
        QHash<QString, QString> rootTargets;
        QHash<QString, QString> rootTypes;
        if (hasEntry(QStringLiteral("_rels/.rels")) &&
            !readRelationships(QStringLiteral("_rels/.rels"), &rootTargets, &rootTypes))
            return false;
        const QString workbook =
            rootTypes.value(QStringLiteral("officeDocument"), QStringLiteral("xl/workbook.xml"));
        if (!hasEntry(workbook))
            return fail(QStringLiteral("%1: the zip archive holds no workbook (it may be a Word or other "
                                       "document).")
                            .arg(NotXlsx));
        if (!readWorkbook(workbook))
            return false;
        const QString dir = directoryOf(workbook);
        const QString relsPart = (dir.isEmpty() ? QString() : dir + QLatin1Char('/')) +
                                 QStringLiteral("_rels/") + workbook.mid(dir.isEmpty() ? 0 : dir.size() + 1) +
                                 QStringLiteral(".rels");
        QHash<QString, QString> targets;
        QHash<QString, QString> types;
        if (hasEntry(relsPart) && !readRelationships(relsPart, &targets, &types))
            return false;
        for (qsizetype i = 0; i < m_sheets.size(); ++i) {
            Sheet& sheet = m_sheets[i];
            sheet.part = targets.value(sheet.relationshipId);
            if (sheet.part.isEmpty()) // no relationships part: Excel's conventional name
                sheet.part = QStringLiteral("%1/worksheets/sheet%2.xml").arg(dir).arg(i + 1);
        }
        if (m_sheets.isEmpty())
            return fail(QStringLiteral("The workbook has no sheets."));

        const Sheet* chosen = nullptr;
        if (m_requestedSheet.isEmpty()) {
            chosen = &m_sheets.first();
        } else {
            for (const Sheet& sheet : std::as_const(m_sheets)) {
                if (sheet.name == m_requestedSheet) {
                    chosen = &sheet;
                    break;
                }
            }
            if (!chosen) {
                for (const Sheet& sheet : std::as_const(m_sheets)) {
                    if (sheet.name.compare(m_requestedSheet, Qt::CaseInsensitive) == 0) {
                        chosen = &sheet;
                        break;
                    }
                }
            }
            if (!chosen)
                return fail(QStringLiteral("The workbook has no sheet named \"%1\". Its sheets are: \"%2\".")
                                .arg(m_requestedSheet, sheetNames().join(QStringLiteral("\", \""))));
        }
        m_sheetName = chosen->name;
        const QString sheetPart = chosen->part;

        const QString styles = types.value(QStringLiteral("styles"), dir + QStringLiteral("/styles.xml"));
        if (hasEntry(styles) && !readStyles(styles))
            return false;
        const QString strings =
            types.value(QStringLiteral("sharedStrings"), dir + QStringLiteral("/sharedStrings.xml"));
        if (hasEntry(strings) && !readSharedStrings(strings))
            return false;
        if (!hasEntry(sheetPart))
            return fail(QStringLiteral("The sheet \"%1\" is missing from the workbook (%2); the file is "
                                       "damaged.")
                            .arg(m_sheetName, sheetPart));
        if (!openEntry(sheetPart))
            return false;
        m_sheetOpen = true;
        m_done = false;
        m_rowNumber = 0;
        return true;
    }();
    if (!ok && error)
        *error = m_error;
    return ok;
}

QString XlsxReader::cellValue(QStringView type, int style, const QString& raw, const QString& inlineText,
                              bool* ok)
{
    *ok = true;
    if (type == QLatin1String("s")) {
        bool isNumber = false;
        const qsizetype index = raw.trimmed().toLongLong(&isNumber);
        if (!isNumber || index < 0 || index >= m_sharedStrings.size()) {
            *ok = fail(QStringLiteral("Row %1 refers to shared string %2, which the workbook does not have; "
                                      "the file is damaged.")
                           .arg(m_rowNumber)
                           .arg(raw));
            return {};
        }
        return m_sharedStrings.at(index);
    }
    if (type == QLatin1String("inlineStr"))
        return inlineText;
    if (type == QLatin1String("str") || type == QLatin1String("e"))
        return raw;
    if (type == QLatin1String("b"))
        return isTrue(raw) ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == QLatin1String("d")) {
        const QDateTime when = QDateTime::fromString(raw, Qt::ISODate);
        if (!when.isValid())
            return raw;
        if (when.time() == QTime(0, 0))
            return when.date().toString(Qt::ISODate);
        return when.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    }
    if (raw.isEmpty())
        return inlineText;
    const DateKind kind = m_styleDateKinds.value(style, DateKind::None);
    if (kind != DateKind::None) {
        bool isNumber = false;
        const double serial = raw.toDouble(&isNumber);
        if (isNumber)
            return serialToText(serial, m_date1904, kind);
    }
    return numberText(raw);
}

bool XlsxReader::readRow(QStringList* cells)
{
    cells->clear();
    if (!m_sheetOpen || m_done || !m_error.isEmpty())
        return false;
    qint64 lastRow = m_rowNumber;
    for (;;) {
        const auto token = nextToken();
        if (token == QXmlStreamReader::Invalid)
            return false;
        if (token == QXmlStreamReader::EndDocument ||
            (token == QXmlStreamReader::EndElement && isElement(m_xml, QLatin1String("sheetData")))) {
            m_done = true;
            closeEntry();
            return false;
        }
        if (token != QXmlStreamReader::StartElement || !isElement(m_xml, QLatin1String("row")))
            continue;

        bool hasNumber = false;
        const qint64 declared = m_xml.attributes().value(QLatin1String("r")).toLongLong(&hasNumber);
        m_rowNumber = hasNumber && declared > 0 ? declared : lastRow + 1;
        lastRow = m_rowNumber;
        int nextColumn = 0;
        for (;;) {
            const auto inner = nextToken();
            if (inner == QXmlStreamReader::Invalid)
                return false;
            if (inner == QXmlStreamReader::EndDocument)
                return fail(QStringLiteral("The sheet ends in the middle of row %1.").arg(m_rowNumber));
            if (inner == QXmlStreamReader::EndElement && isElement(m_xml, QLatin1String("row")))
                break;
            if (inner != QXmlStreamReader::StartElement)
                continue;
            if (!isElement(m_xml, QLatin1String("c"))) {
                if (!skipElement())
                    return false;
                continue;
            }
            const auto attributes = m_xml.attributes();
            const QStringView reference = attributes.value(QLatin1String("r"));
            const int column = reference.isEmpty() ? nextColumn : columnIndex(reference);
            if (column < 0 || column >= MaxColumns)
                return fail(QStringLiteral("Row %1 has a cell with an invalid reference \"%2\"; the file is "
                                           "damaged.")
                                .arg(m_rowNumber)
                                .arg(reference));
            const QString type = attributes.value(QLatin1String("t")).toString();
            const int style = attributes.value(QLatin1String("s")).toInt();
            QString raw;
            QString inlineText;
            for (;;) {
                const auto part = nextToken();
                if (part == QXmlStreamReader::Invalid)
                    return false;
                if (part == QXmlStreamReader::EndElement)
                    break; // </c>
                if (part != QXmlStreamReader::StartElement)
                    continue;
                bool readOk = true;
                if (isElement(m_xml, QLatin1String("v")))
                    readOk = readText(&raw);
                else if (isElement(m_xml, QLatin1String("is")))
                    readOk = readRichText(&inlineText);
                else
                    readOk = skipElement(); // <f>, <extLst>: the cached <v> is what we want
                if (!readOk)
                    return false;
            }
            bool ok = true;
            const QString value = cellValue(type, style, raw, inlineText, &ok);
            if (!ok)
                return false;
            if (!value.isEmpty()) {
                while (cells->size() < column)
                    cells->append(QString());
                if (column < cells->size())
                    (*cells)[column] = value;
                else
                    cells->append(value);
            }
            nextColumn = column + 1;
        }
        if (!cells->isEmpty())
            return true;
    }
}

} // namespace badgedesk
