#include "domain/Classifier.h"

#include <QTest>

using namespace badgedesk;
using R = ReasonCode;

Q_DECLARE_METATYPE(badgedesk::ReasonCode)

namespace {

const QDate TestDay(2026, 10, 14);

CatalogEntry badgedEntry(const QString& code = QStringLiteral("0911"))
{
    CatalogEntry e;
    e.code = code;
    e.title = QStringLiteral("Entrepreneurship");
    e.vendor = QStringLiteral("CareerTech Testing Center");
    e.effectiveDate = QDate(2020, 7, 1);
    e.careertechBadges = true;
    e.credlyTemplateId = QStringLiteral("tpl-") + code;
    return e;
}

Classifier::Row goodRow(qint64 id = 1)
{
    Classifier::Row r;
    r.id = id;
    r.studentId = QStringLiteral("0012345678");
    r.firstName = QStringLiteral("Jane");
    r.lastName = QStringLiteral("Doe");
    r.email = QStringLiteral("jane.doe@students.example.org");
    r.schoolCode = QStringLiteral("55I089705");
    r.assessmentCode = QStringLiteral("0911");
    r.testDate = TestDay;
    r.result = QStringLiteral("Pass");
    r.dateOfBirth = QDate(2009, 3, 2);
    r.enteredAt = QDateTime(TestDay.addDays(3), QTime(10, 0), Qt::UTC);
    return r;
}

// Makes a case meet one reason, on the row or on the catalog entry it points at.
struct Case
{
    Classifier::Row row = goodRow();
    CatalogEntry entry = badgedEntry();
    bool alreadyBadged = false;
    bool duplicate = false;
};

void apply(Case& c, ReasonCode reason)
{
    switch (reason) {
    case R::NotOnList: // not yet on the list on the test date
        c.entry.effectiveDate = c.row.testDate.addDays(1);
        break;
    case R::Retired:
        c.entry.retiredDate = c.row.testDate.addDays(-1);
        break;
    case R::VendorBadged:
        c.entry.vendorBadges = true;
        break;
    case R::NotPassed:
        c.row.result = QStringLiteral("Fail");
        break;
    case R::AlreadyBadged:
        c.alreadyBadged = true;
        break;
    case R::DuplicateInBatch:
        c.duplicate = true;
        break;
    case R::NoTemplate:
        c.entry.credlyTemplateId.clear();
        break;
    case R::MissingName:
        c.row.lastName.clear();
        break;
    case R::BadDate:
        c.row.dateFlagged = true;
        break;
    case R::NoEmail:
        c.row.email.clear();
        break;
    case R::BadEmail:
        c.row.email = QStringLiteral("jane doe@example.org");
        break;
    case R::Under13:
        c.row.dateOfBirth = c.row.testDate.addYears(-12);
        break;
    }
}

// The outcome for the case's row (for a duplicate: the later of two identical entries).
Classifier::Outcome run(const Case& c)
{
    Classifier::IssuedHistory history;
    if (c.alreadyBadged)
        history.badgeKeys.insert(Classifier::badgeKey(c.row));
    const Classifier classifier({c.entry}, history);
    QList<Classifier::Row> rows{c.row};
    if (c.duplicate) {
        Classifier::Row earlier = c.row;
        earlier.id = 99;
        earlier.enteredAt = c.row.enteredAt.addSecs(-3600);
        rows.prepend(earlier);
    }
    return classifier.classify(rows).constLast();
}

const QList<ReasonCode> Precedence{R::NotOnList,     R::Retired,          R::VendorBadged, R::NotPassed,
                                   R::AlreadyBadged, R::DuplicateInBatch, R::NoTemplate,   R::MissingName,
                                   R::BadDate,       R::NoEmail,          R::BadEmail,     R::Under13};

} // namespace

class TestClassifier : public QObject
{
    Q_OBJECT
private slots:
    void eligibleRow()
    {
        const auto outcome = run(Case{});
        QCOMPARE(outcome.status, RowStatus::Eligible);
        QVERIFY(!outcome.reason.has_value());
        QVERIFY(outcome.detail.isEmpty());
        QCOMPARE(outcome.templateId, QStringLiteral("tpl-0911"));
    }

