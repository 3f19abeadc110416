#pragma once

#include "domain/CatalogEntry.h"
#include "domain/CatalogTableParser.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace badgedesk {

// Reads a published Approved Assessment list (.csv or .xlsx) into catalog entries: finds the
// header row below any title rows, skips totals lines, and lets CatalogTableParser understand the
// messy values. Nothing is written anywhere; the caller previews a CatalogDiff from entries().
class CatalogListReader
{
public:
    // False with errorMessage() when the file cannot be read at all (missing, wrong format, no
    // header row); row-level problems go to problems() and do not fail the read.
    bool read(const QString& path);

    const QList<CatalogEntry>& entries() const { return m_parser.entries(); }
    const QList<CatalogTableParser::Problem>& problems() const { return m_parser.problems(); }
    const QStringList& heldCodes() const { return m_parser.heldCodes(); }
    // The catalog fields the file has columns for; CatalogDiff keeps the others as they are.
    QStringList listedFields() const { return m_parser.mappedFields(); }
    // The catalog fields the file has no column for, e.g. {"credly_template_id", "notes"}.
    QStringList unlistedFields() const;
    qint64 headerRow() const { return m_headerRow; }
    qint64 dataRows() const { return m_dataRows; } // non-blank rows below the header
    QString errorMessage() const { return m_error; }

    // The extensions read(): "csv", "txt", "xlsx", "xlsm".
    static bool isSupported(const QString& path);

private:
    bool fail(const QString& message);

    CatalogTableParser m_parser;
    qint64 m_headerRow = 0;
    qint64 m_dataRows = 0;
    QString m_error;
};

} // namespace badgedesk
