#pragma once

#include "ImportPreview.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace badgedesk {

// The outcome of Importer::run(). Counts add up: rowsRead = rowsAdded + rowsAlreadyPresent +
// rowsUnreadable; rowsRepeatedInFile is the part of rowsAlreadyPresent that repeats an earlier
// row of the same file. Totals, footers and repeated headers are rowsSkipped, not rows read.
struct ImportResult
{
    enum class Status
    {
        Imported,        // a new batch holds the new rows
        AlreadyImported, // the same file (SHA-256) was imported before: nothing added
        NothingNew,      // every row was already imported from other files: nothing added
        Cancelled,       // cancel() was called: the database is as it was
        Failed,          // message says why: the database is as it was
    };

    struct UnreadableRow
    {
        qint64 rowNumber = 0;
        QString reason;
    };

    Status status = Status::Failed;
    QString message; // one or two sentences for the user

    qint64 batchId = 0; // the new batch; for AlreadyImported the earlier one
    qint64 importFileId = 0;
    QString month;
    QString profileName;

    QString filePath;
    QString fileName;
    qint64 fileSize = 0;
    QString sha256;
    QString format;
    QString encodingName; // CSV
    QString sheetName;    // XLSX
    qint64 headerRowNumber = 0;

    qint64 rowsRead = 0;
    qint64 rowsAdded = 0;
    qint64 rowsAlreadyPresent = 0;
    qint64 rowsRepeatedInFile = 0;
    qint64 rowsUnreadable = 0;
    qint64 rowsSkipped = 0;
    QMap<QString, int> problemCounts;      // by ImportProblem key
    QList<UnreadableRow> unreadable;       // file row and reason of each (the first 1,000)
    QMap<qint64, qint64> alreadyPresentIn; // earlier batch -> rows of this file it already had
    std::optional<PreviousImport> previousImport;
    qint64 milliseconds = 0;

    bool succeeded() const { return status == Status::Imported; }
    // Nothing was written, and nothing went wrong (AlreadyImported, NothingNew).
    bool nothingToDo() const { return status == Status::AlreadyImported || status == Status::NothingNew; }
    static QString statusKey(Status status); // "imported", "already_imported", ...
    // The CLI's --json object (README "Command line").
    QJsonObject toJson() const;
};

} // namespace badgedesk

Q_DECLARE_METATYPE(badgedesk::ImportResult)
