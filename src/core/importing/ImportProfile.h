#pragma once

#include "ColumnMapping.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace badgedesk {

// A column mapping saved by name. It remembers header texts, not positions, so it still fits
// when a month's export moves or adds columns; it fits a file whose header has every header
// text it maps (compared the way synonyms are: case, spaces and punctuation ignored).
struct ImportProfile
{
    QString name;
    QMap<ImportField, QString> columns; // field -> header text
    QStringList header;                 // the whole header it was saved from
    QString createdAt;                  // ISO UTC, set by the repository
    QString updatedAt;
    QString lastUsedAt; // empty until an import used it

    static ImportProfile fromMapping(const QString& name, const ColumnMapping& mapping);

    bool isEmpty() const { return columns.isEmpty(); }
    // Header texts this profile maps that the given header lacks.
    QStringList missingHeaders(const QStringList& fileHeader) const;
    bool fits(const QStringList& fileHeader) const
    {
        return !isEmpty() && missingHeaders(fileHeader).isEmpty();
    }
    // True when the file's header is the one the profile was saved from (same texts, same order).
    bool sameHeader(const QStringList& fileHeader) const;
    // The mapping onto this header; fields whose header is missing stay unmapped.
    ColumnMapping apply(const QStringList& fileHeader) const;

    QJsonObject mappingJson() const; // {"email": "Student Email", ...}
    static QMap<ImportField, QString> columnsFromJson(const QJsonObject& object);
};

} // namespace badgedesk