    void eachReasonAlone_data()
    {
        QTest::addColumn<ReasonCode>("reason");
        QTest::addColumn<QString>("detail");
        QTest::newRow("not_on_list") << R::NotOnList
                                     << QStringLiteral("joined the approved list on 2026-10-15");
        QTest::newRow("retired") << R::Retired << QStringLiteral("retired on 2026-10-13");
        QTest::newRow("vendor_badged")
            << R::VendorBadged << QStringLiteral("CareerTech Testing Center issues its own digital badge");
        QTest::newRow("not_passed") << R::NotPassed << QStringLiteral("\"Fail\", not a pass");
        QTest::newRow("already_badged") << R::AlreadyBadged << QStringLiteral("already has this badge");
        QTest::newRow("duplicate_in_batch")
            << R::DuplicateInBatch << QStringLiteral("on row 99, which is kept");
        QTest::newRow("no_template") << R::NoTemplate << QStringLiteral("has no Credly badge template");
        QTest::newRow("missing_name") << R::MissingName << QStringLiteral("first or last name is missing");
        QTest::newRow("bad_date") << R::BadDate << QStringLiteral("test date needs checking");
        QTest::newRow("no_email") << R::NoEmail << QStringLiteral("no email address");
        QTest::newRow("bad_email") << R::BadEmail << QStringLiteral("did you mean jane.doe@example.org?");
        QTest::newRow("under_13") << R::Under13 << QStringLiteral("was 12 on the test date");
    }

    void eachReasonAlone()
    {
        QFETCH(ReasonCode, reason);
        QFETCH(QString, detail);
        Case c;
        apply(c, reason);
        const auto outcome = run(c);
        QVERIFY(outcome.reason.has_value());
        QCOMPARE(reasonKey(*outcome.reason), reasonKey(reason));
        const bool excluded = Precedence.indexOf(reason) <= Precedence.indexOf(R::DuplicateInBatch);
        QCOMPARE(outcome.status, excluded ? RowStatus::Excluded : RowStatus::NeedsAttention);
        QVERIFY2(outcome.detail.contains(detail), qPrintable(outcome.detail));
    }

    // Every pair of reasons that can meet on one row: the earlier in the BRIEF's order wins.
    void precedencePairs_data()
    {
        QTest::addColumn<ReasonCode>("first");
        QTest::addColumn<ReasonCode>("second");
        int pairs = 0;
        for (int a = 0; a < Precedence.size(); ++a) {
            for (int b = a + 1; b < Precedence.size(); ++b) {
                // One email cannot be both missing and malformed.
                if (Precedence.at(a) == R::NoEmail && Precedence.at(b) == R::BadEmail)
                    continue;
                const QByteArray name =
                    (reasonKey(Precedence.at(a)) + QStringLiteral(" over ") + reasonKey(Precedence.at(b)))
                        .toUtf8();
                QTest::newRow(name.constData()) << Precedence.at(a) << Precedence.at(b);
                ++pairs;
            }
        }
        QCOMPARE(pairs, 65);
    }

    void precedencePairs()
    {
        QFETCH(ReasonCode, first);
        QFETCH(ReasonCode, second);
        for (const bool reversed : {false, true}) { // the order conditions are applied in must not matter
            Case c;
            apply(c, reversed ? second : first);
            apply(c, reversed ? first : second);
            const auto outcome = run(c);
            QVERIFY(outcome.reason.has_value());
            QCOMPARE(reasonKey(*outcome.reason), reasonKey(first));
        }
    }

