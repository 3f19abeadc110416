#include "storage/CatalogChangeNotifier.h"
#include "storage/CatalogRepository.h"
#include "storage/Database.h"
#include "storage/ReviewRepository.h"
#include "storage/SignOffRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace badgedesk;

namespace {

const QString Actor = QStringLiteral("ana");

CatalogEntry entry(const QString& code, bool badged = true, bool vendor = false)
{
    CatalogEntry e;
    e.code = code;
    e.title = QStringLiteral("Assessment ") + code;
    e.vendor = QStringLiteral("CareerTech Testing Center");
    e.effectiveDate = QDate(2020, 7, 1);
    e.careertechBadges = badged;
    e.vendorBadges = vendor;
    e.credlyTemplateId = badged ? QStringLiteral("tpl-") + code : QString();
    return e;
}

// A row's values; the defaults make an eligible row.
struct RowSpec
{
    QString studentId = QStringLiteral("1001");
    QString first = QStringLiteral("Jane");
    QString last = QStringLiteral("Doe");
    QString email = QStringLiteral("jane.doe@students.example.org");
    QString code = QStringLiteral("0911");
    QString testDate = QStringLiteral("2026-10-01");
    QString enteredAt = QStringLiteral("2026-10-03T10:00:00");
    QString result = QStringLiteral("Pass");
    QString birth;
    QString problems = QStringLiteral("[]");
};

} // namespace

class TestReviewRepository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("review.sqlite"))),
                 qPrintable(m_db->errorMessage()));
        CatalogRepository catalog(m_db->connection());
        for (const CatalogEntry& e : {entry(QStringLiteral("0911")), entry(QStringLiteral("0912")),
                                      entry(QStringLiteral("8005"), false, true)})
            QVERIFY2(catalog.add(e, Actor) > 0, qPrintable(catalog.error()));
        m_nextRow = 1;
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void classifiesEveryRowOnce();
    void importedDateProblemsNeedAttention();
    void approveTakesEligibleRowsOnly();
    void rejectAndOverrideNeedAWrittenReason();
    void overrideIsRefusedWhereIssuingCannotWork();
    void restoreReturnsToTheCurrentVerdict();
    void emailFixKeepsTheOriginalAndReclassifies();
    void decisionsSurviveACatalogChange();
    void dedupeAgainstEarlierBatchesAndIssuedBadges();
    void rejectingTheKeptDuplicateKeepsTheNext();
    void laterBatchFollowsTheHistory();
    void detailsShowRawCellsAndHistory();
    void signOffIsVoidedByReviewChanges();
    void bulkActionsOn100000Rows();

private:
    qint64 batch(const QString& month = QStringLiteral("2026-10"));
    qint64 addRow(qint64 batchId, const RowSpec& spec = {});
    QString value(const QString& sql);
    int count(const QString& sql) { return value(sql).toInt(); }
    QString statusOf(qint64 id)
    {
        return value(QStringLiteral("SELECT status FROM certifications WHERE id = %1").arg(id));
    }
    QString reasonOf(qint64 id)
    {
        return value(QStringLiteral("SELECT reason FROM certifications WHERE id = %1").arg(id));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_nextRow = 1;
};

qint64 TestReviewRepository::batch(const QString& month)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO batches(month, created_at) VALUES(?, '2026-11-01T00:00:00Z')"));
    q.addBindValue(month);
    if (!q.exec())
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery f(m_db->connection());
    f.prepare(
        QStringLiteral("INSERT INTO import_files(id, batch_id, file_name, sha256, imported_at, header_json) "
                       "VALUES(?, ?, ?, 'x', 'now', ?)"));
    f.addBindValue(id);
    f.addBindValue(id);
    f.addBindValue(QStringLiteral("ctims-%1.csv").arg(month));
    f.addBindValue(QStringLiteral("[\"Student ID\",\"First Name\",\"Last Name\",\"Email\",\"Assessment\"]"));
    return f.exec() ? id : 0;
}

qint64 TestReviewRepository::addRow(qint64 batchId, const RowSpec& s)
{
    const qint64 id = m_nextRow++;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "INSERT INTO certifications(id, batch_id, import_file_id, source_row, raw_json, row_key, student_id, "
        "first_name, last_name, email, email_original, school_code, school_name, assessment_code, test_date, "
        "entered_at, result, date_of_birth, problems_json, updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, "
        "'55I001', 'Sample Tech Center', ?, ?, ?, ?, ?, ?, 'now')"));
    q.addBindValue(id);
    q.addBindValue(batchId);
    q.addBindValue(batchId);
    q.addBindValue(int(id) + 1);
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray{s.studentId, s.first, s.last, s.email, s.code})
                                         .toJson(QJsonDocument::Compact)));
    q.addBindValue(QStringLiteral("key-%1").arg(id));
    q.addBindValue(s.studentId.isEmpty() ? QVariant() : QVariant(s.studentId));
    q.addBindValue(s.first);
    q.addBindValue(s.last);
    q.addBindValue(s.email.isEmpty() ? QVariant() : QVariant(s.email));
    q.addBindValue(s.email.isEmpty() ? QVariant() : QVariant(s.email));
    q.addBindValue(s.code);
    q.addBindValue(s.testDate.isEmpty() ? QVariant() : QVariant(s.testDate));
    q.addBindValue(s.enteredAt);
    q.addBindValue(s.result);
    q.addBindValue(s.birth.isEmpty() ? QVariant() : QVariant(s.birth));
    q.addBindValue(s.problems);
    if (!q.exec()) {
        qWarning() << q.lastError().text();
        return 0;
    }
    return id;
}

