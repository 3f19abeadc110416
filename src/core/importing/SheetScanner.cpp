#include "SheetScanner.h"

#include "FieldSynonyms.h"
#include "XlsxReader.h"

#include <QFile>
#include <QFileInfo>

namespace badgedesk {
namespace {

QString signature(const QStringList& cells)
{
    QStringList normalised;
    for (const QString& cell : cells)
        normalised << FieldSynonyms::normalise(cell);
    while (!normalised.isEmpty() && normalised.last().isEmpty())
        normalised.removeLast();
    return normalised.join(QLatin1Char('|'));
}

} // namespace

SheetScanner::SheetScanner(const Options& options) : m_options(options) {}

SheetScanner::~SheetScanner() = default;

QString SheetScanner::formatName(Format format)
{
    return format == Format::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

SheetScanner::Format SheetScanner::sniff(const QString& path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray head = file.read(8);
        if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06") ||
            head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
            return Format::Xlsx;
        if (!head.isEmpty())
            return Format::Csv;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm") ? Format::Xlsx : Format::Csv;
}

bool SheetScanner::fail(const QString& message)
{
    m_error = message;
    return false;
}

CsvReader::Encoding SheetScanner::encoding() const
{
    return m_csv ? m_csv->detectedEncoding() : CsvReader::Encoding::Auto;
}

bool SheetScanner::hasByteOrderMark() const
{
    return m_csv && m_csv->hasByteOrderMark();
}

QChar SheetScanner::delimiter() const
{
    return m_csv ? m_csv->detectedDelimiter() : QChar();
}

QStringList SheetScanner::sheetNames() const
{
    return m_xlsx ? m_xlsx->sheetNames() : QStringList();
}

QString SheetScanner::sheetName() const
{
    return m_xlsx ? m_xlsx->sheetName() : QString();
}

bool SheetScanner::isDate1904() const
{
    return m_xlsx && m_xlsx->isDate1904();
}

qint64 SheetScanner::bytesRead() const
{
    return m_source ? m_source->bytesRead() : 0;
}

qint64 SheetScanner::bytesTotal() const
{
    return m_source ? m_source->bytesTotal() : 0;
}

bool SheetScanner::readSourceRow(qint64* rowNumber, QStringList* cells)
{
    if (!m_source->readRow(cells)) {
        if (m_source->hasError())
            m_error = m_source->errorString();
        return false;
    }
    *rowNumber = m_source->rowNumber();
    return true;
}

bool SheetScanner::open()
{
    m_error.clear();
    const QFileInfo info(m_options.path);
    if (!info.exists())
        return fail(
            QStringLiteral("The file %1 does not exist. Check the name and folder.").arg(m_options.path));
    if (!info.isFile())
        return fail(QStringLiteral("%1 is a folder, not a file. Choose the CSV or XLSX export itself.")
                        .arg(m_options.path));

    if (m_options.headerRow > MaxHeaderRow)
        return fail(
            QStringLiteral("Row %1 is too far down for the column names: choose a row among the first %2.")
                .arg(m_options.headerRow)
                .arg(MaxHeaderRow));
    m_format = sniff(m_options.path);
    QString sheet = m_options.sheetName;
    if (m_format == Format::Xlsx && sheet.isEmpty()) {
        // Several sheets and none chosen: take the one whose header names the most fields
        // (exports saved from Excel often carry a notes or pivot sheet first).
        if (!openSource(QString()))
            return false;
        const QStringList names = m_xlsx->sheetNames();
        int bestMatches = -1;
        for (const QString& name : names) {
            if (names.size() == 1)
                break;
            if (!openSource(name))
                return false;
            QList<HeaderDetector::Row> head;
            if (!readHead(&head))
                return false;
            HeaderDetector detector;
            const int matches = detector.detect(head) ? detector.synonymMatches() : -1;
            if (matches > bestMatches) {
                bestMatches = matches;
                sheet = name;
            }
        }
    }
    if (!openSource(sheet))
        return false;

    // Read ahead far enough to find the header (or to reach the row the user chose).
    QList<HeaderDetector::Row> head;
    if (!readHead(&head))
        return false;
    if (head.isEmpty())
        return fail(
            m_format == Format::Xlsx
                ? QStringLiteral("The sheet \"%1\" of %2 is empty.").arg(m_xlsx->sheetName(), info.fileName())
                : QStringLiteral("%1 has no rows: the file is empty.").arg(info.fileName()));

    int headerIndex = -1;
    if (m_options.headerRow > 0) {
        for (int i = 0; i < head.size(); ++i) {
            if (head.at(i).rowNumber == m_options.headerRow)
                headerIndex = i;
        }
        if (headerIndex < 0)
            return fail(
                QStringLiteral("Row %1 is empty or past the end of the file; choose the row that holds "
                               "the column names.")
                    .arg(m_options.headerRow));
    } else {
        HeaderDetector detector;
        if (!detector.detect(head))
            return fail(
                QStringLiteral("No row in the first %1 rows of %2 looks like column names. Choose the "
                               "header row yourself, or check that this is the CTIMS export.")
                    .arg(HeaderDetector::RowsToScan)
                    .arg(m_format == Format::Xlsx ? QStringLiteral("the sheet \"%1\" in %2")
                                                        .arg(m_xlsx->sheetName(), info.fileName())
                                                  : info.fileName()));
        headerIndex = detector.headerIndex();
    }
    m_leadingRows = head.mid(0, headerIndex);
    m_headerRowNumber = head.at(headerIndex).rowNumber;
    m_header = head.at(headerIndex).cells;
    for (QString& name : m_header)
        name = name.trimmed();
    m_headerSignature = signature(m_header);
    m_headerWidth = 0;
    for (const QString& name : std::as_const(m_header)) {
        if (!name.isEmpty())
            ++m_headerWidth;
    }
    m_pending = head.mid(headerIndex + 1);
    return true;
}

bool SheetScanner::openSource(const QString& sheetName)
{
    m_csv.reset();
    m_xlsx.reset();
    m_source = nullptr;
    if (m_format == Format::Xlsx) {
        m_xlsx = std::make_unique<XlsxReader>(m_options.path);
        m_xlsx->setSheetName(sheetName);
        m_source = m_xlsx.get();
    } else {
        m_csv = std::make_unique<CsvReader>(m_options.path);
        m_csv->setEncoding(m_options.encoding);
        if (!m_options.delimiter.isNull())
            m_csv->setDelimiter(m_options.delimiter);
        m_source = m_csv.get();
    }
    QString error;
    if (!m_source->open(&error))
        return fail(error);
    return true;
}

bool SheetScanner::readHead(QList<HeaderDetector::Row>* head)
{
    qint64 rowNumber = 0;
    QStringList cells;
    while (m_options.headerRow > 0 ? rowNumber < qMin(m_options.headerRow, MaxHeaderRow)
                                   : head->size() < HeaderDetector::RowsToScan) {
        if (!readSourceRow(&rowNumber, &cells))
            break;
        head->append({rowNumber, cells});
    }
    return m_error.isEmpty();
}

bool SheetScanner::next(qint64* rowNumber, QStringList* cells)
{
    while (true) {
        if (!m_pending.isEmpty()) {
            HeaderDetector::Row row = m_pending.takeFirst();
            *rowNumber = row.rowNumber;
            *cells = std::move(row.cells);
        } else if (!m_error.isEmpty() || !readSourceRow(rowNumber, cells)) {
            return false;
        }
        if (HeaderDetector::isBlankRow(*cells))
            continue;
        // Cheap tests first: a footer is sparse, a repeated header starts like the header.
        int filled = 0;
        for (const QString& cell : std::as_const(*cells))
            filled += cell.isEmpty() ? 0 : 1;
        const bool maybeFooter = filled <= qMax(2, m_headerWidth / 2);
        const bool maybeHeader =
            cells->value(0).trimmed().compare(m_header.value(0), Qt::CaseInsensitive) == 0;
        if ((maybeFooter && HeaderDetector::isFooterRow(*cells, m_headerWidth)) ||
            (maybeHeader && signature(*cells) == m_headerSignature)) {
            ++m_skippedRows;
            continue;
        }
        return true;
    }
}

} // namespace badgedesk
