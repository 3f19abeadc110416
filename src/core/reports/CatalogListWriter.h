#pragma once

#include "domain/CatalogEntry.h"
#include "domain/CatalogValidator.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace badgedesk {

// Writes the catalog as an Approved Assessment list (.csv or .xlsx, by the file's extension) that
// CatalogListReader reads back unchanged: export, then import, previews no change. Retired
// entries are included (with their retired date) so a round trip never brings them back.
class CatalogListWriter
{
public:
    // The header, in the published list's own names so the file also reads as a familiar list.
    static QStringList header();
    // One entry as text cells, in header() order; the template's name comes from the validator's
    // cache (an informational column the reader ignores).
    static QStringList row(const CatalogEntry& entry, const CatalogValidator& validator);

    // Atomic: a failed write leaves no file, or the old file, behind.
    bool write(const QString& path, const QList<CatalogEntry>& entries, const CatalogValidator& validator);
    QString errorMessage() const { return m_error; }

    static bool isSupported(const QString& path); // .csv or .xlsx

private:
    bool writeXlsx(const QString& path, const QList<CatalogEntry>& entries,
                   const CatalogValidator& validator);

    QString m_error;
};

} // namespace badgedesk
