#include "EmptyStateWidget.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "ThemeColors.h"
#include "catalog/CatalogDetailsPane.h"
#include "catalog/CatalogDiffModel.h"
#include "catalog/CatalogFilterProxyModel.h"
#include "catalog/CatalogHistoryModel.h"
#include "catalog/CatalogImportDialog.h"
#include "catalog/CatalogItemDelegate.h"
#include "catalog/CatalogTableModel.h"
#include "importing/CatalogListReader.h"
#include "pages/CatalogPage.h"
#include "sample/SampleDataGenerator.h"
#include "storage/CatalogChangeNotifier.h"
#include "storage/CatalogRepository.h"
#include "storage/CredlyTemplateRepository.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace badgedesk;

namespace {

const QString kEntrepreneurTemplate = QStringLiteral("cfaf2910-ea5f-46f1-89a5-db525dad6e58");
const QString kArchivedTemplate = QStringLiteral("0d6f3c1e-52a8-4a52-9a3e-5f7f0c0b1a11");
const QString kNursingTemplate = QStringLiteral("5b0c7f43-2d7e-4f0a-9c55-0e1f3a2b4c6d");

CatalogEntry entry(const QString& code, const QString& title, const QString& vendor, bool agencyBadges,
                   const QString& templateId)
{
    CatalogEntry e;
    e.code = code;
    e.title = title;
    e.vendor = vendor;
    e.careertechBadges = agencyBadges;
    e.vendorBadges = !agencyBadges;
    e.credlyTemplateId = templateId;
    e.effectiveDate = QDate(2024, 7, 1);
    return e;
}

CredlyTemplate credlyTemplate(const QString& id, const QString& name, const QString& state)
{
    CredlyTemplate t;
    t.id = id;
    t.name = name;
    t.state = state;
    return t;
}

} // namespace

class TestCatalogPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_screenshotDir = qEnvironmentVariable("BADGEDESK_SCREENSHOT_DIR");
        if (m_screenshotDir.isEmpty())
            m_screenshotDir = QDir::temp().filePath(QStringLiteral("badgedesk-screenshots"));
        QVERIFY(QDir().mkpath(m_screenshotDir));
    }

    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("catalog.sqlite"))));
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void emptyCatalogOffersTheImport()
    {
        CatalogPage page(*m_db);
        page.resize(1000, 600);
        page.show();
        QVERIFY(page.emptyState()->isVisible());
        QVERIFY(!page.findChild<QWidget*>(QStringLiteral("catalogContent"))->isVisible());
        QCOMPARE(page.emptyState()->title(), QStringLiteral("The approved-assessment list is empty"));
        QVERIFY(page.emptyState()->actionButton()->isEnabled());

        // The empty state's button opens the import: a file that cannot be read says why.
        const QString bad = writeFile(QStringLiteral("list.pdf"), "%PDF");
        FileDialog::setNextFileName(bad);
        QTest::mouseClick(page.emptyState()->actionButton(), Qt::LeftButton);
        auto* message = page.findChild<QLabel*>(QStringLiteral("catalogMessage"));
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(),
                 QStringLiteral("list.pdf is not a spreadsheet BadgeDesk reads. Save the list as an "
                                ".xlsx workbook or a .csv file and import that."));
        QVERIFY(!page.findChild<CatalogImportDialog*>());
        QVERIFY(page.emptyState()->isVisible());
    }

    void editUndoRedoAndBulkRetire()
    {
        seed();
        seedTemplates();
        CatalogPage page(*m_db);
        page.resize(1100, 500);
        page.show();
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(page.proxy(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!page.emptyState()->isVisible());
        auto* summary = page.findChild<QLabel*>(QStringLiteral("catalogSummary"));
        QCOMPARE(summary->text(),
                 QStringLiteral(
                     "3 assessments · 0 retired · 1 with a problem (to list them: Show › Problems only)"));

        // Edit a title in place through the view's editor, as the specialist would.
        QTableView* view = page.view();
        const QModelIndex title = view->model()->index(0, CatalogTableModel::Title); // sorted by code: 0911
        QCOMPARE(view->model()->index(0, CatalogTableModel::Code).data().toString(), QStringLiteral("0911"));
        view->setCurrentIndex(title);
        view->edit(title);
        auto* editor = view->findChild<QLineEdit*>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Entrepreneurship  "));
        QTest::keyClick(editor, Qt::Key_Return);
        CatalogRepository repo(m_db->connection());
        QTRY_COMPARE(repo.byCode(QStringLiteral("0911"))->title,
                     QStringLiteral("Entrepreneurship")); // trimmed
        QCOMPARE(page.undoStack()->count(), 1);
        QCOMPARE(page.undoStack()->undoText(), QStringLiteral("Change Title of 0911"));

        auto* undo = page.findChild<QAction*>(QStringLiteral("catalogUndo"));
        auto* redo = page.findChild<QAction*>(QStringLiteral("catalogRedo"));
        undo->trigger();
        QCOMPARE(repo.byCode(QStringLiteral("0911"))->title, QStringLiteral("Entrepreneur"));
        QCOMPARE(title.data().toString(), QStringLiteral("Entrepreneur"));
        redo->trigger();
        QCOMPARE(repo.byCode(QStringLiteral("0911"))->title, QStringLiteral("Entrepreneurship"));

        // Mapping the missing template fixes the problem count.
        const QModelIndex templateCell = view->model()->index(1, CatalogTableModel::TemplateId); // 8005
        QCOMPARE(templateCell.data(CatalogTableModel::ProblemKindRole).toString(),
                 QStringLiteral("no_template"));
        QVERIFY(view->model()->setData(templateCell, kNursingTemplate.toUpper()));
        QCOMPARE(repo.byCode(QStringLiteral("8005"))->credlyTemplateId,
                 kNursingTemplate); // stored lower-case
        QCOMPARE(summary->text(), QStringLiteral("3 assessments · 0 retired"));

        // Bulk: retire two selected rows in one step, undo brings both back.
        view->clearSelection();
        view->selectionModel()->select(view->model()->index(0, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->select(view->model()->index(2, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        page.findChild<QAction*>(QStringLiteral("catalogRetire"))->trigger();
        QCOMPARE(repo.byCode(QStringLiteral("0911"))->retiredDate, QDate::currentDate());
        QCOMPARE(repo.byCode(QStringLiteral("CMP-1101"))->retiredDate, QDate::currentDate());
        QVERIFY(!repo.byCode(QStringLiteral("8005"))->retiredDate.isValid());
        QCOMPARE(page.undoStack()->count(), 3);
        auto* message = page.findChild<QLabel*>(QStringLiteral("catalogMessage"));
        QCOMPARE(message->text(),
                 QStringLiteral(
                     "Retired the selected assessments (2) as of today. Undo (Ctrl+Z) brings them back."));
        QCOMPARE(summary->text(), QStringLiteral("3 assessments · 2 retired"));
        undo->trigger();
        QVERIFY(!repo.byCode(QStringLiteral("0911"))->retiredDate.isValid());
        QVERIFY(!repo.byCode(QStringLiteral("CMP-1101"))->retiredDate.isValid());

        // Every step is in the history, undo steps included.
        const auto history = repo.history(QStringLiteral("0911"));
        QCOMPARE(history.last().kind, QStringLiteral("undo"));
        QCOMPARE(history.last().field, QStringLiteral("retired_date"));
    }

    void undoIsRefusedWhenTheEntryChangedElsewhere()
    {
        seed();
        CatalogPage page(*m_db);
        page.show();
        QAbstractItemModel* model = page.view()->model();
        QVERIFY(
            model->setData(model->index(0, CatalogTableModel::Title), QStringLiteral("Entrepreneurship")));
        // Meanwhile the CLI (another repository on the same file) changes the same entry.
        CatalogRepository other(m_db->connection());
        CatalogEntry e = *other.byCode(QStringLiteral("0911"));
        e.title = QStringLiteral("Entrepreneurship I");
        QVERIFY(other.update({e}, QStringLiteral("cli")) > 0);

        page.findChild<QAction*>(QStringLiteral("catalogUndo"))->trigger();
        auto* message = page.findChild<QLabel*>(QStringLiteral("catalogMessage"));
        QTRY_VERIFY(message->isVisible());
        QCOMPARE(message->text(), QStringLiteral("0911 has changed since; undo the later changes first."));
        QCOMPARE(other.byCode(QStringLiteral("0911"))->title, QStringLiteral("Entrepreneurship I"));
        QCOMPARE(page.undoStack()->count(), 0); // the refused step is dropped, not left to fail again
        QCOMPARE(page.model()->entryAt(0).title, QStringLiteral("Entrepreneurship I"));
    }

    void checkBoxAndBadValues()
    {
        seed();
        CatalogPage page(*m_db);
        page.show();
        QAbstractItemModel* model = page.view()->model();
        const QModelIndex flag = model->index(0, CatalogTableModel::VendorBadges);
        QCOMPARE(flag.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(model->setData(flag, Qt::Checked, Qt::CheckStateRole));
        CatalogRepository repo(m_db->connection());
        QVERIFY(repo.byCode(QStringLiteral("0911"))->vendorBadges);
        QCOMPARE(
            flag.data(CatalogTableModel::ProblemRole).toString(),
            QStringLiteral("Marked both as badged by its vendor and by CareerTech: a student would get two "
                           "badges."));

        auto* message = page.findChild<QLabel*>(QStringLiteral("catalogMessage"));
        QVERIFY(!message->isVisible());
        QVERIFY(
            !model->setData(model->index(0, CatalogTableModel::EffectiveDate), QStringLiteral("next July")));
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), QStringLiteral("\"next July\" is not a date. Use the form 2026-07-01."));
        QCOMPARE(repo.byCode(QStringLiteral("0911"))->effectiveDate, QDate(2024, 7, 1));
        QVERIFY(!model->setData(model->index(0, CatalogTableModel::Title), QStringLiteral("  ")));
        QCOMPARE(message->text(), QStringLiteral("An assessment needs a title."));
        QVERIFY(!(model->flags(model->index(0, CatalogTableModel::Code)) & Qt::ItemIsEditable));
        QCOMPARE(page.undoStack()->count(), 1);
    }

    void searchFilterAndSort()
    {
        seed();
        CatalogRepository repo(m_db->connection());
        QVERIFY(repo.retire({QStringLiteral("8005")}, QDate(2025, 7, 1), {}) > 0);
        seedTemplates();
        CatalogPage page(*m_db);
        page.show();
        QAbstractItemModelTester proxyTester(page.proxy(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModel* shown = page.view()->model();
        auto codes = [shown] {
            QStringList list;
            for (int r = 0; r < shown->rowCount(); ++r)
                list << shown->index(r, CatalogTableModel::Code).data().toString();
            return list;
        };

        auto* search = page.findChild<QLineEdit*>(QStringLiteral("catalogSearch"));
        QTest::keyClicks(search, QStringLiteral("comptia"));
        QCOMPARE(codes(), QStringList{QStringLiteral("CMP-1101")});
        search->clear();
        // The template's name is searchable too, not only its id.
        QTest::keyClicks(search, QStringLiteral("CTTC - Entre"));
        QCOMPARE(codes(), QStringList{QStringLiteral("0911")});
        search->clear();
        QCOMPARE(shown->rowCount(), 3);

        auto* viewFilter = page.findChild<QComboBox*>(QStringLiteral("catalogView"));
        auto* showRetired = page.findChild<QCheckBox*>(QStringLiteral("catalogShowRetired"));
        viewFilter->setCurrentIndex(viewFilter->findText(QStringLiteral("Badged by the vendor")));
        QCOMPARE(codes(), QStringList{QStringLiteral("CMP-1101")});
        viewFilter->setCurrentIndex(viewFilter->findText(QStringLiteral("Badged by CareerTech")));
        QCOMPARE(codes(), (QStringList{QStringLiteral("0911"), QStringLiteral("8005")}));
        showRetired->setChecked(false);
        QCOMPARE(codes(), QStringList{QStringLiteral("0911")});
        auto* summary = page.findChild<QLabel*>(QStringLiteral("catalogSummary"));
        QCOMPARE(summary->text(), QStringLiteral("3 assessments · 1 retired · 1 shown"));
        // Remembered for the next time the page opens.
        QCOMPARE(QSettings().value(QStringLiteral("catalog/showRetired")).toBool(), false);
        showRetired->setChecked(true);
        viewFilter->setCurrentIndex(0);

        // Flags sort by their check state; dates as dates.
        page.view()->sortByColumn(CatalogTableModel::VendorBadges, Qt::DescendingOrder);
        QCOMPARE(codes().first(), QStringLiteral("CMP-1101"));
        page.view()->sortByColumn(CatalogTableModel::RetiredDate, Qt::DescendingOrder);
        QCOMPARE(codes().first(), QStringLiteral("8005"));
    }

    void problemsFollowTheCachedTemplates()
    {
        seed();
        CatalogRepository repo(m_db->connection());
        CatalogEntry archived = entry(QStringLiteral("0500"), QStringLiteral("Welding I"),
                                      QStringLiteral("CareerTech Testing Center"), true, kArchivedTemplate);
        QVERIFY(repo.add(archived, {}) > 0);
        CatalogPage page(*m_db);
        page.show();
        // Not synced yet: only the missing template is a problem, and the summary says why.
        auto* summary = page.findChild<QLabel*>(QStringLiteral("catalogSummary"));
        QVERIFY2(summary->text().endsWith(
                     QStringLiteral("Credly templates not synced yet for PRACTICE: template names "
                                    "cannot be shown or checked")),
                 qPrintable(summary->text()));
        QCOMPARE(page.model()->problemCount(), 1);

        seedTemplates();
        page.reloadTemplates();
        QCOMPARE(page.model()->problemCount(), 2);
        const int row = page.model()->rowOfCode(QStringLiteral("0500"));
        const QModelIndex cell = page.model()->index(row, CatalogTableModel::TemplateId);
        QCOMPARE(cell.data().toString(), QStringLiteral("CTTC - Welding I (archived)"));
        QCOMPARE(cell.data(CatalogTableModel::ProblemKindRole).toString(),
                 QStringLiteral("archived_template"));
        QVERIFY(!page.model()->index(row, CatalogTableModel::Code).data(Qt::DecorationRole).isNull());

        auto* viewFilter = page.findChild<QComboBox*>(QStringLiteral("catalogView"));
        viewFilter->setCurrentIndex(viewFilter->findText(QStringLiteral("Problems only")));
        QCOMPARE(page.view()->model()->rowCount(), 2);
        QCOMPARE(summary->text(), QStringLiteral("4 assessments · 0 retired · 2 with a problem (to list "
                                                 "them: Show › Problems only) · 2 shown"));
    }

    void templatePickerAndDateEditor()
    {
        seed();
        seedTemplates();
        CatalogPage page(*m_db);
        page.resize(1100, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView* view = page.view();
        CatalogRepository repo(m_db->connection());

        // The picker lists every cached template by name, archived ones marked, and picks by id.
        const QModelIndex cell = view->model()->index(1, CatalogTableModel::TemplateId); // 8005, none mapped
        view->setCurrentIndex(cell);
        view->edit(cell);
        auto* picker = view->findChild<QComboBox*>(QStringLiteral("catalogTemplatePicker"));
        QVERIFY(picker);
        QStringList items;
        for (int i = 0; i < picker->count(); ++i)
            items << picker->itemText(i);
        QCOMPARE(items, (QStringList{QStringLiteral("(no template)"), QStringLiteral("CTTC - Entrepreneur"),
                                     QStringLiteral("CTTC - Nursing Home Administrator"),
                                     QStringLiteral("CTTC - Welding I (archived)")}));
        QCOMPARE(picker->currentIndex(), 0);
        QCOMPARE(picker->itemData(3, Qt::ForegroundRole).value<QBrush>().color(),
                 ThemeColors::text(ThemeColors::Tone::Muted));
        picker->setCurrentIndex(2);
        emit picker->activated(2); // one click picks and closes
        QTRY_COMPARE(repo.byCode(QStringLiteral("8005"))->credlyTemplateId, kNursingTemplate);
        QCOMPARE(cell.data().toString(), QStringLiteral("CTTC - Nursing Home Administrator"));

        // The date editor: a date, then "none" clears it.
        const QModelIndex retired = view->model()->index(0, CatalogTableModel::RetiredDate);
        view->setCurrentIndex(retired);
        view->edit(retired);
        auto* dateEdit = view->findChild<QDateEdit*>(QStringLiteral("catalogDateEditor"));
        QVERIFY(dateEdit);
        QCOMPARE(dateEdit->text(), QStringLiteral("none"));
        dateEdit->setDate(QDate(2026, 7, 1));
        QTest::keyClick(dateEdit, Qt::Key_Return);
        QTRY_COMPARE(repo.byCode(QStringLiteral("0911"))->retiredDate, QDate(2026, 7, 1));
        view->edit(retired);
        dateEdit = view->findChild<QDateEdit*>(QStringLiteral("catalogDateEditor"));
        QTRY_VERIFY(dateEdit && dateEdit->isVisible());
        QCOMPARE(dateEdit->date(), QDate(2026, 7, 1));
        dateEdit->setDate(CatalogItemDelegate::noDate());
        QTest::keyClick(dateEdit, Qt::Key_Return);
        QTRY_VERIFY(!repo.byCode(QStringLiteral("0911"))->retiredDate.isValid());
        QCOMPARE(page.undoStack()->count(), 3);
    }

    void bulkEditOfThirtyRowsIsOneUndoStep()
    {
        CatalogRepository repo(m_db->connection());
        CatalogDiff many;
        for (int i = 0; i < 40; ++i)
            many.added << entry(QStringLiteral("%1").arg(1000 + i), QStringLiteral("Assessment %1").arg(i),
                                QStringLiteral("NOCTI"), false, {});
        QVERIFY(repo.applyImport(many, QDate(2026, 7, 1), QStringLiteral("seed"), {}) > 0);
        CatalogChangeNotifier notifier;
        QSignalSpy changed(&notifier, &CatalogChangeNotifier::catalogChanged);
        CatalogPage page(*m_db, &notifier);
        page.show();
        QTableView* view = page.view();
        view->selectionModel()->select(
            QItemSelection(view->model()->index(5, 0),
                           view->model()->index(34, CatalogTableModel::ColumnCount - 1)),
            QItemSelectionModel::ClearAndSelect);
        auto* details = page.details()->findChild<QLabel*>(QStringLiteral("catalogDetailsHeading"));
        QCOMPARE(details->text(), QStringLiteral("30 assessments selected"));

        page.findChild<QAction*>(QStringLiteral("catalogSetAgencyBadges"))->trigger();
        QCOMPARE(page.undoStack()->count(), 1);
        QCOMPARE(page.undoStack()->undoText(), QStringLiteral("Change CareerTech badges it of 30 entries"));
        int badged = 0;
        for (const auto& e : repo.all())
            badged += e.careertechBadges ? 1 : 0;
        QCOMPARE(badged, 30);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(1).toStringList().size(), 30);
        QCOMPARE(changed.first().at(1).toStringList().first(), QStringLiteral("1005"));

        page.undoStack()->undo();
        for (const auto& e : repo.all())
            QVERIFY2(!e.careertechBadges, qPrintable(e.code));
        QCOMPARE(changed.size(), 2); // the undo is announced too
        page.undoStack()->redo();
        QCOMPARE(repo.byCode(QStringLiteral("1034"))->careertechBadges, true);
        QCOMPARE(repo.byCode(QStringLiteral("1035"))->careertechBadges, false);
    }

    void fillClearAndCopyTheSelection()
    {
        seed();
        seedTemplates();
        CatalogPage page(*m_db);
        page.show();
        QTableView* view = page.view();
        CatalogRepository repo(m_db->connection());
        // Current cell: 0911's template; selection: all three rows. Ctrl+D copies it down.
        view->selectAll();
        view->selectionModel()->setCurrentIndex(view->model()->index(0, CatalogTableModel::TemplateId),
                                                QItemSelectionModel::NoUpdate);
        page.findChild<QAction*>(QStringLiteral("catalogFill"))->trigger();
        for (const auto& e : repo.all())
            QCOMPARE(e.credlyTemplateId, kEntrepreneurTemplate);
        QCOMPARE(page.undoStack()->count(), 1);

        page.findChild<QAction*>(QStringLiteral("catalogCopy"))->trigger();
        const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4); // three rows and the final line break
        // In the view's column order: the badging columns follow the title.
        QCOMPARE(lines.first(),
                 QStringLiteral("0911\tEntrepreneur\tYes\tCTTC - Entrepreneur\tNo\tCareerTech Testing "
                                "Center\t\t\t2024-07-01\t\t\t"));

        page.findChild<QAction*>(QStringLiteral("catalogClear"))->trigger();
        for (const auto& e : repo.all())
            QVERIFY(e.credlyTemplateId.isEmpty());
        QCOMPARE(page.undoStack()->count(), 2);
        page.undoStack()->undo();
        QCOMPARE(repo.byCode(QStringLiteral("CMP-1101"))->credlyTemplateId, kEntrepreneurTemplate);
    }

    void addEntryAndDeleteOnlyWhileUnused()
    {
        seed();
        CatalogPage page(*m_db);
        page.show();
        auto* addBar = page.findChild<QWidget*>(QStringLiteral("catalogAddBar"));
        QVERIFY(!addBar->isVisible());
        page.findChild<QAction*>(QStringLiteral("catalogAdd"))->trigger();
        QVERIFY(addBar->isVisible());
        auto* code = page.findChild<QLineEdit*>(QStringLiteral("catalogAddCode"));
        auto* title = page.findChild<QLineEdit*>(QStringLiteral("catalogAddTitle"));
        auto* message = page.findChild<QLabel*>(QStringLiteral("catalogMessage"));

        // A code already there is refused and named; what was typed stays.
        QTest::keyClicks(code, QStringLiteral("911"));
        QTest::keyClicks(title, QStringLiteral("Entrepreneur again"));
        QTest::keyClick(title, Qt::Key_Return);
        QCOMPARE(
            message->text(),
            QStringLiteral("Code 0911 is already in the catalog (Entrepreneur): edit that entry instead."));
        QCOMPARE(code->text(), QStringLiteral("911"));

        code->setText(QStringLiteral("41401"));
        title->setText(QStringLiteral("  Microcomputer Repair  Technician "));
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("catalogAddConfirm")), Qt::LeftButton);
        CatalogRepository repo(m_db->connection());
        QCOMPARE(repo.byCode(QStringLiteral("41401"))->title,
                 QStringLiteral("Microcomputer Repair Technician"));
        QVERIFY(!addBar->isVisible());
        QCOMPARE(page.undoStack()->undoText(), QStringLiteral("Add 41401"));
        // The new entry is selected, ready to be filled in.
        const QModelIndexList selected = page.view()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data().toString(), QStringLiteral("41401"));

        // An entry imported rows use is retired, not deleted; an unused one can go.
        insertCertification(QStringLiteral("0911"));
        page.reload();
        selectCodes(page, {QStringLiteral("0911")});
        page.findChild<QAction*>(QStringLiteral("catalogDelete"))->trigger();
        QTRY_COMPARE(message->text(), QStringLiteral("0911 is used by imported certification rows (1), so it "
                                                     "stays in the catalog: retire it instead."));
        QVERIFY(repo.byCode(QStringLiteral("0911")));
        selectCodes(page, {QStringLiteral("41401")});
        page.findChild<QAction*>(QStringLiteral("catalogDelete"))->trigger();
        QVERIFY(!repo.byCode(QStringLiteral("41401")));
        QCOMPARE(page.model()->rowCount(), 3);
        page.undoStack()->undo();
        QVERIFY(repo.byCode(QStringLiteral("41401")));
    }

    void historyPaneShowsEveryChange()
    {
        seed();
        seedTemplates();
        CatalogPage page(*m_db);
        page.resize(1280, 560);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        CatalogHistoryModel* history = page.details()->historyModel();
        QAbstractItemModelTester tester(history, QAbstractItemModelTester::FailureReportingMode::QtTest);

        selectCodes(page, {QStringLiteral("8005")});
        QCOMPARE(history->code(), QStringLiteral("8005"));
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(history->index(0, CatalogHistoryModel::Field).data().toString(), QStringLiteral("Entry"));
        QCOMPARE(history->index(0, CatalogHistoryModel::NewValue).data().toString(), QStringLiteral("added"));
        auto* problem = page.details()->findChild<QLabel*>(QStringLiteral("catalogDetailsProblem"));
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(),
                 QStringLiteral("CareerTech badges this assessment but no Credly badge template is "
                                "mapped: pick one."));

        QAbstractItemModel* model = page.view()->model();
        const int row = page.view()->selectionModel()->selectedRows().first().row();
        QVERIFY(model->setData(model->index(row, CatalogTableModel::TemplateId), kNursingTemplate));
        QVERIFY(model->setData(model->index(row, CatalogTableModel::Notes),
                               QStringLiteral("Adult programs only")));
        QVERIFY(model->setData(model->index(row, CatalogTableModel::VendorBadges), Qt::Checked,
                               Qt::CheckStateRole));
        QCOMPARE(history->rowCount(), 4);
        // Newest first, with readable fields and values.
        QCOMPARE(history->index(0, CatalogHistoryModel::Field).data().toString(),
                 QStringLiteral("Vendor badges it"));
        QCOMPARE(history->index(0, CatalogHistoryModel::OldValue).data().toString(), QStringLiteral("No"));
        QCOMPARE(history->index(0, CatalogHistoryModel::NewValue).data().toString(), QStringLiteral("Yes"));
        QCOMPARE(history->index(1, CatalogHistoryModel::Field).data().toString(), QStringLiteral("Notes"));
        QCOMPARE(history->index(1, CatalogHistoryModel::OldValue).data().toString(), QStringLiteral("—"));
        QCOMPARE(history->index(2, CatalogHistoryModel::NewValue).data().toString(),
                 QStringLiteral("CTTC - Nursing Home Administrator"));
        QCOMPARE(history->index(2, CatalogHistoryModel::NewValue).data(Qt::ToolTipRole).toString(),
                 kNursingTemplate);
        const QString who = qEnvironmentVariable("USER");
        QCOMPARE(history->index(0, CatalogHistoryModel::Change).data().toString(),
                 who.isEmpty() ? QStringLiteral("Edit") : QStringLiteral("Edit by ") + who);
        QVERIFY(!history->index(0, CatalogHistoryModel::When).data().toString().isEmpty());
        // The vendor flag made it a double badge: the pane says so.
        QCOMPARE(problem->text(),
                 QStringLiteral("Marked both as badged by its vendor and by CareerTech: a student "
                                "would get two badges."));

        page.undoStack()->undo();
        QCOMPARE(history->rowCount(), 5);
        QVERIFY(history->index(0, CatalogHistoryModel::Change)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Undo")));
        QCOMPARE(history->index(0, CatalogHistoryModel::NewValue).data().toString(), QStringLiteral("No"));
        QVERIFY(!problem->isVisible());
    }

    void importThroughThePreviewDialogIsOneUndoStep()
    {
        seed();
        seedTemplates();
        CatalogChangeNotifier notifier;
        QSignalSpy changed(&notifier, &CatalogChangeNotifier::catalogChanged);
        CatalogPage page(*m_db, &notifier);
        page.resize(1100, 500);
        page.show();

        // The next published list: 0911 renamed and mapped to another template, 8005 gone,
        // 41401 new (listed twice), CMP-1101 unchanged except for messy cells.
        const QString list = writeFile(
            QStringLiteral("approved_FY2027.csv"),
            "Approved Industry Credentials FY2027\n"
            "AssessmentCode,AssessmentTitle,TestingVendor,VendorIssuesDigitalBadge,CareerTechBadges,"
            "CredlyTemplateID,EffectiveFY\n"
            "911,Entrepreneurship,CareerTech Testing Center,N,Yes," +
                kArchivedTemplate.toUpper().toUtf8() +
                ",FY2025\n"
                "CMP-1101 ,CompTIA A+ Core 1,CompTIA,TRUE,no,,FY2025\n"
                "41401,Microcomputer Repair Technician,CareerTech Testing Center,N,Y,,FY2027\n"
                "41401,Microcomputer Repair (again),CareerTech Testing Center,N,Y,,FY2027\n");
        FileDialog::setNextFileName(list);
        page.findChild<QAction*>(QStringLiteral("catalogImport"))->trigger();
        CatalogImportDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<CatalogImportDialog*>()) && dialog->isVisible());
        QAbstractItemModelTester tester(dialog->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("catalogImportSource"))->text(),
                 QStringLiteral("approved_FY2027.csv · header on row 2 · rows read below it: 4"));
        QCOMPARE(dialog->summary(),
                 QStringLiteral("1 added · 1 changed · 1 to retire · 1 unchanged · problems in the file: 2 "
                                "(rows skipped or read as noted below)"));

        CatalogDiffModel* diff = dialog->model();
        const QModelIndex changedGroup = diff->index(CatalogDiffModel::Changed, 0);
        QCOMPARE(changedGroup.data().toString(), QStringLiteral("Changed (1)"));
        const QModelIndex change = diff->index(0, 0, changedGroup);
        QCOMPARE(change.data().toString(), QStringLiteral("0911  Entrepreneurship"));
        QCOMPARE(diff->rowCount(change), 2);
        auto fieldRow = [&](int row) {
            return QStringList{diff->index(row, 0, change).data().toString(),
                               diff->index(row, 1, change).data().toString(),
                               diff->index(row, 2, change).data().toString()};
        };
        QCOMPARE(fieldRow(0), (QStringList{QStringLiteral("Title"), QStringLiteral("Entrepreneur"),
                                           QStringLiteral("Entrepreneurship")}));
        QCOMPARE(fieldRow(1),
                 (QStringList{QStringLiteral("Credly template"), QStringLiteral("CTTC - Entrepreneur"),
                              QStringLiteral("CTTC - Welding I (archived)")}));
        // Mapping to an archived template is shown in red before it is applied.
        QCOMPARE(diff->index(1, 2, change).data(Qt::ForegroundRole).value<QBrush>().color(),
                 ThemeColors::text(ThemeColors::Tone::Error));
        QVERIFY(diff->index(0, 2, change).data(Qt::ForegroundRole).isNull());
        const QModelIndex added = diff->index(CatalogDiffModel::Added, 0);
        QCOMPARE(diff->index(0, 0, added).data().toString(),
                 QStringLiteral("41401  Microcomputer Repair Technician"));
        QCOMPARE(diff->index(0, 2, added).data().toString(),
                 QStringLiteral("new · CareerTech badges it, no template"));
        const QModelIndex problems = diff->index(CatalogDiffModel::Problems, 0);
        QCOMPARE(diff->rowCount(problems), 2);
        QCOMPARE(diff->index(1, 0, problems).data().toString(),
                 QStringLiteral("Row 6 repeats code 41401 from row 5; the first row was kept."));
        QCOMPARE(diff->rowCount(diff->index(CatalogDiffModel::Unchanged, 0)), 0);

        // Missing entries are retired on the chosen date; the preview shows it.
        dialog->setRetireOn(QDate(2026, 7, 1));
        const QModelIndex retired = diff->index(CatalogDiffModel::Retired, 0);
        QCOMPARE(retired.data().toString(),
                 QStringLiteral("Missing from the list, retired on 2026-07-01 (1)"));
        QCOMPARE(diff->index(0, 2, retired).data().toString(), QStringLiteral("retired on 2026-07-01"));
        saveScreenshot(*dialog, QStringLiteral("catalog-import-preview.png"));

        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("catalogImportApply")),
                          Qt::LeftButton);
        CatalogRepository repo(m_db->connection());
        QTRY_COMPARE(repo.byCode(QStringLiteral("0911"))->title, QStringLiteral("Entrepreneurship"));
        QCOMPARE(repo.byCode(QStringLiteral("0911"))->credlyTemplateId, kArchivedTemplate);
        QCOMPARE(repo.byCode(QStringLiteral("8005"))->retiredDate, QDate(2026, 7, 1));
        QVERIFY(repo.byCode(QStringLiteral("41401")));
        QCOMPARE(page.undoStack()->count(), 1);
        QCOMPARE(page.undoStack()->undoText(), QStringLiteral("Import approved_FY2027.csv"));
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("catalogMessage"))->text(),
                 QStringLiteral("Imported approved_FY2027.csv: 1 added · 1 changed · 1 to retire · 1 "
                                "unchanged · problems in the file: 2 (rows skipped or read as noted below). "
                                "Undo (Ctrl+Z) reverts the whole import."));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(1).toStringList(),
                 (QStringList{QStringLiteral("0911"), QStringLiteral("41401"), QStringLiteral("8005")}));
        // The history pane names the file.
        selectCodes(page, {QStringLiteral("8005")});
        QCOMPARE(page.details()->historyModel()->index(0, CatalogHistoryModel::Change).data().toString(),
                 QStringLiteral("Import of approved_FY2027.csv"));

        // The whole import is one undo step.
        page.findChild<QAction*>(QStringLiteral("catalogUndo"))->trigger();
        QCOMPARE(repo.byCode(QStringLiteral("0911"))->title, QStringLiteral("Entrepreneur"));
        QVERIFY(!repo.byCode(QStringLiteral("8005"))->retiredDate.isValid());
        QVERIFY(!repo.byCode(QStringLiteral("41401")));
        QCOMPARE(page.model()->rowCount(), 3);
    }

    void cancelledPreviewWritesNothing()
    {
        seed();
        CatalogPage page(*m_db);
        page.show();
        const QString list = writeFile(QStringLiteral("small.csv"), "Code,Title\n0911,Renamed\n");
        CatalogImportDialog* dialog = page.previewImport(list);
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("catalogImportCancel")),
                          Qt::LeftButton);
        CatalogRepository repo(m_db->connection());
        QCOMPARE(repo.byCode(QStringLiteral("0911"))->title, QStringLiteral("Entrepreneur"));
        QVERIFY(!repo.byCode(QStringLiteral("8005"))->retiredDate.isValid());
        QCOMPARE(page.undoStack()->count(), 0);
    }

    void exportThenImportPreviewsNoChanges_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("xlsx") << QStringLiteral("catalog.xlsx");
        QTest::newRow("csv") << QStringLiteral("catalog.csv");
    }

    void exportThenImportPreviewsNoChanges()
    {
        QFETCH(QString, name);
        seed();
        seedTemplates();
        CatalogPage page(*m_db);
        page.show();
        const QString path = m_dir->filePath(name);
        FileDialog::setNextFileName(path);
        page.findChild<QAction*>(QStringLiteral("catalogExport"))->trigger();
        QVERIFY(QFile::exists(path));
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("catalogMessage"))->text(),
                 QStringLiteral(
                     "Exported the catalog (3 entries) to %1. Importing that file back changes nothing.")
                     .arg(QDir::toNativeSeparators(path)));

        CatalogImportDialog* dialog = page.previewImport(path);
        QVERIFY(dialog);
        QCOMPARE(dialog->summary(), QStringLiteral("0 added · 0 changed · 0 to retire · 3 unchanged"));
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("catalogImportApply"))->isEnabled());
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("catalogImportNote"))->text(),
                 QStringLiteral("The catalog already matches this list: there is nothing to apply."));
        dialog->reject();
    }

    void throughTheMainWindow()
    {
        // The real window: Ctrl+4 to the catalog, type into a cell, Ctrl+Z, import a list; every
        // committed change reaches the window's notifier (what reclassification will listen to).
        seed();
        seedTemplates();
        MainWindow window(*m_db);
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        QSignalSpy changed(window.catalogChangeNotifier(), &CatalogChangeNotifier::catalogChanged);
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), PageId::Catalog);
        auto* page = window.findChild<CatalogPage*>();
        QVERIFY(page && page->isVisible());

        QTableView* view = page->view();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, CatalogTableModel::Notes)); // 0911
        QTest::keyClick(view, 'R'); // any key starts editing, as in a spreadsheet
        QWidget* editor = QApplication::focusWidget();
        QVERIFY(qobject_cast<QLineEdit*>(editor));
        QTest::keyClicks(editor, QStringLiteral("etest only"));
        QTest::keyClick(editor, Qt::Key_Return);
        CatalogRepository repo(m_db->connection());
        QTRY_COMPARE(repo.byCode(QStringLiteral("0911"))->notes, QStringLiteral("Retest only"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(1).toStringList(), QStringList{QStringLiteral("0911")});

        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(repo.byCode(QStringLiteral("0911"))->notes, QString());
        QCOMPARE(changed.size(), 2);

        FileDialog::setNextFileName(writeFile(QStringLiteral("next.csv"),
                                              "Code,Title\n0911,Entrepreneur\n8005,Nursing "
                                              "Home Administrator\n"));
        page->findChild<QAction*>(QStringLiteral("catalogImport"))->trigger();
        CatalogImportDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<CatalogImportDialog*>()) && dialog->isVisible());
        QCOMPARE(dialog->summary(), QStringLiteral("0 added · 0 changed · 1 to retire · 2 unchanged"));
        QCOMPARE(
            dialog->findChild<QLabel*>(QStringLiteral("catalogImportKept"))->text(),
            QStringLiteral("Not in this file, so kept as they are: Credentialing body, Testing vendor, Type, "
                           "Program area, Effective, Retired, Vendor badges it, CareerTech badges it, Credly "
                           "template, Notes."));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("catalogImportApply")),
                          Qt::LeftButton);
        QTRY_VERIFY(repo.byCode(QStringLiteral("CMP-1101"))->retiredDate.isValid());
        QCOMPARE(changed.size(), 3);
        QCOMPARE(changed.last().at(1).toStringList(), QStringList{QStringLiteral("CMP-1101")});
        // The list had no template or flag columns: the mappings are untouched.
        QCOMPARE(repo.byCode(QStringLiteral("0911"))->credlyTemplateId, kEntrepreneurTemplate);
        QVERIFY(repo.byCode(QStringLiteral("0911"))->careertechBadges);
    }

    void screenshotsWithTheSampleList()
    {
        // The sample approved list (with its messy cells and one badged entry without a template)
        // and the Practice templates it names, one of them archived.
        SampleDataGenerator::Options options;
        options.month = QDate(2025, 10, 1);
        options.rows = 10;
        SampleDataGenerator generator(options);
        QVERIFY(generator.writeAll(m_dir->path()));
        QList<CredlyTemplate> templates;
        for (const auto& t : generator.badgeTemplates())
            templates << credlyTemplate(t.id, t.name, QStringLiteral("active"));
        templates[1].state = QStringLiteral("archived");
        QVERIFY(CredlyTemplateRepository(m_db->connection())
                    .replaceAll(CredlyEnvironment::Practice, templates, QDateTime::currentDateTimeUtc()));

        CatalogPage page(*m_db);
        page.resize(1280, 640);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        CatalogImportDialog* dialog = page.previewImport(
            m_dir->filePath(SampleDataGenerator::approvedBaseName() + QStringLiteral(".xlsx")));
        QVERIFY(dialog);
        QVERIFY(dialog->diff().added.size() > 500);
        dialog->accept();
        QTRY_VERIFY(page.model()->rowCount() > 500);
        QCOMPARE(page.model()->problemCount(), 2); // the sample's missing template, and the archived one

        // Select the first problem and show its details and history with one edit in it.
        auto* viewFilter = page.findChild<QComboBox*>(QStringLiteral("catalogView"));
        viewFilter->setCurrentIndex(viewFilter->findText(QStringLiteral("Problems only")));
        const QString code = page.view()->model()->index(0, CatalogTableModel::Code).data().toString();
        QVERIFY(page.view()->model()->setData(page.view()->model()->index(0, CatalogTableModel::Notes),
                                              QStringLiteral("Template requested from Credly")));
        viewFilter->setCurrentIndex(0);
        selectCodes(page, {code});
        page.view()->scrollTo(page.view()->currentIndex(), QAbstractItemView::PositionAtCenter);
        QVERIFY(page.details()->findChild<QLabel*>(QStringLiteral("catalogDetailsProblem"))->isVisible());
        QCOMPARE(page.details()->historyModel()->rowCount(), 2);
        saveScreenshot(page, QStringLiteral("catalog-table.png"));
    }

