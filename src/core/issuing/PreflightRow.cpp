#include "PreflightRow.h"

#include <QCoreApplication>

namespace badgedesk {

QString PreflightRow::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Issue:
        return QStringLiteral("issue");
    case Outcome::AtCredly:
        return QStringLiteral("at_credly");
    case Outcome::AlreadyIssued:
        return QStringLiteral("already_issued");
    case Outcome::Blocked:
        return QStringLiteral("blocked");
    case Outcome::Unchecked:
        return QStringLiteral("unchecked");
    }
    return {};
}

QString PreflightRow::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Issue:
        return QCoreApplication::translate("PreflightRow", "Will be issued");
    case Outcome::AtCredly:
        return QCoreApplication::translate("PreflightRow", "Already at Credly");
    case Outcome::AlreadyIssued:
        return QCoreApplication::translate("PreflightRow", "Issued before");
    case Outcome::Blocked:
        return QCoreApplication::translate("PreflightRow", "Blocked");
    case Outcome::Unchecked:
        return QCoreApplication::translate("PreflightRow", "Not checked");
    }
    return {};
}

} // namespace badgedesk
