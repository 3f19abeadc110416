// libFuzzer target: XlsxReader on any bytes (zip container, workbook parts, XML). Must not crash,
// hang or grow memory beyond the reader's caps (entry sizes and counts, shared strings, DTDs).
#include "FuzzInput.h"
#include "importing/XlsxReader.h"

#include <QLoggingCategory>

using namespace badgedesk;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    QLoggingCategory::setFilterRules(QStringLiteral("badgedesk.*=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static FuzzInput input;
    const QString path = input.write(data, size);
    XlsxReader reader(path);
    if (!reader.open())
        return 0;
    QStringList cells;
    int rows = 0;
    while (reader.readRow(&cells) && ++rows < 100000) {
    }
    // Every other sheet too: each has its own part and relationships.
    const QStringList sheets = reader.sheetNames();
    for (int i = 1; i < sheets.size() && i < 4; ++i) {
        XlsxReader other(path);
        other.setSheetName(sheets.at(i));
        if (!other.open())
            continue;
        rows = 0;
        while (other.readRow(&cells) && ++rows < 100000) {
        }
    }
    return 0;
}