QString TestReviewRepository::value(const QString& sql)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("<none>");
    return q.value(0).toString();
}

void TestReviewRepository::classifiesEveryRowOnce()
{
    const qint64 b = batch();
    const qint64 good = addRow(b);
    RowSpec failed;
    failed.studentId = QStringLiteral("1002");
    failed.result = QStringLiteral("Fail");
    const qint64 fail = addRow(b, failed);
    RowSpec typo;
    typo.studentId = QStringLiteral("1003");
    typo.email = QStringLiteral("jane@gmial.com");
    const qint64 bad = addRow(b, typo);
    RowSpec vendor;
    vendor.studentId = QStringLiteral("1004");
    vendor.code = QStringLiteral("8005");
    const qint64 vendorRow = addRow(b, vendor);

    ReviewRepository repo(m_db->connection());
    QVERIFY(repo.hasUnclassifiedRows(b));
    QVERIFY(repo.shouldClassify(b));
    ReviewRepository::ClassifyStats stats;
    QVERIFY2(repo.classifyBatch(b, &stats), qPrintable(repo.error()));
    QCOMPARE(stats.rows, 4);
    QCOMPARE(stats.changed, 4);
    QVERIFY(!repo.hasUnclassifiedRows(b));
    QVERIFY(repo.shouldClassify(b)); // classified before: opening it brings it up to date
    // Rows stored with a status by something else than the classifier are left as they are.
    const qint64 other = batch(QStringLiteral("2026-12"));
    const qint64 raw = addRow(other);
    QSqlQuery(m_db->connection())
        .exec(QStringLiteral("UPDATE certifications SET status = 'eligible' WHERE id = %1").arg(raw));
    QVERIFY(!repo.shouldClassify(other));
    QCOMPARE(statusOf(good), QStringLiteral("eligible"));
    QCOMPARE(value(QStringLiteral("SELECT reason IS NULL FROM certifications WHERE id = %1").arg(good)),
             QStringLiteral("1"));
    QCOMPARE(statusOf(fail), QStringLiteral("excluded"));
    QCOMPARE(reasonOf(fail), QStringLiteral("not_passed"));
    QCOMPARE(statusOf(bad), QStringLiteral("needs_attention"));
    QCOMPARE(reasonOf(bad), QStringLiteral("bad_email"));
    QCOMPARE(value(QStringLiteral("SELECT email_suggestion FROM certifications WHERE id = %1").arg(bad)),
             QStringLiteral("jane@gmail.com"));
    QCOMPARE(reasonOf(vendorRow), QStringLiteral("vendor_badged"));
    QCOMPARE(value(QStringLiteral("SELECT rule_reason FROM certifications WHERE id = %1").arg(vendorRow)),
             QStringLiteral("vendor_badged"));
    QCOMPARE(value(QStringLiteral("SELECT template_id FROM certifications WHERE id = %1").arg(good)),
             QStringLiteral("tpl-0911"));

    // Nothing changed: nothing is written again.
    ReviewRepository::ClassifyStats again;
    QVERIFY(repo.classifyBatch(b, &again));
    QCOMPARE(again.rows, 4);
    QCOMPARE(again.changed, 0);

    const auto counts = repo.counts(b);
    QCOMPARE(counts.rows, 4);
    QCOMPARE(counts.statuses.value(QStringLiteral("eligible")), 1);
    QCOMPARE(counts.statuses.value(QStringLiteral("excluded")), 2);
    QCOMPARE(counts.statuses.value(QStringLiteral("approved")), 0); // every key is there
    QVERIFY(counts.statuses.contains(QStringLiteral("issued")));
    QCOMPARE(counts.reasons.value(QStringLiteral("bad_email")), 1);
    QCOMPARE(counts.reasons.value(QStringLiteral("not_passed")), 1);
    QCOMPARE(counts.reasons.size(), 12);

    const auto rows = repo.rows(b);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(2).emailSuggestion, QStringLiteral("jane@gmail.com"));
    QCOMPARE(rows.at(2).status, RowStatus::NeedsAttention);
    QCOMPARE(rows.at(0).schoolName, QStringLiteral("Sample Tech Center"));
    QCOMPARE(rows.at(0).testDate, QDate(2026, 10, 1));
}

