#include "CredlyBulkCsv.h"

#include "CsvWriter.h"

#include <QDir>
#include <QFile>

namespace badgedesk {

QStringList CredlyBulkCsv::header()
{
    return {QStringLiteral("Badge Template ID"),
            QStringLiteral("Recipient Email"),
            QStringLiteral("First Name"),
            QStringLiteral("Middle Name"),
            QStringLiteral("Last Name"),
            QStringLiteral("Issued at date"),
            QStringLiteral("Expiration Date"),
            QStringLiteral("Issuer Earner ID"),
            QStringLiteral("Country"),
            QStringLiteral("State or Province"),
            QStringLiteral("Evidence Name"),
            QStringLiteral("Evidence URL"),
            QStringLiteral("Text Evidence Name"),
            QStringLiteral("Text Evidence URL"),
            QStringLiteral("ID Evidence Title"),
            QStringLiteral("ID Evidence Description"),
            QStringLiteral("Locale")};
}

QString CredlyBulkCsv::formatDate(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("MM/dd/yy")) : QString();
}

QStringList CredlyBulkCsv::write(const QString& directory, const QString& baseName, const QList<Row>& rows,
                                 QString* error)
{
    QStringList written;
    const QDir dir(directory);
    const int files = rows.isEmpty() ? 1 : int((rows.size() + MaxRowsPerFile - 1) / MaxRowsPerFile);
    const int columns = int(header().size());
    CsvWriter::Options options;
    options.byteOrderMark = false; // Credly matches the header text; a BOM would sit in front of it
    for (int f = 0; f < files; ++f) {
        QList<QStringList> lines{header()};
        const qsizetype first = qsizetype(f) * MaxRowsPerFile;
        for (qsizetype i = first; i < qMin<qsizetype>(rows.size(), first + MaxRowsPerFile); ++i) {
            const Row& r = rows.at(i);
            QStringList cells(columns);
            cells[0] = r.templateId;
            cells[1] = r.email;
            cells[2] = r.firstName;
            cells[3] = r.middleName;
            cells[4] = r.lastName;
            cells[5] = formatDate(r.issuedAt);
            cells[7] = r.issuerEarnerId;
            cells[16] = r.locale;
            lines.append(cells);
        }
        const QString name = files == 1 ? baseName + QStringLiteral(".csv")
                                        : QStringLiteral("%1-%2.csv").arg(baseName).arg(f + 1);
        const QString path = dir.filePath(name);
        CsvWriter writer(options);
        if (!writer.writeFile(path, lines)) {
            for (const QString& p : std::as_const(written))
                QFile::remove(p);
            if (error)
                *error = writer.errorMessage();
            return {};
        }
        written.append(path);
    }
    return written;
}

} // namespace badgedesk
