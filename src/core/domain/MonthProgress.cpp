#include "MonthProgress.h"

#include <QObject>

namespace badgedesk {

QString MonthProgress::stepKey(Step step)
{
    switch (step) {
    case Step::Imported:
        return QStringLiteral("imported");
    case Step::Reviewed:
        return QStringLiteral("reviewed");
    case Step::SignedOff:
        return QStringLiteral("signedOff");
    case Step::Notified:
        return QStringLiteral("notified");
    case Step::Issued:
        return QStringLiteral("issued");
    case Step::Done:
        return QStringLiteral("done");
    }
    return {};
}

QList<MonthProgress::StepState> MonthProgress::compute(const Facts& f)
{
    QList<StepState> steps;
    for (Step s : {Step::Imported, Step::Reviewed, Step::SignedOff, Step::Notified, Step::Issued, Step::Done})
        steps.append({s, State::NotStarted, {}});
    auto& imported = steps[0];
    auto& reviewed = steps[1];
    auto& signedOff = steps[2];
    auto& notified = steps[3];
    auto& issued = steps[4];
    auto& done = steps[5];

    if (!f.exists || f.rows == 0) {
        imported.state = State::Current;
        imported.why = QObject::tr("Import this month's export to begin.");
        return steps;
    }
    imported.state = State::Done;
    imported.why = QObject::tr("%n row(s) imported.", nullptr, f.rows);

    if (f.undecided > 0) {
        reviewed.state = State::Current;
        reviewed.why = QObject::tr("%n row(s) still to approve or reject.", nullptr, f.undecided);
        return steps;
    }
    reviewed.state = State::Done;
    reviewed.why = QObject::tr("Every row is decided.");

    if (f.approved == 0) {
        signedOff.state = State::Blocked;
        signedOff.why = QObject::tr("No row is approved: there is nothing to sign off.");
        return steps;
    }
    if (!f.signedOff || f.signOffVoid) {
        signedOff.state = f.signOffVoid ? State::Blocked : State::Current;
        signedOff.why = f.signOffVoid ? QObject::tr("Sign-off voided by an edit: sign off again.")
                                      : QObject::tr("Sign off the %n approved row(s).", nullptr, f.approved);
        return steps;
    }
    signedOff.state = State::Done;
    signedOff.why = QObject::tr("Signed off.");

    if (!f.noticeSent) {
        notified.state = State::Current;
        notified.why = QObject::tr("Send the students the notice before Credly writes to them.");
        return steps;
    }
    if (f.noticeDaysLeft > 0) {
        notified.state = State::Blocked;
        notified.why = QObject::tr("Notice wait: %n day(s) left.", nullptr, f.noticeDaysLeft);
        return steps;
    }
    notified.state = State::Done;
    notified.why = QObject::tr("Notice sent.");

    if (f.issued < f.approved) {
        issued.state = f.failed > 0 ? State::Blocked : State::Current;
        issued.why = f.failed > 0 ? QObject::tr("%n badge(s) failed: see the Issue page.", nullptr, f.failed)
                                  : QObject::tr("%1 of %2 badges issued.").arg(f.issued).arg(f.approved);
        return steps;
    }
    issued.state = State::Done;
    issued.why = QObject::tr("All %n badge(s) issued.", nullptr, f.issued);
    done.state = State::Done;
    done.why = QObject::tr("The month is done.");
    return steps;
}

} // namespace badgedesk
