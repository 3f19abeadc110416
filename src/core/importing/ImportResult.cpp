#include "ImportResult.h"

#include <QJsonArray>

namespace badgedesk {

QString ImportResult::statusKey(Status status)
{
    switch (status) {
    case Status::Imported:
        return QStringLiteral("imported");
    case Status::AlreadyImported:
        return QStringLiteral("already_imported");
    case Status::NothingNew:
        return QStringLiteral("nothing_new");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    case Status::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QJsonObject ImportResult::toJson() const
{
    QJsonObject problems;
    for (auto it = problemCounts.cbegin(); it != problemCounts.cend(); ++it)
        problems.insert(it.key(), it.value());
    QJsonArray unreadableRows;
    for (const UnreadableRow& row : unreadable)
        unreadableRows.append(
            QJsonObject{{QStringLiteral("row"), row.rowNumber}, {QStringLiteral("reason"), row.reason}});
    QJsonArray presentIn;
    for (auto it = alreadyPresentIn.cbegin(); it != alreadyPresentIn.cend(); ++it)
        presentIn.append(
            QJsonObject{{QStringLiteral("batch"), it.key()}, {QStringLiteral("rows"), it.value()}});

    QJsonObject object{
        {QStringLiteral("status"), statusKey(status)},
        {QStringLiteral("message"), message},
        {QStringLiteral("batch"), batchId > 0 ? QJsonValue(batchId) : QJsonValue()},
        {QStringLiteral("month"), month.isEmpty() ? QJsonValue() : QJsonValue(month)},
        {QStringLiteral("profile"), profileName.isEmpty() ? QJsonValue() : QJsonValue(profileName)},
        {QStringLiteral("file"),
         QJsonObject{
             {QStringLiteral("path"), filePath},
             {QStringLiteral("name"), fileName},
             {QStringLiteral("size"), fileSize},
             {QStringLiteral("sha256"), sha256},
             {QStringLiteral("format"), format},
             {QStringLiteral("encoding"), encodingName.isEmpty() ? QJsonValue() : QJsonValue(encodingName)},
             {QStringLiteral("sheet"), sheetName.isEmpty() ? QJsonValue() : QJsonValue(sheetName)},
             {QStringLiteral("header_row"), headerRowNumber},
         }},
        {QStringLiteral("rows_read"), rowsRead},
        {QStringLiteral("rows_added"), rowsAdded},
        {QStringLiteral("rows_already_present"), rowsAlreadyPresent},
        {QStringLiteral("rows_repeated_in_file"), rowsRepeatedInFile},
        {QStringLiteral("rows_unreadable"), rowsUnreadable},
        {QStringLiteral("rows_skipped"), rowsSkipped},
        {QStringLiteral("problems"), problems},
        {QStringLiteral("unreadable"), unreadableRows},
        {QStringLiteral("already_present_in"), presentIn},
        {QStringLiteral("milliseconds"), milliseconds},
    };
    // Like every command's errors: scripts can test for "error".
    if (status == Status::Failed || status == Status::Cancelled)
        object.insert(QStringLiteral("error"), message);
    if (previousImport) {
        object.insert(QStringLiteral("previous_import"),
                      QJsonObject{{QStringLiteral("batch"), previousImport->batchId},
                                  {QStringLiteral("month"), previousImport->month},
                                  {QStringLiteral("file_name"), previousImport->fileName},
                                  {QStringLiteral("imported_at"), previousImport->importedAt},
                                  {QStringLiteral("rows_added"), previousImport->rowsAdded}});
    }
    return object;
}

} // namespace badgedesk
