#include "XlsxWorkbookWriter.h"

#include <QByteArray>
#include <QStringEncoder>
#include <xlsxwriter.h>

namespace badgedesk {
namespace {

// Excel's hard limits; libxlsxwriter rejects anything beyond them.
constexpr int kMaxRows = 1048576;
constexpr int kMaxColumns = 16384;

bool inRange(int row, int column)
{
    return row >= 0 && row < kMaxRows && column >= 0 && column < kMaxColumns;
}

lxw_row_t toRow(int row)
{
    return static_cast<lxw_row_t>(row);
}

lxw_col_t toColumn(int column)
{
    return static_cast<lxw_col_t>(column);
}

} // namespace

XlsxWorkbookWriter::XlsxWorkbookWriter(const QString& path) : XlsxWorkbookWriter(path, Options()) {}

XlsxWorkbookWriter::XlsxWorkbookWriter(const QString& path, const Options& options) : m_path(path)
{
    lxw_workbook_options lxwOptions{};
    lxwOptions.constant_memory = options.constantMemory ? LXW_TRUE : LXW_FALSE;
    const QByteArray encodedPath = path.toUtf8();
    m_workbook = workbook_new_opt(encodedPath.constData(), &lxwOptions);
    if (!m_workbook) {
        m_errorMessage = QStringLiteral("cannot create workbook %1").arg(path);
        return;
    }
    if (options.created.isValid()) {
        lxw_doc_properties properties{};
        properties.created = static_cast<time_t>(options.created.toSecsSinceEpoch());
        check(workbook_set_properties(m_workbook, &properties), QStringLiteral("document properties"));
    }
    m_bold = workbook_add_format(m_workbook);
    format_set_bold(m_bold);
}

XlsxWorkbookWriter::~XlsxWorkbookWriter()
{
    close();
}

bool XlsxWorkbookWriter::checkCell(int error, int row, int column)
{
    // The message is built only on failure: this runs for every cell of a 100,000-row report.
    if (error == LXW_NO_ERROR)
        return true;
    return check(error, QStringLiteral("cell %1,%2").arg(row + 1).arg(column + 1));
}

bool XlsxWorkbookWriter::check(int error, const QString& what)
{
    if (error == LXW_NO_ERROR)
        return true;
    // Keep the first error: later ones are usually consequences of it.
    if (m_errorMessage.isEmpty()) {
        m_errorMessage =
            QStringLiteral("%1: %2 (%3)")
                .arg(m_path, what, QString::fromUtf8(lxw_strerror(static_cast<lxw_error>(error))));
    }
    return false;
}

bool XlsxWorkbookWriter::requireSheet()
{
    if (m_worksheet && !m_closed)
        return true;
    if (m_errorMessage.isEmpty())
        m_errorMessage = m_closed ? QStringLiteral("%1: workbook already closed").arg(m_path)
                                  : QStringLiteral("%1: no worksheet added").arg(m_path);
    return false;
}

bool XlsxWorkbookWriter::addWorksheet(const QString& name)
{
    if (!m_workbook || m_closed)
        return requireSheet();
    const QByteArray encodedName = name.toUtf8();
    if (!check(workbook_validate_sheet_name(m_workbook, encodedName.constData()),
               QStringLiteral("worksheet name \"%1\"").arg(name)))
        return false;
    m_worksheet = workbook_add_worksheet(m_workbook, encodedName.constData());
    if (!m_worksheet) {
        m_errorMessage = QStringLiteral("%1: cannot add worksheet \"%2\"").arg(m_path, name);
        return false;
    }
    return true;
}

bool XlsxWorkbookWriter::writeHeader(int row, const QStringList& names, int lastDataRow)
{
    if (!writeHeaderCells(row, names))
        return false;
    worksheet_freeze_panes(m_worksheet, toRow(row + 1), 0);
    if (lastDataRow >= row && !names.isEmpty())
        return setAutofilter(row, lastDataRow, int(names.size()) - 1);
    return true;
}

bool XlsxWorkbookWriter::writeHeaderCells(int row, const QStringList& names)
{
    if (!requireSheet())
        return false;
    for (int column = 0; column < names.size(); ++column) {
        if (!inRange(row, column))
            return checkCell(LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE, row, column);
        if (!checkCell(worksheet_write_string(m_worksheet, toRow(row), toColumn(column),
                                              utf8(names.at(column)), headerFormat()),
                       row, column))
            return false;
    }
    return true;
}

bool XlsxWorkbookWriter::setAutofilter(int firstRow, int lastRow, int lastColumn)
{
    if (!requireSheet())
        return false;
    if (lastRow < firstRow || lastColumn < 0 || !inRange(lastRow, lastColumn))
        return true;
    return check(worksheet_autofilter(m_worksheet, toRow(firstRow), 0, toRow(lastRow), toColumn(lastColumn)),
                 QStringLiteral("autofilter"));
}

bool XlsxWorkbookWriter::writeTitle(int row, int firstColumn, int lastColumn, const QString& title)
{
    if (!requireSheet())
        return false;
    if (lastColumn <= firstColumn)
        return writeString(row, firstColumn, title, true);
    const QByteArray text = title.toUtf8();
    return check(worksheet_merge_range(m_worksheet, toRow(row), toColumn(firstColumn), toRow(row),
                                       toColumn(lastColumn), text.constData(), m_bold),
                 QStringLiteral("merged title in row %1").arg(row + 1));
}

bool XlsxWorkbookWriter::writeString(int row, int column, const QString& text, bool bold)
{
    if (!requireSheet())
        return false;
    if (text.isEmpty())
        return true;
    if (!inRange(row, column))
        return checkCell(LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE, row, column);
    return checkCell(worksheet_write_string(m_worksheet, toRow(row), toColumn(column), utf8(text),
                                            bold ? m_bold : nullptr),
                     row, column);
}

const char* XlsxWorkbookWriter::utf8(const QString& text)
{
    // One reused buffer: a fresh QByteArray per cell costs more than the conversion itself.
    const qsizetype needed = text.size() * 3 + 1;
    if (m_utf8.size() < needed)
        m_utf8.resize(needed);
    QStringEncoder encoder(QStringEncoder::Utf8);
    char* end = encoder.appendToBuffer(m_utf8.data(), text);
    *end = '\0';
    return m_utf8.constData();
}

bool XlsxWorkbookWriter::writeNumber(int row, int column, double value)
{
    if (!requireSheet())
        return false;
    if (!inRange(row, column))
        return checkCell(LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE, row, column);
    return checkCell(worksheet_write_number(m_worksheet, toRow(row), toColumn(column), value, nullptr), row,
                     column);
}

bool XlsxWorkbookWriter::writeDate(int row, int column, const QDate& date)
{
    if (!requireSheet())
        return false;
    if (!date.isValid())
        return true;
    if (!inRange(row, column))
        return checkCell(LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE, row, column);
    return checkCell(
        worksheet_write_number(m_worksheet, toRow(row), toColumn(column), excelSerial(date), dateFormat()),
        row, column);
}

bool XlsxWorkbookWriter::writeDateTime(int row, int column, const QDateTime& dateTime)
{
    if (!requireSheet())
        return false;
    if (!dateTime.isValid())
        return true;
    if (!inRange(row, column))
        return checkCell(LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE, row, column);
    return checkCell(worksheet_write_number(m_worksheet, toRow(row), toColumn(column), excelSerial(dateTime),
                                            dateTimeFormat()),
                     row, column);
}

bool XlsxWorkbookWriter::writePercent(int row, int column, double fraction)
{
    if (!requireSheet())
        return false;
    if (!inRange(row, column))
        return checkCell(LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE, row, column);
    return checkCell(
        worksheet_write_number(m_worksheet, toRow(row), toColumn(column), fraction, percentFormat()), row,
        column);
}

bool XlsxWorkbookWriter::writeCell(int row, int column, const QVariant& value)
{
    if (value.isNull())
        return requireSheet();
    switch (value.typeId()) {
    case QMetaType::QDate:
        return writeDate(row, column, value.toDate());
    case QMetaType::QDateTime:
        return writeDateTime(row, column, value.toDateTime());
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Double:
    case QMetaType::Float:
        return writeNumber(row, column, value.toDouble());
    default:
        return writeString(row, column, value.toString());
    }
}

bool XlsxWorkbookWriter::writeRow(int row, const QVariantList& values)
{
    for (int column = 0; column < values.size(); ++column) {
        if (!writeCell(row, column, values.at(column)))
            return false;
    }
    return requireSheet();
}

bool XlsxWorkbookWriter::setColumnWidth(int firstColumn, int lastColumn, double width)
{
    if (!requireSheet())
        return false;
    return check(
        worksheet_set_column(m_worksheet, toColumn(firstColumn), toColumn(lastColumn), width, nullptr),
        QStringLiteral("column width"));
}

void XlsxWorkbookWriter::setDateFormats(const QString& dateFormatText, const QString& dateTimeFormatText)
{
    m_dateFormatText = dateFormatText;
    m_dateTimeFormatText = dateTimeFormatText;
}

lxw_format* XlsxWorkbookWriter::dateFormat()
{
    if (!m_date) {
        m_date = workbook_add_format(m_workbook);
        format_set_num_format(m_date, m_dateFormatText.toUtf8().constData());
    }
    return m_date;
}

lxw_format* XlsxWorkbookWriter::dateTimeFormat()
{
    if (!m_dateTime) {
        m_dateTime = workbook_add_format(m_workbook);
        format_set_num_format(m_dateTime, m_dateTimeFormatText.toUtf8().constData());
    }
    return m_dateTime;
}

lxw_format* XlsxWorkbookWriter::headerFormat()
{
    if (!m_header) {
        m_header = workbook_add_format(m_workbook);
        format_set_bold(m_header);
        format_set_bg_color(m_header, 0xDDE4EE);
        format_set_bottom(m_header, LXW_BORDER_THIN);
        format_set_text_wrap(m_header);
        format_set_align(m_header, LXW_ALIGN_VERTICAL_TOP);
    }
    return m_header;
}

lxw_format* XlsxWorkbookWriter::percentFormat()
{
    if (!m_percent) {
        m_percent = workbook_add_format(m_workbook);
        format_set_num_format(m_percent, "0.0%");
    }
    return m_percent;
}

bool XlsxWorkbookWriter::close()
{
    if (m_closed)
        return m_closeResult;
    m_closed = true;
    if (!m_workbook)
        return m_closeResult = false;
    // An empty workbook is not a valid file for Excel; give it the default sheet.
    if (!m_worksheet)
        workbook_add_worksheet(m_workbook, nullptr);
    const int error = workbook_close(m_workbook);
    m_workbook = nullptr;
    m_worksheet = nullptr;
    const bool hadError = !m_errorMessage.isEmpty();
    m_closeResult = check(error, QStringLiteral("cannot write the file")) && !hadError;
    return m_closeResult;
}

double XlsxWorkbookWriter::excelSerial(const QDate& date)
{
    static const QDate epoch(1899, 12, 30);
    return double(epoch.daysTo(date));
}

double XlsxWorkbookWriter::excelSerial(const QDateTime& dateTime)
{
    // Excel has no time zones: the wall-clock time is what the user sees.
    return excelSerial(dateTime.date()) + dateTime.time().msecsSinceStartOfDay() / 86400000.0;
}

} // namespace badgedesk
