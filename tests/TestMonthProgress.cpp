#include "domain/MonthProgress.h"

#include <QTest>

using namespace badgedesk;
using S = MonthProgress::State;

namespace {

// "done,done,current,..." for the six steps.
QString states(const MonthProgress::Facts& facts)
{
    QStringList out;
    for (const auto& s : MonthProgress::compute(facts)) {
        switch (s.state) {
        case S::NotStarted:
            out << QStringLiteral("-");
            break;
        case S::Current:
            out << QStringLiteral("current");
            break;
        case S::Done:
            out << QStringLiteral("done");
            break;
        case S::Blocked:
            out << QStringLiteral("blocked");
            break;
        }
    }
    return out.join(QLatin1Char(','));
}

QString why(const MonthProgress::Facts& facts, MonthProgress::Step step)
{
    return MonthProgress::compute(facts).at(int(step)).why;
}

} // namespace

class TestMonthProgress : public QObject
{
    Q_OBJECT
private slots:
    void path()
    {
        MonthProgress::Facts f;
        QCOMPARE(states(f), QStringLiteral("current,-,-,-,-,-"));
        QCOMPARE(why(f, MonthProgress::Step::Imported),
                 QStringLiteral("Import this month's export to begin."));

        f.exists = true;
        f.rows = 900;
        f.undecided = 12;
        QCOMPARE(states(f), QStringLiteral("done,current,-,-,-,-"));
        QCOMPARE(why(f, MonthProgress::Step::Reviewed),
                 QStringLiteral("12 row(s) still to approve or reject."));

        f.undecided = 0;
        QCOMPARE(states(f), QStringLiteral("done,done,blocked,-,-,-")); // nothing approved
        f.approved = 400;
        QCOMPARE(states(f), QStringLiteral("done,done,current,-,-,-"));
        f.signedOff = true;
        f.signOffVoid = true;
        QCOMPARE(states(f), QStringLiteral("done,done,blocked,-,-,-"));
        QCOMPARE(why(f, MonthProgress::Step::SignedOff),
                 QStringLiteral("Sign-off voided by an edit: sign off again."));
        f.signOffVoid = false;
        QCOMPARE(states(f), QStringLiteral("done,done,done,current,-,-"));
        f.noticeSent = true;
        f.noticeDaysLeft = 2;
        QCOMPARE(states(f), QStringLiteral("done,done,done,blocked,-,-"));
        QCOMPARE(why(f, MonthProgress::Step::Notified), QStringLiteral("Notice wait: 2 day(s) left."));
        f.noticeDaysLeft = 0;
        QCOMPARE(states(f), QStringLiteral("done,done,done,done,current,-"));
        f.issued = 390;
        f.failed = 10;
        QCOMPARE(states(f), QStringLiteral("done,done,done,done,blocked,-"));
        f.failed = 0;
        f.issued = 400;
        QCOMPARE(states(f), QStringLiteral("done,done,done,done,done,done"));
        QCOMPARE(MonthProgress::stepKey(MonthProgress::Step::SignedOff), QStringLiteral("signedOff"));
    }
};

QTEST_GUILESS_MAIN(TestMonthProgress)
#include "TestMonthProgress.moc"
