#include "storage/Database.h"
#include "storage/ImportProfileRepository.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace badgedesk;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// Headers no synonym knows: only a profile maps them.
const QStringList kOddHeader{s("Learner No"), s("Given"),       s("Family"), s("Contact"),
                             s("Exam Key"),   s("When Tested"), s("Remarks")};

ImportProfile oddProfile(const QString& name)
{
    ColumnMapping mapping = ColumnMapping::forHeader(kOddHeader);
    mapping.setColumn(ImportField::StudentId, 0);
    mapping.setColumn(ImportField::FirstName, 1);
    mapping.setColumn(ImportField::LastName, 2);
    mapping.setColumn(ImportField::Email, 3);
    mapping.setColumn(ImportField::AssessmentCode, 4);
    mapping.setColumn(ImportField::TestDate, 5);
    return ImportProfile::fromMapping(name, mapping);
}

} // namespace

class TestImportProfileRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;
    Database m_db;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init() { QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("profiles%1.sqlite").arg(++m_count)))); }
    void cleanup() { m_db.close(); }

    void fromMappingKeepsHeaderTexts()
    {
        const ImportProfile profile = oddProfile(s("  Spring export "));
        QCOMPARE(profile.name, s("Spring export"));
        QCOMPARE(profile.columns.size(), 6);
        QCOMPARE(profile.columns.value(ImportField::Email), s("Contact"));
        QCOMPARE(profile.header, kOddHeader);
        QVERIFY(profile.fits(kOddHeader));
        QVERIFY(profile.sameHeader(kOddHeader));
    }

    void applyFollowsNamesNotPositions()
    {
        const ImportProfile profile = oddProfile(s("p"));
        // Columns moved, one added, names typed differently (case, spaces, punctuation).
        const QStringList moved{s("Remarks"), s("CONTACT"), s("Extra"),    s("learner_no"),
                                s("Given"),   s("Family"),  s("Exam-Key"), s("When Tested")};
        QVERIFY(profile.fits(moved));
        QVERIFY(!profile.sameHeader(moved));
        const ColumnMapping mapping = profile.apply(moved);
        QCOMPARE(mapping.column(ImportField::Email), 1);
        QCOMPARE(mapping.column(ImportField::StudentId), 3);
        QCOMPARE(mapping.column(ImportField::AssessmentCode), 6);
        QCOMPARE(mapping.column(ImportField::TestDate), 7);
        QVERIFY(!mapping.isMapped(ImportField::Result));
        QVERIFY(mapping.isComplete());

        const QStringList missing{s("Learner No"), s("Given"), s("Family"), s("Exam Key"), s("When Tested")};
        QVERIFY(!profile.fits(missing));
        QCOMPARE(profile.missingHeaders(missing), QStringList{s("Contact")});
    }

    void saveListReplaceRemove()
    {
        ImportProfileRepository repo(m_db.connection());
        QVERIFY(repo.all().isEmpty());
        QVERIFY2(repo.save(oddProfile(s("Spring"))), qPrintable(repo.error()));
        QVERIFY(repo.save(oddProfile(s("autumn"))));
        QStringList names;
        for (const ImportProfile& p : repo.all())
            names << p.name;
        QCOMPARE(names, (QStringList{s("autumn"), s("Spring")}));

        const auto stored = repo.byName(s("SPRING"));
        QVERIFY(stored);
        QCOMPARE(stored->name, s("Spring"));
        QCOMPARE(stored->columns, oddProfile(s("x")).columns);
        QCOMPARE(stored->header, kOddHeader);
        QVERIFY(!stored->createdAt.isEmpty());
        QVERIFY(stored->lastUsedAt.isEmpty());

        // Saving under the same name (any case) replaces the mapping and keeps the creation time.
        ImportProfile changed = oddProfile(s("spring"));
        changed.columns.insert(ImportField::Result, s("Remarks"));
        QTest::qWait(5);
        QVERIFY(repo.save(changed));
        QCOMPARE(repo.all().size(), 2);
        const auto replaced = repo.byName(s("Spring"));
        QCOMPARE(replaced->columns.value(ImportField::Result), s("Remarks"));
        QCOMPARE(replaced->createdAt, stored->createdAt);
        QVERIFY(replaced->updatedAt > stored->updatedAt);

        QVERIFY(repo.markUsed(s("spring")));
        QVERIFY(!repo.byName(s("Spring"))->lastUsedAt.isEmpty());

        QVERIFY(repo.remove(s("Autumn")));
        QVERIFY(!repo.byName(s("autumn")));
        QVERIFY(!repo.remove(s("autumn")));
        QCOMPARE(repo.error(), s("There is no mapping profile named \"autumn\"."));
    }

    void refusesEmptyNameOrMapping()
    {
        ImportProfileRepository repo(m_db.connection());
        QVERIFY(!repo.save(oddProfile(s("   "))));
        QCOMPARE(repo.error(), s("Give the mapping profile a name."));
        ImportProfile empty;
        empty.name = s("Nothing");
        QVERIFY(!repo.save(empty));
        QVERIFY(repo.error().contains(s("maps no column")));
        QVERIFY(repo.all().isEmpty());
    }

    void matchPicksTheBestFit()
    {
        ImportProfileRepository repo(m_db.connection());
        QVERIFY(!repo.match(kOddHeader));

        // Fits, but maps fewer fields.
        ImportProfile small = oddProfile(s("small"));
        small.columns.remove(ImportField::TestDate);
        QVERIFY(repo.save(small));
        QCOMPARE(repo.match(kOddHeader)->name, s("small"));

        // Fits and maps more: wins.
        QVERIFY(repo.save(oddProfile(s("full"))));
        QCOMPARE(repo.match(kOddHeader)->name, s("full"));

        // Maps even more but needs a column this header lacks: never picked.
        ImportProfile wider = oddProfile(s("wider"));
        wider.columns.insert(ImportField::Vendor, s("Vendor"));
        wider.columns.insert(ImportField::Result, s("Outcome"));
        QVERIFY(repo.save(wider));
        QCOMPARE(repo.match(kOddHeader)->name, s("full"));

        // Same field count: the one saved from this very header wins over one from another.
        ImportProfile other = oddProfile(s("other header"));
        other.header = QStringList{s("Learner No"), s("Something else")};
        QVERIFY(repo.save(other));
        QCOMPARE(repo.match(kOddHeader)->name, s("full"));

        // A header nothing fits.
        QVERIFY(!repo.match(QStringList{s("EntryID"), s("Email")}));
    }

    void matchPrefersTheMostRecentlyUsedOnATie()
    {
        ImportProfileRepository repo(m_db.connection());
        QVERIFY(repo.save(oddProfile(s("a"))));
        QVERIFY(repo.save(oddProfile(s("b"))));
        QVERIFY(repo.markUsed(s("b")));
        QCOMPARE(repo.match(kOddHeader)->name, s("b"));
        QTest::qWait(5);
        QVERIFY(repo.markUsed(s("a")));
        QCOMPARE(repo.match(kOddHeader)->name, s("a"));
    }
};

QTEST_GUILESS_MAIN(TestImportProfileRepository)
#include "TestImportProfileRepository.moc"
