#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace badgedesk {

// One approved row's predicted outcome in the preflight dry run.
struct PreflightRow
{
    enum class Outcome
    {
        Issue,         // nothing at Credly yet: the run sends it
        AtCredly,      // Credly already has the badge: the run adopts it
        AlreadyIssued, // the journal has it issued or adopted: the run skips it
        Blocked,       // the run cannot issue it; why says what to do
        Unchecked,     // Credly could not be asked; why says what went wrong
    };

    qint64 certificationId = 0;
    qint64 journalId = 0;
    QString name;
    QString email;
    QString assessmentCode;
    QString templateId;
    QString templateName;
    Outcome outcome = Outcome::Issue;
    QString why;
    QString badgeId; // AtCredly, AlreadyIssued

    static QString outcomeKey(Outcome outcome);  // issue, at_credly, already_issued, blocked, unchecked
    static QString outcomeText(Outcome outcome); // for the user
};

} // namespace badgedesk
