#include "AppIdentity.h"
#include "EmptyStateWidget.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "importing/Importer.h"
#include "pages/ReviewPage.h"
#include "review/ReviewCountsPanel.h"
#include "review/ReviewDetailsPane.h"
#include "review/ReviewQueueModel.h"
#include "sample/SampleMonthLoader.h"
#include "storage/CatalogChangeNotifier.h"
#include "storage/CatalogRepository.h"
#include "storage/Database.h"
#include "storage/ReviewRepository.h"
#include "storage/SignOffRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidgetItem>
#include <QUndoStack>
#include <functional>
#include <memory>

using namespace badgedesk;

// The Review page in the real window, on a sample month imported against the sample approved
// list: what the specialist sees and does, by keyboard where the page promises keys.
class TestReviewPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensOnTheCurrentBatch();
    void countsFilterTheTable();
    void fixesAnEmailAndApprovesByKeyboard();
    void rejectsWithAWrittenReason();
    void searchesAndCopiesAsTsv();
    void followsACatalogChange();
    void signsOffAndShowsAVoidedSignOff();
    void emptyWithoutABatch();
    void loadsALargeBatchInTheBackground();

private:
    ReviewPage* page() const { return m_window->findChild<ReviewPage*>(); }
    QTableView* view() const { return page()->view(); }
    ReviewQueueModel* model() const { return page()->model(); }
    void selectRow(int row);
    void clickCounts(QTreeWidgetItem* item);
    int firstRowWith(const std::function<bool(const ReviewRepository::Row&)>& test) const;
    QString screenshot(const QString& name);
    QString statusInDatabase(qint64 id);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_screenshotDir;
    qint64 m_batch = 0;
};

void TestReviewPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    applyAppIdentity();
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(m_dir.filePath(QStringLiteral("practice.sqlite"))), qPrintable(m_db->errorMessage()));
    const SampleMonthLoader::Result sample =
        SampleMonthLoader::load(*m_db, QDate(2026, 10, 1), m_dir.filePath(QStringLiteral("sample")));
    QVERIFY2(sample.isOk(), qPrintable(sample.error));
    ImportOptions options;
    options.filePath = sample.monthFile;
    const ImportResult result = Importer(m_db->connection()).run(options);
    QVERIFY2(result.batchId > 0, qPrintable(result.message));
    m_batch = result.batchId;

    m_screenshotDir = qEnvironmentVariable("BADGEDESK_SCREENSHOT_DIR");
    if (m_screenshotDir.isEmpty())
        m_screenshotDir = QDir::temp().filePath(QStringLiteral("badgedesk-screenshots"));
    QVERIFY(QDir().mkpath(m_screenshotDir));
}

void TestReviewPage::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>(*m_db);
    m_window->resize(1400, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    m_window->setCurrentPage(PageId::Review);
    QVERIFY(page()->isVisible());
    // Arriving on the page puts the keyboard on the table.
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(view()));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestReviewPage::cleanup()
{
    m_tester.reset();
    m_window.reset();
}

