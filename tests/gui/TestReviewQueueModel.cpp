#include "review/ReviewQueueModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace badgedesk;
using Row = ReviewRepository::Row;

namespace {

Row row(qint64 id, const QString& last, const QString& first, RowStatus status,
        std::optional<ReasonCode> reason = std::nullopt)
{
    Row r;
    r.id = id;
    r.importFileId = 1;
    r.sourceRow = int(id) + 1;
    r.lastName = last;
    r.firstName = first;
    r.email =
        first.toLower() + QStringLiteral(".") + last.toLower() + QStringLiteral("@students.example.org");
    r.status = status;
    r.reason = reason;
    r.ruleStatus = status;
    r.ruleReason = reason;
    r.schoolCode = id % 2 ? QStringLiteral("S1") : QStringLiteral("S2");
    r.schoolName = id % 2 ? QStringLiteral("Canadian Valley Tech") : QStringLiteral("Autry Tech");
    r.assessmentCode = id % 3 ? QStringLiteral("0911") : QStringLiteral("8005");
    r.assessmentTitle = id % 3 ? QStringLiteral("Entrepreneurship") : QStringLiteral("Microsoft Word");
    r.testDate = QDate(2026, 10, int(id));
    r.result = QStringLiteral("Pass");
    return r;
}

QList<Row> sampleRows()
{
    return {
        row(1, QStringLiteral("Smith"), QStringLiteral("Jane"), RowStatus::Eligible),
        row(2, QStringLiteral("adams"), QStringLiteral("Bo"), RowStatus::NeedsAttention,
            ReasonCode::BadEmail),
        row(3, QStringLiteral("Zhou"), QStringLiteral("Li"), RowStatus::Excluded, ReasonCode::VendorBadged),
        row(4, QStringLiteral("Smith"), QStringLiteral("Al"), RowStatus::Approved),
        row(5, QStringLiteral("Ōta"), QStringLiteral("Ken"), RowStatus::Approved, ReasonCode::VendorBadged),
        row(6, QStringLiteral("Brown"), QStringLiteral("Cy"), RowStatus::Issued)};
}

QList<qint64> ids(const ReviewQueueModel& model)
{
    QList<qint64> list;
    for (int r = 0; r < model.rowCount(); ++r)
        list << model.index(r, 0).data(ReviewQueueModel::RowIdRole).toLongLong();
    return list;
}

} // namespace

