#include "SampleMonthLoader.h"

#include "SampleDataGenerator.h"
#include "domain/CatalogDiff.h"
#include "importing/Importer.h"
#include "storage/CatalogRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace badgedesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SampleMonthLoader", text);
}

} // namespace

QDate SampleMonthLoader::defaultMonth(const QDate& today)
{
    const QDate first(today.year(), today.month(), 1);
    return first.addMonths(-1);
}

QString SampleMonthLoader::defaultDirectory(const QString& databasePath, const QDate& month)
{
    return QFileInfo(databasePath).absolutePath() + QStringLiteral("/practice-samples/") +
           month.toString(QStringLiteral("yyyy-MM"));
}

SampleMonthLoader::Result SampleMonthLoader::load(Database& db, const QDate& month, const QString& directory,
                                                  quint32 seed)
{
    Result r;
    r.month = month.isValid() ? QDate(month.year(), month.month(), 1) : defaultMonth(QDate::currentDate());
    r.directory = directory.isEmpty() ? defaultDirectory(db.path(), r.month) : directory;
    if (db.environment() != CredlyEnvironment::Practice) {
        r.error = tr("Sample data is loaded only in the Practice environment, so it never meets real data. "
                     "Switch to Practice in Credly > Settings first.");
        return r;
    }
    if (!QDir().mkpath(r.directory)) {
        r.error = tr("The folder %1 could not be created. Check that you may write there.").arg(r.directory);
        return r;
    }

    SampleDataGenerator::Options options;
    options.month = r.month;
    options.seed = seed;
    SampleDataGenerator generator(options);
    QList<SampleDataGenerator::WrittenFile> written;
    if (!generator.writeAll(r.directory, &written)) {
        r.error = generator.errorMessage();
        return r;
    }
    const QDir dir(r.directory);
    r.monthFile = dir.filePath(generator.monthlyBaseName() + QStringLiteral(".csv"));
    r.approvedFile = dir.filePath(SampleDataGenerator::approvedBaseName() + QStringLiteral(".csv"));
    r.monthRows = generator.rows();

    // The same cells the approved CSV holds, straight from the generator: no second reader needed.
    const SampleDataGenerator::Table approved = generator.approvedAssessments();
    CatalogTableParser parser;
    if (!parser.setHeader(approved.header)) {
        r.error = parser.error();
        return r;
    }
    qint64 row = 1;
    for (const QStringList& cells : approved.rows)
        parser.addRow(cells, ++row);
    r.problems = parser.problems();

    CatalogRepository catalog(db.connection());
    const CatalogDiff diff = CatalogDiff::compute(catalog.all(), parser.entries());
    r.added = static_cast<int>(diff.added.size());
    r.changed = static_cast<int>(diff.changed.size());
    r.retired = static_cast<int>(diff.missing.size());
    if (!diff.isEmpty()) {
        r.changeSetId =
            catalog.applyImport(diff, r.month, QFileInfo(r.approvedFile).fileName(), tr("sample month"));
        if (r.changeSetId == 0) {
            r.error = catalog.error();
            return r;
        }
    }
    return r;
}

QString SampleMonthLoader::Result::summary() const
{
    if (!isOk())
        return error;
    const QString catalog =
        changeSetId == 0 ? tr("The catalog already matches the sample approved list.")
                         : tr("Catalog: %1 added, %2 changed, %3 retired from the sample approved list.")
                               .arg(added)
                               .arg(changed)
                               .arg(retired);
    return tr("Sample month %1 written to %2 (%3 rows). %4")
        .arg(month.toString(QStringLiteral("yyyy-MM")), QDir::toNativeSeparators(directory))
        .arg(monthRows)
        .arg(catalog);
}

bool SampleMonthLoader::importMonthIntoBatch(Database& db, const QString& monthFilePath, QString* message,
                                             qint64* batchId)
{
    // The same Importer as File > Import Export and `badgedesk-cli import`: the month is taken
    // from the entry times, the columns by their names (or a saved profile that fits).
    ImportOptions options;
    options.filePath = monthFilePath;
    const ImportResult result = Importer(db.connection()).run(options);
    if (message)
        *message = result.message;
    if (batchId)
        *batchId = result.batchId;
    // Loading the same sample month twice finds its batch again: not an error.
    return result.succeeded() || result.status == ImportResult::Status::AlreadyImported;
}

} // namespace badgedesk