void TestReviewPage::selectRow(int row)
{
    view()->setFocus();
    const QModelIndex index = model()->index(row, ReviewQueueModel::Name);
    view()->setCurrentIndex(index);
    view()->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TestReviewPage::clickCounts(QTreeWidgetItem* item)
{
    QVERIFY(item);
    ReviewCountsPanel* counts = page()->counts();
    const QRect rect = counts->visualItemRect(item);
    QVERIFY(rect.isValid());
    QTest::mouseClick(counts->viewport(), Qt::LeftButton, {}, rect.center());
}

int TestReviewPage::firstRowWith(const std::function<bool(const ReviewRepository::Row&)>& test) const
{
    for (int r = 0; r < model()->rowCount(); ++r) {
        if (test(model()->rowAt(r)))
            return r;
    }
    return -1;
}

QString TestReviewPage::screenshot(const QString& name)
{
    const QString path = QDir(m_screenshotDir).filePath(name + QStringLiteral(".png"));
    QFile::remove(path);
    view()->horizontalScrollBar()->setValue(0);
    QApplication::processEvents();
    m_window->grab().save(path);
    return path;
}

QString TestReviewPage::statusInDatabase(qint64 id)
{
    const auto rows = ReviewRepository(m_db->connection()).rowsById({id});
    return rows.isEmpty() ? QString() : statusKey(rows.first().status);
}

void TestReviewPage::opensOnTheCurrentBatch()
{
    QCOMPARE(m_window->currentBatch(), m_batch);
    QCOMPARE(page()->batch(), m_batch);
    // Classified on the way in: no row is left without a status.
    const auto counts = ReviewRepository(m_db->connection()).counts(m_batch);
    QCOMPARE(counts.statuses.value(QStringLiteral("new")), 0);
    QCOMPARE(model()->totalRows(), counts.rows);
    QCOMPARE(model()->rowCount(), counts.rows);
    QVERIFY(model()->count(RowStatus::Eligible) > 0);
    QCOMPARE(model()->count(RowStatus::Eligible), counts.statuses.value(QStringLiteral("eligible")));
    ReviewCountsPanel* panel = page()->counts();
    QCOMPARE(panel->itemForStatus(RowStatus::Eligible)->text(1),
             QLocale().toString(counts.statuses.value(QStringLiteral("eligible"))));
    QCOMPARE(panel->itemForReason(ReasonCode::VendorBadged)->text(1),
             QLocale().toString(counts.reasons.value(QStringLiteral("vendor_badged"))));
    QVERIFY(!panel->itemForReason(ReasonCode::MissingName)); // none: not shown
    auto* banner = page()->findChild<QLabel*>(QStringLiteral("reviewSignOffBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(QLatin1String("Not signed off yet")), qPrintable(banner->text()));
    auto* summary = page()->findChild<QLabel*>(QStringLiteral("reviewSummary"));
    QVERIFY2(summary->text().contains(QStringLiteral("%1 rows").arg(QLocale().toString(counts.rows))),
             qPrintable(summary->text()));
    // The step path: imported, review under way.
    auto* reviewed = m_window->findChild<QLabel*>(QStringLiteral("step_reviewed"));
    QCOMPARE(reviewed->property("stepState").toString(), QStringLiteral("current"));

    selectRow(0);
    QVERIFY(page()->details()->text().contains(QLatin1String("Row as imported")));
    screenshot(QStringLiteral("review-queue"));
}

void TestReviewPage::countsFilterTheTable()
{
    ReviewCountsPanel* panel = page()->counts();
    clickCounts(panel->itemForReason(ReasonCode::VendorBadged));
    QCOMPARE(model()->rowCount(), model()->count(ReasonCode::VendorBadged));
    for (int r = 0; r < model()->rowCount(); ++r)
        QCOMPARE(model()->index(r, 0).data(ReviewQueueModel::ReasonKeyRole).toString(),
                 QStringLiteral("vendor_badged"));
    clickCounts(panel->itemForStatus(RowStatus::NeedsAttention));
    QCOMPARE(model()->rowCount(), model()->count(RowStatus::NeedsAttention));
    auto* clear = page()->findChild<QPushButton*>(QStringLiteral("reviewClearFilters"));
    QVERIFY(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(model()->rowCount(), model()->totalRows());
    QCOMPARE(panel->currentItem(), panel->allRowsItem());

    // School and assessment filters list what the batch has, with counts.
    auto* school = page()->findChild<QComboBox*>(QStringLiteral("reviewSchoolFilter"));
    QVERIFY(school->count() > 2);
    QCOMPARE(school->itemText(0), QStringLiteral("All schools"));
    school->setCurrentIndex(1);
    emit school->activated(1);
    QCOMPARE(model()->rowCount(), model()->schools().first().rows);
    auto* assessment = page()->findChild<QComboBox*>(QStringLiteral("reviewAssessmentFilter"));
    QVERIFY(assessment->count() > 2);
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(school->currentIndex(), 0);
    QCOMPARE(model()->rowCount(), model()->totalRows());
}

void TestReviewPage::fixesAnEmailAndApprovesByKeyboard()
{
    clickCounts(page()->counts()->itemForReason(ReasonCode::BadEmail));
    const int row = firstRowWith([](const ReviewRepository::Row& r) { return !r.emailSuggestion.isEmpty(); });
    QVERIFY(row >= 0);
    const ReviewRepository::Row before = model()->rowAt(row);
    QCOMPARE(before.status, RowStatus::NeedsAttention);
    selectRow(row);
    QVERIFY2(page()->details()->text().contains(before.email), qPrintable(page()->details()->text()));
    auto* use = page()->details()->findChild<QPushButton*>(QStringLiteral("reviewUseSuggestion"));
    QVERIFY(use->isVisible());
    QCOMPARE(use->text(), QStringLiteral("Use %1").arg(before.emailSuggestion));

    // E opens the email cell on the suggestion; Enter saves it.
    QTest::keyClick(view(), Qt::Key_E);
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY(editor);
    QCOMPARE(editor->objectName(), QStringLiteral("reviewEmailEditor"));
    QCOMPARE(editor->text(), before.emailSuggestion);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(model()->rowAt(row).email, before.emailSuggestion);
    QCOMPARE(model()->rowAt(row).status, RowStatus::Eligible); // classified again
    QVERIFY(model()->rowAt(row).emailEdited);
    QCOMPARE(model()->rowAt(row).id, before.id); // it kept its place

    // A approves it, and the cursor moves on.
    view()->setFocus();
    selectRow(row);
    QTest::keyClick(view(), Qt::Key_A);
    QCOMPARE(model()->rowAt(row).status, RowStatus::Approved);
    QCOMPARE(statusInDatabase(before.id), QStringLiteral("approved"));
    if (row + 1 < model()->rowCount())
        QCOMPARE(view()->currentIndex().row(), row + 1);
    const auto details = ReviewRepository(m_db->connection()).details(before.id);
    QCOMPARE(details->emailOriginal, before.email);
    QCOMPARE(details->history.size(), 2);
    selectRow(row);
    QVERIFY2(page()->details()->text().contains(QStringLiteral("Imported as %1").arg(before.email)),
             qPrintable(page()->details()->text()));
    screenshot(QStringLiteral("review-details"));

    // Ctrl+Z twice: not approved, then the email as imported; Ctrl+Shift+Z redoes.
    QUndoStack* undo = page()->undoStack();
    QCOMPARE(undo->count(), 2);
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(statusInDatabase(before.id), QStringLiteral("eligible"));
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(model()->rowAt(row).email, before.email);
    QCOMPARE(model()->rowAt(row).status, RowStatus::NeedsAttention);
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(model()->rowAt(row).email, before.emailSuggestion);
    QCOMPARE(statusInDatabase(before.id), QStringLiteral("approved"));

    // "Use ..." in the details pane fixes the next one in one click.
    const int next = firstRowWith([](const ReviewRepository::Row& r) {
        return !r.emailSuggestion.isEmpty() && r.status == RowStatus::NeedsAttention;
    });
    if (next >= 0) {
        selectRow(next);
        const QString suggestion = model()->rowAt(next).emailSuggestion;
        QTest::mouseClick(use, Qt::LeftButton);
        QCOMPARE(model()->rowAt(next).email, suggestion);
    }
}

void TestReviewPage::rejectsWithAWrittenReason()
{
    clickCounts(page()->counts()->itemForStatus(RowStatus::NeedsAttention));
    QVERIFY(model()->rowCount() > 0);
    const qint64 id = model()->idAt(0);
    selectRow(0);
    QTest::keyClick(view(), Qt::Key_R);
    auto* bar = page()->findChild<QWidget*>(QStringLiteral("reviewReasonBar"));
    QVERIFY(bar->isVisible());
    auto* reason = page()->findChild<QLineEdit*>(QStringLiteral("reviewReasonEdit"));
    QCOMPARE(QApplication::focusWidget(), reason);
    // Typing the reason does not trigger A or R.
    QTest::keyClick(reason, Qt::Key_Return);
    auto* message = page()->findChild<QLabel*>(QStringLiteral("reviewMessage"));
    QVERIFY2(message->text().contains(QLatin1String("Write why")), qPrintable(message->text()));
    QVERIFY(bar->isVisible());
    QTest::keyClicks(reason, QStringLiteral("Adult education, not a student"));
    QCOMPARE(statusInDatabase(id), QStringLiteral("needs_attention"));
    QTest::keyClick(reason, Qt::Key_Return);
    QVERIFY(!bar->isVisible());
    QCOMPARE(statusInDatabase(id), QStringLiteral("rejected"));
    QCOMPARE(model()->rowAt(0).status, RowStatus::Rejected);
    QVERIFY2(message->text().startsWith(QLatin1String("Rejected 1 row")), qPrintable(message->text()));
    const auto details = ReviewRepository(m_db->connection()).details(id);
    QCOMPARE(details->rejectReason, QStringLiteral("Adult education, not a student"));

    // Approving a row that needs attention is refused with why; Override on an exclusion asks
    // for a reason and approves it.
    clickCounts(page()->counts()->itemForReason(ReasonCode::VendorBadged));
    const qint64 vendor = model()->idAt(0);
    selectRow(0);
    QTest::keyClick(view(), Qt::Key_A);
    QCOMPARE(statusInDatabase(vendor), QStringLiteral("excluded"));
    QVERIFY2(message->text().contains(QLatin1String("Override it with a written reason")),
             qPrintable(message->text()));
    QTest::keyClick(view(), Qt::Key_O);
    QVERIFY(bar->isVisible());
    QTest::keyClicks(reason, QStringLiteral("Vendor stopped issuing its badge"));
    QTest::keyClick(reason, Qt::Key_Return);
    QCOMPARE(statusInDatabase(vendor), QStringLiteral("approved"));
    QCOMPARE(model()->index(0, ReviewQueueModel::Status).data().toString(),
             QStringLiteral("Approved (override)"));
}

void TestReviewPage::searchesAndCopiesAsTsv()
{
    const ReviewRepository::Row target = model()->rowAt(model()->rowCount() / 2);
    QTest::keyClick(view(), Qt::Key_F, Qt::ControlModifier);
    auto* search = page()->findChild<QLineEdit*>(QStringLiteral("reviewSearch"));
    QCOMPARE(QApplication::focusWidget(), search);
    QTest::keyClicks(search, target.lastName.toUpper());
    QTRY_VERIFY(model()->rowCount() < model()->totalRows());
    QVERIFY(model()->rowOfId(target.id) >= 0);
    for (int r = 0; r < model()->rowCount(); ++r) {
        const ReviewRepository::Row& row = model()->rowAt(r);
        const QString all = row.firstName + row.lastName + row.email + row.schoolName + row.assessmentTitle;
        QVERIFY2(all.contains(target.lastName, Qt::CaseInsensitive), qPrintable(all));
    }

    view()->setFocus();
    view()->selectAll();
    const int shown = model()->rowCount();
    QTest::keyClick(view(), Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), shown + 1);
    QVERIFY(lines.first().startsWith(QLatin1String("Status\tReason\tName\tEmail")));
    QVERIFY(lines.at(1).contains(QLatin1Char('\t')));
    QCOMPARE(lines.at(1).count(QLatin1Char('\t')), lines.first().count(QLatin1Char('\t')));
}

void TestReviewPage::followsACatalogChange()
{
    // The vendor now badges an assessment that had eligible rows: they are excluded at once.
    const int row =
        firstRowWith([](const ReviewRepository::Row& r) { return r.status == RowStatus::Eligible; });
    QVERIFY(row >= 0);
    const ReviewRepository::Row eligible = model()->rowAt(row);
    CatalogRepository catalog(m_db->connection(), m_window->catalogChangeNotifier());
    CatalogEntry entry = *catalog.byCode(eligible.assessmentCode);
    entry.vendorBadges = true;
    QVERIFY(catalog.update({entry}, QStringLiteral("test")) > 0);
    const ReviewRepository::Row* after = model()->rowById(eligible.id);
    QCOMPARE(after->status, RowStatus::Excluded);
    QCOMPARE(after->reason, std::optional<ReasonCode>(ReasonCode::VendorBadged));
    entry.vendorBadges = false;
    QVERIFY(catalog.update({entry}, QStringLiteral("test")) > 0);
    QCOMPARE(model()->rowById(eligible.id)->status, RowStatus::Eligible);
}

void TestReviewPage::signsOffAndShowsAVoidedSignOff()
{
    auto* message = page()->findChild<QLabel*>(QStringLiteral("reviewMessage"));
    auto* banner = page()->findChild<QLabel*>(QStringLiteral("reviewSignOffBanner"));
    // Refused while rows are undecided, without a question.
    m_window->findChild<QAction*>(QStringLiteral("actionSignOffBatch"))->trigger();
    QVERIFY2(message->text().contains(QLatin1String("still need a decision")), qPrintable(message->text()));

    page()->findChild<QAction*>(QStringLiteral("reviewApproveAll"))->trigger();
    QCOMPARE(model()->count(RowStatus::Eligible), 0);
    QVERIFY2(message->text().startsWith(QLatin1String("Approved all")), qPrintable(message->text()));
    clickCounts(page()->counts()->itemForStatus(RowStatus::NeedsAttention));
    view()->setFocus();
    view()->selectAll();
    QTest::keyClick(view(), Qt::Key_R);
    auto* reason = page()->findChild<QLineEdit*>(QStringLiteral("reviewReasonEdit"));
    QTest::keyClicks(reason, QStringLiteral("To follow up with the schools next month"));
    QTest::keyClick(reason, Qt::Key_Return);
    QCOMPARE(model()->count(RowStatus::NeedsAttention), 0);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(page()->findChild<QPushButton*>(QStringLiteral("reviewSignOff")), Qt::LeftButton);
    QVERIFY(MessageBox::lastQuestion().contains(QLatin1String("approved rows for issuing?")));
    QCOMPARE(SignOffRepository(m_db->connection()).status(m_batch).state, SignOffRepository::State::Valid);
    QCOMPARE(banner->property("signOffState").toInt(), int(SignOffRepository::State::Valid));
    QVERIFY2(banner->text().startsWith(QLatin1String("Signed off by")), qPrintable(banner->text()));
    QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("step_signedOff"))->property("stepState").toString(),
             QStringLiteral("done"));

    // Fixing an approved row's email afterwards voids the sign-off, visibly.
    clickCounts(page()->counts()->itemForStatus(RowStatus::Approved));
    selectRow(0);
    QTest::keyClick(view(), Qt::Key_E);
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->setText(QStringLiteral("new.address@students.example.org"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(banner->property("signOffState").toInt(), int(SignOffRepository::State::Voided));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("is void")), qPrintable(banner->text()));
    QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("step_signedOff"))->property("stepState").toString(),
             QStringLiteral("blocked"));
    screenshot(QStringLiteral("review-voided"));
    // Undo puts the address back: the approved rows hash as signed, the sign-off holds again.
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(banner->property("signOffState").toInt(), int(SignOffRepository::State::Valid));
}