void TestReviewRepository::importedDateProblemsNeedAttention()
{
    const qint64 b = batch();
    RowSpec ambiguous;
    ambiguous.problems =
        QStringLiteral("[{\"kind\":\"date_ambiguous\",\"field\":\"test_date\",\"value\":\"10/01/2026\"}]");
    const qint64 a = addRow(b, ambiguous);
    RowSpec birthAmbiguous; // a problem with another field does not flag the test date
    birthAmbiguous.studentId = QStringLiteral("2");
    birthAmbiguous.problems = QStringLiteral(
        "[{\"kind\":\"date_ambiguous\",\"field\":\"date_of_birth\",\"value\":\"01/02/2009\"}]");
    const qint64 fine = addRow(b, birthAmbiguous);
    RowSpec afterEntry;
    afterEntry.studentId = QStringLiteral("3");
    afterEntry.testDate = QStringLiteral("2026-10-09");
    const qint64 late = addRow(b, afterEntry);
    RowSpec missing;
    missing.studentId = QStringLiteral("4");
    missing.testDate.clear();
    const qint64 none = addRow(b, missing);
    RowSpec child;
    child.studentId = QStringLiteral("5");
    child.birth = QStringLiteral("2014-01-01");
    const qint64 young = addRow(b, child);

    ReviewRepository repo(m_db->connection());
    QVERIFY(repo.classifyBatch(b));
    QCOMPARE(reasonOf(a), QStringLiteral("bad_date"));
    QCOMPARE(statusOf(fine), QStringLiteral("eligible"));
    QCOMPARE(reasonOf(late), QStringLiteral("bad_date"));
    QCOMPARE(reasonOf(none), QStringLiteral("bad_date"));
    QCOMPARE(reasonOf(young), QStringLiteral("under_13"));
    QCOMPARE(statusOf(young), QStringLiteral("needs_attention"));
}

void TestReviewRepository::approveTakesEligibleRowsOnly()
{
    const qint64 b = batch();
    const qint64 good = addRow(b);
    RowSpec typo;
    typo.studentId = QStringLiteral("2");
    typo.email = QStringLiteral("x@gmial.com");
    const qint64 bad = addRow(b, typo);
    RowSpec vendor;
    vendor.studentId = QStringLiteral("3");
    vendor.code = QStringLiteral("8005");
    const qint64 excluded = addRow(b, vendor);
    ReviewRepository repo(m_db->connection());
    QVERIFY(repo.classifyBatch(b));

    auto change = repo.approve(b, {good, bad, excluded, 999}, Actor);
    QVERIFY2(change.ok, qPrintable(change.error));
    QCOMPARE(change.decided, 1);
    QVERIFY(change.changed.contains(good));
    QCOMPARE(change.before.size(), 1);
    QCOMPARE(change.before.first().status, RowStatus::Eligible);
    QCOMPARE(change.skipped.size(), 3);
    QStringList why;
    for (const auto& s : change.skipped)
        why << s.why;
    const QString all = why.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("bad email. Fix it first")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("vendor badged. Override it with a written reason")),
             qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("There is no row 999")), qPrintable(all));
    QCOMPARE(statusOf(good), QStringLiteral("approved"));
    QCOMPARE(value(QStringLiteral("SELECT decided_by FROM certifications WHERE id = %1").arg(good)), Actor);
    const QJsonObject audit =
        QJsonDocument::fromJson(
            value(QStringLiteral("SELECT details_json FROM audit_log WHERE action = 'approve' "
                                 "AND subject = 'row:%1'")
                      .arg(good))
                .toUtf8())
            .object();
    QCOMPARE(audit.value(QStringLiteral("old_status")).toString(), QStringLiteral("eligible"));
    QCOMPARE(audit.value(QStringLiteral("new_status")).toString(), QStringLiteral("approved"));

    // Again: nothing to do, nothing skipped.
    change = repo.approve(b, {good}, Actor);
    QVERIFY(change.ok);
    QCOMPARE(change.decided, 0);
    QVERIFY(change.skipped.isEmpty());

    // Rows of another batch are not touched through this one.
    const qint64 other = batch(QStringLiteral("2026-11"));
    RowSpec o;
    o.studentId = QStringLiteral("77");
    o.email = QStringLiteral("sam@students.example.org");
    const qint64 otherRow = addRow(other, o);
    QVERIFY(repo.classifyBatch(other));
    change = repo.approve(b, {otherRow}, Actor);
    QCOMPARE(change.decided, 0);
    QVERIFY(change.skipped.first().why.contains(QLatin1String("is in batch")));
    QCOMPARE(statusOf(otherRow), QStringLiteral("eligible"));

    change = repo.approveAllEligible(other, Actor);
    QCOMPARE(change.decided, 1);
    QCOMPARE(statusOf(otherRow), QStringLiteral("approved"));
}

