#include "NoticeList.h"

#include "NoticeLanguage.h"
#include "NoticeRepository.h"
#include "issuing/IssueGate.h"
#include "reports/CsvWriter.h"
#include "reports/XlsxWorkbookWriter.h"
#include "storage/IssuanceRepository.h"
#include "storage/SignOffRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

namespace badgedesk {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("NoticeList", text, nullptr, n);
}

enum Column
{
    FirstName,
    LastName,
    Email,
    BadgeName,
    AssessmentTitle,
    School,
    ExpectedIssueDate,
    IssueDateWritten,
    Language,
    ColumnCount,
};

// libxlsxwriter writes in place; the workbook is built aside and moved in whole (QSaveFile), so a
// full disk never leaves half a file where the last good one was.
bool moveIn(const QString& built, const QString& path, QString* error)
{
    QFile source(built);
    QSaveFile target(path);
    if (!source.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly) ||
        target.write(source.readAll()) != source.size() || !target.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, target.errorString());
        return false;
    }
    return true;
}

} // namespace

NoticeList NoticeList::build(QSqlDatabase db, qint64 batchId, const Options& options)
{
    NoticeList list;
    list.m_batchId = batchId;
    NoticeRepository notices(db);
    list.m_agencyName = notices.agencyName();
    list.m_waitDays = IssueGate::noticeWaitDays(db);
    const NoticeRepository::Status sent = notices.status(batchId);
    list.m_noticeDate = sent.sent
                            ? sent.sentAt.toLocalTime().date()
                            : (options.noticeDate.isValid() ? options.noticeDate : QDate::currentDate());
    list.m_issueDate = NoticeRepository::expectedIssueDate(list.m_noticeDate, list.m_waitDays);

    const SignOffRepository::Status signOff = SignOffRepository(db).status(batchId);
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM batches WHERE id = ?"));
    exists.addBindValue(batchId);
    if (!exists.exec() || !exists.next()) {
        list.m_problem = tr("There is no such batch. Pick one from the batch selector.");
        return list;
    }
    if (signOff.state != SignOffRepository::State::Valid) {
        list.m_problem =
            signOff.state == SignOffRepository::State::Voided
                ? tr("The sign-off of this batch was voided by a later change. Sign it off again on the "
                     "Review page; the notice goes only to a signed-off list.")
                : tr("This batch is not signed off yet. Approve its rows and sign it off on the Review "
                     "page; the notice goes only to a signed-off list.");
        return list;
    }

    const QString batchLanguage = notices.batchLanguage(batchId);
    QSqlQuery q(db);
    // The badge's name: the template the classifier chose (else the catalog's), as Credly names it
    // in the synced cache of this environment; else the catalog's title.
    q.prepare(
        QStringLiteral("SELECT c.id, c.first_name, c.last_name, c.email, c.school_name, c.assessment_code, "
                       "COALESCE(NULLIF(c.assessment_title, ''), ce.title), c.language, t.name, ce.title "
                       "FROM certifications c "
                       "LEFT JOIN catalog_entries ce ON ce.code = c.assessment_code "
                       "LEFT JOIN credly_templates t ON t.environment = ? AND "
                       "  t.id = COALESCE(NULLIF(c.template_id, ''), ce.credly_template_id) "
                       "WHERE c.batch_id = ? AND c.status IN %1 "
                       "ORDER BY c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE, c.id")
            .arg(IssuanceRepository::issuableStatusesSql()));
    q.addBindValue(environmentKey(options.environment));
    q.addBindValue(batchId);
    if (!q.exec()) {
        list.m_problem = tr("The batch's rows could not be read.");
        return list;
    }
    while (q.next()) {
        Row r;
        r.certificationId = q.value(0).toLongLong();
        r.firstName = q.value(1).toString();
        r.lastName = q.value(2).toString();
        r.email = q.value(3).toString();
        r.schoolName = q.value(4).toString();
        r.assessmentCode = q.value(5).toString();
        r.assessmentTitle = q.value(6).toString();
        r.language = NoticeLanguage::effective(q.value(7).toString(), batchLanguage);
        r.badgeName = q.value(8).toString().trimmed();
        if (r.badgeName.isEmpty())
            r.badgeName = q.value(9).toString().trimmed();
        if (r.badgeName.isEmpty())
            r.badgeName = r.assessmentTitle;
        r.expectedIssueDate = list.m_issueDate;
        list.m_rows.append(r);
    }
    if (list.m_rows.isEmpty())
        list.m_problem = tr("The batch has no approved rows: there is nobody to notify.");
    return list;
}

QHash<QString, int> NoticeList::languageCounts() const
{
    QHash<QString, int> counts;
    for (const Row& r : m_rows)
        ++counts[r.language];
    return counts;
}

QStringList NoticeList::header()
{
    // Fixed English names: mail-merge documents refer to the columns by name, whatever language
    // the app is shown in.
    return {QStringLiteral("First Name"),
            QStringLiteral("Last Name"),
            QStringLiteral("Email"),
            QStringLiteral("Badge Name"),
            QStringLiteral("Assessment Title"),
            QStringLiteral("School"),
            QStringLiteral("Expected Issue Date"),
            QStringLiteral("Issue Date As Written"),
            QStringLiteral("Language")};
}

