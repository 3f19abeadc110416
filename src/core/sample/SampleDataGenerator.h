#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace badgedesk {

// Deterministic synthetic data (domain.md §7): a CTIMS "Real-Time" monthly export with its
// messy cases and the approved-assessment list it draws from. The same options always give
// the same cells; nothing depends on the clock or on hash order. Every email address is in a
// reserved domain (example.com/.org/.net, .test) and no value looks like a 9-digit SSN.
class SampleDataGenerator
{
public:
    struct Options
    {
        QDate month;                 // any day of the report month
        int rows = 0;                // data rows of the export; 0: defaultRows(month)
        quint32 seed = 1;            // the approved list depends on the seed only
        bool titleAndTotals = false; // a title row above the header and a totals row below
        // domain.md 7.2 item 9: this month's column names (one of three variants chosen by the
        // month, e.g. "Student Email" or "Email Address") and blank columns between.
        bool headerDrift = false;
        // domain.md 7.2 item 7: the CSVs as Excel on Windows saves them (no BOM, '?' for what the
        // code page cannot hold). The XLSX files are not affected.
        bool windows1252 = false;
    };

    // How the XLSX stores a column; the CSV always holds the text.
    enum class CellKind
    {
        Text,
        Integer,  // a number when the text is a plain integer, else text (e.g. "1.23E+09")
        Date,     // an Excel date when the text is M/d/yyyy, a number when it is a serial
        DateTime, // an Excel date-time when the text is M/d/yyyy h:mm:ss AM/PM
    };

    struct Table
    {
        QString title; // written above the header when not empty
        QStringList header;
        QList<CellKind> kinds;
        QList<QStringList> rows;
        QStringList totals; // written below the rows when not empty
    };

    struct WrittenFile
    {
        QString path;
        int rows = 0; // data rows, header, title and totals not counted
    };

    // A Credly badge template the approved list names (the agency badges the assessment).
    struct BadgeTemplate
    {
        QString id; // UUID without braces, templateIdFor(seed, code)
        QString name;
        QString code;
        QString title;
    };

    explicit SampleDataGenerator(const Options& options);

    // The template id the sample list gives an assessment; the simulator seeds the same ids, so
    // a sample catalog and the Practice environment agree without a lookup table.
    static QString templateIdFor(quint32 seed, const QString& code);

    // "2026-10" -> 2026-10-01; false (and *firstDay untouched) for anything else.
    static bool parseMonth(const QString& text, QDate* firstDay);
    // domain.md §7.1: 900 rows a month, 3,500 in May (spring testing), 250 in July.
    static int defaultRows(const QDate& month);

    QDate month() const { return m_month; }
    int rows() const { return m_rows; }

    Table approvedAssessments() const;
    // Every template of the approved list's badged entries, sorted by code (about 150).
    QList<BadgeTemplate> badgeTemplates() const;
    Table monthlyExport() const;

    QString monthlyBaseName() const;   // ctims_realtime_YYYY-MM
    static QString approvedBaseName(); // approved_assessments

    // Writes the four files (CSV and XLSX of both tables) into an existing directory.
    bool writeAll(const QString& directory, QList<WrittenFile>* written = nullptr);
    QString errorMessage() const { return m_errorMessage; }

    static bool writeCsv(const Table& table, const QString& path, QString* error, bool windows1252 = false);
    static bool writeXlsx(const Table& table, const QString& path, const QString& sheetName,
                          const QDateTime& created, bool mergeTitle, QString* error);

private:
    QDate m_month;
    int m_rows = 0;
    bool m_rowsWereDefault = false;
    quint32 m_seed = 1;
    bool m_titleAndTotals = false;
    bool m_headerDrift = false;
    bool m_windows1252 = false;
    QString m_errorMessage;
};

} // namespace badgedesk
