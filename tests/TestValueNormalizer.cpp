#include "importing/ValueNormalizer.h"

#include <QStandardPaths>
#include <QTest>

using badgedesk::ValueNormalizer;
using DayOrder = ValueNormalizer::DayOrder;
using DateShape = ValueNormalizer::DateShape;
using NamePart = ValueNormalizer::NamePart;
using EmailStatus = ValueNormalizer::EmailStatus;

namespace {
QString s(const char* text)
{
    return QString::fromUtf8(text);
}
} // namespace

class TestValueNormalizer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanText_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("clean stays") << s("Welding") << s("Welding");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("only spaces") << s("  \t ") << QString();
        QTest::newRow("trailing space in a code") << s("0911 ") << s("0911");
        QTest::newRow("non-breaking spaces") << s("\u00A0Health\u00A0Careers\u00A0") << s("Health Careers");
        QTest::newRow("tab inside a title") << s("Nurse\tAide\t") << s("Nurse Aide");
        QTest::newRow("runs of spaces") << s("Health   Careers  Core") << s("Health Careers Core");
        QTest::newRow("line breaks of a quoted cell") << s("Line one\r\nline two") << s("Line one line two");
        QTest::newRow("narrow and figure spaces") << s("A\u202FB\u2007C") << s("A B C");
        QTest::newRow("zero-width space and stray BOM vanish") << s("\uFEFFAB\u200BC") << s("ABC");
    }
    void cleanText()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(ValueNormalizer::cleanText(input), expected);
    }

    void repairMojibake_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("repaired");
        QTest::newRow("José read as Windows-1252") << s("JosÃ©") << s("José") << true;
        QTest::newRow("Peña") << s("PeÃ±a") << s("Peña") << true;
        QTest::newRow("Nguyễn (0x85 is an ellipsis in 1252)") << s("Nguyá»…n") << s("Nguyễn") << true;
        QTest::newRow("correct text stays") << s("José Peña") << s("José Peña") << false;
        QTest::newRow("ASCII stays") << s("Jose") << s("Jose") << false;
        QTest::newRow("a lone Ã is not UTF-8") << s("Ã") << s("Ã") << false;
        QTest::newRow("a character 1252 cannot hold") << s("Ã© ễ") << s("Ã© ễ") << false;
    }
    void repairMojibake()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(bool, repaired);
        bool wasRepaired = !repaired;
        QCOMPARE(ValueNormalizer::repairMojibake(input, &wasRepaired), expected);
        QCOMPARE(wasRepaired, repaired);
    }

    void personName_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("part");
        QTest::addColumn<QString>("expected");
        const int given = int(NamePart::Given);
        const int family = int(NamePart::Family);
        QTest::newRow("ALL CAPS") << s("SMITH") << family << s("Smith");
        QTest::newRow("all lower") << s("smith") << family << s("Smith");
        QTest::newRow("MCDONALD") << s("MCDONALD") << family << s("McDonald");
        QTest::newRow("McDONALD") << s("McDONALD") << family << s("McDonald");
        QTest::newRow("Mcdonald") << s("Mcdonald") << family << s("McDonald");
        QTest::newRow("McDonald stays") << s("McDonald") << family << s("McDonald");
        QTest::newRow("O'BRIEN") << s("O'BRIEN") << family << s("O'Brien");
        QTest::newRow("o'brien") << s("o'brien") << family << s("O'Brien");
        QTest::newRow("typographic apostrophe") << s("O\u2019BRIEN") << family << s("O'Brien");
        QTest::newRow("O Brien stays") << s("O Brien") << family << s("O Brien");
        QTest::newRow("OBrien stays") << s("OBrien") << family << s("OBrien");
        QTest::newRow("DE LA CRUZ") << s("DE LA CRUZ") << family << s("De La Cruz");
        QTest::newRow("de la cruz") << s("de la cruz") << family << s("De La Cruz");
        QTest::newRow("hyphenated") << s("GARCIA-LOPEZ") << family << s("Garcia-Lopez");
        QTest::newRow("hyphenated lower") << s("smith-harjo") << family << s("Smith-Harjo");
        QTest::newRow("accents") << s("PEÑA") << family << s("Peña");
        QTest::newRow("Vietnamese") << s("NGUYỄN") << family << s("Nguyễn");
        QTest::newRow("MacArthur") << s("MACARTHUR") << family << s("MacArthur");
        QTest::newRow("Machado is not Mac+hado") << s("MACHADO") << family << s("Machado");
        QTest::newRow("Mack too short") << s("MACK") << family << s("Mack");
        QTest::newRow("suffix Jr") << s("SMITH JR") << family << s("Smith Jr");
        QTest::newRow("roman numeral") << s("SMITH III") << family << s("Smith III");
        QTest::newRow("Van Dyke") << s("VAN DYKE") << family << s("Van Dyke");
        QTest::newRow("D'Angelo") << s("d'angelo") << family << s("D'Angelo");
        QTest::newRow("mixed case kept") << s("DeShawn") << given << s("DeShawn");
        QTest::newRow("shouted word in a mixed name") << s("Maria GARCIA") << given << s("Maria Garcia");
        QTest::newRow("initials stay") << s("TJ") << given << s("TJ");
        QTest::newRow("two given names") << s("MARY ANN") << given << s("Mary Ann");
        QTest::newRow("Mac rule only for surnames") << s("MACKENZIE") << given << s("Mackenzie");
        QTest::newRow("spaces trimmed") << s("  José\u00A0") << given << s("José");
        QTest::newRow("single initial") << s("j") << given << s("J");
        QTest::newRow("empty") << QString() << given << QString();
    }
    void personName()
    {
        QFETCH(QString, input);
        QFETCH(int, part);
        QFETCH(QString, expected);
        QCOMPARE(ValueNormalizer::personName(input, NamePart(part)), expected);
    }

    void email_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("status");
        QTest::newRow("plain") << s("jane.doe@gmail.example.com") << s("jane.doe@gmail.example.com")
                               << int(EmailStatus::Ok);
        QTest::newRow("mixed case and spaces")
            << s("  Jane.Doe@Gmail.Example.COM ") << s("jane.doe@gmail.example.com") << int(EmailStatus::Ok);
        QTest::newRow("tab and nbsp")
            << s("\tjane@x.example.org\u00A0") << s("jane@x.example.org") << int(EmailStatus::Ok);
        QTest::newRow("mailto") << s("mailto:Jane@X.example.org") << s("jane@x.example.org")
                                << int(EmailStatus::Ok);
        QTest::newRow("angle brackets")
            << s("<jane@x.example.org>") << s("jane@x.example.org") << int(EmailStatus::Ok);
        QTest::newRow("typo domain is still an address")
            << s("jane@gmial.example.com") << s("jane@gmial.example.com") << int(EmailStatus::Ok);
        QTest::newRow("missing") << s("   ") << QString() << int(EmailStatus::Missing);
        QTest::newRow("no TLD") << s("jane.doe@gmail") << s("jane.doe@gmail") << int(EmailStatus::Invalid);
        QTest::newRow("space inside")
            << s("jane doe@x.example.org") << s("jane doe@x.example.org") << int(EmailStatus::Invalid);
        QTest::newRow("double at") << s("jane.doe@@x.example.org") << s("jane.doe@@x.example.org")
                                   << int(EmailStatus::Invalid);
        QTest::newRow("trailing dot")
            << s("jane@x.example.org.") << s("jane@x.example.org.") << int(EmailStatus::Invalid);
        QTest::newRow("comma for dot")
            << s("jane,doe@x.example.org") << s("jane,doe@x.example.org") << int(EmailStatus::Invalid);
        QTest::newRow("no at") << s("jane.doe.gmail.example.com") << s("jane.doe.gmail.example.com")
                               << int(EmailStatus::Invalid);
        QTest::newRow("two with semicolon")
            << s("a@x.example.org; b@y.example.org") << s("a@x.example.org; b@y.example.org")
            << int(EmailStatus::Multiple);
        QTest::newRow("two with comma")
            << s("a@x.example.org, b@y.example.org") << s("a@x.example.org, b@y.example.org")
            << int(EmailStatus::Multiple);
    }
    void email()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(int, status);
        const QString normalised = ValueNormalizer::email(input);
        QCOMPARE(normalised, expected);
        QCOMPARE(int(ValueNormalizer::checkEmail(normalised)), status);
    }

    void readDate_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("order");
        QTest::addColumn<bool>("date1904");
        QTest::addColumn<QString>("iso"); // with time when there is one; empty: invalid or empty
        QTest::addColumn<QString>("alternative");
        QTest::addColumn<int>("shape");
        QTest::addColumn<int>("proven"); // -1 none, else DayOrder

        const int mf = int(DayOrder::MonthFirst);
        const int df = int(DayOrder::DayFirst);
        QTest::newRow("US") << s("3/14/2025") << mf << false << s("2025-03-14") << QString()
                            << int(DateShape::Slash) << mf;
        QTest::newRow("US ambiguous") << s("3/5/2025") << mf << false << s("2025-03-05") << s("2025-05-03")
                                      << int(DateShape::Slash) << -1;
        QTest::newRow("ambiguous read day first") << s("3/5/2025") << df << false << s("2025-05-03")
                                                  << s("2025-03-05") << int(DateShape::Slash) << -1;
        QTest::newRow("same either way")
            << s("5/5/2025") << mf << false << s("2025-05-05") << QString() << int(DateShape::Slash) << -1;
        QTest::newRow("day first, padded") << s("14/03/2025") << mf << false << s("2025-03-14") << QString()
                                           << int(DateShape::SlashPadded) << df;
        QTest::newRow("padded ambiguous") << s("05/03/2025") << mf << false << s("2025-05-03")
                                          << s("2025-03-05") << int(DateShape::SlashPadded) << -1;
        QTest::newRow("two-digit year") << s("3/14/25") << mf << false << s("2025-03-14") << QString()
                                        << int(DateShape::SlashShortYear) << mf;
        QTest::newRow("two-digit year, last century") << s("3/14/75") << mf << false << s("1975-03-14")
                                                      << QString() << int(DateShape::SlashShortYear) << mf;
        QTest::newRow("dashes") << s("3-14-2025") << mf << false << s("2025-03-14") << QString()
                                << int(DateShape::Slash) << mf;
        QTest::newRow("US with time PM")
            << s("3/14/2025 2:37:11 PM") << mf << false << s("2025-03-14T14:37:11") << QString()
            << int(DateShape::Slash) << mf;
        QTest::newRow("US with time 12 AM")
            << s("3/14/2025 12:05:00 AM") << mf << false << s("2025-03-14T00:05:00") << QString()
            << int(DateShape::Slash) << mf;
        QTest::newRow("US with 24h time, no seconds")
            << s("3/14/2025 14:37") << mf << false << s("2025-03-14T14:37:00") << QString()
            << int(DateShape::Slash) << mf;
        QTest::newRow("ISO") << s("2025-03-14") << mf << false << s("2025-03-14") << QString()
                             << int(DateShape::Iso) << -1;
        QTest::newRow("ISO date-time") << s("2025-03-14T14:37:11") << mf << false << s("2025-03-14T14:37:11")
                                       << QString() << int(DateShape::Iso) << -1;
        QTest::newRow("ISO with space and zone")
            << s("2025-03-14 14:37:11Z") << mf << false << s("2025-03-14T14:37:11") << QString()
            << int(DateShape::Iso) << -1;
        QTest::newRow("ISO slashes") << s("2025/3/14") << mf << false << s("2025-03-14") << QString()
                                     << int(DateShape::Iso) << -1;
        QTest::newRow("compact") << s("20250314") << mf << false << s("2025-03-14") << QString()
                                 << int(DateShape::Compact) << -1;
        QTest::newRow("Excel serial")
            << s("45730") << mf << false << s("2025-03-14") << QString() << int(DateShape::Serial) << -1;
        QTest::newRow("Excel serial with time") << s("45730.5") << mf << false << s("2025-03-14T12:00:00")
                                                << QString() << int(DateShape::Serial) << -1;
        QTest::newRow("Excel serial, 1904 system")
            << s("45730") << mf << true << s("2029-03-15") << QString() << int(DateShape::Serial) << -1;
        QTest::newRow("a small number is not a date")
            << s("2") << mf << false << QString() << QString() << int(DateShape::Serial) << -1;
        QTest::newRow("nor a code") << s("911") << mf << false << QString() << QString()
                                    << int(DateShape::Serial) << -1;
        QTest::newRow("first plausible serial")
            << s("10000") << mf << false << s("1927-05-18") << QString() << int(DateShape::Serial) << -1;
        QTest::newRow("past 2099") << s("73051") << mf << false << QString() << QString()
                                   << int(DateShape::Serial) << -1;
        QTest::newRow("month name") << s("14-Mar-2025") << mf << false << s("2025-03-14") << QString()
                                    << int(DateShape::MonthName) << -1;
        QTest::newRow("month name, two-digit year") << s("14-Mar-25") << mf << false << s("2025-03-14")
                                                    << QString() << int(DateShape::MonthName) << -1;
        QTest::newRow("month first in words") << s("March 14, 2025") << mf << false << s("2025-03-14")
                                              << QString() << int(DateShape::MonthName) << -1;
        QTest::newRow("Sept") << s("Sept 5, 2025") << mf << false << s("2025-09-05") << QString()
                              << int(DateShape::MonthName) << -1;
        QTest::newRow("non-breaking spaces") << s("\u00A03/14/2025 ") << mf << false << s("2025-03-14")
                                             << QString() << int(DateShape::Slash) << mf;
        QTest::newRow("30 February") << s("2/30/2025") << mf << false << QString() << QString()
                                     << int(DateShape::Slash) << -1;
        QTest::newRow("13/13") << s("13/13/2025") << mf << false << QString() << QString()
                               << int(DateShape::Slash) << -1;
        QTest::newRow("hour 25") << s("3/14/2025 25:00") << mf << false << QString() << QString()
                                 << int(DateShape::None) << -1;
        QTest::newRow("words") << s("next Tuesday") << mf << false << QString() << QString()
                               << int(DateShape::None) << -1;
        QTest::newRow("Excel error") << s("#VALUE!") << mf << false << QString() << QString()
                                     << int(DateShape::None) << -1;
    }
    void readDate()
    {
        QFETCH(QString, input);
        QFETCH(int, order);
        QFETCH(bool, date1904);
        QFETCH(QString, iso);
        QFETCH(QString, alternative);
        QFETCH(int, shape);
        QFETCH(int, proven);
        const ValueNormalizer::DateReading reading =
            ValueNormalizer::readDate(input, DayOrder(order), date1904);
        QCOMPARE(reading.toIso(true), iso);
        QCOMPARE(reading.isValid(), !iso.isEmpty());
        QCOMPARE(reading.alternative.isValid() ? reading.alternative.toString(Qt::ISODate) : QString(),
                 alternative);
        QCOMPARE(reading.isAmbiguous(), !alternative.isEmpty());
        if (reading.isValid())
            QCOMPARE(int(reading.shape), shape);
        QCOMPARE(reading.provenOrder ? int(*reading.provenOrder) : -1, proven);
        if (reading.isValid())
            QCOMPARE(reading.toIso(false), iso.left(10));
    }

    void serialToDate_data()
    {
        QTest::addColumn<qint64>("serial");
        QTest::addColumn<bool>("date1904");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("1 is 1900-01-01") << qint64(1) << false << QDate(1900, 1, 1);
        QTest::newRow("59 is 1900-02-28") << qint64(59) << false << QDate(1900, 2, 28);
        QTest::newRow("60 is the phantom 29 Feb 1900") << qint64(60) << false << QDate();
        QTest::newRow("61 is 1900-03-01") << qint64(61) << false << QDate(1900, 3, 1);
        QTest::newRow("45730") << qint64(45730) << false << QDate(2025, 3, 14);
        QTest::newRow("0 in 1904 is 1904-01-01") << qint64(0) << true << QDate(1904, 1, 1);
        QTest::newRow("45730 in 1904") << qint64(45730) << true << QDate(2029, 3, 15);
        QTest::newRow("0 in 1900") << qint64(0) << false << QDate();
        QTest::newRow("after 9999") << qint64(2958466) << false << QDate();
    }
    void serialToDate()
    {
        QFETCH(qint64, serial);
        QFETCH(bool, date1904);
        QFETCH(QDate, expected);
        QCOMPARE(ValueNormalizer::serialToDate(serial, date1904), expected);
    }

    void emptyDate()
    {
        QCOMPARE(ValueNormalizer::readDate(QString()).status, ValueNormalizer::DateReading::Status::Empty);
        QCOMPARE(ValueNormalizer::readDate(s(" \u00A0")).status, ValueNormalizer::DateReading::Status::Empty);
        QCOMPARE(ValueNormalizer::readDate(s("x")).status, ValueNormalizer::DateReading::Status::Invalid);
    }

    void identifier_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("scientific");
        QTest::newRow("digits") << s("1234567") << s("1234567") << false;
        QTest::newRow("leading zeros kept") << s(" 0012345 ") << s("0012345") << false;
        QTest::newRow("Excel's .0") << s("1234567.0") << s("1234567") << false;
        QTest::newRow("scientific") << s("1.23E+09") << s("1.23E+09") << true;
        QTest::newRow("scientific lower case") << s("1.23457e9") << s("1.23457e9") << true;
        QTest::newRow("scientific, decimal comma") << s("1,23E+09") << s("1,23E+09") << true;
        QTest::newRow("letters") << s("A12345") << s("A12345") << false;
        QTest::newRow("empty") << QString() << QString() << false;
    }
    void identifier()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(bool, scientific);
        const ValueNormalizer::Identifier id = ValueNormalizer::identifier(input);
        QCOMPARE(id.text, expected);
        QCOMPARE(id.scientific, scientific);
    }

    void assessmentCode_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("restored");
        QTest::newRow("listed") << s("0911") << s("0911") << false;
        QTest::newRow("lost its zero") << s("911") << s("0911") << true;
        QTest::newRow("number with .0") << s("911.0") << s("0911") << true;
        QTest::newRow("trailing nbsp") << s("0911\u00A0") << s("0911") << false;
        QTest::newRow("four digits listed") << s("8005") << s("8005") << false;
        QTest::newRow("lower case vendor code") << s(" cmp123 ") << s("CMP123") << false;
        QTest::newRow("two codes compete: no guess") << s("123") << s("123") << false;
        QTest::newRow("not on the list") << s("912") << s("912") << false;
        QTest::newRow("not a number") << s("X11") << s("X11") << false;
    }
    void assessmentCode()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(bool, restored);
        const ValueNormalizer::CodeIndex index(
            {s("0911"), s("8005"), s("CMP123"), s("00123"), s("0123"), s("0007 ")});
        bool wasRestored = !restored;
        QCOMPARE(index.restore(ValueNormalizer::assessmentCode(input), &wasRestored), expected);
        QCOMPARE(wasRestored, restored);
    }

    void emptyCatalogRestoresNothing()
    {
        bool restored = true;
        QCOMPARE(ValueNormalizer::CodeIndex().restore(s("911"), &restored), s("911"));
        QVERIFY(!restored);
        // A code listed with a trailing space still counts as listed once cleaned.
        QCOMPARE(ValueNormalizer::CodeIndex({s("0007 ")}).restore(s("7"), &restored), s("0007"));
        QVERIFY(restored);
    }

    void result_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("recognised");
        for (const char* pass : {"Pass", "P", "PASSED", "passed", "Yes", "Met", " pass\u00A0"})
            QTest::newRow(pass) << s(pass) << s("pass") << true;
        for (const char* fail : {"Fail", "F", "FAILED", "Not Met", "no"})
            QTest::newRow(fail) << s(fail) << s("fail") << true;
        QTest::newRow("blank is no result") << s(" ") << QString() << true;
        QTest::newRow("unknown") << s("Absent") << s("Absent") << false;
    }
    void result()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(bool, recognised);
        bool ok = !recognised;
        QCOMPARE(ValueNormalizer::result(input, &ok), expected);
        QCOMPARE(ok, recognised);
    }

    void score_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("valid");
        QTest::newRow("integer") << s("87") << s("87") << true;
        QTest::newRow("decimal") << s("87.50") << s("87.5") << true;
        QTest::newRow("percent") << s("87.5 %") << s("87.5") << true;
        QTest::newRow("leading zero") << s("087") << s("87") << true;
        QTest::newRow("blank") << s("") << s("") << true;
        QTest::newRow("not a number") << s("N/A") << s("N/A") << false;
    }
    void score()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(bool, valid);
        bool ok = !valid;
        QCOMPARE(ValueNormalizer::score(input, &ok), expected);
        QCOMPARE(ok, valid);
    }
};

QTEST_GUILESS_MAIN(TestValueNormalizer)
#include "TestValueNormalizer.moc"