void TestReviewRepository::rejectAndOverrideNeedAWrittenReason()
{
    const qint64 b = batch();
    const qint64 good = addRow(b);
    RowSpec vendor;
    vendor.studentId = QStringLiteral("3");
    vendor.code = QStringLiteral("8005");
    const qint64 excluded = addRow(b, vendor);
    ReviewRepository repo(m_db->connection());
    QVERIFY(repo.classifyBatch(b));

    auto change = repo.reject(b, {good}, QStringLiteral("  "), Actor);
    QVERIFY(!change.ok);
    QVERIFY(change.error.contains(QLatin1String("Write why")));
    QCOMPARE(statusOf(good), QStringLiteral("eligible"));
    change = repo.overrideRows(b, {excluded}, QString(), Actor);
    QVERIFY(!change.ok);
    QVERIFY(change.error.contains(QLatin1String("needs a reason")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), 0);

    change = repo.reject(b, {good}, QStringLiteral("Not a \"student\": staff test"), Actor);
    QVERIFY2(change.ok, qPrintable(change.error));
    QCOMPARE(statusOf(good), QStringLiteral("rejected"));
    QCOMPARE(value(QStringLiteral("SELECT reject_reason FROM certifications WHERE id = %1").arg(good)),
             QStringLiteral("Not a \"student\": staff test"));
    const QJsonObject rejected =
        QJsonDocument::fromJson(
            value(QStringLiteral("SELECT details_json FROM audit_log WHERE action = 'reject'")).toUtf8())
            .object();
    QCOMPARE(rejected.value(QStringLiteral("text")).toString(),
             QStringLiteral("Not a \"student\": staff test"));
    QCOMPARE(rejected.value(QStringLiteral("old_status")).toString(), QStringLiteral("eligible"));

    change = repo.overrideRows(b, {excluded}, QStringLiteral("Vendor stopped issuing badges in 2026"), Actor);
    QVERIFY2(change.ok, qPrintable(change.error));
    QCOMPARE(change.decided, 1);
    QCOMPARE(statusOf(excluded), QStringLiteral("approved"));
    QCOMPARE(reasonOf(excluded), QStringLiteral("vendor_badged")); // the reason overridden stays visible
    QCOMPARE(value(QStringLiteral("SELECT override_reason FROM certifications WHERE id = %1").arg(excluded)),
             QStringLiteral("Vendor stopped issuing badges in 2026"));
    QCOMPARE(count(QStringLiteral(
                       "SELECT count(*) FROM audit_log WHERE action = 'override' AND subject = 'row:%1'")
                       .arg(excluded)),
             1);
    const auto row = repo.rowsById({excluded}).first();
    QVERIFY(row.overridden);
    QVERIFY(!row.ruleChangedSinceApproval());

    // A rejected row the rules allow can be approved again.
    change = repo.approve(b, {good}, Actor);
    QCOMPARE(change.decided, 1);
    QCOMPARE(statusOf(good), QStringLiteral("approved"));
    QCOMPARE(
        value(QStringLiteral("SELECT reject_reason IS NULL FROM certifications WHERE id = %1").arg(good)),
        QStringLiteral("1"));
}

void TestReviewRepository::overrideIsRefusedWhereIssuingCannotWork()
{
    const qint64 b = batch();
    RowSpec noEmail;
    noEmail.email.clear();
    const qint64 a = addRow(b, noEmail);
    RowSpec child;
    child.studentId = QStringLiteral("2");
    child.birth = QStringLiteral("2015-05-05");
    const qint64 young = addRow(b, child);
    ReviewRepository repo(m_db->connection());
    QVERIFY(repo.classifyBatch(b));
    QVERIFY(!ReviewRepository::canOverride(ReasonCode::NoEmail));
    QVERIFY(!ReviewRepository::canOverride(ReasonCode::NoTemplate));
    QVERIFY(ReviewRepository::canOverride(ReasonCode::Under13));
    QVERIFY(ReviewRepository::canOverride(ReasonCode::AlreadyBadged));

    const auto change = repo.overrideRows(b, {a, young}, QStringLiteral("Parental consent on file"), Actor);
    QVERIFY(change.ok);
    QCOMPARE(change.decided, 1);
    QCOMPARE(change.skipped.size(), 1);
    QCOMPARE(change.skipped.first().id, a);
    QVERIFY(change.skipped.first().why.contains(QLatin1String("no email cannot be overridden")));
    QCOMPARE(statusOf(a), QStringLiteral("needs_attention"));
    QCOMPARE(statusOf(young), QStringLiteral("approved"));
}

