#pragma once

#include "NoticeTemplate.h"
#include "domain/CredlyEnvironment.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace badgedesk {

// The mail-merge list of a batch's pre-issuance notice (issue 8 item 1): one row per approved
// student of a validly signed-off batch, with what the notice says (names, email, badge name,
// assessment, school, expected issue date, language), written to XLSX and CSV for the agency's
// mail merge, and each student's message rendered from the template of their language.
class NoticeList
{
public:
    struct Row
    {
        qint64 certificationId = 0;
        QString firstName;
        QString lastName;
        QString email;
        QString badgeName; // the Credly template's name from the cache, else the catalog's title
        QString assessmentCode;
        QString assessmentTitle;
        QString schoolName;
        QDate expectedIssueDate;
        QString language; // "en" or "es": the row's own, else the batch's default
    };

    struct Options
    {
        CredlyEnvironment environment = CredlyEnvironment::Practice; // whose template names
        // The day the notice goes out: the recorded date when there is one, else this (today when
        // invalid). The expected issue date is that day plus the notice wait.
        QDate noticeDate;
    };

    // The list, or empty rows and problem() saying what to do (no such batch, not signed off or
    // sign-off voided, no approved rows). Sorted by last name, first name.
    static NoticeList build(QSqlDatabase db, qint64 batchId, const Options& options);

    qint64 batchId() const { return m_batchId; }
    const QList<Row>& rows() const { return m_rows; }
    QString problem() const { return m_problem; }
    bool isValid() const { return m_problem.isEmpty(); }
    QDate noticeDate() const { return m_noticeDate; }
    QDate expectedIssueDate() const { return m_issueDate; }
    int waitDays() const { return m_waitDays; }
    QString agencyName() const { return m_agencyName; }
    // Rows per language key.
    QHash<QString, int> languageCounts() const;

    // The list's columns, in file order.
    static QStringList header();
    // One row's cells as text (the date as yyyy-MM-dd), in header() order.
    static QStringList cells(const Row& row);
    // "October 14, 2026" / "14 de octubre de 2026".
    static QString formatDate(const QDate& date, const QString& language);

    // The placeholder values for a row ({{first_name}}...).
    QHash<QString, QString> valuesFor(const Row& row) const;
    NoticeTemplate::Rendered render(const Row& row, const NoticeTemplate& notice) const;

    // Files for the mail merge, written aside and moved in (nothing half-written is left). Text
    // that a spreadsheet would run as a formula (= + - @ tab CR) stays text: a string cell in
    // XLSX, a leading apostrophe in CSV.
    bool writeXlsx(const QString& path, QString* error) const;
    bool writeCsv(const QString& path, QString* error) const;
    // Every student's rendered message (email, language, subject, message), for checking or a
    // mail tool that takes whole messages; templates by language.
    bool writeMessagesCsv(const QString& path, const QHash<QString, NoticeTemplate>& templates,
                          QString* error) const;

private:
    qint64 m_batchId = 0;
    QList<Row> m_rows;
    QString m_problem;
    QDate m_noticeDate;
    QDate m_issueDate;
    int m_waitDays = 0;
    QString m_agencyName;
};

} // namespace badgedesk
