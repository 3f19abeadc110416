#pragma once

#include "ImportOptions.h"
#include "ImportPreview.h"
#include "ImportResult.h"

#include <QSqlDatabase>
#include <atomic>
#include <functional>

namespace badgedesk {

struct ImportProgress
{
    qint64 rowsRead = 0;  // data rows read so far
    qint64 bytesRead = 0; // through the file (XLSX: the sheet's uncompressed XML)
    qint64 bytesTotal = 0;
};

// Imports one CTIMS export (CSV or XLSX) into a new batch: preview first, then run.
//
// run() is all or nothing: one transaction; a cancel, a read error or a database error rolls
// it back and the database is exactly as before. A bad value never stops it (the row keeps a
// problem); a row that cannot be read is kept raw in import_unreadable_rows with its file row.
// The same file (SHA-256) again adds nothing and says when and as which batch it came in; an
// overlapping file adds only rows whose key (entry ID, else a hash of the mapped values) is new.
//
// Threads: an Importer works on the connection it is given, which must belong to the calling
// thread. To import off the UI thread use ImportJob, which opens its own connection in its
// worker thread. cancel() may be called from any thread; the progress callback runs in the
// thread that runs run().
class Importer
{
public:
    using ProgressCallback = std::function<void(const ImportProgress&)>;
    // The callback fires after every this many rows, and once at the end.
    static constexpr int ProgressEveryRows = 250;

    explicit Importer(QSqlDatabase db);

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    // An extra cancel flag the importer watches (ImportJob's, set before the Importer exists).
    void setCancelFlag(const std::atomic_bool* flag) { m_externalCancel = flag; }

    // Reads the header and the first ImportPreview::MaxRows rows; writes nothing.
    ImportPreview preview(const ImportOptions& options) const;
    ImportResult run(const ImportOptions& options);

    // Thread-safe. A running run() stops at the next row and rolls back; a later run() starts
    // afresh only after resetCancel().
    void cancel() { m_cancel.store(true); }
    void resetCancel() { m_cancel.store(false); }
    bool isCancelRequested() const
    {
        return m_cancel.load() || (m_externalCancel && m_externalCancel->load());
    }

    // From about this many rows (estimated from the first rows) into a table holding fewer, the
    // secondary indexes are built after the inserts instead of row by row. Tests lower it.
    void setBulkLoadRows(qint64 rows) { m_bulkLoadRows = rows; }

    // "2026-10": four digits, a dash, a month 01-12.
    static bool isValidMonth(const QString& month);
    // Hex SHA-256 of the file's bytes; empty with *error set when it cannot be read.
    static QString fileSha256(const QString& path, QString* error = nullptr);

private:
    bool resolveMapping(const QStringList& header, const ImportOptions& options, ColumnMapping* mapping,
                        QString* profileName, QString* error) const;

    QSqlDatabase m_db;
    ProgressCallback m_progress;
    std::atomic_bool m_cancel{false};
    const std::atomic_bool* m_externalCancel = nullptr;
    qint64 m_bulkLoadRows = 10000;
};

} // namespace badgedesk
