#pragma once

#include "ColumnMapping.h"
#include "CsvReader.h"

#include <QString>
#include <optional>

namespace badgedesk {

// What to import and how: the same options drive Importer::preview() and Importer::run(), so
// the wizard previews exactly what it will import. Every field but filePath is optional.
struct ImportOptions
{
    QString filePath;
    QString sheetName; // XLSX: empty for the sheet whose header names the most fields
    CsvReader::Encoding encoding = CsvReader::Encoding::Auto; // CSV: force an encoding
    QChar delimiter;                                          // CSV: null to detect , ; or tab
    qint64 headerRow = 0; // the file row holding the column names; 0 to detect
    // The mapping to use, as the wizard edited it; its header must be the file's header.
    std::optional<ColumnMapping> mapping;
    // Else a saved profile by name (an error when it is missing or does not fit); else the
    // best-fitting saved profile; else synonyms.
    QString profileName;
    QString month; // "YYYY-MM"; empty to take the most common month of the entry times
};

} // namespace badgedesk
