#include "Cli.h"
#include "ExitCode.h"
#include "importing/ColumnMapping.h"
#include "importing/CsvReader.h"
#include "reports/CsvWriter.h"
#include "sample/SampleDataGenerator.h"
#include "support/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace badgedesk;
using namespace badgedesk::test;

namespace {

using Table = SampleDataGenerator::Table;

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// RFC 4180 reader (CRLF records), independent of CsvWriter.
QList<QStringList> parseCsv(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c != QLatin1Char('"'))
                field += c;
            else if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                field += text.at(++i);
            else
                quoted = false;
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

SampleDataGenerator::Options options(const QString& month, int rows, quint32 seed)
{
    SampleDataGenerator::Options o;
    SampleDataGenerator::parseMonth(month, &o.month);
    o.rows = rows;
    o.seed = seed;
    return o;
}

// The importer's future normalisation, reduced to what the rates below need.
QString normalizedCode(QString code)
{
    code.remove(QChar(0x00A0));
    code = code.trimmed();
    static const QRegularExpression digits(QStringLiteral("^\\d{1,3}$"));
    if (digits.match(code).hasMatch())
        code = code.rightJustified(4, QLatin1Char('0'));
    return code;
}

bool isYes(const QString& flag)
{
    const QString f = flag.trimmed().toLower();
    return f == QLatin1String("y") || f == QLatin1String("yes") || f == QLatin1String("true");
}

int column(const Table& table, const char* name)
{
    const int c = int(table.header.indexOf(QLatin1String(name)));
    Q_ASSERT_X(c >= 0, "column", name);
    return c;
}

QString pythonWithOpenpyxl()
{
    for (const QString& candidate : {QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")}) {
        QProcess process;
        process.start(candidate, {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
        if (process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit &&
            process.exitCode() == 0)
            return candidate;
    }
    return QString();
}

} // namespace

class TestSampleDataGenerator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // One shared month for the rate checks: N=5000 as in the brief.
        SampleDataGenerator generator(options(QStringLiteral("2026-10"), 5000, 11));
        m_month = generator.monthlyExport();
        m_approved = generator.approvedAssessments();
        for (const QStringList& row : std::as_const(m_approved.rows))
            m_approvedByCode.insert(normalizedCode(row.at(0)), row);
    }

    void parseMonth_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("ok") << QStringLiteral("2026-10") << QDate(2026, 10, 1);
        QTest::newRow("january") << QStringLiteral("2025-01") << QDate(2025, 1, 1);
        QTest::newRow("month 13") << QStringLiteral("2026-13") << QDate();
        QTest::newRow("month 00") << QStringLiteral("2026-00") << QDate();
        QTest::newRow("no zero pad") << QStringLiteral("2026-5") << QDate();
        QTest::newRow("US style") << QStringLiteral("10/2026") << QDate();
        QTest::newRow("with day") << QStringLiteral("2026-10-01") << QDate();
        QTest::newRow("empty") << QString() << QDate();
    }

