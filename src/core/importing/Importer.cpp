#include "Importer.h"

#include "RowNormalizer.h"
#include "RowPipeline.h"
#include "SheetScanner.h"
#include "storage/CatalogRepository.h"
#include "storage/ImportProfileRepository.h"
#include "storage/ImportRepository.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <future>

// Defined in XlsxReader.cpp: one "badgedesk.import" category for the whole area.
Q_DECLARE_LOGGING_CATEGORY(lcImport)

namespace badgedesk {
namespace {

constexpr qsizetype kMaxUnreadableListed = 1000;

SheetScanner::Options scannerOptions(const ImportOptions& options)
{
    SheetScanner::Options o;
    o.path = options.filePath;
    o.sheetName = options.sheetName;
    o.encoding = options.encoding;
    o.delimiter = options.delimiter;
    o.headerRow = options.headerRow;
    return o;
}

// The month a row belongs to: its entry time, else its test date.
QString rowMonth(const ImportedRow& row)
{
    const QString entered = row.value(ImportField::EntryTime);
    if (entered.size() >= 7)
        return entered.left(7);
    const QString tested = row.value(ImportField::TestDate);
    return tested.size() >= 7 ? tested.left(7) : QString();
}

// The most common month; a tie goes to the later month (an export of last month may carry a
// few entries made on the first of this one, never the other way round).
QString mostCommonMonth(const QMap<QString, qint64>& counts)
{
    QString best;
    qint64 bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() >= bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

QString mostCommonMonth(const QMap<int, qint64>& counts)
{
    QMap<QString, qint64> named;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        named.insert(QStringLiteral("%1-%2")
                         .arg(it.key() / 100, 4, 10, QLatin1Char('0'))
                         .arg(it.key() % 100, 2, 10, QLatin1Char('0')),
                     it.value());
    return mostCommonMonth(named);
}

QString displayTime(const QString& isoUtc)
{
    const QDateTime when = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!when.isValid())
        return isoUtc;
    return when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QStringList catalogCodes(const QSqlDatabase& db)
{
    QStringList codes;
    for (const CatalogEntry& entry : CatalogRepository(db).all())
        codes << entry.code;
    return codes;
}

// Raises the connection's page cache (negative: KiB) for the life of the guard.
class CacheSizeGuard
{
public:
    CacheSizeGuard(const QSqlDatabase& db, int size) : m_db(db)
    {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            m_previous = q.value(0).toInt();
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(size));
    }
    ~CacheSizeGuard()
    {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
    }
    CacheSizeGuard(const CacheSizeGuard&) = delete;
    CacheSizeGuard& operator=(const CacheSizeGuard&) = delete;

private:
    QSqlDatabase m_db;
    int m_previous = -2000;
};

} // namespace

Importer::Importer(QSqlDatabase db) : m_db(std::move(db)) {}

bool Importer::isValidMonth(const QString& month)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
    return pattern.match(month).hasMatch();
}