void TestReviewPage::emptyWithoutABatch()
{
    page()->setBatch(0);
    QVERIFY(page()->emptyState()->isVisible());
    QVERIFY(!page()->findChild<QWidget*>(QStringLiteral("reviewContent"))->isVisible());
    m_window->setCurrentBatch(m_batch);
    page()->setBatch(m_batch);
    QVERIFY(!page()->emptyState()->isVisible());
}

void TestReviewPage::loadsALargeBatchInTheBackground()
{
    // As if just imported: the worker classifies, then reads; the window stays usable meanwhile.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE certifications SET status = 'new', reason = NULL WHERE status IN "
                                  "('eligible', 'needs_attention', 'excluded')")));
    const int total = ReviewRepository(m_db->connection()).counts(m_batch).rows;
    ReviewPage::setBackgroundLoadThreshold(1);
    page()->setBatch(0);
    QSignalSpy changed(page(), &ReviewPage::reviewChanged);
    page()->setBatch(m_batch);
    QVERIFY(page()->isLoading());
    QVERIFY(!page()->emptyState()->isVisible());
    auto* message = page()->findChild<QLabel*>(QStringLiteral("reviewMessage"));
    QVERIFY2(message->text().startsWith(QLatin1String("Classifying and reading")),
             qPrintable(message->text()));
    QVERIFY(!page()->findChild<QAction*>(QStringLiteral("reviewApprove"))->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isLoading(), 20000);
    ReviewPage::setBackgroundLoadThreshold(20000);
    QCOMPARE(model()->totalRows(), total);
    QCOMPARE(model()->count(RowStatus::New), 0);
    QCOMPARE(ReviewRepository(m_db->connection()).counts(m_batch).statuses.value(QStringLiteral("new")), 0);
    QVERIFY(page()->findChild<QAction*>(QStringLiteral("reviewApprove"))->isEnabled());
    QCOMPARE(changed.size(), 1); // the step path follows the classification
    QVERIFY(!message->isVisible());
}

QTEST_MAIN(TestReviewPage)
#include "TestReviewPage.moc"