    void parseMonth()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        QDate parsed;
        QCOMPARE(SampleDataGenerator::parseMonth(text, &parsed), expected.isValid());
        QCOMPARE(parsed, expected);
    }

    void defaultRows()
    {
        QCOMPARE(SampleDataGenerator::defaultRows(QDate(2026, 5, 1)), 3500);
        QCOMPARE(SampleDataGenerator::defaultRows(QDate(2026, 7, 1)), 250);
        QCOMPARE(SampleDataGenerator::defaultRows(QDate(2026, 10, 1)), 900);
        SampleDataGenerator::Options o = options(QStringLiteral("2026-07"), 0, 1);
        QCOMPARE(SampleDataGenerator(o).monthlyExport().rows.size(), 250);
    }

    void sameSeedGivesIdenticalBytes()
    {
        const QString a = m_dir.filePath(QStringLiteral("same-a"));
        const QString b = m_dir.filePath(QStringLiteral("same-b"));
        QVERIFY(QDir().mkpath(a) && QDir().mkpath(b));
        SampleDataGenerator first(options(QStringLiteral("2026-03"), 2000, 42));
        SampleDataGenerator second(options(QStringLiteral("2026-03"), 2000, 42));
        QVERIFY2(first.writeAll(a), qPrintable(first.errorMessage()));
        QVERIFY2(second.writeAll(b), qPrintable(second.errorMessage()));
        for (const QString& name :
             {QStringLiteral("ctims_realtime_2026-03.csv"), QStringLiteral("ctims_realtime_2026-03.xlsx"),
              QStringLiteral("approved_assessments.csv"), QStringLiteral("approved_assessments.xlsx")}) {
            const QByteArray bytesA = readAll(a + QLatin1Char('/') + name);
            QVERIFY2(bytesA.size() > 1000, qPrintable(name));
            QVERIFY2(bytesA == readAll(b + QLatin1Char('/') + name), qPrintable(name));
        }
    }

    void differentSeedDiffers()
    {
        const Table a = SampleDataGenerator(options(QStringLiteral("2026-03"), 500, 1)).monthlyExport();
        const Table b = SampleDataGenerator(options(QStringLiteral("2026-03"), 500, 2)).monthlyExport();
        QCOMPARE(a.rows.size(), b.rows.size());
        int differing = 0;
        for (int i = 0; i < a.rows.size(); ++i)
            differing += a.rows.at(i) != b.rows.at(i);
        QVERIFY2(differing > 490, qPrintable(QString::number(differing)));
        const Table listA =
            SampleDataGenerator(options(QStringLiteral("2026-03"), 500, 1)).approvedAssessments();
        const Table listB =
            SampleDataGenerator(options(QStringLiteral("2026-03"), 500, 2)).approvedAssessments();
        QVERIFY(listA.rows != listB.rows);
    }

    void approvedListDependsOnSeedOnly()
    {
        const Table march =
            SampleDataGenerator(options(QStringLiteral("2026-03"), 100, 5)).approvedAssessments();
        const Table april =
            SampleDataGenerator(options(QStringLiteral("2026-04"), 9000, 5)).approvedAssessments();
        QCOMPARE(march.rows, april.rows); // same fiscal year, same seed
    }

    void csvRowCountIsRowsPlusHeader_data()
    {
        QTest::addColumn<int>("rows");
        QTest::newRow("1") << 1;
        QTest::newRow("10") << 10;
        QTest::newRow("250") << 250;
        QTest::newRow("3000") << 3000;
    }

    void csvRowCountIsRowsPlusHeader()
    {
        QFETCH(int, rows);
        const QString dir = m_dir.filePath(QStringLiteral("count-%1").arg(rows));
        QVERIFY(QDir().mkpath(dir));
        SampleDataGenerator generator(options(QStringLiteral("2026-09"), rows, 8));
        QList<SampleDataGenerator::WrittenFile> written;
        QVERIFY2(generator.writeAll(dir, &written), qPrintable(generator.errorMessage()));
        QCOMPARE(written.size(), 4);
        QCOMPARE(written.at(0).rows, rows);
        const QByteArray bytes = readAll(dir + QStringLiteral("/ctims_realtime_2026-09.csv"));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.endsWith("\r\n"));
        QVERIFY(!bytes.contains("\n\n"));
        const QList<QStringList> parsed = parseCsv(bytes);
        QCOMPARE(parsed.size(), rows + 1);
        QCOMPARE(parsed.first().first(), QStringLiteral("EntryID")); // plain header on row 1
        for (const QStringList& row : parsed)
            QCOMPARE(row.size(), 24);
        // Entry times fall inside the month.
        static const QRegularExpression usDateTime(
            QStringLiteral("^9/([1-9]|[12]\\d|30)/2026 (1[0-2]|[1-9]):[0-5]\\d:[0-5]\\d [AP]M$"));
        for (int i = 1; i < parsed.size(); ++i)
            QVERIFY2(usDateTime.match(parsed.at(i).at(1)).hasMatch(), qPrintable(parsed.at(i).at(1)));
    }

    void exportHeaderIsTheCtimsColumns()
    {
        QCOMPARE(m_month.header,
                 QStringList({QStringLiteral("EntryID"),         QStringLiteral("EntryDateTime"),
                              QStringLiteral("EnteredBy"),       QStringLiteral("DistrictCode"),
                              QStringLiteral("SchoolCode"),      QStringLiteral("SchoolName"),
                              QStringLiteral("ProgramCode"),     QStringLiteral("CIPCode"),
                              QStringLiteral("ProgramName"),     QStringLiteral("StudentID"),
                              QStringLiteral("FirstName"),       QStringLiteral("MiddleName"),
                              QStringLiteral("LastName"),        QStringLiteral("Suffix"),
                              QStringLiteral("DateOfBirth"),     QStringLiteral("StudentLevel"),
                              QStringLiteral("Email"),           QStringLiteral("AssessmentCode"),
                              QStringLiteral("AssessmentTitle"), QStringLiteral("Vendor"),
                              QStringLiteral("TestDate"),        QStringLiteral("Result"),
                              QStringLiteral("Score"),           QStringLiteral("Attempt")}));
        QCOMPARE(m_month.rows.size(), 5000);
        QVERIFY(m_month.title.isEmpty());
        QVERIFY(m_month.totals.isEmpty());
    }

    void everyEmailIsInAReservedDomain_data()
    {
        QTest::addColumn<quint32>("seed");
        for (const quint32 seed : {1u, 2u, 3u, 42u, 20261u})
            QTest::addRow("seed %u", seed) << seed;
    }

    void everyEmailIsInAReservedDomain()
    {
        QFETCH(quint32, seed);
        const Table table =
            SampleDataGenerator(options(QStringLiteral("2026-05"), 3000, seed)).monthlyExport();
        // Any "@domain" anywhere must be reserved, and a non-empty email cell must end in one.
        static const QRegularExpression atDomain(QStringLiteral("@+([^\\s;,@]+)"));
        static const QRegularExpression reserved(QStringLiteral("(^|\\.)(example\\.(com|org|net)|test)\\.?$"),
                                                 QRegularExpression::CaseInsensitiveOption);
        const int email = column(table, "Email");
        const int enteredBy = column(table, "EnteredBy");
        int nonEmpty = 0;
        for (const QStringList& row : table.rows) {
            for (const QString& cell : row) {
                auto it = atDomain.globalMatch(cell);
                while (it.hasNext()) {
                    const QString domain = it.next().captured(1);
                    QVERIFY2(reserved.match(domain).hasMatch(), qPrintable(cell));
                }
            }
            QString address = row.at(email);
            address.remove(QChar(0x00A0));
            address = address.trimmed();
            if (!address.isEmpty()) {
                ++nonEmpty;
                QVERIFY2(reserved.match(address).hasMatch(), qPrintable(address));
            }
            if (row.at(enteredBy).contains(QLatin1Char('@')))
                QVERIFY2(reserved.match(row.at(enteredBy)).hasMatch(), qPrintable(row.at(enteredBy)));
        }
        QVERIFY(nonEmpty > 2700);
    }

    void noNineDigitOrSsnLikeValues()
    {
        static const QRegularExpression nineDigits(QStringLiteral("^\\s*\\d{9}\\s*$"));
        static const QRegularExpression ssn(QStringLiteral("\\b\\d{3}-\\d{2}-\\d{4}\\b"));
        for (const Table* table : {&m_month, &m_approved}) {
            for (const QStringList& row : table->rows) {
                for (const QString& cell : row) {
                    QVERIFY2(!nineDigits.match(cell).hasMatch(), qPrintable(cell));
                    QVERIFY2(!ssn.match(cell).hasMatch(), qPrintable(cell));
                }
            }
        }
    }

    void messyCasesAtRoughlyTheStatedRates()
    {
        const int n = int(m_month.rows.size());
        const int email = column(m_month, "Email");
        const int code = column(m_month, "AssessmentCode");
        const int last = column(m_month, "LastName");
        const int studentId = column(m_month, "StudentID");
        const int vendorBadge = column(m_approved, "VendorIssuesDigitalBadge");
        const int retired = column(m_approved, "RetiredFY");

        int missingEmail = 0;
        int strippedCode = 0;
        int notOnList = 0;
        int vendorBadged = 0;
        int retiredRows = 0;
        int allCaps = 0;
        int nbsp = 0;
        int scientific = 0;
        int twoAddresses = 0;
        int gmial = 0;
        QSet<QString> distinctRows;
        static const QRegularExpression stripped(QStringLiteral("^[1-9]\\d{2}$"));
        for (const QStringList& row : std::as_const(m_month.rows)) {
            missingEmail += row.at(email).isEmpty();
            twoAddresses +=
                row.at(email).count(QLatin1Char('@')) == 2 && !row.at(email).contains(QLatin1String("@@"));
            gmial += row.at(email).contains(QLatin1String("gmial.example.com"), Qt::CaseInsensitive);
            strippedCode += stripped.match(row.at(code).trimmed()).hasMatch();
            const auto found = m_approvedByCode.constFind(normalizedCode(row.at(code)));
            if (found == m_approvedByCode.cend()) {
                ++notOnList;
            } else {
                vendorBadged += isYes(found->at(vendorBadge));
                retiredRows += !found->at(retired).isEmpty();
            }
            allCaps += row.at(last).size() > 2 && row.at(last) == row.at(last).toUpper();
            nbsp += row.join(QLatin1Char('|')).contains(QChar(0x00A0));
            scientific += row.at(studentId).contains(QLatin1String("E+09"));
            distinctRows.insert(row.join(QChar(0x1F)));
        }
        const auto share = [n](int count) { return double(count) / n; };
        QVERIFY2(share(missingEmail) >= 0.02 && share(missingEmail) <= 0.07,
                 qPrintable(QString::number(missingEmail)));
        const int duplicates = n - int(distinctRows.size());
        QVERIFY2(duplicates >= n / 200 && duplicates <= n * 3 / 100, qPrintable(QString::number(duplicates)));
        QVERIFY2(strippedCode >= 1, "no 911-style code");
        QVERIFY2(share(notOnList) >= 0.01 && share(notOnList) <= 0.08,
                 qPrintable(QString::number(notOnList)));
        QVERIFY2(share(vendorBadged) >= 0.35 && share(vendorBadged) <= 0.60,
                 qPrintable(QString::number(vendorBadged)));
        QVERIFY2(share(retiredRows) >= 0.005 && share(retiredRows) <= 0.05,
                 qPrintable(QString::number(retiredRows)));
        QVERIFY2(share(allCaps) >= 0.05 && share(allCaps) <= 0.16, qPrintable(QString::number(allCaps)));
        QVERIFY(nbsp >= 1);
        QVERIFY(scientific >= 1);
        QVERIFY(twoAddresses >= 1);
        QVERIFY(gmial >= 1);
    }

    void retestsSecondInstructorsMinorsAndPublicTesting()
    {
        const int student = column(m_month, "StudentID");
        const int code = column(m_month, "AssessmentCode");
        const int result = column(m_month, "Result");
        const int enteredBy = column(m_month, "EnteredBy");
        const int birth = column(m_month, "DateOfBirth");
        const int title = column(m_month, "AssessmentTitle");
        QHash<QString, QStringList> results;
        QHash<QString, QSet<QString>> instructors;
        int minors = 0;
        int publicTesting = 0;
        static const QRegularExpression usDate(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
        for (const QStringList& row : std::as_const(m_month.rows)) {
            if (row.at(title).startsWith(QLatin1String("POSSE")) ||
                row.at(title).contains(QLatin1String("Driver")))
                ++publicTesting;
            if (row.at(student).isEmpty())
                continue;
            const QString key = row.at(student) + QLatin1Char('|') + normalizedCode(row.at(code));
            results[key].append(row.at(result));
            instructors[key].insert(row.at(enteredBy));
            const QRegularExpressionMatch m = usDate.match(row.at(birth));
            if (m.hasMatch()) {
                const QDate dob(m.captured(3).toInt(), m.captured(1).toInt(), m.captured(2).toInt());
                minors += dob.isValid() && dob.addYears(13) > QDate(2026, 10, 31);
            }
        }
        int failThenPass = 0;
        int twoInstructors = 0;
        for (auto it = results.cbegin(); it != results.cend(); ++it) {
            const qsizetype fail = it->indexOf(QStringLiteral("Fail"));
            failThenPass += fail >= 0 && it->indexOf(QStringLiteral("Pass"), fail + 1) > fail;
        }
        for (auto it = instructors.cbegin(); it != instructors.cend(); ++it)
            twoInstructors += it->size() >= 2;
        QVERIFY2(failThenPass >= 20, qPrintable(QString::number(failThenPass)));
        QVERIFY2(twoInstructors >= 25, qPrintable(QString::number(twoInstructors)));
        QVERIFY2(minors >= 15 && minors <= 120, qPrintable(QString::number(minors)));
        QCOMPARE(publicTesting, 2); // one per 2,500 rows
    }

    void crossMonthRepeatsOfLastMonthsPasses()
    {
        const Table september =
            SampleDataGenerator(options(QStringLiteral("2026-09"), 5000, 11)).monthlyExport();
        const int student = column(m_month, "StudentID");
        const int code = column(m_month, "AssessmentCode");
        const int testDate = column(m_month, "TestDate");
        const int result = column(m_month, "Result");
        QSet<QString> septemberPasses;
        for (const QStringList& row : september.rows) {
            if (row.at(result) == QLatin1String("Pass") && !row.at(student).isEmpty())
                septemberPasses.insert(row.at(student) + QLatin1Char('|') + row.at(code) + QLatin1Char('|') +
                                       row.at(testDate));
        }
        int repeats = 0;
        for (const QStringList& row : std::as_const(m_month.rows)) {
            repeats += septemberPasses.contains(row.at(student) + QLatin1Char('|') + row.at(code) +
                                                QLatin1Char('|') + row.at(testDate));
        }
        QVERIFY2(repeats >= 80 && repeats <= 120, qPrintable(QString::number(repeats))); // ~2% of 5000
    }

    void monthlyCodesComeFromTheApprovedList()
    {
        const int code = column(m_month, "AssessmentCode");
        QSet<QString> used;
        int onList = 0;
        for (const QStringList& row : std::as_const(m_month.rows)) {
            const QString normalized = normalizedCode(row.at(code));
            used.insert(normalized);
            onList += m_approvedByCode.contains(normalized);
        }
        QVERIFY(onList >= m_month.rows.size() * 92 / 100);
        QVERIFY2(used.size() >= 140 && used.size() <= 220, qPrintable(QString::number(used.size())));
    }

    void approvedListShapeAndMess()
    {
        QCOMPARE(m_approved.header, QStringList({QStringLiteral("AssessmentCode"),
                                                 QStringLiteral("AssessmentTitle"),
                                                 QStringLiteral("CredentialingBody"),
                                                 QStringLiteral("TestingVendor"),
                                                 QStringLiteral("CredentialType"),
                                                 QStringLiteral("CareerCluster"),
                                                 QStringLiteral("ProgramArea"),
                                                 QStringLiteral("CIPCodes"),
                                                 QStringLiteral("EndorsementLevel"),
                                                 QStringLiteral("TranscriptEligible"),
                                                 QStringLiteral("VendorIssuesDigitalBadge"),
                                                 QStringLiteral("CareerTechBadges"),
                                                 QStringLiteral("CredlyTemplateID"),
                                                 QStringLiteral("BadgeName"),
                                                 QStringLiteral("EffectiveFY"),
                                                 QStringLiteral("RetiredFY"),
                                                 QStringLiteral("Cost"),
                                                 QStringLiteral("Items"),
                                                 QStringLiteral("CutScorePct"),
                                                 QStringLiteral("Notes")}));
        const int rows = int(m_approved.rows.size());
        QVERIFY2(rows >= 550 && rows <= 650, qPrintable(QString::number(rows)));
        const int vendor = column(m_approved, "TestingVendor");
        const int careerTech = column(m_approved, "CareerTechBadges");
        const int templateId = column(m_approved, "CredlyTemplateID");
        const int retired = column(m_approved, "RetiredFY");
        const int cluster = column(m_approved, "CareerCluster");
        int cttc = 0;
        int badged = 0;
        int badgedWithoutTemplate = 0;
        int retiredRows = 0;
        int oddFlags = 0;
        QHash<QString, QSet<QString>> titlesByCode;
        QHash<QString, QSet<QString>> clustersByCode;
        for (const QStringList& row : std::as_const(m_approved.rows)) {
            cttc += row.at(vendor) == QLatin1String("CareerTech Testing Center");
            if (isYes(row.at(careerTech))) {
                ++badged;
                if (row.at(templateId).isEmpty())
                    ++badgedWithoutTemplate;
                else
                    QVERIFY2(!QUuid::fromString(row.at(templateId)).isNull(), qPrintable(row.at(templateId)));
            } else {
                QVERIFY(row.at(templateId).isEmpty());
            }
            retiredRows += !row.at(retired).isEmpty();
            for (int flag = 9; flag <= 11; ++flag)
                oddFlags += row.at(flag) != QLatin1String("Y") && row.at(flag) != QLatin1String("N");
            titlesByCode[normalizedCode(row.at(0))].insert(row.at(1).trimmed());
            clustersByCode[normalizedCode(row.at(0))].insert(row.at(cluster));
        }
        QVERIFY2(cttc >= 120 && cttc <= 145, qPrintable(QString::number(cttc)));
        QVERIFY2(badged >= 135 && badged <= 170, qPrintable(QString::number(badged)));
        QCOMPARE(badgedWithoutTemplate, 1);
        QVERIFY2(retiredRows >= 20 && retiredRows <= 45, qPrintable(QString::number(retiredRows)));
        QVERIFY2(oddFlags >= 20, qPrintable(QString::number(oddFlags)));
        int twoTitles = 0;
        int twoClusters = 0;
        for (const QSet<QString>& titles : std::as_const(titlesByCode))
            twoTitles += titles.size() >= 2;
        for (const QSet<QString>& clusters : std::as_const(clustersByCode))
            twoClusters += clusters.size() >= 2;
        QVERIFY(twoTitles >= 2);
        QVERIFY(twoClusters >= 2);
    }

    void templateIdsAreStableForASeed()
    {
        const Table again =
            SampleDataGenerator(options(QStringLiteral("2026-10"), 10, 11)).approvedAssessments();
        const Table other =
            SampleDataGenerator(options(QStringLiteral("2026-10"), 10, 12)).approvedAssessments();
        const int templateId = column(m_approved, "CredlyTemplateID");
        QSet<QString> ids;
        QSet<QString> otherIds;
        for (const QStringList& row : std::as_const(m_approved.rows))
            ids.insert(row.at(templateId));
        QSet<QString> againIds;
        for (const QStringList& row : again.rows)
            againIds.insert(row.at(templateId));
        for (const QStringList& row : other.rows)
            otherIds.insert(row.at(templateId));
        QCOMPARE(againIds, ids);
        ids.remove(QString());
        QVERIFY(!ids.intersects(otherIds));
    }

    void titleAndTotalsOption()
    {
        SampleDataGenerator::Options o = options(QStringLiteral("2026-02"), 40, 3);
        o.titleAndTotals = true;
        SampleDataGenerator generator(o);
        const QString dir = m_dir.filePath(QStringLiteral("titled"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY2(generator.writeAll(dir), qPrintable(generator.errorMessage()));
        const QList<QStringList> rows =
            parseCsv(readAll(dir + QStringLiteral("/ctims_realtime_2026-02.csv")));
        QCOMPARE(rows.size(), 43);
        QVERIFY(rows.at(0).at(0).startsWith(
            QLatin1String("CTIMS Real-Time Certifications Export - February 2026")));
        QCOMPARE(rows.at(1).at(0), QStringLiteral("EntryID"));
        QCOMPARE(rows.last(), QStringList{QStringLiteral("Total Records: 40")});
        const QList<QStringList> list = parseCsv(readAll(dir + QStringLiteral("/approved_assessments.csv")));
        QVERIFY(list.at(0).at(0).startsWith(QLatin1String("Approved Industry Credentials")));
        QCOMPARE(list.at(1).at(0), QStringLiteral("AssessmentCode"));
    }

    void headerDriftAndWindows1252()
    {
        QSet<QString> emailHeaders;
        for (const QString& month :
             {QStringLiteral("2026-01"), QStringLiteral("2026-02"), QStringLiteral("2026-03")}) {
            SampleDataGenerator::Options o = options(month, 300, 5);
            o.headerDrift = true;
            o.windows1252 = true;
            SampleDataGenerator generator(o);
            const SampleDataGenerator::Table table = generator.monthlyExport();
            // A blank column after the school name, empty in every row.
            const int blank = table.header.indexOf(QString());
            QCOMPARE(blank, 6);
            QCOMPARE(table.header.size(), 25);
            for (const QStringList& row : table.rows)
                QVERIFY(row.at(blank).isEmpty() && row.size() == 25);
            // Every drifted name is one the importer knows: the mapping finds all it needs.
            const ColumnMapping mapping = ColumnMapping::detect(table.header);
            QVERIFY2(mapping.isComplete(), qPrintable(mapping.missingRequiredMessage()));
            for (const ImportField field :
                 {ImportField::EntryId, ImportField::StudentId, ImportField::FirstName, ImportField::LastName,
                  ImportField::AssessmentCode, ImportField::AssessmentTitle, ImportField::TestDate})
                QVERIFY(mapping.isMapped(field));
            emailHeaders.insert(table.header.at(mapping.column(ImportField::Email)));

            const QString dir = m_dir.filePath(QStringLiteral("drift-") + month);
            QVERIFY(QDir().mkpath(dir));
            QVERIFY2(generator.writeAll(dir), qPrintable(generator.errorMessage()));
            const QByteArray bytes =
                readAll(dir + QStringLiteral("/ctims_realtime_") + month + QStringLiteral(".csv"));
            QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
            QVERIFY(!CsvReader::isValidUtf8(bytes)); // some accented name is in the month
            CsvReader reader(dir + QStringLiteral("/ctims_realtime_") + month + QStringLiteral(".csv"));
            QVERIFY2(reader.open(), qPrintable(reader.errorString()));
            QCOMPARE(reader.detectedEncoding(), CsvReader::Encoding::Windows1252);
            QStringList cells;
            QVERIFY(reader.readRow(&cells));
            QCOMPARE(cells, table.header);
            for (const QStringList& expected : table.rows) {
                QVERIFY(reader.readRow(&cells));
                // Read back as written: what the code page cannot hold came back as '?'.
                QCOMPARE(cells,
                         CsvReader::decodeWindows1252(CsvWriter::encodeWindows1252(expected.join(u'\x1f')))
                             .split(u'\x1f'));
            }
        }
        QCOMPARE(emailHeaders.size(), 3); // the name changed every month
    }

    void xlsxHoldsTheSameCells()
    {
        const QString python = pythonWithOpenpyxl();
        if (python.isEmpty())
            QSKIP("python3 with openpyxl not found");
        const QString dir = m_dir.filePath(QStringLiteral("xlsx"));
        QVERIFY(QDir().mkpath(dir));
        SampleDataGenerator generator(options(QStringLiteral("2026-04"), 300, 9));
        QVERIFY2(generator.writeAll(dir), qPrintable(generator.errorMessage()));
        const QList<QStringList> csv = parseCsv(readAll(dir + QStringLiteral("/ctims_realtime_2026-04.csv")));
        const QList<QStringList> list = parseCsv(readAll(dir + QStringLiteral("/approved_assessments.csv")));

        // Every cell of both sheets, printed as text the way the CSV writes it: numbers without
        // ".0", dates as M/d/yyyy and date-times as M/d/yyyy h:mm:ss AM/PM.
        static const QString script = QStringLiteral(R"(
import json, sys, datetime
import openpyxl
def text(v):
    if v is None: return ""
    if isinstance(v, datetime.datetime):
        h = v.hour % 12 or 12
        t = "%d/%d/%d" % (v.month, v.day, v.year)
        if (v.hour, v.minute, v.second) == (0, 0, 0): return t
        return t + " %d:%02d:%02d %s" % (h, v.minute, v.second, "AM" if v.hour < 12 else "PM")
    if isinstance(v, float) and v.is_integer(): return str(int(v))
    return str(v)
out = []
for path in sys.argv[1:3]:
    ws = openpyxl.load_workbook(path).worksheets[0]
    out.append({"freeze": ws.freeze_panes, "bold": bool(ws["A1"].font.b),
                "rows": [[text(c) for c in row] for row in ws.iter_rows(values_only=True)]})
print(json.dumps(out))
)");
        QProcess process;
        process.start(python,
                      {QStringLiteral("-c"), script, dir + QStringLiteral("/ctims_realtime_2026-04.xlsx"),
                       dir + QStringLiteral("/approved_assessments.xlsx"), QStringLiteral("x")});
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const QJsonArray sheets = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
        QCOMPARE(sheets.size(), 2);
        const QList<QStringList>* expected[] = {&csv, &list};
        for (int s = 0; s < 2; ++s) {
            const QJsonObject sheet = sheets.at(s).toObject();
            QCOMPARE(sheet.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
            QVERIFY(sheet.value(QStringLiteral("bold")).toBool());
            const QJsonArray rows = sheet.value(QStringLiteral("rows")).toArray();
            QCOMPARE(rows.size(), expected[s]->size());
            for (int r = 0; r < rows.size(); ++r) {
                const QJsonArray cells = rows.at(r).toArray();
                const QStringList& want = expected[s]->at(r);
                for (int c = 0; c < want.size(); ++c) {
                    const QString got = c < cells.size() ? cells.at(c).toString() : QString();
                    QVERIFY2(got == want.at(c),
                             qPrintable(QStringLiteral("sheet %1 row %2 col %3: xlsx \"%4\" csv \"%5\"")
                                            .arg(s)
                                            .arg(r + 1)
                                            .arg(c + 1)
                                            .arg(got, want.at(c))));
                }
            }
        }
    }

    void cliWritesTheFourFiles()
    {
        const QString dir = m_dir.filePath(QStringLiteral("cli/out"));
        const CliRun run =
            runCli({QStringLiteral("sample"), QStringLiteral("--month"), QStringLiteral("2026-10"),
                    QStringLiteral("--rows"), QStringLiteral("120"), QStringLiteral("--seed"),
                    QStringLiteral("5"), QStringLiteral("--out"), dir});
        QCOMPARE(run.code, int(ExitOk));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        for (const QString& name :
             {QStringLiteral("ctims_realtime_2026-10.csv"), QStringLiteral("ctims_realtime_2026-10.xlsx"),
              QStringLiteral("approved_assessments.csv"), QStringLiteral("approved_assessments.xlsx")}) {
            const QString path = QDir(dir).filePath(name);
            QVERIFY2(QFile::exists(path), qPrintable(path));
            QVERIFY2(run.out.contains(path), qPrintable(run.out));
        }
        QVERIFY(run.out.contains(QStringLiteral("ctims_realtime_2026-10.csv  120 rows")));
    }

    void cliJson()
    {
        const QString dir = m_dir.filePath(QStringLiteral("cli-json"));
        const CliRun run =
            runCli({QStringLiteral("--json"), QStringLiteral("sample"), QStringLiteral("--month"),
                    QStringLiteral("2026-07"), QStringLiteral("--out"), dir});
        QCOMPARE(run.code, int(ExitOk));
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("month")).toString(), QStringLiteral("2026-07"));
        QCOMPARE(object.value(QStringLiteral("rows")).toInt(), 250); // July's default
        QCOMPARE(object.value(QStringLiteral("seed")).toInt(), 1);
        const QJsonArray files = object.value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 4);
        QCOMPARE(files.at(0).toObject().value(QStringLiteral("rows")).toInt(), 250);
        QVERIFY(files.at(2)
                    .toObject()
                    .value(QStringLiteral("path"))
                    .toString()
                    .endsWith(QLatin1String("approved_assessments.csv")));
    }

    void cliUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString out = m_dir.filePath(QStringLiteral("never"));
        QTest::newRow("bad month") << QStringList{QStringLiteral("--month"), QStringLiteral("2026-13"),
                                                  QStringLiteral("--out"), out}
                                   << QStringLiteral("--month must look like 2026-10");
        QTest::newRow("US month") << QStringList{QStringLiteral("--month"), QStringLiteral("10/2026"),
                                                 QStringLiteral("--out"), out}
                                  << QStringLiteral("--month must look like 2026-10");
        QTest::newRow("missing month")
            << QStringList{QStringLiteral("--out"), out} << QStringLiteral("--month must look like 2026-10");
        QTest::newRow("bad rows") << QStringList{QStringLiteral("--month"), QStringLiteral("2026-10"),
                                                 QStringLiteral("--rows"),  QStringLiteral("many"),
                                                 QStringLiteral("--out"),   out}
                                  << QStringLiteral("--rows must be a whole number");
        QTest::newRow("zero rows") << QStringList{QStringLiteral("--month"), QStringLiteral("2026-10"),
                                                  QStringLiteral("--rows"),  QStringLiteral("0"),
                                                  QStringLiteral("--out"),   out}
                                   << QStringLiteral("--rows must be a whole number");
        QTest::newRow("bad seed") << QStringList{QStringLiteral("--month"), QStringLiteral("2026-10"),
                                                 QStringLiteral("--seed"),  QStringLiteral("-1"),
                                                 QStringLiteral("--out"),   out}
                                  << QStringLiteral("--seed must be a whole number");
        QTest::newRow("missing out") << QStringList{QStringLiteral("--month"), QStringLiteral("2026-10")}
                                     << QStringLiteral("--out DIR is required");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--month"), QStringLiteral("2026-10"), QStringLiteral("--colour"),
                           QStringLiteral("--out"), out}
            << QStringLiteral("colour");
    }

    void cliUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run = runCli(QStringList{QStringLiteral("sample")} + arguments);
        QCOMPARE(run.code, int(ExitUsage));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never"))));
    }

    void cliUnwritableOut()
    {
        // A regular file where a directory is expected: no directory can be created below it.
        const QString file = m_dir.filePath(QStringLiteral("a-file"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const CliRun run =
            runCli({QStringLiteral("sample"), QStringLiteral("--month"), QStringLiteral("2026-10"),
                    QStringLiteral("--out"), file + QStringLiteral("/sub")});
        QCOMPARE(run.code, int(ExitBadInput));
        QVERIFY2(run.err.contains(QStringLiteral("cannot write to")), qPrintable(run.err));
    }

private:
    QTemporaryDir m_dir;
    Table m_month;
    Table m_approved;
    QHash<QString, QStringList> m_approvedByCode;
};

QTEST_GUILESS_MAIN(TestSampleDataGenerator)
#include "TestSampleDataGenerator.moc"