    void notBadgedByTheAgencyIsNotOnList()
    {
        Case c;
        c.entry.careertechBadges = false;
        const auto outcome = run(c);
        QCOMPARE(reasonKey(*outcome.reason), QStringLiteral("not_on_list"));
        QVERIFY(outcome.detail.contains(QLatin1String("CareerTech does not badge it")));
        Case unknown;
        unknown.row.assessmentCode = QStringLiteral("7777");
        QCOMPARE(reasonKey(*run(unknown).reason), QStringLiteral("not_on_list"));
        QVERIFY(run(unknown).detail.contains(QLatin1String("7777 is not on the approved list")));
    }

    void catalogAsItStoodOnTheTestDate()
    {
        Case c;
        c.entry.retiredDate = TestDay.addDays(1); // retired after the test: still badgeable
        QCOMPARE(run(c).status, RowStatus::Eligible);
        c.entry.retiredDate = TestDay; // retired that day: no longer counts
        QCOMPARE(reasonKey(*run(c).reason), QStringLiteral("retired"));
        Case noDate;
        noDate.row.testDate = QDate();
        noDate.entry.retiredDate = noDate.row.enteredAt.date(); // judged on the entry date instead
        QCOMPARE(reasonKey(*run(noDate).reason), QStringLiteral("retired"));
        noDate.entry.retiredDate = QDate();
        QCOMPARE(reasonKey(*run(noDate).reason), QStringLiteral("bad_date"));
    }

    void archivedTemplateIsNoTemplate()
    {
        Classifier classifier({badgedEntry()}, {});
        classifier.setUsableTemplates({QStringLiteral("tpl-other")});
        const auto outcome = classifier.classify({goodRow()}).first();
        QCOMPARE(reasonKey(*outcome.reason), QStringLiteral("no_template"));
        QVERIFY(outcome.detail.contains(QLatin1String("archived or unknown")));
        classifier.setUsableTemplates({QStringLiteral("tpl-0911")});
        QCOMPARE(classifier.classify({goodRow()}).first().status, RowStatus::Eligible);
    }

    void alreadyBadgedByEmailAndTemplate()
    {
        Classifier::IssuedHistory history;
        history.emailTemplateKeys.insert(Classifier::emailTemplateKey(
            QStringLiteral("JANE.DOE@students.example.org"), QStringLiteral("tpl-0911")));
        Classifier::Row other = goodRow();
        other.studentId = QStringLiteral("999"); // another id, same address and badge
        const Classifier classifier({badgedEntry()}, history);
        QCOMPARE(reasonKey(*classifier.classify({other}).first().reason), QStringLiteral("already_badged"));
    }

    void results_data()
    {
        QTest::addColumn<QString>("result");
        QTest::addColumn<bool>("passed");
        for (const char* pass : {"Pass", "PASS", "P", "Passed", " pass ", "", "Earned"})
            QTest::newRow(pass) << QString::fromLatin1(pass) << true;
        for (const char* fail : {"Fail", "F", "Failed", "Incomplete", "No Show"})
            QTest::newRow(fail) << QString::fromLatin1(fail) << false;
    }

    void results()
    {
        QFETCH(QString, result);
        QFETCH(bool, passed);
        QCOMPARE(Classifier::isPassed(result), passed);
    }

    void ageBoundary()
    {
        QCOMPARE(Classifier::ageOn(QDate(2013, 10, 14), TestDay), 13); // 13th birthday on the test day
        QCOMPARE(Classifier::ageOn(QDate(2013, 10, 15), TestDay), 12);
        QCOMPARE(Classifier::ageOn(QDate(2012, 2, 29), QDate(2025, 2, 28)), 12);
        Case c;
        c.row.dateOfBirth = QDate(2013, 10, 14);
        QCOMPARE(run(c).status, RowStatus::Eligible);
        c.row.dateOfBirth = QDate(2013, 10, 15);
        QCOMPARE(reasonKey(*run(c).reason), QStringLiteral("under_13"));
    }