void TestReviewRepository::restoreReturnsToTheCurrentVerdict()
{
    const qint64 b = batch();
    const qint64 good = addRow(b);
    RowSpec vendor;
    vendor.studentId = QStringLiteral("3");
    vendor.code = QStringLiteral("8005");
    const qint64 excluded = addRow(b, vendor);
    ReviewRepository repo(m_db->connection());
    QVERIFY(repo.classifyBatch(b));
    const auto approved = repo.approve(b, {good}, Actor);
    const auto overridden = repo.overrideRows(b, {excluded}, QStringLiteral("checked"), Actor);
    const auto rejected = repo.reject(b, {good}, QStringLiteral("duplicate entry"), Actor);
    QCOMPARE(statusOf(good), QStringLiteral("rejected"));

    // Undo in reverse order.
    auto change = repo.restore(b, rejected.before, Actor);
    QVERIFY2(change.ok, qPrintable(change.error));
    QCOMPARE(statusOf(good), QStringLiteral("approved"));
    QCOMPARE(
        value(QStringLiteral("SELECT reject_reason IS NULL FROM certifications WHERE id = %1").arg(good)),
        QStringLiteral("1"));
    change = repo.restore(b, overridden.before, Actor);
    QCOMPARE(statusOf(excluded), QStringLiteral("excluded"));
    QCOMPARE(
        value(
            QStringLiteral("SELECT override_reason IS NULL FROM certifications WHERE id = %1").arg(excluded)),
        QStringLiteral("1"));

    // Meanwhile the catalog retired 0911: undoing the approval lands on what the rules say now.
    CatalogRepository catalog(m_db->connection());
    QVERIFY(catalog.retire({QStringLiteral("0911")}, QDate(2026, 9, 1), Actor) > 0);
    QVERIFY(repo.classifyBatch(b));
    QCOMPARE(statusOf(good), QStringLiteral("approved")); // a decision is kept
    QVERIFY(repo.rowsById({good}).first().ruleChangedSinceApproval());
    change = repo.restore(b, approved.before, Actor);
    QVERIFY(change.ok);
    QCOMPARE(statusOf(good), QStringLiteral("excluded"));
    QCOMPARE(reasonOf(good), QStringLiteral("retired"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'undo'")), 3);
}

void TestReviewRepository::emailFixKeepsTheOriginalAndReclassifies()
{
    const qint64 b = batch();
    RowSpec typo;
    typo.email = QStringLiteral("jane@gmial.com");
    const qint64 row = addRow(b, typo);
    ReviewRepository repo(m_db->connection());
    QVERIFY(repo.classifyBatch(b));
    QCOMPARE(reasonOf(row), QStringLiteral("bad_email"));

    auto change = repo.setEmail(row, QStringLiteral("  "), Actor);
    QVERIFY(!change.ok);
    QVERIFY(change.error.contains(QLatin1String("reject it")));

    change = repo.setEmail(row, QStringLiteral(" Jane@Gmail.com "), Actor);
    QVERIFY2(change.ok, qPrintable(change.error));
    QCOMPARE(change.oldEmail, QStringLiteral("jane@gmial.com"));
    QVERIFY(change.changed.contains(row));
    QCOMPARE(value(QStringLiteral("SELECT email FROM certifications WHERE id = %1").arg(row)),
             QStringLiteral("jane@gmail.com"));
    QCOMPARE(value(QStringLiteral("SELECT email_original FROM certifications WHERE id = %1").arg(row)),
             QStringLiteral("jane@gmial.com"));
    QCOMPARE(statusOf(row), QStringLiteral("eligible"));
    QVERIFY(repo.rowsById({row}).first().emailEdited);
    const QJsonObject audit =
        QJsonDocument::fromJson(
            value(QStringLiteral("SELECT details_json FROM audit_log WHERE action = 'set_email'")).toUtf8())
            .object();
    QCOMPARE(audit.value(QStringLiteral("old")).toString(), QStringLiteral("jane@gmial.com"));
    QCOMPARE(audit.value(QStringLiteral("new")).toString(), QStringLiteral("jane@gmail.com"));

    // A second fix keeps the first original.
    change = repo.setEmail(row, QStringLiteral("jane.doe@gmail.com"), Actor);
    QCOMPARE(value(QStringLiteral("SELECT email_original FROM certifications WHERE id = %1").arg(row)),
             QStringLiteral("jane@gmial.com"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'set_email'")), 2);

    // An issued row's email is not changed here.
    QSqlQuery(m_db->connection()).exec(QStringLiteral("UPDATE certifications SET status = 'issued'"));
    change = repo.setEmail(row, QStringLiteral("other@example.org"), Actor);
    QVERIFY(!change.ok);
    QVERIFY(change.error.contains(QLatin1String("Follow-up")));
}

void TestReviewRepository::decisionsSurviveACatalogChange()
{
    const qint64 b = batch();
    const qint64 approvedRow = addRow(b);
    RowSpec other;
    other.studentId = QStringLiteral("2");
    const qint64 undecided = addRow(b, other);
    RowSpec third;
    third.studentId = QStringLiteral("3");
    const qint64 rejectedRow = addRow(b, third);
    RowSpec unrelated;
    unrelated.studentId = QStringLiteral("4");
    unrelated.code = QStringLiteral("0912");
    const qint64 untouched = addRow(b, unrelated);
    ReviewRepository repo(m_db->connection());
    QVERIFY(repo.classifyBatch(b));
    QVERIFY(repo.approve(b, {approvedRow}, Actor).ok);
    QVERIFY(repo.reject(b, {rejectedRow}, QStringLiteral("no"), Actor).ok);

    // The catalog says the vendor badges 0911 now; the notifier names the code, and the open
    // batches with rows of it are classified again.
    CatalogChangeNotifier notifier;
    QList<qint64> reclassified;
    connect(&notifier, &CatalogChangeNotifier::catalogChanged, this,
            [&](qint64, const QStringList& codes) { reclassified = repo.reclassifyForCatalogChange(codes); });
    CatalogRepository catalog(m_db->connection(), &notifier);
    CatalogEntry e = *catalog.byCode(QStringLiteral("0911"));
    e.vendorBadges = true;
    QVERIFY(catalog.update({e}, Actor) > 0);
    QCOMPARE(reclassified, QList<qint64>{b});

    QCOMPARE(statusOf(undecided), QStringLiteral("excluded"));
    QCOMPARE(reasonOf(undecided), QStringLiteral("vendor_badged"));
    QCOMPARE(statusOf(approvedRow), QStringLiteral("approved"));
    QCOMPARE(statusOf(rejectedRow), QStringLiteral("rejected"));
    QCOMPARE(statusOf(untouched), QStringLiteral("eligible"));
    const auto approved = repo.rowsById({approvedRow}).first();
    QCOMPARE(approved.ruleStatus, RowStatus::Excluded);
    QVERIFY(approved.ruleChangedSinceApproval());

    // And back: the excluded row is eligible again.
    e.vendorBadges = false;
    QVERIFY(catalog.update({e}, Actor) > 0);
    QCOMPARE(statusOf(undecided), QStringLiteral("eligible"));
    QVERIFY(!repo.rowsById({approvedRow}).first().ruleChangedSinceApproval());
}

void TestReviewRepository::dedupeAgainstEarlierBatchesAndIssuedBadges()
{
    const qint64 september = batch(QStringLiteral("2026-09"));
    const qint64 approvedEarlier = addRow(september);
    RowSpec rejected;
    rejected.studentId = QStringLiteral("2");
    rejected.email = QStringLiteral("student2@students.example.org");
    const qint64 rejectedEarlier = addRow(september, rejected);
    RowSpec sentInSandbox;
    sentInSandbox.studentId = QStringLiteral("3");
    sentInSandbox.email = QStringLiteral("student3@students.example.org");
    const qint64 sandboxRow = addRow(september, sentInSandbox);
    RowSpec sentInProduction;
    sentInProduction.studentId = QStringLiteral("4");
    sentInProduction.email = QStringLiteral("student4@students.example.org");
    const qint64 productionRow = addRow(september, sentInProduction);
    ReviewRepository repo(m_db->connection());
    QVERIFY(repo.classifyBatch(september));
    QVERIFY(repo.approve(september, {approvedEarlier}, Actor).ok);
    QVERIFY(repo.reject(september, {rejectedEarlier}, QStringLiteral("wrong student"), Actor).ok);
    // Badges sent: one in Sandbox (a rehearsal: does not count), one in Production.
    QVERIFY(
        QSqlQuery(m_db->connection())
            .exec(QStringLiteral(
                      "INSERT INTO issuance_journal(certification_id, batch_id, environment, template_id, "
                      "issuer_earner_id, state, badge_state, created_at, updated_at) VALUES "
                      "(%1, %3, 'sandbox', 'tpl-0911', 'h1', 'issued', 'pending', 'now', 'now'), "
                      "(%2, %3, 'production', 'tpl-0911', 'h2', 'issued', 'accepted', 'now', 'now')")
                      .arg(sandboxRow)
                      .arg(productionRow)
                      .arg(september)));
    QVERIFY(m_db->setEnvironment(CredlyEnvironment::Production));

    const qint64 october = batch();
    const qint64 again = addRow(october); // same student and assessment as the approved row
    RowSpec retest;
    retest.studentId = QStringLiteral("2");
    retest.email = QStringLiteral("student2@students.example.org");
    const qint64 afterRejection = addRow(october, retest);
    RowSpec sandboxAgain;
    sandboxAgain.studentId = QStringLiteral("3");
    sandboxAgain.email = QStringLiteral("student3@students.example.org");
    const qint64 sandboxAgainRow = addRow(october, sandboxAgain);
    RowSpec productionAgain;
    productionAgain.studentId = QStringLiteral("0004"); // leading zeros lost elsewhere: the same person
    productionAgain.email = QStringLiteral("student4@students.example.org");
    const qint64 productionAgainRow = addRow(october, productionAgain);
    RowSpec sameEmailOtherId;
    sameEmailOtherId.studentId = QStringLiteral("99");
    sameEmailOtherId.email = QStringLiteral("JANE.DOE@students.example.org");
    const qint64 byEmail = addRow(october, sameEmailOtherId);
    RowSpec otherAssessment;
    otherAssessment.code = QStringLiteral("0912");
    const qint64 newBadge = addRow(october, otherAssessment);

    QVERIFY(repo.classifyBatch(october));
    QCOMPARE(reasonOf(again), QStringLiteral("already_badged"));
    QCOMPARE(statusOf(again), QStringLiteral("excluded"));
    QCOMPARE(statusOf(afterRejection), QStringLiteral("eligible"));
    QCOMPARE(statusOf(sandboxAgainRow), QStringLiteral("eligible"));
    QCOMPARE(reasonOf(productionAgainRow), QStringLiteral("already_badged"));
    QCOMPARE(reasonOf(byEmail), QStringLiteral("already_badged")); // same address and template
    QCOMPARE(statusOf(newBadge), QStringLiteral("eligible"));

    // The earlier batch itself is not judged against the later one.
    QVERIFY(repo.classifyBatch(september));
    QCOMPARE(statusOf(approvedEarlier), QStringLiteral("approved"));
    QCOMPARE(statusOf(sandboxRow), QStringLiteral("eligible"));
    const auto details = repo.details(again);
    QVERIFY(details.has_value());
    QCOMPARE(details->sameBadge.size(), 1);
    QCOMPARE(details->sameBadge.first().id, approvedEarlier);
    QCOMPARE(details->sameBadge.first().month, QStringLiteral("2026-09"));
}

void TestReviewRepository::rejectingTheKeptDuplicateKeepsTheNext()
{
    const qint64 b = batch();
    const qint64 first = addRow(b);
    RowSpec second;
    second.enteredAt = QStringLiteral("2026-10-04T10:00:00");
    const qint64 later = addRow(b, second);
    ReviewRepository repo(m_db->connection());
    QVERIFY(repo.classifyBatch(b));
    QCOMPARE(statusOf(first), QStringLiteral("eligible"));
    QCOMPARE(reasonOf(later), QStringLiteral("duplicate_in_batch"));
    QCOMPARE(value(QStringLiteral("SELECT kept_row_id FROM certifications WHERE id = %1").arg(later)),
             QString::number(first));

    const auto change = repo.reject(b, {first}, QStringLiteral("entered by the wrong instructor"), Actor);
    QVERIFY(change.ok);
    QVERIFY(change.changed.contains(later)); // reclassified with its group
    QCOMPARE(statusOf(later), QStringLiteral("eligible"));

    // Undo the rejection: the first is kept again.
    QVERIFY(repo.restore(b, change.before, Actor).ok);
    QCOMPARE(statusOf(first), QStringLiteral("eligible"));
    QCOMPARE(reasonOf(later), QStringLiteral("duplicate_in_batch"));

    // An approved row stays the kept one even when a better row comes along.
    QVERIFY(repo.reject(b, {first}, QStringLiteral("x"), Actor).ok);
    QVERIFY(repo.approve(b, {later}, Actor).ok);
    QVERIFY(repo.approve(b, {first}, Actor).ok); // rejected, and the rules say duplicate: refused
    QCOMPARE(statusOf(first), QStringLiteral("rejected"));
    QCOMPARE(value(QStringLiteral("SELECT rule_reason FROM certifications WHERE id = %1").arg(first)),
             QStringLiteral("duplicate_in_batch"));
}

void TestReviewRepository::laterBatchFollowsTheHistory()
{
    const qint64 september = batch(QStringLiteral("2026-09"));
    const qint64 early = addRow(september);
    const qint64 october = batch();
    const qint64 late = addRow(october);
    ReviewRepository repo(m_db->connection());
    QVERIFY(repo.classifyBatch(september));
    QVERIFY(repo.classifyBatch(october));
    QCOMPARE(statusOf(late), QStringLiteral("eligible"));

    // Approving in September makes October's row already badged, and undoing it lifts that.
    const auto change = repo.approve(september, {early}, Actor);
    QVERIFY(change.ok);
    QCOMPARE(reasonOf(late), QStringLiteral("already_badged"));
    QVERIFY(repo.restore(september, change.before, Actor).ok);
    QCOMPARE(statusOf(late), QStringLiteral("eligible"));
}

void TestReviewRepository::detailsShowRawCellsAndHistory()
{
    const qint64 b = batch();
    RowSpec typo;
    typo.email = QStringLiteral("jane@gmial.com");
    typo.problems =
        QStringLiteral("[{\"kind\":\"id_scientific\",\"field\":\"student_id\",\"value\":\"1.0E+03\"}]");
    const qint64 row = addRow(b, typo);
    ReviewRepository repo(m_db->connection());
    QVERIFY(repo.classifyBatch(b));
    QVERIFY(repo.setEmail(row, QStringLiteral("jane@gmail.com"), Actor).ok);
    QVERIFY(repo.approve(b, {row}, Actor).ok);

    const auto d = repo.details(row);
    QVERIFY(d.has_value());
    QCOMPARE(d->fileName, QStringLiteral("ctims-2026-10.csv"));
    QCOMPARE(d->row.sourceRow, int(row) + 1);
    QCOMPARE(d->header.size(), 5);
    QCOMPARE(d->header.at(3), QStringLiteral("Email"));
    QCOMPARE(d->cells.at(3), QStringLiteral("jane@gmial.com"));
    QCOMPARE(d->emailOriginal, QStringLiteral("jane@gmial.com"));
    QCOMPARE(d->row.email, QStringLiteral("jane@gmail.com"));
    QCOMPARE(d->problems.size(), 1);
    QVERIFY2(d->problems.first().contains(QLatin1String("scientific notation")),
             qPrintable(d->problems.first()));
    QCOMPARE(d->history.size(), 2);
    QCOMPARE(d->history.at(0).action, QStringLiteral("approve")); // newest first
    QCOMPARE(d->history.at(0).text, QStringLiteral("approved (was eligible)"));
    QCOMPARE(d->history.at(1).text, QStringLiteral("email changed from jane@gmial.com to jane@gmail.com"));
    QCOMPARE(d->history.at(1).actor, Actor);
    QVERIFY(!repo.details(424242).has_value());
}

void TestReviewRepository::signOffIsVoidedByReviewChanges()
{
    const qint64 b = batch();
    const qint64 a = addRow(b);
    RowSpec second;
    second.studentId = QStringLiteral("2");
    const qint64 c = addRow(b, second);
    ReviewRepository repo(m_db->connection());
    SignOffRepository signOff(m_db->connection());
    QVERIFY(repo.classifyBatch(b));
    QVERIFY(!signOff.signOff(b, Actor)); // eligible rows left
    QVERIFY(repo.approveAllEligible(b, Actor).ok);
    QVERIFY2(signOff.signOff(b, Actor), qPrintable(signOff.error()));
    QCOMPARE(signOff.status(b).state, SignOffRepository::State::Valid);

    // Fixing an approved row's email voids it; signing again makes it valid.
    QVERIFY(repo.setEmail(a, QStringLiteral("jane.doe2@students.example.org"), Actor).ok);
    QCOMPARE(signOff.status(b).state, SignOffRepository::State::Voided);
    QVERIFY(signOff.signOff(b, Actor));
    QCOMPARE(signOff.status(b).state, SignOffRepository::State::Valid);
    // Rejecting an approved row voids it; undoing the rejection makes the hash match again.
    const auto change = repo.reject(b, {c}, QStringLiteral("withdrawn"), Actor);
    QCOMPARE(signOff.status(b).state, SignOffRepository::State::Voided);
    QVERIFY(repo.restore(b, change.before, Actor).ok);
    QCOMPARE(signOff.status(b).state, SignOffRepository::State::Valid);
    // A classification that changes nothing keeps it valid.
    QVERIFY(repo.classifyBatch(b));
    QCOMPARE(signOff.status(b).state, SignOffRepository::State::Valid);
}

void TestReviewRepository::bulkActionsOn100000Rows()
{
    const qint64 b = batch();
    // 100,000 rows: every tenth one failed, every 25th without email.
    QSqlQuery q(m_db->connection());
    QVERIFY2(
        q.exec(QStringLiteral(
                   "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) "
                   "INSERT INTO certifications(id, batch_id, import_file_id, source_row, raw_json, row_key, "
                   "student_id, "
                   "first_name, last_name, email, email_original, school_code, school_name, assessment_code, "
                   "test_date, entered_at, result, problems_json, updated_at) "
                   "SELECT i, %1, %1, i + 1, '[]', 'k' || i, 'S' || i, 'First' || i, 'Last', "
                   "CASE WHEN i % 25 = 0 THEN NULL ELSE 's' || i || '@students.example.org' END, NULL, 'SC', "
                   "'School', CASE WHEN i % 2 = 0 THEN '0911' ELSE '0912' END, '2026-10-01', "
                   "'2026-10-02T08:00:00', "
                   "CASE WHEN i % 10 = 0 THEN 'Fail' ELSE 'Pass' END, '[]', 'now' FROM n")
                   .arg(b)),
        qPrintable(q.lastError().text()));
    ReviewRepository repo(m_db->connection());
    ReviewRepository::ClassifyStats stats;
    QVERIFY(repo.classifyBatch(b, &stats));
    QCOMPARE(stats.rows, 100000);
    auto counts = repo.counts(b);
    QCOMPARE(counts.statuses.value(QStringLiteral("excluded")), 10000);
    // i % 25 == 0 and not i % 10 == 0: 4000 - 2000 (multiples of 50) = 2000
    QCOMPARE(counts.statuses.value(QStringLiteral("needs_attention")), 2000);
    QCOMPARE(counts.statuses.value(QStringLiteral("eligible")), 88000);
    QCOMPARE(repo.rows(b).size(), 100000);

    const auto approved = repo.approveAllEligible(b, Actor);
    QVERIFY2(approved.ok, qPrintable(approved.error));
    QCOMPARE(approved.decided, 88000);
    QCOMPARE(approved.before.size(), 88000);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'approve'")), 88000);
    counts = repo.counts(b);
    QCOMPARE(counts.statuses.value(QStringLiteral("approved")), 88000);
    QCOMPARE(counts.statuses.value(QStringLiteral("eligible")), 0);

    // Reject 50,000 chosen rows at once, then undo both actions.
    QList<qint64> ids;
    for (qint64 i = 1; i <= 100000; i += 2)
        ids.append(i);
    const auto rejected = repo.reject(b, ids, QStringLiteral("bulk test"), Actor);
    QVERIFY(rejected.ok);
    QCOMPARE(rejected.decided, 50000);
    QCOMPARE(repo.counts(b).statuses.value(QStringLiteral("rejected")), 50000);
    QVERIFY(repo.restore(b, rejected.before, Actor).ok);
    QVERIFY(repo.restore(b, approved.before, Actor).ok);
    counts = repo.counts(b);
    QCOMPARE(counts.statuses.value(QStringLiteral("eligible")), 88000);
    QCOMPARE(counts.statuses.value(QStringLiteral("approved")), 0);
    QCOMPARE(counts.statuses.value(QStringLiteral("rejected")), 0);
}

QTEST_GUILESS_MAIN(TestReviewRepository)
#include "TestReviewRepository.moc"