QString Importer::fileSha256(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("Cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        if (error)
            *error = QStringLiteral("Cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}

bool Importer::resolveMapping(const QStringList& header, const ImportOptions& options, ColumnMapping* mapping,
                              QString* profileName, QString* error) const
{
    profileName->clear();
    if (options.mapping) {
        if (options.mapping->header() != header) {
            *error =
                QStringLiteral("The file's column names are not the ones the mapping was made for (the file "
                               "changed, or another header row or sheet was chosen). Go back to the preview "
                               "and map the columns again.");
            return false;
        }
        *mapping = *options.mapping;
        return true;
    }
    ImportProfileRepository profiles(m_db);
    if (!options.profileName.isEmpty()) {
        const auto profile = profiles.byName(options.profileName);
        if (!profile) {
            QStringList names;
            for (const ImportProfile& p : profiles.all())
                names << QLatin1Char('"') + p.name + QLatin1Char('"');
            *error =
                names.isEmpty()
                    ? QStringLiteral("There is no mapping profile named \"%1\"; none is saved yet. Import "
                                     "without --profile to map the columns by their names.")
                          .arg(options.profileName)
                    : QStringLiteral("There is no mapping profile named \"%1\". Saved profiles: %2.")
                          .arg(options.profileName, names.join(QStringLiteral(", ")));
            return false;
        }
        const QStringList missing = profile->missingHeaders(header);
        if (!missing.isEmpty()) {
            *error =
                QStringLiteral("The mapping profile \"%1\" does not fit this file: it has no column named "
                               "%2. Choose another profile or map the columns again.")
                    .arg(profile->name,
                         QLatin1Char('"') + missing.join(QStringLiteral("\", \"")) + QLatin1Char('"'));
            return false;
        }
        *mapping = profile->apply(header);
        *profileName = profile->name;
        return true;
    }
    if (const auto profile = profiles.match(header)) {
        *mapping = profile->apply(header);
        *profileName = profile->name;
        return true;
    }
    *mapping = ColumnMapping::detect(header);
    return true;
}

ImportPreview Importer::preview(const ImportOptions& options) const
{
    ImportPreview preview;
    const QFileInfo info(options.filePath);
    preview.filePath = info.absoluteFilePath();
    preview.fileName = info.fileName();
    preview.fileSize = info.size();

    SheetScanner scanner(scannerOptions(options));
    const bool opened = scanner.open();
    preview.format = SheetScanner::formatName(scanner.format());
    preview.sheetNames = scanner.sheetNames();
    preview.sheetName = scanner.sheetName();
    preview.date1904 = scanner.isDate1904();
    preview.encoding = scanner.encoding();
    preview.encodingName = scanner.format() == SheetScanner::Format::Csv
                               ? CsvReader::encodingName(scanner.encoding())
                               : QString();
    preview.hasByteOrderMark = scanner.hasByteOrderMark();
    preview.delimiter = scanner.delimiter();
    if (!opened) {
        preview.error = scanner.errorString();
        return preview;
    }
    preview.headerRowNumber = scanner.headerRowNumber();
    preview.header = scanner.header();
    preview.rowsAboveHeader = scanner.leadingRows();

    QString error;
    if (!resolveMapping(preview.header, options, &preview.mapping, &preview.profileName, &error)) {
        preview.error = error;
        preview.mapping = ColumnMapping::detect(preview.header);
    }
    preview.missingRequired = preview.mapping.missingRequired();
    preview.missingRequiredMessage = preview.mapping.missingRequiredMessage();

    QList<QPair<qint64, QStringList>> head;
    qint64 rowNumber = 0;
    QStringList cells;
    while (head.size() < ImportPreview::MaxRows && scanner.next(&rowNumber, &cells))
        head.append({rowNumber, cells});
    if (!scanner.errorString().isEmpty() && preview.error.isEmpty())
        preview.error = QStringLiteral("Row %1 and after cannot be read: %2")
                            .arg(rowNumber + 1)
                            .arg(scanner.errorString());

    RowNormalizer normalizer(preview.mapping, ValueNormalizer::CodeIndex(catalogCodes(m_db)),
                             scanner.isDate1904());
    QList<QStringList> sample;
    for (const auto& row : std::as_const(head))
        sample << row.second;
    normalizer.learn(sample);
    QMap<QString, qint64> months;
    for (const auto& row : std::as_const(head)) {
        ImportedRow imported = normalizer.normalize(row.first, row.second);
        if (imported.isUnreadable()) {
            ++preview.unreadableRows;
        } else {
            for (const ImportProblem& problem : std::as_const(imported.problems))
                ++preview.problemCounts[ImportProblem::key(problem.kind)];
            const QString month = rowMonth(imported);
            if (!month.isEmpty())
                ++months[month];
        }
        preview.rows.append(std::move(imported));
    }
    preview.detectedMonth = mostCommonMonth(months);

    preview.sha256 = fileSha256(options.filePath, &error);
    if (!preview.sha256.isEmpty())
        preview.previousImport = ImportRepository(m_db).findBySha256(preview.sha256);
    preview.ok = preview.error.isEmpty();
    return preview;
}

ImportResult Importer::run(const ImportOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    ImportResult result;
    const QFileInfo info(options.filePath);
    result.filePath = info.absoluteFilePath();
    result.fileName = info.fileName();
    result.fileSize = info.size();
    const auto finish = [&](ImportResult::Status status, const QString& message) {
        result.status = status;
        result.message = message;
        result.milliseconds = timer.elapsed();
        // Info, not warning: the caller shows the message; this is for diagnostics.
        qCInfo(lcImport).noquote() << "import of" << result.fileName << ImportResult::statusKey(status)
                                   << "rows read" << result.rowsRead << "added" << result.rowsAdded
                                   << message;
        return result;
    };
    using Status = ImportResult::Status;

    if (!options.month.isEmpty() && !isValidMonth(options.month))
        return finish(Status::Failed,
                      QStringLiteral("\"%1\" is not a month: write it as YYYY-MM, for example 2026-10.")
                          .arg(options.month));

    // Hash the file while the scanner opens it (a 30 MB file takes a noticeable moment).
    QString hashError;
    std::future<QString> hashing = std::async(
        std::launch::async, [&options, &hashError] { return fileSha256(options.filePath, &hashError); });

    SheetScanner scanner(scannerOptions(options));
    if (!scanner.open())
        return finish(Status::Failed, scanner.errorString());
    result.format = SheetScanner::formatName(scanner.format());
    if (scanner.format() == SheetScanner::Format::Csv)
        result.encodingName = CsvReader::encodingName(scanner.encoding());
    result.sheetName = scanner.sheetName();
    result.headerRowNumber = scanner.headerRowNumber();

    ColumnMapping mapping;
    QString error;
    if (!resolveMapping(scanner.header(), options, &mapping, &result.profileName, &error))
        return finish(Status::Failed, error);
    if (!mapping.isComplete())
        return finish(Status::Failed, mapping.missingRequiredMessage());

    result.sha256 = hashing.get();
    if (result.sha256.isEmpty())
        return finish(Status::Failed, hashError);
    ImportRepository repository(m_db);
    if (const auto previous = repository.findBySha256(result.sha256)) {
        result.previousImport = previous;
        result.batchId = previous->batchId;
        result.month = previous->month;
        return finish(
            Status::AlreadyImported,
            QStringLiteral("%1 was already imported on %2 as batch %3 (month %4, %5 rows added). Nothing "
                           "was added.")
                .arg(result.fileName, displayTime(previous->importedAt))
                .arg(previous->batchId)
                .arg(previous->month)
                .arg(previous->rowsAdded));
    }

    // The first rows teach the normaliser each date column's habits before any row is stored.
    QList<QPair<qint64, QStringList>> head;
    qint64 rowNumber = 0;
    QStringList cells;
    while (head.size() < ImportPreview::MaxRows && scanner.next(&rowNumber, &cells))
        head.append({rowNumber, cells});
    RowNormalizer normalizer(mapping, ValueNormalizer::CodeIndex(catalogCodes(m_db)), scanner.isDate1904());
    {
        QList<QStringList> sample;
        for (const auto& row : std::as_const(head))
            sample << row.second;
        normalizer.learn(sample);
    }

    // A 100,000-row import touches more pages than SQLite's default 2 MB cache holds: pages
    // would spill to the WAL mid-transaction and be read back. Restored when run() returns.
    CacheSizeGuard cache(m_db, -64 * 1024);
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return finish(Status::Failed,
                      QStringLiteral("Could not start writing to the database: %1. Nothing was "
                                     "imported; try again, or close other programs using it.")
                          .arg(m_db.lastError().text()));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const qint64 batchId = repository.createBatch(
        options.month.isEmpty() ? QStringLiteral("0000-01") : options.month, result.fileName, now);
    ImportRepository::FileRecord record;
    record.batchId = batchId;
    record.fileName = result.fileName;
    record.sha256 = result.sha256;
    record.fileSize = result.fileSize;
    record.format = result.format;
    record.encoding = result.encodingName;
    record.sheetName = result.sheetName;
    record.headerRow = result.headerRowNumber;
    record.header = scanner.header();
    record.profileName = result.profileName;
    record.mapping = mapping.toJson();
    record.importedAt = now;
    const qint64 importFileId = batchId > 0 ? repository.createImportFile(record) : 0;
    // A large file into a small table (a first import of years of history, the benchmark):
    // build the secondary indexes once at the end instead of row by row. The estimate comes
    // from how far into the file the first rows reached.
    const qint64 headBytes = scanner.bytesRead();
    const qint64 estimatedRows =
        headBytes > 0 ? qint64(double(head.size()) * double(scanner.bytesTotal()) / double(headBytes))
                      : qint64(head.size());
    const bool bulk = estimatedRows >= m_bulkLoadRows && estimatedRows > repository.certificationCount();
    if (bulk && !repository.deferIndexes())
        return finish(Status::Failed,
                      QStringLiteral("Could not write to the database: %1. Nothing was imported.")
                          .arg(repository.error()));
    if (importFileId <= 0 || !repository.prepareRows(batchId, importFileId, now))
        return finish(Status::Failed,
                      QStringLiteral("Could not write to the database: %1. Nothing was imported.")
                          .arg(repository.error()));

    QMap<int, qint64> months;        // year * 100 + month -> rows added
    QMap<int, qint64> problemCounts; // by ImportProblemKind, over the rows added
    ImportProgress progress;
    progress.bytesTotal = scanner.bytesTotal();
    QString rowError;
    // Stores one row (this thread owns the connection); false on a database error.
    const auto store = [&](const RowPipeline::Item& item) {
        ++result.rowsRead;
        if (item.encoded.isUnreadable()) {
            ++result.rowsUnreadable;
            if (result.unreadable.size() < kMaxUnreadableListed)
                result.unreadable.append({item.encoded.rowNumber, item.unreadableReason});
            if (!repository.insertUnreadableEncoded(item.encoded)) {
                rowError = repository.error();
                return false;
            }
            return true;
        }
        qint64 existingBatch = 0;
        switch (repository.insertEncoded(item.encoded, &existingBatch)) {
        case ImportRepository::Insert::Failed:
            rowError = repository.error();
            return false;
        case ImportRepository::Insert::AlreadyPresent:
            ++result.rowsAlreadyPresent;
            if (existingBatch == batchId)
                ++result.rowsRepeatedInFile;
            else
                ++result.alreadyPresentIn[existingBatch];
            break;
        case ImportRepository::Insert::Added:
            ++result.rowsAdded;
            for (const ImportProblemKind kind : item.problems)
                ++problemCounts[int(kind)];
            if (item.month > 0)
                ++months[item.month];
            break;
        }
        return true;
    };

    const QString nothingImported = QStringLiteral(" Nothing was imported.");
    const QString cancelled = QStringLiteral("Import cancelled.") + nothingImported;
    RowPipeline pipeline(scanner, normalizer, std::move(head));
    pipeline.start();
    RowPipeline::Chunk chunk;
    while (pipeline.next(&chunk)) {
        for (qsizetype i = 0; i < chunk.items.size(); ++i) {
            if (isCancelRequested())
                return finish(Status::Cancelled, cancelled);
            if (!store(chunk.items.at(i)))
                return finish(Status::Failed, rowError + nothingImported);
            if (m_progress && result.rowsRead % ProgressEveryRows == 0) {
                progress.rowsRead = result.rowsRead;
                // Bytes are known per chunk (the reader runs ahead): the chunk's end.
                progress.bytesRead = qMin(progress.bytesTotal, chunk.bytesRead);
                m_progress(progress);
            }
        }
    }
    pipeline.stop();
    if (isCancelRequested())
        return finish(Status::Cancelled, cancelled);
    if (!pipeline.error().isEmpty())
        return finish(Status::Failed, QStringLiteral("Reading stopped after file row %1: %2")
                                              .arg(pipeline.lastRowNumber())
                                              .arg(pipeline.error()) +
                                          nothingImported);
    if (bulk && !repository.restoreIndexes())
        return finish(Status::Failed,
                      QStringLiteral("Could not write to the database: %1.").arg(repository.error()) +
                          nothingImported);
    result.rowsSkipped = scanner.skippedRows();
    if (m_progress) {
        progress.rowsRead = result.rowsRead;
        progress.bytesRead = scanner.bytesTotal();
        m_progress(progress);
    }

    if (result.rowsRead == 0)
        return finish(Status::Failed,
                      QStringLiteral("%1 has column names (row %2) but no data rows below them. Check "
                                     "that this is the month's export.")
                          .arg(result.fileName)
                          .arg(result.headerRowNumber));
    if (result.rowsAdded == 0) {
        QStringList where;
        for (auto it = result.alreadyPresentIn.cbegin(); it != result.alreadyPresentIn.cend(); ++it)
            where << QStringLiteral("batch %1: %2").arg(it.key()).arg(it.value());
        result.batchId = 0;
        QString message = QStringLiteral("Every row of %1 was already imported (%2). Nothing was added.")
                              .arg(result.fileName, where.isEmpty() ? QStringLiteral("repeated in the file")
                                                                    : where.join(QStringLiteral("; ")));
        if (result.rowsUnreadable > 0)
            message =
                QStringLiteral("No row of %1 could be imported: %2 were already imported and %3 could not be "
                               "read. Nothing was added.")
                    .arg(result.fileName)
                    .arg(result.rowsAlreadyPresent)
                    .arg(result.rowsUnreadable);
        return finish(Status::NothingNew, message);
    }

    for (auto it = problemCounts.cbegin(); it != problemCounts.cend(); ++it)
        result.problemCounts.insert(ImportProblem::key(ImportProblemKind(it.key())), int(it.value()));
    result.month = options.month.isEmpty() ? mostCommonMonth(months) : options.month;
    if (result.month.isEmpty())
        return finish(Status::Failed,
                      QStringLiteral("Could not tell the month: no row has an entry time or test date. "
                                     "Choose the month (badgedesk-cli import --month YYYY-MM).") +
                          nothingImported);
    result.milliseconds = timer.elapsed();
    ImportRepository::FileCounts counts;
    counts.rowsRead = result.rowsRead;
    counts.rowsAdded = result.rowsAdded;
    counts.rowsAlreadyPresent = result.rowsAlreadyPresent;
    counts.rowsRepeatedInFile = result.rowsRepeatedInFile;
    counts.rowsUnreadable = result.rowsUnreadable;
    counts.rowsSkipped = result.rowsSkipped;
    counts.problems = result.problemCounts;
    counts.durationMs = result.milliseconds;
    if (!repository.setBatchMonth(batchId, result.month) ||
        !repository.finishImportFile(importFileId, counts))
        return finish(Status::Failed,
                      QStringLiteral("Could not write to the database: %1.").arg(repository.error()) +
                          nothingImported);
    if (!result.profileName.isEmpty())
        ImportProfileRepository(m_db).markUsed(result.profileName);
    if (isCancelRequested())
        return finish(Status::Cancelled, QStringLiteral("Import cancelled.") + nothingImported);
    if (!transaction.commit())
        return finish(Status::Failed,
                      QStringLiteral("Could not save the import: %1.").arg(m_db.lastError().text()) +
                          nothingImported);

    result.batchId = batchId;
    result.importFileId = importFileId;
    QString message = QStringLiteral("Imported %1 as batch %2 (month %3): %4 of %5 rows added")
                          .arg(result.fileName)
                          .arg(batchId)
                          .arg(result.month)
                          .arg(result.rowsAdded)
                          .arg(result.rowsRead);
    if (result.rowsAlreadyPresent > 0)
        message += QStringLiteral(", %1 already present").arg(result.rowsAlreadyPresent);
    if (result.rowsUnreadable > 0)
        message += QStringLiteral(", %1 unreadable (kept raw)").arg(result.rowsUnreadable);
    message += QLatin1Char('.');
    return finish(Status::Imported, message);
}

} // namespace badgedesk