private:
    void seed()
    {
        CatalogRepository repo(m_db->connection());
        QVERIFY(repo.add(entry(QStringLiteral("0911"), QStringLiteral("Entrepreneur"),
                               QStringLiteral("CareerTech Testing Center"), true, kEntrepreneurTemplate),
                         {}) > 0);
        QVERIFY(repo.add(entry(QStringLiteral("8005"), QStringLiteral("Nursing Home Administrator"),
                               QStringLiteral("CareerTech Testing Center"), true, {}),
                         {}) > 0);
        QVERIFY(repo.add(entry(QStringLiteral("CMP-1101"), QStringLiteral("CompTIA A+ Core 1"),
                               QStringLiteral("CompTIA"), false, {}),
                         {}) > 0);
    }

    void seedTemplates()
    {
        QVERIFY(CredlyTemplateRepository(m_db->connection())
                    .replaceAll(
                        CredlyEnvironment::Practice,
                        {credlyTemplate(kEntrepreneurTemplate, QStringLiteral("CTTC - Entrepreneur"),
                                        QStringLiteral("active")),
                         credlyTemplate(kArchivedTemplate, QStringLiteral("CTTC - Welding I"),
                                        QStringLiteral("archived")),
                         credlyTemplate(kNursingTemplate, QStringLiteral("CTTC - Nursing Home Administrator"),
                                        QStringLiteral("active"))},
                        QDateTime::currentDateTimeUtc()));
    }

    void selectCodes(CatalogPage& page, const QStringList& codes)
    {
        QTableView* view = page.view();
        view->clearSelection();
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const QModelIndex index = view->model()->index(r, CatalogTableModel::Code);
            if (codes.contains(index.data().toString())) {
                view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::Select |
                                                                   QItemSelectionModel::Rows);
            }
        }
        QCOMPARE(view->selectionModel()->selectedRows().size(), codes.size());
    }

    void insertCertification(const QString& code)
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO batches(id, month, created_at) VALUES(1, '2026-10', 'now')")));
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO import_files(id, batch_id, file_name, sha256, imported_at) "
                                  "VALUES(1, 1, 'x.csv', 'abc', 'now')")));
        q.prepare(QStringLiteral(
            "INSERT INTO certifications(batch_id, import_file_id, source_row, raw_json, row_key, "
            "assessment_code, updated_at) VALUES(1, 1, 2, '{}', 'k', ?, 'now')"));
        q.addBindValue(code);
        QVERIFY(q.exec());
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return path;
    }

    void saveScreenshot(QWidget& widget, const QString& name)
    {
        const QString path = QDir(m_screenshotDir).filePath(name);
        QFile::remove(path);
        QApplication::processEvents(); // let pending layout requests settle, as the event loop would
        const QImage image = widget.grab().toImage();
        QVERIFY(image.save(path));
        QCOMPARE(QImage(path).size(), widget.size());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_screenshotDir;
};

QTEST_MAIN(TestCatalogPage)
#include "TestCatalogPage.moc"
