#pragma once

#include "domain/CatalogEntry.h"
#include "domain/EmailCheck.h"
#include "domain/ReasonCode.h"
#include "domain/RowStatus.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace badgedesk {

// Sorts every row of a batch into eligible, needs_attention or excluded with one reason code
// (BRIEF "Reason codes"; issue 5). Pure logic over values: the caller reads rows, the catalog and
// the history of issued badges from storage and writes the results back.
//
// Precedence, first wins: not_on_list, retired, vendor_badged, not_passed, already_badged,
// duplicate_in_batch (these exclude), then no_template, missing_name, bad_date, no_email,
// bad_email, under_13 (these need the specialist's attention).
class Classifier
{
public:
    // What the specialist already decided about a row; it matters for dedupe only: an approved
    // row stays the one kept of its badge key, a rejected row is kept only when all are.
    enum class Decision
    {
        None,
        Approved, // approved, or beyond (queued, sending, issued, failed)
        Rejected,
    };

    // One imported row, normalised.
    struct Row
    {
        qint64 id = 0;
        QString studentId;
        QString firstName;
        QString lastName;
        QString email;
        QString schoolCode;
        QString schoolName;
        QString assessmentCode;
        QDate testDate;           // invalid when missing or unreadable
        bool dateFlagged = false; // the importer flagged the date (ambiguous, after the entry, ...)
        QString result;           // "Pass", "P", "Fail", "" ...
        QDate dateOfBirth;        // invalid when not given
        QDateTime enteredAt;
        Decision decision = Decision::None;
    };

    // Badges issued before this batch (Production only), by badge key and by email + template.
    struct IssuedHistory
    {
        QSet<QString> badgeKeys;
        QSet<QString> emailTemplateKeys; // emailTemplateKey(email, templateId)
    };

    struct Outcome
    {
        RowStatus status = RowStatus::Eligible;
        std::optional<ReasonCode> reason;
        QString detail;          // plain words for the specialist, empty when eligible
        QString emailSuggestion; // from EmailCheck, when it has one
        QString templateId;      // the badge template the row would be issued with
        QString badgeKey;
        qint64 keptRowId = 0; // for duplicate_in_batch: the row that is kept
    };

    Classifier(const QList<CatalogEntry>& catalog, IssuedHistory history);

    // Templates that can issue (active at Credly). When set, a template missing from it counts
    // as no_template ("archived or unknown"); when never set, any non-empty id is accepted.
    void setUsableTemplates(const QSet<QString>& templateIds);

    // One outcome per row, in the same order.
    QList<Outcome> classify(const QList<Row>& rows) const;

    // A person: the normalised student id when present, else the email, else name plus school.
    static QString personKey(const Row& row);
    // Person plus assessment code.
    static QString badgeKey(const Row& row);
    static QString emailTemplateKey(const QString& email, const QString& templateId);
    // "Pass", "P", "Passed", "PASS", "Earned", "Y", and blank (the Real-Time section records
    // earned credentials; a blank result is not a failure).
    static bool isPassed(const QString& result);
    // Whole years between birth and the date.
    static int ageOn(const QDate& birth, const QDate& on);

private:
    const CatalogEntry* entryFor(const QString& code) const;
    Outcome classifyAlone(const Row& row) const;

    QHash<QString, CatalogEntry> m_catalog;
    IssuedHistory m_history;
    std::optional<QSet<QString>> m_usableTemplates;
};

} // namespace badgedesk
