#pragma once

#include "ColumnMapping.h"
#include "CsvReader.h"
#include "HeaderDetector.h"
#include "ImportedRow.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace badgedesk {

// Where and when a file was imported before (same SHA-256).
struct PreviousImport
{
    qint64 importFileId = 0;
    qint64 batchId = 0;
    QString month;
    QString fileName;
    QString importedAt; // ISO UTC
    qint64 rowsAdded = 0;
};

// What Importer::preview() found: everything the wizard shows before anything is written.
struct ImportPreview
{
    static constexpr int MaxRows = 200;

    bool ok = false;
    QString error; // when not ok: what is wrong with the file and what to do

    QString filePath;
    QString fileName;
    qint64 fileSize = 0;
    QString sha256;
    QString format; // "csv" or "xlsx"

    // CSV
    CsvReader::Encoding encoding = CsvReader::Encoding::Auto;
    QString encodingName; // "UTF-8", "Windows-1252", ...
    bool hasByteOrderMark = false;
    QChar delimiter;
    // XLSX
    QStringList sheetNames;
    QString sheetName;
    bool date1904 = false;

    qint64 headerRowNumber = 0;
    QStringList header;
    QList<HeaderDetector::Row> rowsAboveHeader; // titles, for choosing another header row
    // The first MaxRows data rows: raw cells, normalised values, problems, unreadable reason.
    QList<ImportedRow> rows;

    ColumnMapping mapping;
    QString profileName; // the saved profile the mapping came from; empty for synonyms/given
    QStringList missingRequired;
    QString missingRequiredMessage; // empty when the mapping is complete

    QMap<QString, int> problemCounts;             // by ImportProblem key, over the previewed rows
    int unreadableRows = 0;                       // among the previewed rows
    QString detectedMonth;                        // "YYYY-MM" from the previewed rows; empty if none
    std::optional<PreviousImport> previousImport; // this very file was imported before
};

} // namespace badgedesk

Q_DECLARE_METATYPE(badgedesk::ImportPreview)
