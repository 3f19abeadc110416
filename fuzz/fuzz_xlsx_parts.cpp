// libFuzzer target: a well-formed workbook zip whose one part (chosen by the first byte) holds
// the fuzz input: the worksheet, the shared strings, the styles, the workbook or its
// relationships. Mutating bytes of a whole zip rarely gets past the zip layer; this reaches the
// XML handling (cell types, references, date styles, the 1904 flag, sheet lookup) directly.
#include "importing/XlsxReader.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <zip.h>

using namespace badgedesk;

namespace {

const char* const kContentTypes = "<?xml version=\"1.0\"?><Types "
                                  "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
const char* const kRootRels =
    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    "Target=\"xl/workbook.xml\"/></Relationships>";
const char* const kWorkbook =
    "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><workbookPr date1904=\"0\"/>"
    "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId7\"/><sheet name=\"Two\" sheetId=\"2\" r:id=\"rId10\"/>"
    "</sheets></workbook>";
const char* const kWorkbookRels =
    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId7\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
    "Target=\"worksheets/data.xml\"/><Relationship Id=\"rId10\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
    "Target=\"/xl/worksheets/two.xml\"/><Relationship Id=\"rId8\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
    "Target=\"sharedStrings.xml\"/><Relationship Id=\"rId9\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
    "</Relationships>";
const char* const kShared = "<?xml version=\"1.0\"?><sst "
                            "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>EntryID</t></si>"
                            "<si><r><t>Jos</t></r><r><t>\xc3\xa9</t></r><rPh><t>x</t></rPh></si></sst>";
const char* const kStyles =
    "<?xml version=\"1.0\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"m/d/yyyy h:mm\"/></numFmts><cellXfs count=\"3\">"
    "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>";
const char* const kSheet =
    "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>Email</t></is></c>"
    "</row><row r=\"2\"><c r=\"A2\"><v>1000001</v></c><c r=\"B2\" t=\"s\"><v>1</v></c><c r=\"C2\" s=\"1\">"
    "<v>45730</v></c><c r=\"D2\" s=\"2\"><v>45730.6</v></c></row></sheetData></worksheet>";

bool addEntry(zipFile zip, const char* name, const char* data, size_t size)
{
    zip_fileinfo info{};
    if (zipOpenNewFileInZip(zip, name, &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, Z_BEST_SPEED) != ZIP_OK)
        return false;
    const bool ok = zipWriteInFileInZip(zip, data, unsigned(size)) == ZIP_OK;
    return zipCloseFileInZip(zip) == ZIP_OK && ok;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    QLoggingCategory::setFilterRules(QStringLiteral("badgedesk.*=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    static QTemporaryDir dir;
    const QByteArray path = dir.filePath(QStringLiteral("parts.xlsx")).toLocal8Bit();
    const char* fuzzed = reinterpret_cast<const char*>(data + 1);
    const size_t fuzzedSize = size - 1;
    const int part = data[0] % 6;
    const auto pick = [&](int index, const char* fixed) {
        return index == part ? std::pair<const char*, size_t>(fuzzed, fuzzedSize)
                             : std::pair<const char*, size_t>(fixed, strlen(fixed));
    };
    zipFile zip = zipOpen64(path.constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return 0;
    const std::pair<const char*, std::pair<const char*, size_t>> entries[] = {
        {"[Content_Types].xml", {kContentTypes, strlen(kContentTypes)}},
        {"_rels/.rels", {kRootRels, strlen(kRootRels)}},
        {"xl/workbook.xml", pick(0, kWorkbook)},
        {"xl/_rels/workbook.xml.rels", pick(1, kWorkbookRels)},
        {"xl/sharedStrings.xml", pick(2, kShared)},
        {"xl/styles.xml", pick(3, kStyles)},
        {"xl/worksheets/data.xml", pick(4, kSheet)},
        {"xl/worksheets/two.xml", pick(5, kSheet)},
    };
    bool ok = true;
    for (const auto& entry : entries)
        ok = ok && addEntry(zip, entry.first, entry.second.first, entry.second.second);
    zipClose(zip, nullptr);
    if (!ok)
        return 0;

    for (const char* sheet : {"", "Two"}) {
        XlsxReader reader(QString::fromLocal8Bit(path));
        reader.setSheetName(QString::fromLatin1(sheet));
        if (!reader.open())
            continue;
        QStringList cells;
        int rows = 0;
        while (reader.readRow(&cells) && ++rows < 100000) {
        }
    }
    return 0;
}
