#pragma once

#include "importing/ImportPreview.h"
#include "importing/ImportedRow.h"

#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>
#include <array>
#include <memory>
#include <optional>

namespace badgedesk {

// The import's writes: batches, import_files (provenance and counts), certifications and
// import_unreadable_rows. The Importer calls these inside its one transaction; nothing here
// commits. Row inserts go straight through SQLite's C API on the connection's own handle, with
// statements prepared once (prepareRows()): a 100,000-row import spends most of its time here,
// and Qt Sql's per-value QVariant binding tripled it.
class ImportRepository
{
public:
    struct FileRecord
    {
        qint64 batchId = 0;
        QString fileName;
        QString sha256;
        qint64 fileSize = 0;
        QString format;
        QString encoding;
        QString sheetName;
        qint64 headerRow = 0;
        QStringList header;
        QString profileName;
        QJsonObject mapping;
        QString importedAt;
    };
    struct FileCounts
    {
        qint64 rowsRead = 0;
        qint64 rowsAdded = 0;
        qint64 rowsAlreadyPresent = 0;
        qint64 rowsRepeatedInFile = 0;
        qint64 rowsUnreadable = 0;
        qint64 rowsSkipped = 0;
        QMap<QString, int> problems;
        qint64 durationMs = 0;
    };
    // The certifications columns filled from ImportedRow::values.
    static constexpr std::size_t StoredFieldCount = 23;
    // A row turned into the bytes the INSERT binds: JSON and UTF-8 work that can run on another
    // thread than the one holding the connection (RowPipeline). All of a row's text sits in one
    // buffer, so handing it to the storing thread and freeing it there costs one allocation.
    struct EncodedRow
    {
        struct Span
        {
            qsizetype offset = 0;
            qsizetype size = -1; // -1: NULL
        };
        qint64 rowNumber = 0;
        QByteArray data;
        Span rawJson;
        Span rowKey;
        std::array<Span, StoredFieldCount> values; // empty values bind NULL
        Span problemsJson;
        Span unreadableReason; // set: the row goes to import_unreadable_rows

        bool isUnreadable() const { return unreadableReason.size >= 0; }
        QByteArrayView view(const Span& span) const { return {data.constData() + span.offset, span.size}; }
    };
    enum class Insert
    {
        Added,
        AlreadyPresent,
        Failed,
    };

    explicit ImportRepository(QSqlDatabase db);
    ~ImportRepository();
    ImportRepository(const ImportRepository&) = delete;
    ImportRepository& operator=(const ImportRepository&) = delete;

    // The latest import of a file with this SHA-256, if any.
    std::optional<PreviousImport> findBySha256(const QString& sha256) const;
    // Every import, newest first (for the wizard's history and the tests).
    QList<PreviousImport> imports() const;

    qint64 createBatch(const QString& month, const QString& label, const QString& createdAt);
    bool setBatchMonth(qint64 batchId, const QString& month);
    qint64 createImportFile(const FileRecord& record);
    bool finishImportFile(qint64 importFileId, const FileCounts& counts);

    qint64 certificationCount() const;
    // Bulk load, inside the import's transaction: drops the non-unique indexes on certifications
    // and builds them again in restoreIndexes(). For a large import into a small table, one
    // build after the inserts is much cheaper than updating every index on every insert. The
    // unique row_key index stays: it is what finds rows imported before.
    bool deferIndexes();
    bool restoreIndexes();

    // Before insertRow()/insertUnreadable().
    bool prepareRows(qint64 batchId, qint64 importFileId, const QString& now);
    static EncodedRow encode(const ImportedRow& row);
    // AlreadyPresent when a row with the same key exists; *existingBatch is then its batch.
    Insert insertRow(const ImportedRow& row, qint64* existingBatch = nullptr);
    Insert insertEncoded(const EncodedRow& row, qint64* existingBatch = nullptr);
    bool insertUnreadable(const ImportedRow& row);
    bool insertUnreadableEncoded(const EncodedRow& row);

    QString error() const { return m_error; }

    // ["1234567", "3/14/2025 2:37:11 PM", ...]: the row's cells as read, in file order; the
    // import file's header_json names them. (An array, not an object keyed by header: the keys
    // would double the size of the table and of the time to write it.)
    static QString rawJson(const QStringList& cells);
    static QString problemsJson(const QList<ImportProblem>& problems);

private:
    bool fail(const QString& message);

    QSqlDatabase m_db;
    QString m_error;
    qint64 m_batchId = 0;
    qint64 m_importFileId = 0;
    QByteArray m_now;
    QStringList m_deferredIndexes; // CREATE INDEX statements to run again
    struct Statements;
    std::unique_ptr<Statements> m_statements;
};

} // namespace badgedesk
