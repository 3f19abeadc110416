#include "ImportJob.h"

#include "Importer.h"
#include "storage/Database.h"

namespace badgedesk {

ImportJob::ImportJob(const QString& databasePath, const ImportOptions& options, QObject* parent)
    : QObject(parent), m_databasePath(databasePath), m_options(options)
{
    qRegisterMetaType<badgedesk::ImportResult>();
    qRegisterMetaType<badgedesk::ImportPreview>();
}

void ImportJob::preview()
{
    Database database;
    ImportPreview result;
    if (!database.openConnection(m_databasePath))
        result.error = database.errorMessage();
    else
        result = Importer(database.connection()).preview(m_options);
    emit previewReady(result);
}

void ImportJob::run()
{
    Database database;
    if (!database.openConnection(m_databasePath)) {
        m_result = ImportResult();
        m_result.status = ImportResult::Status::Failed;
        m_result.message = database.errorMessage();
    } else {
        Importer importer(database.connection());
        importer.setCancelFlag(&m_cancel);
        importer.setProgressCallback(
            [this](const ImportProgress& p) { emit progress(p.rowsRead, p.bytesRead, p.bytesTotal); });
        m_result = importer.run(m_options);
    }
    emit finished(m_result);
}

} // namespace badgedesk
