#include "domain/EmailCheck.h"

#include <QTest>

using namespace badgedesk;
using P = EmailCheck::Problem;

Q_DECLARE_METATYPE(EmailCheck::Problem)

class TestEmailCheck : public QObject
{
    Q_OBJECT
private slots:
    void check_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<EmailCheck::Problem>("problem");
        QTest::addColumn<QString>("suggestion");
        const auto row = [](const char* name, const char* address, P problem, const char* suggestion = "") {
            QTest::newRow(name) << QString::fromUtf8(address) << problem << QString::fromUtf8(suggestion);
        };
        row("plain", "jane.doe@students.sampleisd.example.org", P::None);
        row("plus and dash", "j-doe+badges@example.com", P::None);
        row("surrounding spaces ignored", "  jane@example.org ", P::None);
        row("empty", "", P::Missing);
        row("only spaces", "   ", P::Missing);
        row("no dot in domain", "jane.doe@gmail", P::NoDotInDomain);
        row("space in local part", "jane doe@example.org", P::Spaces, "jane.doe@example.org");
        row("double at", "jane.doe@@example.org", P::SeveralAt, "jane.doe@example.org");
        row("no at", "jane.doe.example.org", P::NoAt);
        row("trailing dot", "jane.doe@example.org.", P::BadDots, "jane.doe@example.org");
        row("double dot", "jane..doe@example.org", P::BadDots, "jane.doe@example.org");
        row("comma for dot", "jane,doe@example.org", P::BadCharacters, "jane.doe@example.org");
        row("comma in domain", "jane@example,org", P::BadCharacters, "jane@example.org");
        row("accent", "jos\u00e9@example.org", P::BadCharacters);
        row("two with semicolon", "a@example.org; b@example.com", P::TwoAddresses, "a@example.org");
        row("two with comma", "a@example.org,b@example.com", P::TwoAddresses, "a@example.org");
        row("gmial", "jane@gmial.com", P::DomainTypo, "jane@gmail.com");
        row("gmai", "jane@gmai.com", P::DomainTypo, "jane@gmail.com");
        row("yaho", "jane@yaho.com", P::DomainTypo, "jane@yahoo.com");
        row("hotmial", "jane@hotmial.com", P::DomainTypo, "jane@hotmail.com");
        row("outlok", "jane@outlok.com", P::DomainTypo, "jane@outlook.com");
        row("synthetic look-alike", "jane@gmial.example.com", P::DomainTypo, "jane@gmail.example.com");
        row("real gmail is fine", "jane@gmail.com", P::None);
        // "gmail.co" is a typo of gmail.com; it says nothing about a longer domain starting "gmail.".
        row("synthetic gmail is fine", "jane@gmail.example.com", P::None);
        row("synthetic yahoo is fine", "jane@yahoo.example.com", P::None);
        row("gmail.co", "jane@gmail.co", P::DomainTypo, "jane@gmail.com");
    }

    void check()
    {
        QFETCH(QString, address);
        QFETCH(EmailCheck::Problem, problem);
        QFETCH(QString, suggestion);
        const EmailCheck::Result result = EmailCheck::check(address);
        QCOMPARE(result.problem, problem);
        QCOMPARE(result.suggestion, suggestion);
        QCOMPARE(result.isValid(), problem == P::None);
        QCOMPARE(EmailCheck::describe(problem).isEmpty(), problem == P::None);
    }
};

QTEST_GUILESS_MAIN(TestEmailCheck)
#include "TestEmailCheck.moc"