QString NoticeList::formatDate(const QDate& date, const QString& language)
{
    if (!date.isValid())
        return {};
    if (language == QLatin1String(NoticeLanguage::kSpanish))
        return QLocale(QLocale::Spanish, QLocale::UnitedStates)
            .toString(date, QStringLiteral("d 'de' MMMM 'de' yyyy"));
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(date, QStringLiteral("MMMM d, yyyy"));
}

QStringList NoticeList::cells(const Row& row)
{
    QStringList c;
    c.reserve(ColumnCount);
    c << row.firstName << row.lastName << row.email << row.badgeName << row.assessmentTitle << row.schoolName
      << row.expectedIssueDate.toString(Qt::ISODate) << formatDate(row.expectedIssueDate, row.language)
      << row.language;
    return c;
}

QHash<QString, QString> NoticeList::valuesFor(const Row& row) const
{
    return {{QStringLiteral("first_name"), row.firstName},
            {QStringLiteral("last_name"), row.lastName},
            {QStringLiteral("email"), row.email},
            {QStringLiteral("badge_name"), row.badgeName},
            {QStringLiteral("assessment_title"), row.assessmentTitle},
            {QStringLiteral("assessment_code"), row.assessmentCode},
            {QStringLiteral("school_name"), row.schoolName},
            {QStringLiteral("issue_date"), formatDate(row.expectedIssueDate, row.language)},
            {QStringLiteral("agency_name"), m_agencyName}};
}

NoticeTemplate::Rendered NoticeList::render(const Row& row, const NoticeTemplate& notice) const
{
    return notice.render(valuesFor(row));
}

bool NoticeList::writeXlsx(const QString& path, QString* error) const
{
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        if (error)
            *error = tr("Could not make a temporary folder for the export: %1").arg(scratch.errorString());
        return false;
    }
    const QString built = scratch.filePath(QStringLiteral("notice-list.xlsx"));
    {
        XlsxWorkbookWriter xlsx(built);
        xlsx.setDateFormats(QStringLiteral("mmmm d, yyyy"), QStringLiteral("m/d/yyyy h:mm"));
        bool ok = xlsx.isOpen() && xlsx.addWorksheet(QStringLiteral("Notice List")) &&
                  xlsx.writeHeader(0, header(), int(m_rows.size()));
        for (int i = 0; ok && i < m_rows.size(); ++i) {
            const Row& row = m_rows.at(i);
            const QStringList text = cells(row);
            for (int c = 0; ok && c < ColumnCount; ++c) {
                // The date as a real date; everything else as a string cell, which Excel never runs
                // as a formula (a name such as "=HYPERLINK(...)" stays text).
                ok = c == ExpectedIssueDate ? xlsx.writeDate(i + 1, c, row.expectedIssueDate)
                                            : xlsx.writeString(i + 1, c, text.at(c));
            }
        }
        ok = ok && xlsx.setColumnWidth(FirstName, LastName, 16) && xlsx.setColumnWidth(Email, Email, 32) &&
             xlsx.setColumnWidth(BadgeName, AssessmentTitle, 40) && xlsx.setColumnWidth(School, School, 30) &&
             xlsx.setColumnWidth(ExpectedIssueDate, IssueDateWritten, 22) &&
             xlsx.setColumnWidth(Language, Language, 10);
        if (!xlsx.close() || !ok) {
            if (error)
                *error = tr("Could not write %1: %2").arg(path, xlsx.errorMessage());
            return false;
        }
    }
    return moveIn(built, path, error);
}

bool NoticeList::writeCsv(const QString& path, QString* error) const
{
    CsvWriter::Options options;
    options.guardFormulas = true;
    CsvWriter writer(options);
    QList<QStringList> table;
    table.reserve(m_rows.size() + 1);
    table.append(header());
    for (const Row& row : m_rows)
        table.append(cells(row));
    if (!writer.writeFile(path, table)) {
        if (error)
            *error = writer.errorMessage();
        return false;
    }
    return true;
}

bool NoticeList::writeMessagesCsv(const QString& path, const QHash<QString, NoticeTemplate>& templates,
                                  QString* error) const
{
    CsvWriter::Options options;
    options.guardFormulas = true;
    CsvWriter writer(options);
    QList<QStringList> table;
    table.append({QStringLiteral("Email"), QStringLiteral("First Name"), QStringLiteral("Last Name"),
                  QStringLiteral("Language"), QStringLiteral("Subject"), QStringLiteral("Message")});
    for (const Row& row : m_rows) {
        const NoticeTemplate notice = templates.contains(row.language)
                                          ? templates.value(row.language)
                                          : NoticeTemplate::defaultFor(row.language);
        const NoticeTemplate::Rendered r = render(row, notice);
        table.append({row.email, row.firstName, row.lastName, row.language, r.subject, r.body});
    }
    if (!writer.writeFile(path, table)) {
        if (error)
            *error = writer.errorMessage();
        return false;
    }
    return true;
}

} // namespace badgedesk
