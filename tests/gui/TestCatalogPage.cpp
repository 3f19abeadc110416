#include "EmptyStateWidget.h"
#include "catalog/CatalogTableModel.h"
#include "pages/CatalogPage.h"
#include "storage/CatalogRepository.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace badgedesk;

namespace {

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

} // namespace

class TestCatalogPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

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

    void emptyCatalogShowsTheEmptyState()
    {
        CatalogPage page(*m_db);
        page.resize(1000, 600);
        page.show();
        QVERIFY(page.emptyState()->isVisible());
        QVERIFY(!page.findChild<QWidget*>(QStringLiteral("catalogContent"))->isVisible());
        QCOMPARE(page.emptyState()->title(), QStringLiteral("The approved-assessment list is empty"));
    }

    void editUndoRedoAndBulkRetire()
    {
        seed();
        CatalogPage page(*m_db);
        page.resize(1100, 500);
        page.show();
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!page.emptyState()->isVisible());
        auto* summary = page.findChild<QLabel*>(QStringLiteral("catalogSummary"));
        QCOMPARE(summary->text(),
                 QStringLiteral("3 assessments · 1 need a Credly template or a fix (hover the red codes)"));

        // Edit a title in place through the view's editor, as the specialist would.
        QTableView* view = page.view();
        const QModelIndex title = view->model()->index(0, CatalogTableModel::Title); // sorted by code: 0911
        QCOMPARE(view->model()->index(0, CatalogTableModel::Code).data().toString(), QStringLiteral("0911"));
        view->setCurrentIndex(title);
        view->edit(title);
        auto* editor = view->findChild<QLineEdit*>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Entrepreneurship"));
        QTest::keyClick(editor, Qt::Key_Return);
        CatalogRepository repo(m_db->connection());
        QTRY_COMPARE(repo.byCode(QStringLiteral("0911"))->title, QStringLiteral("Entrepreneurship"));
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
        QVERIFY(!templateCell.data(CatalogTableModel::ProblemRole).toString().isEmpty());
        QVERIFY(view->model()->setData(templateCell, QStringLiteral("0d6f3c1e-52a8-4a52-9a3e-5f7f0c0b1a11")));
        QCOMPARE(summary->text(), QStringLiteral("3 assessments"));

        // Bulk: retire two selected rows in one step, undo brings both back.
        view->selectionModel()->select(view->model()->index(0, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->select(view->model()->index(2, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        page.findChild<QAction*>(QStringLiteral("catalogRetire"))->trigger();
        QCOMPARE(repo.byCode(QStringLiteral("0911"))->retiredDate, QDate::currentDate());
        QCOMPARE(repo.byCode(QStringLiteral("CMP-1101"))->retiredDate, QDate::currentDate());
        QVERIFY(!repo.byCode(QStringLiteral("8005"))->retiredDate.isValid());
        QCOMPARE(page.undoStack()->count(), 3);
        undo->trigger();
        QVERIFY(!repo.byCode(QStringLiteral("0911"))->retiredDate.isValid());
        QVERIFY(!repo.byCode(QStringLiteral("CMP-1101"))->retiredDate.isValid());

        // Every step is in the history, undo steps included.
        const auto history = repo.history(QStringLiteral("0911"));
        QCOMPARE(history.last().kind, QStringLiteral("undo"));
        QCOMPARE(history.last().field, QStringLiteral("retired_date"));

        saveScreenshot(page, QStringLiteral("catalog-table.png"));
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

    void searchFilters()
    {
        seed();
        CatalogPage page(*m_db);
        page.show();
        auto* search = page.findChild<QLineEdit*>(QStringLiteral("catalogSearch"));
        QTest::keyClicks(search, QStringLiteral("comptia"));
        QCOMPARE(page.view()->model()->rowCount(), 1);
        QCOMPARE(page.view()->model()->index(0, CatalogTableModel::Code).data().toString(),
                 QStringLiteral("CMP-1101"));
        search->clear();
        QCOMPARE(page.view()->model()->rowCount(), 3);
    }

private:
    void seed()
    {
        CatalogRepository repo(m_db->connection());
        QVERIFY(repo.add(entry(QStringLiteral("0911"), QStringLiteral("Entrepreneur"),
                               QStringLiteral("CareerTech Testing Center"), true,
                               QStringLiteral("cfaf2910-ea5f-46f1-89a5-db525dad6e58")),
                         {}) > 0);
        QVERIFY(repo.add(entry(QStringLiteral("8005"), QStringLiteral("Nursing Home Administrator"),
                               QStringLiteral("CareerTech Testing Center"), true, {}),
                         {}) > 0);
        QVERIFY(repo.add(entry(QStringLiteral("CMP-1101"), QStringLiteral("CompTIA A+ Core 1"),
                               QStringLiteral("CompTIA"), false, {}),
                         {}) > 0);
    }

    static void saveScreenshot(QWidget& widget, const QString& name)
    {
        QString dir = qEnvironmentVariable("BADGEDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            dir = QDir::temp().filePath(QStringLiteral("badgedesk-screenshots"));
        QVERIFY(QDir().mkpath(dir));
        const QImage image = widget.grab().toImage();
        QVERIFY(image.save(QDir(dir).filePath(name)));
        QCOMPARE(QImage(QDir(dir).filePath(name)).size(), widget.size());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_MAIN(TestCatalogPage)
#include "TestCatalogPage.moc"