    void personKeys()
    {
        Classifier::Row r = goodRow();
        QCOMPARE(Classifier::personKey(r),
                 QStringLiteral("id:12345678")); // leading zeros do not split people
        r.studentId.clear();
        QCOMPARE(Classifier::personKey(r), QStringLiteral("email:jane.doe@students.example.org"));
        r.email.clear();
        r.firstName = QStringLiteral("  JANE ");
        QCOMPARE(Classifier::personKey(r), QStringLiteral("name:jane|doe|55i089705"));
        QCOMPARE(Classifier::badgeKey(r), QStringLiteral("name:jane|doe|55i089705#0911"));
    }

    void duplicatesKeepValidEmailThenEarliestEntry()
    {
        Classifier::Row noEmail = goodRow(1);
        noEmail.email.clear();
        noEmail.enteredAt = noEmail.enteredAt.addDays(-5); // earliest, but without an email
        Classifier::Row later = goodRow(2);
        later.enteredAt = later.enteredAt.addDays(1);
        Classifier::Row earlier = goodRow(3);
        earlier.email = QStringLiteral("JANE.DOE@students.example.org"); // other casing, same person (by id)
        Classifier::Row otherAssessment = goodRow(4);
        otherAssessment.assessmentCode = QStringLiteral("0912");
        Classifier::Row failed = goodRow(5); // excluded by an earlier rule: not part of the group
        failed.result = QStringLiteral("Fail");
        failed.enteredAt = failed.enteredAt.addDays(-9);

        const Classifier classifier({badgedEntry(), badgedEntry(QStringLiteral("0912"))}, {});
        const auto outcomes = classifier.classify({noEmail, later, earlier, otherAssessment, failed});
        QCOMPARE(outcomes.size(), 5);
        QCOMPARE(reasonKey(*outcomes.at(0).reason), QStringLiteral("duplicate_in_batch"));
        QCOMPARE(outcomes.at(0).keptRowId, 3);
        QCOMPARE(reasonKey(*outcomes.at(1).reason), QStringLiteral("duplicate_in_batch"));
        QCOMPARE(outcomes.at(2).status, RowStatus::Eligible); // the kept one
        QCOMPARE(outcomes.at(3).status, RowStatus::Eligible);
        QCOMPARE(reasonKey(*outcomes.at(4).reason), QStringLiteral("not_passed"));
    }

    void decisionsDecideWhichDuplicateIsKept()
    {
        const Classifier classifier({badgedEntry()}, {});
        Classifier::Row first = goodRow(1);
        Classifier::Row second = goodRow(2);
        second.enteredAt = first.enteredAt.addDays(1);
        // The specialist approved the later entry: it stays the one kept.
        second.decision = Classifier::Decision::Approved;
        auto outcomes = classifier.classify({first, second});
        QCOMPARE(reasonKey(*outcomes.at(0).reason), QStringLiteral("duplicate_in_batch"));
        QCOMPARE(outcomes.at(0).keptRowId, 2);
        QCOMPARE(outcomes.at(1).status, RowStatus::Eligible);
        // A rejected row is kept only after every other one; it is still a duplicate of it.
        second.decision = Classifier::Decision::None;
        first.decision = Classifier::Decision::Rejected;
        outcomes = classifier.classify({first, second});
        QCOMPARE(reasonKey(*outcomes.at(0).reason), QStringLiteral("duplicate_in_batch"));
        QCOMPARE(outcomes.at(1).status, RowStatus::Eligible);
        second.decision = Classifier::Decision::Rejected;
        outcomes = classifier.classify({first, second});
        QCOMPARE(outcomes.at(0).status, RowStatus::Eligible); // all rejected: the usual order
        QCOMPARE(reasonKey(*outcomes.at(1).reason), QStringLiteral("duplicate_in_batch"));
    }

    void emailSuggestionTravelsWithTheOutcome()
    {
        Case c;
        c.row.email = QStringLiteral("jane.doe@gmial.com");
        const auto outcome = run(c);
        QCOMPARE(reasonKey(*outcome.reason), QStringLiteral("bad_email"));
        QCOMPARE(outcome.emailSuggestion, QStringLiteral("jane.doe@gmail.com"));
    }
};

QTEST_GUILESS_MAIN(TestClassifier)
#include "TestClassifier.moc"
