// libFuzzer target: CsvReader on any bytes, then what the import does with the rows it gets
// (header detection, mapping, normalisation of every row). Must not crash, hang or grow memory
// beyond the reader's caps.
#include "FuzzInput.h"
#include "importing/ColumnMapping.h"
#include "importing/CsvReader.h"
#include "importing/HeaderDetector.h"
#include "importing/RowNormalizer.h"

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
    // The first byte picks a forced encoding now and then, so every decoder gets bytes.
    CsvReader reader(path);
    if (size > 0 && data[0] % 5 == 1)
        reader.setEncoding(CsvReader::Encoding(data[0] % 4 + 1));
    if (!reader.open())
        return 0;
    QList<HeaderDetector::Row> rows;
    QStringList cells;
    while (reader.readRow(&cells) && rows.size() < 2000)
        rows.append({reader.rowNumber(), cells});
    HeaderDetector detector;
    if (!detector.detect(rows))
        return 0;
    ColumnMapping mapping = ColumnMapping::detect(detector.headerCells());
    // Map every required field somewhere so normalisation runs on all of them.
    const QList<ImportField> fields = FieldSynonyms::allFields();
    for (int i = 0; i < fields.size() && i < detector.headerCells().size(); ++i) {
        if (!mapping.isMapped(fields.at(i)))
            mapping.setColumn(fields.at(i), i);
    }
    RowNormalizer normalizer(mapping, ValueNormalizer::CodeIndex({QStringLiteral("0911"), QStringLiteral("8005")}),
                             size > 1 && data[1] % 2);
    QList<QStringList> head;
    for (const HeaderDetector::Row& row : rows)
        head << row.cells;
    normalizer.learn(head);
    for (const HeaderDetector::Row& row : rows) {
        HeaderDetector::isFooterRow(row.cells, int(detector.columns().size()));
        normalizer.normalize(row.rowNumber, row.cells);
    }
    return 0;
}
