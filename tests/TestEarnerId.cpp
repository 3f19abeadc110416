#include "issuing/EarnerId.h"
#include "storage/Database.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace badgedesk;

// issuer_earner_id: a keyed hash that is stable per database, differs between students and between
// databases, and never carries the student id.
class TestEarnerId : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void stableKeyedAndOpaque()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("a.sqlite"))));
        QString error;
        const QByteArray key = EarnerId::keyFor(db.connection(), &error);
        QVERIFY2(key.size() >= 32, qPrintable(error));
        QCOMPARE(EarnerId::keyFor(db.connection()), key); // made once, then read

        // Another connection to the same file (the issuing thread) gets the same key.
        Database second;
        QVERIFY(second.openConnection(db.path()));
        QCOMPARE(EarnerId::keyFor(second.connection()), key);

        const EarnerId ids(key);
        const QString a = ids.of(QStringLiteral("123456789"), QStringLiteral("a@example.org"),
                                 QStringLiteral("Ana"), QStringLiteral("Diaz"), QStringLiteral("0101"));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(a).hasMatch());
        QVERIFY(!a.contains(QLatin1String("123456789")));
        // The student, not the email: a new address next month keeps the same id.
        QCOMPARE(ids.of(QStringLiteral(" 123456789 "), QStringLiteral("new@example.org"), {}, {}, {}), a);
        QVERIFY(ids.of(QStringLiteral("123456780"), QStringLiteral("a@example.org"), {}, {}, {}) != a);
        // Without a student id: the email, case-insensitively; without either: name and school.
        const QString byEmail = ids.of({}, QStringLiteral("A@Example.org"), {}, {}, {});
        QCOMPARE(ids.of({}, QStringLiteral("a@example.org "), QStringLiteral("X"), {}, {}), byEmail);
        QVERIFY(byEmail != a);
        QVERIFY(ids.of({}, {}, QStringLiteral("Ana"), QStringLiteral("Diaz"), QStringLiteral("0101")) !=
                ids.of({}, {}, QStringLiteral("Ana"), QStringLiteral("Diaz"), QStringLiteral("0102")));

        // Another database (Practice has its own file) has another key: ids do not link across.
        Database other;
        QVERIFY(other.open(dir.filePath(QStringLiteral("b.sqlite"))));
        const EarnerId otherIds(EarnerId::keyFor(other.connection()));
        QVERIFY(otherIds.of(QStringLiteral("123456789"), {}, {}, {}, {}) != a);
    }
};

QTEST_GUILESS_MAIN(TestEarnerId)
#include "TestEarnerId.moc"
