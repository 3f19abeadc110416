#include "CatalogListWriter.h"

#include "CsvWriter.h"
#include "XlsxWorkbookWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QSaveFile>
#include <QTemporaryDir>

namespace badgedesk {
namespace {

enum Column
{
    Code,
    Title,
    CredentialingBody,
    Vendor,
    CredentialType,
    ProgramArea,
    EffectiveDate,
    RetiredDate,
    VendorBadges,
    CareerTechBadges,
    TemplateId,
    TemplateName,
    Notes,
};

QString yesNo(bool flag)
{
    return flag ? QStringLiteral("Y") : QStringLiteral("N");
}

} // namespace

QStringList CatalogListWriter::header()
{
    return {QStringLiteral("AssessmentCode"),
            QStringLiteral("AssessmentTitle"),
            QStringLiteral("CredentialingBody"),
            QStringLiteral("TestingVendor"),
            QStringLiteral("CredentialType"),
            QStringLiteral("ProgramArea"),
            QStringLiteral("EffectiveDate"),
            QStringLiteral("RetiredDate"),
            QStringLiteral("VendorIssuesDigitalBadge"),
            QStringLiteral("CareerTechBadges"),
            QStringLiteral("CredlyTemplateID"),
            QStringLiteral("BadgeName"),
            QStringLiteral("Notes")};
}

QStringList CatalogListWriter::row(const CatalogEntry& entry, const CatalogValidator& validator)
{
    const auto t = validator.templateFor(entry.credlyTemplateId);
    return {entry.code,
            entry.title,
            entry.credentialingBody,
            entry.vendor,
            entry.credentialType,
            entry.programArea,
            entry.fieldValue(QStringLiteral("effective_date")),
            entry.fieldValue(QStringLiteral("retired_date")),
            yesNo(entry.vendorBadges),
            yesNo(entry.careertechBadges),
            entry.credlyTemplateId,
            t ? t->name : QString(),
            entry.notes};
}

bool CatalogListWriter::isSupported(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx");
}

bool CatalogListWriter::write(const QString& path, const QList<CatalogEntry>& entries,
                              const CatalogValidator& validator)
{
    m_error.clear();
    if (!isSupported(path)) {
        m_error = QObject::tr("Name the export file with .xlsx or .csv at the end, e.g. catalog.xlsx.");
        return false;
    }
    if (QFileInfo(path).suffix().toLower() == QLatin1String("xlsx"))
        return writeXlsx(path, entries, validator);

    QList<QStringList> rows{header()};
    for (const CatalogEntry& entry : entries)
        rows << row(entry, validator);
    CsvWriter writer;
    if (!writer.writeFile(path, rows)) {
        m_error = QObject::tr("Could not write %1: %2").arg(path, writer.errorMessage());
        return false;
    }
    return true;
}

bool CatalogListWriter::writeXlsx(const QString& path, const QList<CatalogEntry>& entries,
                                  const CatalogValidator& validator)
{
    // libxlsxwriter writes in place; build the workbook aside and move it in whole (QSaveFile),
    // so a full disk or a crash never leaves a truncated workbook where the old one was.
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        m_error =
            QObject::tr("Could not make a temporary folder for the export: %1").arg(scratch.errorString());
        return false;
    }
    const QString temporary = scratch.filePath(QStringLiteral("catalog.xlsx"));
    {
        XlsxWorkbookWriter xlsx(temporary);
        bool ok = xlsx.isOpen() && xlsx.addWorksheet(QStringLiteral("Approved Assessments")) &&
                  xlsx.writeHeader(0, header(), int(entries.size()));
        for (int i = 0; ok && i < entries.size(); ++i) {
            const CatalogEntry& entry = entries.at(i);
            const QStringList cells = row(entry, validator);
            for (int c = 0; ok && c < cells.size(); ++c) {
                // Dates as real Excel dates; codes and everything else as text, so "0911" keeps
                // its zero.
                if (c == EffectiveDate)
                    ok = xlsx.writeDate(i + 1, c, entry.effectiveDate);
                else if (c == RetiredDate)
                    ok = xlsx.writeDate(i + 1, c, entry.retiredDate);
                else
                    ok = xlsx.writeString(i + 1, c, cells.at(c));
            }
        }
        ok = ok && xlsx.setColumnWidth(Code, Code, 12) && xlsx.setColumnWidth(Title, Title, 48) &&
             xlsx.setColumnWidth(CredentialingBody, ProgramArea, 24) &&
             xlsx.setColumnWidth(EffectiveDate, CareerTechBadges, 14) &&
             xlsx.setColumnWidth(TemplateId, TemplateId, 38) && xlsx.setColumnWidth(TemplateName, Notes, 40);
        if (!xlsx.close() || !ok) {
            m_error = QObject::tr("Could not write %1: %2").arg(path, xlsx.errorMessage());
            return false;
        }
    }
    QFile built(temporary);
    QSaveFile target(path);
    if (!built.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly) ||
        target.write(built.readAll()) != built.size() || !target.commit()) {
        m_error = QObject::tr("Could not write %1: %2").arg(path, target.errorString());
        return false;
    }
    return true;
}

} // namespace badgedesk
