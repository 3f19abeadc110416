#include "notices/NoticeLanguage.h"
#include "notices/NoticeTemplate.h"

#include <QStandardPaths>
#include <QTest>

using namespace badgedesk;

namespace {
QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QHash<QString, QString> student()
{
    return {{s("first_name"), s("Ana")},
            {s("last_name"), s("Núñez")},
            {s("email"), s("ana.nunez@example.org")},
            {s("badge_name"), s("Certified Nursing Assistant")},
            {s("assessment_title"), s("CNA Skills Exam")},
            {s("assessment_code"), s("0911")},
            {s("school_name"), s("Tulsa Tech")},
            {s("issue_date"), s("October 14, 2026")},
            {s("agency_name"), s("Oklahoma CareerTech")}};
}
} // namespace

// The notice's template: placeholders filled, unknown ones reported and left visible, missing
// values reported; the default texts in English and Spanish say what the issue asks.
class TestNoticeTemplate : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rendersPlaceholders()
    {
        NoticeTemplate t;
        t.language = s("en");
        t.subject = s("Your {{badge_name}} badge");
        t.body = s("Dear {{first_name}} {{ last_name }},\nfrom {{agency_name}} on {{issue_date}}.");
        const NoticeTemplate::Rendered r = t.render(student());
        QCOMPARE(r.subject, s("Your Certified Nursing Assistant badge"));
        QCOMPARE(r.body, s("Dear Ana Núñez,\nfrom Oklahoma CareerTech on October 14, 2026."));
        QVERIFY(r.isComplete());
        QCOMPARE(t.usedPlaceholders(), (QStringList{s("badge_name"), s("first_name"), s("last_name"),
                                                    s("agency_name"), s("issue_date")}));
    }

    void unknownPlaceholdersAreReportedAndKept()
    {
        NoticeTemplate t;
        t.subject = s("Hello {{frist_name}}");
        t.body = s("{{first_name}}, see {{portal_link}} and {{frist_name}} again. {single} {{ }} stay.");
        QCOMPARE(t.unknownPlaceholders(), (QStringList{s("frist_name"), s("portal_link")}));
        const NoticeTemplate::Rendered r = t.render(student());
        QCOMPARE(r.subject, s("Hello {{frist_name}}"));
        QCOMPARE(r.body, s("Ana, see {{portal_link}} and {{frist_name}} again. {single} {{ }} stay."));
        QCOMPARE(r.unknown, (QStringList{s("frist_name"), s("portal_link")}));
        QVERIFY(r.missing.isEmpty());
        QVERIFY(!r.isComplete());
    }

    void missingValuesAreReported()
    {
        NoticeTemplate t;
        t.subject = s("{{badge_name}}");
        t.body = s("Dear {{first_name}}, at {{school_name}}.");
        QHash<QString, QString> values = student();
        values.remove(s("school_name"));
        values.insert(s("badge_name"), s("   "));
        const NoticeTemplate::Rendered r = t.render(values);
        QCOMPARE(r.body, s("Dear Ana, at ."));
        QCOMPARE(r.subject, QString());
        QCOMPARE(r.missing, (QStringList{s("badge_name"), s("school_name")}));
        QVERIFY(r.unknown.isEmpty());
    }

    void everyPlaceholderIsDescribed()
    {
        for (const QString& name : NoticeTemplate::placeholders())
            QVERIFY2(!NoticeTemplate::describe(name).isEmpty(), qPrintable(name));
        QCOMPARE(NoticeTemplate::describe(s("nope")), QString());
    }

    // What the issue asks the default to say, in both languages, with no unknown placeholder.
    void defaults_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QStringList>("says");
        QTest::newRow("en") << s("en") << s("Your Certified Nursing Assistant digital badge is on its way")
                            << QStringList{s("Dear Ana Núñez,"),
                                           s("Congratulations on earning CNA Skills Exam at Tulsa Tech!"),
                                           s("On or after October 14, 2026, Credly will email you at "
                                             "ana.nunez@example.org from admin@credly.com"),
                                           s("add admin@credly.com to your contacts or safe senders"),
                                           s("select the button to accept it"),
                                           s("add a personal email address"),
                                           s("Oklahoma CareerTech\n")};
        QTest::newRow("es") << s("es") << s("Su insignia digital Certified Nursing Assistant está en camino")
                            << QStringList{
                                   s("Estimado/a Ana Núñez:"),
                                   s("¡Felicitaciones por haber obtenido la certificación CNA Skills "
                                     "Exam en Tulsa Tech!"),
                                   s("A partir del 14 de octubre de 2026, Credly le enviará un correo "
                                     "electrónico a ana.nunez@example.org desde admin@credly.com"),
                                   s("agregue ahora admin@credly.com a sus contactos o a su lista de "
                                     "remitentes seguros"),
                                   s("seleccione el botón para aceptarla"),
                                   s("agregue también una dirección de correo personal"),
                                   s("Oklahoma CareerTech\n")};
    }
    void defaults()
    {
        QFETCH(QString, language);
        QFETCH(QString, subject);
        QFETCH(QStringList, says);
        const NoticeTemplate t = NoticeTemplate::defaultFor(language);
        QCOMPARE(t.language, language);
        QVERIFY(t.unknownPlaceholders().isEmpty());
        QHash<QString, QString> values = student();
        if (language == QLatin1String("es"))
            values.insert(s("issue_date"), s("14 de octubre de 2026"));
        const NoticeTemplate::Rendered r = t.render(values);
        QVERIFY(r.isComplete());
        QCOMPARE(r.subject, subject);
        for (const QString& part : says)
            QVERIFY2(r.body.contains(part), qPrintable(part));
        QVERIFY(!r.body.contains(s("{{")));
    }

    void unknownLanguageFallsBackToEnglish()
    {
        QCOMPARE(NoticeTemplate::defaultFor(s("fr")), NoticeTemplate::defaultFor(s("en")));
        QCOMPARE(NoticeLanguage::credlyLocale(s("es")), s("es-US"));
        QCOMPARE(NoticeLanguage::credlyLocale(s("en")), s("en"));
        QCOMPARE(NoticeLanguage::credlyLocale(QString()), s("en"));
        QCOMPARE(NoticeLanguage::effective(QString(), s("es")), s("es"));
        QCOMPARE(NoticeLanguage::effective(s("en"), s("es")), s("en"));
        QCOMPARE(NoticeLanguage::effective(QString(), QString()), s("en"));
    }
};

QTEST_GUILESS_MAIN(TestNoticeTemplate)
#include "TestNoticeTemplate.moc"
