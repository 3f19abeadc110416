#include "CatalogListReader.h"

#include "CsvReader.h"
#include "HeaderDetector.h"
#include "XlsxReader.h"

#include <QFileInfo>
#include <QObject>

#include <memory>

namespace badgedesk {
namespace {

bool isLoneNumber(const QStringList& cells)
{
    QString only;
    for (const QString& cell : cells) {
        const QString text = CatalogTableParser::cleanText(cell);
        if (text.isEmpty())
            continue;
        if (!only.isEmpty())
            return false;
        only = text;
    }
    bool number = false;
    only.remove(QLatin1Char(',')).toDouble(&number);
    return number;
}

} // namespace

bool CatalogListReader::isSupported(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("txt") ||
           suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm");
}

QStringList CatalogListReader::unlistedFields() const
{
    QStringList fields;
    const QStringList listed = listedFields();
    for (const QString& field : CatalogEntry::fieldNames()) {
        if (!listed.contains(field))
            fields << field;
    }
    return fields;
}

bool CatalogListReader::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool CatalogListReader::read(const QString& path)
{
    m_parser = CatalogTableParser();
    m_headerRow = 0;
    m_dataRows = 0;
    m_error.clear();

    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return fail(QObject::tr("%1 does not exist. Check the file name and folder.").arg(path));
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("xls"))
        return fail(QObject::tr("%1 is an old Excel 97-2003 workbook. Open it in Excel and save it as an "
                                ".xlsx workbook or a .csv file, then import that.")
                        .arg(name));
    if (!isSupported(path))
        return fail(QObject::tr("%1 is not a spreadsheet BadgeDesk reads. Save the list as an .xlsx workbook "
                                "or a .csv file and import that.")
                        .arg(name));

    if (info.size() == 0)
        return fail(QObject::tr("%1 is empty. Check that you picked the right file.").arg(name));

    std::unique_ptr<TableSource> source;
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm"))
        source = std::make_unique<XlsxReader>(path);
    else
        source = std::make_unique<CsvReader>(path);
    QString error;
    if (!source->open(&error))
        return fail(QObject::tr("%1 could not be read: %2").arg(name, error));

    // The header is the first row naming a code and a title column; rows above it are titles
    // ("Approved Industry Credentials, FY2026") or blank.
    QStringList cells;
    QString headerError;
    int headerWidth = 0;
    int scanned = 0;
    while (m_headerRow == 0 && scanned < HeaderDetector::RowsToScan && source->readRow(&cells)) {
        ++scanned;
        if (m_parser.setHeader(cells)) {
            m_headerRow = source->rowNumber();
            for (const QString& cell : std::as_const(cells))
                headerWidth += cell.trimmed().isEmpty() ? 0 : 1;
        } else if (headerError.isEmpty()) {
            headerError = m_parser.error();
        }
    }
    if (source->hasError())
        return fail(QObject::tr("%1 could not be read: %2").arg(name, source->errorString()));
    if (m_headerRow == 0)
        return fail(scanned == 0 ? QObject::tr("%1 is empty. Check that you picked the right file.").arg(name)
                                 : QObject::tr("%1: no header row found in the first %2 rows. %3")
                                       .arg(name)
                                       .arg(scanned)
                                       .arg(headerError));

    while (source->readRow(&cells)) {
        if (HeaderDetector::isBlankRow(cells))
            continue;
        ++m_dataRows;
        // A lone number is left to the parser: it may be a code whose title is missing, and the
        // parser holds such codes back instead of retiring them.
        if (HeaderDetector::isFooterRow(cells, headerWidth) && !isLoneNumber(cells)) {
            m_parser.addProblem({source->rowNumber(), QStringLiteral("footer"),
                                 QObject::tr("Row %1 looks like a totals line (\"%2\") and was skipped.")
                                     .arg(source->rowNumber())
                                     .arg(CatalogTableParser::cleanText(cells.join(QLatin1Char(' '))))});
            continue;
        }
        m_parser.addRow(cells, source->rowNumber());
    }
    if (source->hasError())
        return fail(QObject::tr("%1 could not be read past row %2: %3. Nothing was imported.")
                        .arg(name)
                        .arg(source->rowNumber())
                        .arg(source->errorString()));
    return true;
}

} // namespace badgedesk
