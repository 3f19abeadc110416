#pragma once

#include "domain/CatalogTableParser.h"

#include <QDate>
#include <QList>
#include <QString>

namespace badgedesk {

class Database;

// Practice's "Load sample month": writes a synthetic month (SampleDataGenerator) and fills the
// catalog from its approved list (CatalogTableParser -> CatalogDiff -> CatalogRepository::applyImport,
// one change set that can be undone). Refused outside Practice, so sample data never meets real
// data. The caller then syncs the Practice templates (TemplateSync) and hands the month file to
// importMonthIntoBatch(), which imports it as a batch.
class SampleMonthLoader
{
public:
    struct Result
    {
        QString error; // empty on success; nothing was written to the catalog when set
        QDate month;
        QString directory;
        QString monthFile;    // ctims_realtime_YYYY-MM.csv: what importMonthIntoBatch() takes
        QString approvedFile; // approved_assessments.csv
        int monthRows = 0;
        qint64 changeSetId = 0; // 0 when the catalog already matched the list
        int added = 0;
        int changed = 0;
        int retired = 0;
        QList<CatalogTableParser::Problem> problems; // the list's deliberate messes, reported

        bool isOk() const { return error.isEmpty(); }
        QString summary() const;
    };

    // month: any day of it; an invalid date means the month before today (the month the
    // specialist works on). directory: where the files go (created).
    static Result load(Database& db, const QDate& month, const QString& directory, quint32 seed = 1);

    // The month before today's.
    static QDate defaultMonth(const QDate& today);
    // <folder of the database>/practice-samples/YYYY-MM
    static QString defaultDirectory(const QString& databasePath, const QDate& month);

    // Fills a batch from the month file through the Importer (as File > Import Export does).
    // True when the rows are in a batch: newly imported, or this very file was imported before
    // (*batchId is then the earlier batch). *message says what happened either way.
    static bool importMonthIntoBatch(Database& db, const QString& monthFilePath, QString* message,
                                     qint64* batchId = nullptr);
};

} // namespace badgedesk
