#include "Cli.h"
#include "ExitCode.h"
#include "storage/Database.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace badgedesk;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

} // namespace

// The review commands on a realistic batch: a sample month (every messy case) imported against
// the sample approved list, as a specialist would do it from a script.
class TestReviewCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    CliRun cli(const QStringList& arguments)
    {
        CliRun run;
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        run.code = Cli(out, err).run(QStringList{s("badgedesk-cli"), s("--db"), m_db} + arguments);
        out.flush();
        err.flush();
        return run;
    }
    QList<qint64> idsWith(const QString& option, const QString& value)
    {
        const CliRun run = cli({s("--json"), s("review"), s("1"), s("--rows"), option, value});
        QList<qint64> ids;
        for (const QJsonValue& row : run.json().value(s("rows")).toArray())
            ids << row.toObject().value(s("id")).toInteger();
        return ids;
    }
    static QString joined(const QList<qint64>& ids)
    {
        QStringList parts;
        for (qint64 id : ids)
            parts << QString::number(id);
        return parts.join(QLatin1Char(','));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString out = m_dir.filePath(s("sample"));
        QVERIFY(QDir().mkpath(out));
        m_db = m_dir.filePath(s("review.sqlite"));
        QCOMPARE(cli({s("sample"), s("--month"), s("2026-10"), s("--rows"), s("800"), s("--seed"), s("3"),
                      s("--out"), out})
                     .code,
                 ExitOk);
        QCOMPARE(cli({s("catalog"), s("import"), out + s("/approved_assessments.csv"), s("--apply")}).code,
                 ExitOk);
        const CliRun imported = cli({s("--json"), s("import"), out + s("/ctims_realtime_2026-10.csv")});
        QCOMPARE(imported.code, ExitOk);
        QCOMPARE(imported.json().value(s("batch")).toInteger(), 1);
    }

    void reviewCountsEveryRow()
    {
        const CliRun run = cli({s("--json"), s("review"), s("1")});
        QCOMPARE(run.code, ExitOk);
        const QJsonObject json = run.json();
        const QJsonObject batch = json.value(s("batch")).toObject();
        QCOMPARE(batch.value(s("id")).toInteger(), 1);
        QCOMPARE(batch.value(s("month")).toString(), s("2026-10"));
        QCOMPARE(batch.value(s("sign_off")).toObject().value(s("state")).toString(), s("not_signed_off"));
        const QJsonObject statuses = json.value(s("statuses")).toObject();
        const QJsonObject reasons = json.value(s("reasons")).toObject();
        QCOMPARE(statuses.size(), 10);
        QCOMPARE(reasons.size(), 12);
        int total = 0;
        for (const QString& key : statuses.keys())
            total += statuses.value(key).toInt();
        QCOMPARE(total, batch.value(s("rows")).toInt());
        QCOMPARE(statuses.value(s("new")).toInt(), 0); // every row classified
        QVERIFY(statuses.value(s("eligible")).toInt() > 0);
        // The sample's messes show up as their reasons.
        for (const char* reason :
             {"vendor_badged", "bad_email", "no_email", "not_passed", "duplicate_in_batch"})
            QVERIFY2(reasons.value(s(reason)).toInt() > 0, reason);
        // Reasons count the rows still excluded or needing attention.
        int withReason = 0;
        for (const QString& key : reasons.keys())
            withReason += reasons.value(key).toInt();
        QCOMPARE(withReason,
                 statuses.value(s("excluded")).toInt() + statuses.value(s("needs_attention")).toInt());
        QVERIFY(!json.contains(s("rows")));

        // A month names its newest batch; text output says the same in words.
        const CliRun text = cli({s("review"), s("2026-10")});
        QCOMPARE(text.code, ExitOk);
        QVERIFY2(text.out.contains(s("not signed off yet")), qPrintable(text.out));
        QVERIFY(text.out.contains(s("vendor_badged")));
        QCOMPARE(cli({s("review"), s("9")}).code, ExitBadInput);
        QCOMPARE(cli({s("review")}).code, ExitUsage);
        QCOMPARE(cli({s("review"), s("1"), s("--status"), s("maybe")}).code, ExitBadInput);
    }

    void rowsListTheirReasons()
    {
        const CliRun run =
            cli({s("--json"), s("review"), s("1"), s("--rows"), s("--reason"), s("bad_email")});
        QCOMPARE(run.code, ExitOk);
        const QJsonArray rows = run.json().value(s("rows")).toArray();
        QCOMPARE(rows.size(), run.json().value(s("reasons")).toObject().value(s("bad_email")).toInt());
        bool suggested = false;
        for (const QJsonValue& v : rows) {
            const QJsonObject row = v.toObject();
            QCOMPARE(row.value(s("reason")).toString(), s("bad_email"));
            QCOMPARE(row.value(s("status")).toString(), s("needs_attention"));
            QVERIFY(!row.value(s("detail")).toString().isEmpty());
            QVERIFY(row.value(s("file_row")).toInt() > 1);
            suggested = suggested || row.contains(s("email_suggestion"));
        }
        QVERIFY(suggested);
    }

    void approveRejectFixAndSignOff()
    {
        // An email fix: refused when it looks wrong, saved when right, and the row is eligible then.
        const QList<qint64> badEmail = idsWith(s("--reason"), s("bad_email"));
        QVERIFY(!badEmail.isEmpty());
        const qint64 row = badEmail.first();
        CliRun run = cli({s("set-email"), QString::number(row), s("fixed@gmial.com")});
        QCOMPARE(run.code, ExitBadInput);
        QVERIFY2(run.err.contains(s("Did you mean fixed@gmail.com?")), qPrintable(run.err));
        run =
            cli({s("--json"), s("set-email"), QString::number(row), s("Fixed.Student@students.example.org")});
        QCOMPARE(run.code, ExitOk);
        QCOMPARE(run.json().value(s("email")).toString(), s("fixed.student@students.example.org"));
        QCOMPARE(run.json().value(s("status")).toString(), s("eligible"));
        QVERIFY(!run.json().value(s("old_email")).toString().isEmpty());
        QCOMPARE(cli({s("set-email"), s("abc"), s("x@example.org")}).code, ExitBadInput);

        // Approving rows that need a fix is partly done: the eligible one goes, the others are listed.
        const QList<qint64> vendor = idsWith(s("--reason"), s("vendor_badged"));
        run = cli({s("--json"), s("approve"), s("1"), s("--rows"), joined({row, vendor.first()})});
        QCOMPARE(run.code, ExitPartlyDone);
        QCOMPARE(run.json().value(s("approved")).toInt(), 1);
        const QJsonArray skipped = run.json().value(s("skipped")).toArray();
        QCOMPARE(skipped.size(), 1);
        QCOMPARE(skipped.first().toObject().value(s("row")).toInteger(), vendor.first());
        QVERIFY(skipped.first().toObject().value(s("why")).toString().contains(s("Override")));
        // With a written reason the vendor-badged row is approved over the rule.
        run = cli({s("approve"), s("1"), s("--rows"), QString::number(vendor.first()), s("--override"),
                   s("The vendor stopped issuing badges")});
        QCOMPARE(run.code, ExitOk);
        QCOMPARE(cli({s("approve"), s("1"), s("--all-eligible"), s("--rows"), s("3")}).code, ExitUsage);
        QCOMPARE(cli({s("approve"), s("1"), s("--rows"), s("3-x")}).code, ExitBadInput);

        // Sign-off is refused while rows are undecided.
        run = cli({s("signoff"), s("1")});
        QCOMPARE(run.code, ExitBadInput);
        QVERIFY2(run.err.contains(s("not decided yet")), qPrintable(run.err));

        run = cli({s("--json"), s("approve"), s("1"), s("--all-eligible")});
        QCOMPARE(run.code, ExitOk);
        QVERIFY(run.json().value(s("approved")).toInt() > 0);
        QCOMPARE(run.json().value(s("statuses")).toObject().value(s("eligible")).toInt(), 0);

        const QList<qint64> attention = idsWith(s("--status"), s("needs_attention"));
        QVERIFY(!attention.isEmpty());
        QCOMPARE(cli({s("reject"), s("1"), s("--rows"), joined(attention)}).code, ExitUsage); // no reason
        QCOMPARE(cli({s("reject"), s("1"), s("--rows"), joined(attention), s("--reason"), s(" ")}).code,
                 ExitBadInput);
        run = cli({s("--json"), s("reject"), s("1"), s("--rows"), joined(attention), s("--reason"),
                   s("No usable contact; will follow up")});
        QCOMPARE(run.code, ExitOk);
        QCOMPARE(run.json().value(s("rejected")).toInt(), attention.size());

        run = cli({s("--json"), s("signoff"), s("1")});
        QCOMPARE(run.code, ExitOk);
        QCOMPARE(run.json().value(s("state")).toString(), s("valid"));
        QVERIFY(run.json().value(s("approved_rows")).toInt() > 0);
        QVERIFY(!run.json().value(s("signed_off_at")).toString().isEmpty());

        // A later fix to an approved row voids it, and review says so.
        QCOMPARE(cli({s("set-email"), QString::number(row), s("other.student@students.example.org")}).code,
                 ExitOk);
        run = cli({s("--json"), s("review"), s("1")});
        const QJsonObject signOff = run.json().value(s("batch")).toObject().value(s("sign_off")).toObject();
        QCOMPARE(signOff.value(s("state")).toString(), s("voided"));
        QVERIFY(signOff.value(s("message")).toString().contains(s("sign it off again")));

        // Everything is in the audit log with the old values.
        Database db;
        QVERIFY(db.open(m_db));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(s("SELECT count(*) FROM audit_log WHERE action = 'set_email' AND details_json LIKE "
                         "'%\"old\":%'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY(q.exec(s("SELECT count(*) FROM audit_log WHERE action = 'override'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReviewCommand)
#include "TestReviewCommand.moc"