class TestReviewQueueModel : public QObject
{
    Q_OBJECT
private slots:
    void showsRowsAndCounts()
    {
        ReviewQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &ReviewQueueModel::countsChanged);
        model.setRows(sampleRows());
        QCOMPARE(counts.size(), 1);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), int(ReviewQueueModel::ColumnCount));
        QCOMPARE(model.index(0, ReviewQueueModel::Name).data().toString(), QStringLiteral("Smith, Jane"));
        QCOMPARE(model.index(1, ReviewQueueModel::Status).data().toString(),
                 QStringLiteral("Needs attention"));
        QCOMPARE(model.index(1, ReviewQueueModel::Reason).data().toString(), QStringLiteral("Email to fix"));
        QCOMPARE(model.index(1, 0).data(ReviewQueueModel::StatusKeyRole).toString(),
                 QStringLiteral("needs_attention"));
        QCOMPARE(model.index(1, 0).data(ReviewQueueModel::ReasonKeyRole).toString(),
                 QStringLiteral("bad_email"));
        QCOMPARE(model.index(4, ReviewQueueModel::Status).data().toString(), QStringLiteral("Approved"));
        QCOMPARE(model.index(0, ReviewQueueModel::Assessment).data().toString(),
                 QStringLiteral("0911 Entrepreneurship"));
        QCOMPARE(model.index(0, ReviewQueueModel::TestDate).data().toString(), QStringLiteral("2026-10-01"));
        QCOMPARE(model.headerData(ReviewQueueModel::Email, Qt::Horizontal).toString(),
                 QStringLiteral("Email"));
        QCOMPARE(model.count(RowStatus::Approved), 2);
        QCOMPARE(model.count(RowStatus::Eligible), 1);
        // Reasons count the rows still excluded or needing attention, not an approved one.
        QCOMPARE(model.count(ReasonCode::VendorBadged), 1);
        QCOMPARE(model.count(ReasonCode::BadEmail), 1);
        QCOMPARE(model.schools().size(), 2);
        QCOMPARE(model.schools().first().text, QStringLiteral("Autry Tech"));
        QCOMPARE(model.schools().first().rows, 3);
        QCOMPARE(model.assessments().size(), 2);
        QCOMPARE(model.assessments().first().key, QStringLiteral("0911"));
    }

    void sortsWithoutCaseAndKeepsTheSelection()
    {
        ReviewQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(sampleRows());
        const QPersistentModelIndex zhou = model.index(2, ReviewQueueModel::Email);
        model.sort(ReviewQueueModel::Name, Qt::AscendingOrder);
        // adams before Brown: case does not decide; two Smiths by first name.
        QCOMPARE(ids(model), (QList<qint64>{2, 6, 4, 1, 3, 5}));
        QVERIFY(zhou.isValid());
        QCOMPARE(zhou.data(ReviewQueueModel::RowIdRole).toLongLong(), 3);
        QCOMPARE(zhou.column(), int(ReviewQueueModel::Email));
        model.sort(ReviewQueueModel::Name, Qt::DescendingOrder);
        QCOMPARE(ids(model), (QList<qint64>{5, 3, 1, 4, 6, 2}));
        model.sort(ReviewQueueModel::Status, Qt::AscendingOrder);
        QCOMPARE(ids(model).first(), 1); // eligible first, in the RowStatus order
        QCOMPARE(ids(model).last(), 6);  // issued
        model.sort(ReviewQueueModel::TestDate, Qt::DescendingOrder);
        QCOMPARE(ids(model), (QList<qint64>{6, 5, 4, 3, 2, 1}));
        QCOMPARE(zhou.data(ReviewQueueModel::RowIdRole).toLongLong(), 3);
        // Ties keep the file order in both directions.
        model.sort(ReviewQueueModel::Result, Qt::DescendingOrder);
        QCOMPARE(ids(model), (QList<qint64>{1, 2, 3, 4, 5, 6}));
    }

    void filtersCombine()
    {
        ReviewQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(sampleRows());
        model.setStatusFilter({RowStatus::Approved});
        QCOMPARE(ids(model), (QList<qint64>{4, 5}));
        QVERIFY(model.isFiltered());
        model.setStatusFilter({});
        model.setReasonFilter(ReasonCode::VendorBadged);
        QCOMPARE(ids(model), QList<qint64>{3}); // not the approved row that was overridden
        model.setReasonFilter(std::nullopt);
        model.setSchoolFilter(QStringLiteral("S1"));
        QCOMPARE(ids(model), (QList<qint64>{1, 3, 5}));
        model.setAssessmentFilter(QStringLiteral("8005"));
        QCOMPARE(ids(model), QList<qint64>{3});
        model.setSchoolFilter({});
        QCOMPARE(ids(model), (QList<qint64>{3, 6}));
        model.clearFilters();
        QVERIFY(!model.isFiltered());
        QCOMPARE(model.rowCount(), 6);

        // Search: names either way round, email, school and assessment, without case or accents
        // mattering for case.
        model.setSearchText(QStringLiteral("smith"));
        QCOMPARE(ids(model), (QList<qint64>{1, 4}));
        model.setSearchText(QStringLiteral("Smith, Jane"));
        QCOMPARE(ids(model), QList<qint64>{1});
        model.setSearchText(QStringLiteral("jane smith"));
        QCOMPARE(ids(model), QList<qint64>{1});
        model.setSearchText(QStringLiteral("BO.ADAMS@"));
        QCOMPARE(ids(model), QList<qint64>{2});
        model.setSearchText(QStringLiteral("autry"));
        QCOMPARE(ids(model), (QList<qint64>{2, 4, 6}));
        model.setSearchText(QStringLiteral("microsoft"));
        QCOMPARE(ids(model), (QList<qint64>{3, 6}));
        model.setSearchText(QStringLiteral("ōta"));
        QCOMPARE(ids(model), QList<qint64>{5});
        model.setSearchText(QStringLiteral("nobody"));
        QCOMPARE(model.rowCount(), 0);
        // A sort with a filter on sorts what is shown.
        model.setSearchText(QStringLiteral("smith"));
        model.sort(ReviewQueueModel::Name, Qt::AscendingOrder);
        QCOMPARE(ids(model), (QList<qint64>{4, 1}));
    }

    void updatesStayInPlaceAndRecount()
    {
        ReviewQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(sampleRows());
        model.setStatusFilter({RowStatus::Eligible, RowStatus::NeedsAttention});
        QCOMPARE(ids(model), (QList<qint64>{1, 2}));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy counts(&model, &ReviewQueueModel::countsChanged);
        Row approved = row(1, QStringLiteral("Smith"), QStringLiteral("Jane"), RowStatus::Approved);
        Row fixed = row(2, QStringLiteral("adams"), QStringLiteral("Bo"), RowStatus::Eligible);
        fixed.emailEdited = true;
        Row elsewhere = row(99, QStringLiteral("Other"), QStringLiteral("Batch"), RowStatus::Approved);
        model.updateRows({approved, fixed, elsewhere});
        // The rows keep their places until the next filter: what just happened stays in sight.
        QCOMPARE(ids(model), (QList<qint64>{1, 2}));
        QCOMPARE(model.index(0, ReviewQueueModel::Status).data().toString(), QStringLiteral("Approved"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
        QCOMPARE(counts.size(), 1);
        QCOMPARE(model.count(RowStatus::Approved), 3);
        QCOMPARE(model.count(RowStatus::NeedsAttention), 0);
        QCOMPARE(model.count(ReasonCode::BadEmail), 0);
        QCOMPARE(model.totalRows(), 6);
        QVERIFY(model.index(1, ReviewQueueModel::Email).data(Qt::FontRole).value<QFont>().italic());
        // The next filter applies to what the rows are now.
        model.setStatusFilter({RowStatus::Eligible, RowStatus::NeedsAttention});
        QCOMPARE(ids(model), QList<qint64>{2});
        QCOMPARE(model.rowOfId(2), 0);
        QCOMPARE(model.rowOfId(1), -1);
    }

    void emailEditsAreHandedOnNotWritten()
    {
        ReviewQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Row> rows = sampleRows();
        rows[1].emailSuggestion = QStringLiteral("bo.adams@gmail.com");
        model.setRows(rows);
        QSignalSpy edited(&model, &ReviewQueueModel::emailEdited);
        const QModelIndex email = model.index(1, ReviewQueueModel::Email);
        QVERIFY(model.flags(email) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(1, ReviewQueueModel::Name)) & Qt::ItemIsEditable));
        QVERIFY(!(model.flags(model.index(5, ReviewQueueModel::Email)) & Qt::ItemIsEditable)); // issued
        QCOMPARE(email.data(ReviewQueueModel::SuggestionRole).toString(),
                 QStringLiteral("bo.adams@gmail.com"));
        QVERIFY(email.data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("Did you mean bo.adams@gmail.com?")));
        QVERIFY(model.setData(email, QStringLiteral(" bo.adams@gmail.com ")));
        QCOMPARE(edited.size(), 1);
        QCOMPARE(edited.first().at(0).toLongLong(), 2);
        QCOMPARE(edited.first().at(1).toString(), QStringLiteral("bo.adams@gmail.com"));
        QCOMPARE(email.data().toString(), QStringLiteral("bo.adams@students.example.org")); // until saved
        QVERIFY(!model.setData(email, email.data())); // unchanged: nothing to save
        QCOMPARE(edited.size(), 1);
    }

    void ruleChangesAfterApprovalAreShown()
    {
        ReviewQueueModel model;
        Row r = row(1, QStringLiteral("Smith"), QStringLiteral("Jane"), RowStatus::Approved);
        r.ruleStatus = RowStatus::Excluded;
        r.ruleReason = ReasonCode::Retired;
        Row o = row(2, QStringLiteral("Doe"), QStringLiteral("Jo"), RowStatus::Approved, ReasonCode::Under13);
        o.overridden = true;
        o.ruleStatus = RowStatus::NeedsAttention;
        o.ruleReason = ReasonCode::Under13;
        model.setRows({r, o});
        QCOMPARE(model.index(0, ReviewQueueModel::Status).data().toString(),
                 QStringLiteral("Approved — recheck"));
        QCOMPARE(model.index(0, ReviewQueueModel::Reason).data().toString(),
                 QStringLiteral("Now: Assessment retired"));
        QVERIFY(model.index(0, ReviewQueueModel::Status)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("the rules now say")));
        QCOMPARE(model.index(1, ReviewQueueModel::Status).data().toString(),
                 QStringLiteral("Approved (override)"));
        QCOMPARE(model.index(1, ReviewQueueModel::Reason).data().toString(), QStringLiteral("Under 13"));
    }
};

QTEST_MAIN(TestReviewQueueModel)
#include "TestReviewQueueModel.moc"
