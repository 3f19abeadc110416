#include "credly/CredlyTokenExpiry.h"

#include <QTest>

using badgedesk::CredlyTokenExpiry;

// The 30-day warning and what the user reads about the token's expiry.
class TestCredlyTokenExpiry : public QObject
{
    Q_OBJECT
private slots:
    void warning_data()
    {
        QTest::addColumn<int>("daysAhead");
        QTest::addColumn<bool>("warn");
        QTest::addColumn<QString>("text");
        QTest::newRow("180 days") << 180 << false << QStringLiteral("(in 180 days).");
        QTest::newRow("31 days") << 31 << false << QStringLiteral("(in 31 days).");
        QTest::newRow("30 days") << 30 << true << QStringLiteral("in 30 days. Create a new token");
        QTest::newRow("1 day") << 1 << true << QStringLiteral("in 1 day. Create a new token");
        QTest::newRow("today") << 0 << true << QStringLiteral("expires today");
        QTest::newRow("expired") << -3 << true << QStringLiteral("expired on");
    }

    void warning()
    {
        QFETCH(int, daysAhead);
        QFETCH(bool, warn);
        QFETCH(QString, text);
        const QDate today(2026, 10, 14);
        CredlyTokenExpiry e;
        e.known = true;
        e.expiresAt = QDateTime(today.addDays(daysAhead), QTime(12, 0));
        QCOMPARE(e.daysLeft(today), qint64(daysAhead));
        QCOMPARE(e.needsWarning(today), warn);
        const QString shown = e.userText(today);
        QVERIFY2(shown.contains(text), qPrintable(shown));
        QCOMPARE(shown.contains(QLatin1String("Developers > Authorization Tokens")), warn);
    }

    void unknownNeverWarns()
    {
        CredlyTokenExpiry e;
        e.unknownReason = QStringLiteral("Credly would not say.");
        QVERIFY(!e.needsWarning(QDate(2026, 10, 14)));
        QVERIFY(!e.isExpired(QDateTime::currentDateTime()));
        QCOMPARE(e.userText(QDate(2026, 10, 14)), QStringLiteral("Credly would not say."));
    }
};

QTEST_GUILESS_MAIN(TestCredlyTokenExpiry)
#include "TestCredlyTokenExpiry.moc"
