// The Import page's wizard, driven through the real MainWindow on files from the sample
// generator and hand-made ones: preview (encoding, sheet, header row), mapping and profiles,
// problems and month, the import off the UI thread, cancel, re-import, errors.
#include "AppIdentity.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "StepPathWidget.h"
#include "import/ImportMappingEditor.h"
#include "import/ImportWizard.h"
#include "importing/ImportJob.h"
#include "pages/ImportPage.h"
#include "reports/CsvWriter.h"
#include "reports/XlsxWorkbookWriter.h"
#include "sample/SampleDataGenerator.h"
#include "storage/BatchRepository.h"
#include "storage/Database.h"
#include "storage/ImportProfileRepository.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>
#include <atomic>
#include <memory>

using namespace badgedesk;

namespace {
QString s(const char* text)
{
    return QString::fromUtf8(text);
}
constexpr int waitMs = 60000;
} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void windows1252CsvWithTitleRowImportsAndEndsInReview();
    void xlsxWithTwoSheetsLetsSheetAndHeaderRowBeChosen();
    void missingRequiredFieldIsNamedAndCanBeMappedAndSaved();
    void cancelMidImportLeavesNothing();
    void reimportSaysWhenAndAsWhichBatchAndAddsNothing();
    void closingDuringImportAsksThenCancels();
    void sameRowsInAnotherFileAddNothing();
    void droppedFileThatIsNotASpreadsheetSaysWhatToDo();

private:
    ImportWizard* wizard() const
    {
        return m_window->findChild<ImportWizard*>(QStringLiteral("importWizard"));
    }
    template <typename T> T* find(const char* name) const
    {
        T* widget = m_window->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no widget %s", name);
        return widget;
    }
    QString message() const { return find<QLabel>("importMessage")->text(); }
    QString messageKind() const
    {
        auto* label = find<QLabel>("importMessage");
        return label->isVisible() ? label->property("kind").toString() : QString();
    }
    bool openWithCtrlO(const QString& path);
    bool waitForPreview();
    bool choose(QComboBox* combo, int index);
    bool clickNext();
    QString sampleCsv(const QString& name, int rows, bool windows1252, bool titleAndTotals);
    qint64 count(const QString& table) const;
    void screenshot(const QString& name);

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<MainWindow> m_window;
    QString m_screenshotDir;
};

void TestImportWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    applyAppIdentity();
    QVERIFY(m_dir.isValid());
    m_screenshotDir = qEnvironmentVariable("BADGEDESK_SCREENSHOT_DIR");
    if (m_screenshotDir.isEmpty())
        m_screenshotDir = QDir::temp().filePath(QStringLiteral("badgedesk-screenshots"));
    QVERIFY(QDir().mkpath(m_screenshotDir));
}

void TestImportWizard::init()
{
    // A fresh database and a first run for every test.
    QSettings().clear();
    static int n = 0;
    m_db.close();
    QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("practice-%1.sqlite").arg(++n))),
             qPrintable(m_db.errorMessage()));
    m_window = std::make_unique<MainWindow>(m_db);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestImportWizard::cleanup()
{
    m_window.reset();
}

bool TestImportWizard::openWithCtrlO(const QString& path)
{
    FileDialog::setNextFileName(path);
    QApplication::setActiveWindow(m_window.get());
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return false;
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    if (m_window->currentPage() != PageId::Import)
        return false;
    return waitForPreview();
}

bool TestImportWizard::waitForPreview()
{
    return QTest::qWaitFor([this] { return !wizard()->isReading(); }, waitMs);
}

// What a user does with the mouse: pick an entry of a combo (activated, not just currentIndex).
bool TestImportWizard::choose(QComboBox* combo, int index)
{
    if (!combo || index < 0 || index >= combo->count())
        return false;
    combo->setCurrentIndex(index);
    emit combo->activated(index);
    return waitForPreview();
}

bool TestImportWizard::clickNext()
{
    auto* next = find<QPushButton>("importNext");
    if (!next->isVisible() || !next->isEnabled())
        return false;
    QTest::mouseClick(next, Qt::LeftButton);
    return true;
}

QString TestImportWizard::sampleCsv(const QString& name, int rows, bool windows1252, bool titleAndTotals)
{
    SampleDataGenerator::Options options;
    options.month = QDate(2026, 10, 1);
    options.rows = rows;
    options.windows1252 = windows1252;
    options.titleAndTotals = titleAndTotals;
    const SampleDataGenerator generator(options);
    const QString path = m_dir.filePath(name);
    QString error;
    if (!SampleDataGenerator::writeCsv(generator.monthlyExport(), path, &error, windows1252))
        qWarning("%s", qPrintable(error));
    return path;
}

qint64 TestImportWizard::count(const QString& table) const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestImportWizard::screenshot(const QString& name)
{
    // Layouts settle (a batch selector that just got a longer name) before the picture.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    const QString path = QDir(m_screenshotDir).filePath(name + QStringLiteral(".png"));
    QFile::remove(path);
    QVERIFY(m_window->grab().save(path));
}

void TestImportWizard::windows1252CsvWithTitleRowImportsAndEndsInReview()
{
    // domain.md 7.2: Excel on Windows saves the CSV in Windows-1252, with a title above the header
    // and a totals line below the rows.
    const QString path = sampleCsv(s("ctims_realtime_2026-10.csv"), 900, true, true);
    QVERIFY(openWithCtrlO(path));
    QCOMPARE(wizard()->step(), ImportWizard::Step::Preview);
    QVERIFY2(wizard()->preview().ok, qPrintable(wizard()->preview().error));

    auto* encoding = find<QComboBox>("importEncoding");
    QVERIFY(encoding->isVisible());
    QCOMPARE(encoding->currentText(), s("Windows-1252"));
    QCOMPARE(find<QLabel>("importEncodingNote")->text(), s("(detected)"));
    QVERIFY(!find<QComboBox>("importSheet")->isVisible());
    QCOMPARE(find<QSpinBox>("importHeaderRow")->value(), 2);
    auto* above = find<QLabel>("importAboveHeader");
    QVERIFY(above->isVisible());
    QVERIFY2(above->text().contains(s("row 1: \"CTIMS")), qPrintable(above->text()));
    QVERIFY2(find<QLabel>("importFileLine")->text().contains(s("header on row 2")),
             qPrintable(find<QLabel>("importFileLine")->text()));

    auto* table = find<QTableView>("importPreviewTable");
    QAbstractItemModel* model = table->model();
    QCOMPARE(model->rowCount(), 200);                                      // the first 200 of 900
    QCOMPARE(model->columnCount(), wizard()->preview().header.size() + 2); // row number, problems
    QCOMPARE(model->index(0, 0).data().toLongLong(), 3);                   // title row 1, header row 2
    QVERIFY(model->headerData(2, Qt::Horizontal).toString().contains(s("→")));
    QVERIFY(find<QLabel>("importPreviewCaption")->text().startsWith(s("The first 200 row")));

    // A cell with an accented letter, read right as Windows-1252.
    int accentRow = -1;
    int accentColumn = -1;
    for (int row = 0; row < model->rowCount() && accentRow < 0; ++row) {
        for (int column = 2; column < model->columnCount(); ++column) {
            const QString text = model->index(row, column).data().toString();
            if (text.contains(QRegularExpression(s("[áéíñóú]")))) {
                accentRow = row;
                accentColumn = column;
                break;
            }
        }
    }
    QVERIFY2(accentRow >= 0, "no accented name in the first 200 rows");
    const QString accented = model->index(accentRow, accentColumn).data().toString();
    screenshot(s("import-1-preview"));

    // Only the rows with problems, on demand.
    int withProblems = 0;
    for (const ImportedRow& row : wizard()->preview().rows)
        withProblems += row.isUnreadable() || !row.problems.isEmpty() ? 1 : 0;
    QVERIFY(withProblems > 0 && withProblems < 200);
    auto* onlyProblems = find<QCheckBox>("importOnlyProblems");
    QVERIFY(onlyProblems->isVisible());
    QCOMPARE(onlyProblems->text(), s("&Only rows with problems (%1)").arg(withProblems));
    onlyProblems->click();
    QCOMPARE(model->rowCount(), withProblems);
    screenshot(s("import-1-preview-problem-rows"));
    onlyProblems->click();
    QCOMPARE(model->rowCount(), 200);

    // The user says it is UTF-8: the preview reloads, and the same cell shows the damage.
    QVERIFY(choose(encoding, encoding->findText(s("UTF-8"))));
    QCOMPARE(wizard()->options().encoding, CsvReader::Encoding::Utf8);
    QCOMPARE(find<QLabel>("importEncodingNote")->text(), s("(your choice)"));
    QVERIFY2(model->index(accentRow, accentColumn).data().toString().contains(QChar(0xFFFD)),
             qPrintable(model->index(accentRow, accentColumn).data().toString()));
    QVERIFY(choose(encoding, encoding->findText(s("Windows-1252"))));
    QCOMPARE(model->index(accentRow, accentColumn).data().toString(), accented);

    // Columns: all needed fields found by their names.
    QVERIFY(clickNext());
    QCOMPARE(wizard()->step(), ImportWizard::Step::Mapping);
    QCOMPARE(messageKind(), QString());
    auto* editor = find<ImportMappingEditor>("importMappingEditor");
    QVERIFY(editor->comboFor(ImportField::Email)->currentData().toInt() >= 0);
    QVERIFY(editor->mapping().isComplete());
    QVERIFY(find<QLabel>("importProfileNote")->text().contains(s("mapped by their names")));
    screenshot(s("import-2-mapping"));

    // Check: problems by kind over the previewed rows, and the month from the entry times.
    QVERIFY(clickNext());
    QCOMPARE(wizard()->step(), ImportWizard::Step::Summary);
    QCOMPARE(find<QDateEdit>("importMonth")->date(), QDate(2026, 10, 1));
    QVERIFY(find<QLabel>("importMonthNote")->text().startsWith(s("detected")));
    auto* problems = find<QTableWidget>("importProblemTable");
    int listed = 0;
    int expected = wizard()->preview().unreadableRows;
    for (int count : wizard()->preview().problemCounts)
        expected += count;
    for (int row = 0; row < problems->rowCount(); ++row)
        listed += problems->item(row, 0)->text().remove(QLatin1Char(',')).toInt();
    QVERIFY(expected > 0); // the sample is messy on purpose
    QCOMPARE(listed, expected);
    QVERIFY(find<QLabel>("importProblemIntro")->text().contains(s("first 200 row")));
    QCOMPARE(find<QPushButton>("importNext")->text(), s("&Import"));
    screenshot(s("import-3-summary"));

    QSignalSpy imported(wizard(), &ImportWizard::batchImported);
    QVERIFY(clickNext());
    QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, waitMs);
    const ImportResult result = wizard()->lastResult();
    QCOMPARE(result.status, ImportResult::Status::Imported);
    QCOMPARE(result.rowsRead, 900); // the totals line is not a row
    QCOMPARE(result.month, s("2026-10"));
    QCOMPARE(result.encodingName, s("Windows-1252"));
    QCOMPARE(result.headerRowNumber, 2);
    QCOMPARE(result.rowsAdded + result.rowsAlreadyPresent + result.rowsUnreadable, result.rowsRead);

    // The wizard ends on the new batch, in Review.
    QCOMPARE(m_window->currentPage(), PageId::Review);
    QCOMPARE(m_window->currentBatch(), result.batchId);
    const auto batches = BatchRepository(m_db.connection()).all();
    QCOMPARE(batches.size(), 1);
    QCOMPARE(batches.first().id, result.batchId);
    QCOMPARE(batches.first().month, s("2026-10"));
    QCOMPARE(batches.first().rows, result.rowsAdded);
    auto* selector = find<QComboBox>("batchSelector");
    QVERIFY(selector->isEnabled());
    QVERIFY2(selector->currentText().contains(s("ctims_realtime_2026-10.csv")),
             qPrintable(selector->currentText()));
    QCOMPARE(m_window->statusBar()->currentMessage(), result.message);
    QVERIFY(!find<QProgressBar>("statusImportProgress")->isVisible());

    m_window->setCurrentPage(PageId::Import);
    QCOMPARE(wizard()->step(), ImportWizard::Step::Done);
    QVERIFY(find<QLabel>("importDoneTitle")->text().contains(QString::number(result.batchId)));
    screenshot(s("import-5-done"));
}

void TestImportWizard::xlsxWithTwoSheetsLetsSheetAndHeaderRowBeChosen()
{
    // A workbook whose first sheet is a note and whose second holds the export under a title row.
    SampleDataGenerator::Options options;
    options.month = QDate(2026, 11, 1);
    options.rows = 300;
    const SampleDataGenerator::Table table = SampleDataGenerator(options).monthlyExport();
    const QString path = m_dir.filePath(s("ctims_realtime_2026-11.xlsx"));
    {
        XlsxWorkbookWriter writer(path);
        QVERIFY(writer.addWorksheet(s("Read me")));
        QVERIFY(writer.writeString(0, 0, s("Exported from CTIMS for the badging specialist.")));
        QVERIFY(writer.writeString(1, 0, s("The data is on the next sheet.")));
        QVERIFY(writer.addWorksheet(s("Real-Time Certifications")));
        QVERIFY(writer.writeTitle(0, 0, 5, s("CTIMS Real-Time Certifications, November 2026")));
        QVERIFY(writer.writeHeader(1, table.header));
        for (int row = 0; row < table.rows.size(); ++row) {
            for (int column = 0; column < table.rows.at(row).size(); ++column)
                QVERIFY(writer.writeString(row + 2, column, table.rows.at(row).at(column)));
        }
        QVERIFY2(writer.close(), qPrintable(writer.errorMessage()));
    }

    QVERIFY(openWithCtrlO(path));
    QVERIFY2(wizard()->preview().ok, qPrintable(wizard()->preview().error));
    auto* sheet = find<QComboBox>("importSheet");
    QVERIFY(sheet->isVisible());
    QVERIFY(!find<QComboBox>("importEncoding")->isVisible());
    QCOMPARE(sheet->count(), 2);
    QCOMPARE(sheet->itemText(0), s("Read me"));
    QCOMPARE(sheet->currentText(), s("Real-Time Certifications")); // picked by its header
    QCOMPARE(find<QSpinBox>("importHeaderRow")->value(), 2);
    QCOMPARE(find<QTableView>("importPreviewTable")->model()->rowCount(), 200);
    screenshot(s("import-1-preview-xlsx"));

    // The note sheet has no header: said on the page, and Next waits.
    QVERIFY(choose(sheet, 0));
    QCOMPARE(wizard()->step(), ImportWizard::Step::Preview);
    QCOMPARE(messageKind(), s("error"));
    QVERIFY2(message().contains(s("Read me")), qPrintable(message()));
    QVERIFY2(message().endsWith(
                 s("The workbook has other sheets (Real-Time Certifications): choose one under Sheet.")),
             qPrintable(message()));
    QVERIFY(!find<QPushButton>("importNext")->isEnabled());
    QCOMPARE(find<QSpinBox>("importHeaderRow")->value(), 0);
    QCOMPARE(find<QSpinBox>("importHeaderRow")->text(), s("none found"));
    screenshot(s("import-sheet-without-header"));
    QVERIFY(choose(sheet, 1));
    QCOMPARE(messageKind(), QString());
    QCOMPARE(wizard()->preview().sheetName, s("Real-Time Certifications"));

    // Header row 1 is the title: nothing maps, and the mapping step names what is missing.
    auto* headerRow = find<QSpinBox>("importHeaderRow");
    headerRow->setValue(1);
    QVERIFY(waitForPreview());
    QCOMPARE(wizard()->preview().headerRowNumber, 1);
    QVERIFY(!wizard()->preview().missingRequired.isEmpty());
    QVERIFY(clickNext());
    QCOMPARE(wizard()->step(), ImportWizard::Step::Mapping);
    QCOMPARE(messageKind(), s("error"));
    QVERIFY2(message().contains(s("Email")), qPrintable(message()));
    QVERIFY(!find<QPushButton>("importNext")->isEnabled());
    QTest::mouseClick(find<QPushButton>("importBack"), Qt::LeftButton);
    QCOMPARE(wizard()->step(), ImportWizard::Step::Preview);
    QTest::mouseClick(find<QPushButton>("importDetectHeader"), Qt::LeftButton);
    QVERIFY(waitForPreview());
    QCOMPARE(headerRow->value(), 2);
    QVERIFY(wizard()->preview().missingRequired.isEmpty());

    QVERIFY(clickNext());
    QVERIFY(clickNext());
    QCOMPARE(find<QDateEdit>("importMonth")->date(), QDate(2026, 11, 1));
    QSignalSpy finished(wizard(), &ImportWizard::importFinished);
    QVERIFY(clickNext());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, waitMs);
    QCOMPARE(wizard()->lastResult().status, ImportResult::Status::Imported);
    QCOMPARE(wizard()->lastResult().sheetName, s("Real-Time Certifications"));
    QCOMPARE(wizard()->lastResult().rowsRead, 300);
    QCOMPARE(m_window->currentBatch(), wizard()->lastResult().batchId);
}

void TestImportWizard::missingRequiredFieldIsNamedAndCanBeMappedAndSaved()
{
    // The email column has a name no synonym knows.
    const QList<QStringList> rows{
        {s("Entry ID"), s("Entry Date"), s("Student ID"), s("First Name"), s("Last Name"), s("Reach At"),
         s("Assessment Code"), s("Test Date"), s("Result")},
        {s("E-1001"), s("10/02/2026 09:15:00 AM"), s("4410001"), s("Ana"), s("Lopez"),
         s("ana.lopez@example.com"), s("0911"), s("10/01/2026"), s("Pass")},
        {s("E-1002"), s("10/03/2026 10:20:00 AM"), s("4410002"), s("Ben"), s("Ortiz"),
         s("ben.ortiz@example.org"), s("1204"), s("10/02/2026"), s("Pass")},
        {s("E-1003"), s("10/04/2026 11:25:00 AM"), s("4410003"), s("Cara"), s("Nguyen"),
         s("cara@example.test"), s("0911"), s("10/03/2026"), s("Pass")},
    };
    const QString path = m_dir.filePath(s("october_contact.csv"));
    CsvWriter writer;
    QVERIFY2(writer.writeFile(path, rows), qPrintable(writer.errorMessage()));

    QVERIFY(openWithCtrlO(path));
    QCOMPARE(wizard()->preview().missingRequired, QStringList{s("Email")});
    QVERIFY(clickNext());
    QCOMPARE(wizard()->step(), ImportWizard::Step::Mapping);
    QCOMPARE(messageKind(), s("error"));
    QVERIFY2(message().contains(s("Email")), qPrintable(message()));
    auto* next = find<QPushButton>("importNext");
    QVERIFY(!next->isEnabled());
    QVERIFY2(next->toolTip().contains(s("Email")), qPrintable(next->toolTip()));
    QCOMPARE(find<ImportMappingEditor>("importMappingEditor")->missingFields(),
             QList<ImportField>{ImportField::Email});
    screenshot(s("import-2-mapping-missing-field"));

    // The user points Email at the "Reach At" column (F): the preview reloads, complete.
    auto* email = find<ImportMappingEditor>("importMappingEditor")->comboFor(ImportField::Email);
    QVERIFY(choose(email, email->findData(5)));
    QCOMPARE(email->currentText(), s("F: Reach At"));
    QVERIFY(wizard()->preview().missingRequired.isEmpty());
    QVERIFY(find<ImportMappingEditor>("importMappingEditor")->missingFields().isEmpty());
    QCOMPARE(messageKind(), QString());
    QVERIFY(next->isEnabled());

    // Saved as a profile, by name.
    QTest::keyClicks(find<QLineEdit>("importProfileName"), s("CTIMS with Reach At"));
    QTest::mouseClick(find<QPushButton>("importSaveProfile"), Qt::LeftButton);
    QCOMPARE(messageKind(), s("info"));
    const auto saved = ImportProfileRepository(m_db.connection()).byName(s("CTIMS with Reach At"));
    QVERIFY(saved);
    QCOMPARE(saved->columns.value(ImportField::Email), s("Reach At"));

    QVERIFY(clickNext());
    QSignalSpy finished(wizard(), &ImportWizard::importFinished);
    QVERIFY(clickNext());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, waitMs);
    QCOMPARE(wizard()->lastResult().status, ImportResult::Status::Imported);
    QCOMPARE(wizard()->lastResult().rowsAdded, 3);
    QCOMPARE(wizard()->lastResult().profileName, s("CTIMS with Reach At"));

    // Next month's file with the same columns: the profile is picked by itself.
    QList<QStringList> november = rows;
    november[1][0] = s("E-2001");
    november[1][1] = s("11/02/2026 09:15:00 AM");
    november.removeLast();
    const QString next2 = m_dir.filePath(s("november_contact.csv"));
    QVERIFY(writer.writeFile(next2, november));
    QVERIFY(openWithCtrlO(next2));
    QCOMPARE(wizard()->preview().profileName, s("CTIMS with Reach At"));
    QVERIFY(wizard()->preview().missingRequired.isEmpty());
    QVERIFY(clickNext());
    QVERIFY2(find<QLabel>("importProfileNote")->text().contains(s("\"CTIMS with Reach At\"")),
             qPrintable(find<QLabel>("importProfileNote")->text()));
    QCOMPARE(email->currentText(), s("F: Reach At"));
    screenshot(s("import-2-mapping-profile"));
}

void TestImportWizard::cancelMidImportLeavesNothing()
{
    const QString path = sampleCsv(s("ctims_realtime_big.csv"), 3000, false, false);
    // The worker stops at its first progress report until Cancel has been pressed.
    QSemaphore reached;
    std::atomic_bool first{true};
    wizard()->setWorkerProgressHook([&](qint64, const ImportJob& job) {
        if (first.exchange(false)) {
            reached.release();
            while (!job.isCancelRequested())
                QThread::yieldCurrentThread();
        }
    });
    QVERIFY(openWithCtrlO(path));
    QVERIFY(clickNext());
    QVERIFY(clickNext());
    QVERIFY(clickNext());
    QCOMPARE(wizard()->step(), ImportWizard::Step::Running);
    QVERIFY(wizard()->isImporting());
    QVERIFY(QTest::qWaitFor([&] { return reached.available() > 0; }, waitMs));

    // Progress on the page and mirrored in the status bar.
    auto* progressText = find<QLabel>("importProgressText");
    QTRY_VERIFY_WITH_TIMEOUT(progressText->text().contains(s("250 row")), waitMs);
    QVERIFY(find<QProgressBar>("importProgress")->value() > 0);
    auto* statusLabel = find<QLabel>("statusImportLabel");
    auto* statusProgress = find<QProgressBar>("statusImportProgress");
    QVERIFY(statusLabel->isVisible() && statusProgress->isVisible());
    QVERIFY2(statusLabel->text().startsWith(s("Importing ctims_realtime_big.csv: 250 row")),
             qPrintable(statusLabel->text()));
    QCOMPARE(statusProgress->value(), find<QProgressBar>("importProgress")->value());
    screenshot(s("import-4-progress"));

    // Another page meanwhile: the status bar still tells.
    m_window->setCurrentPage(PageId::Catalog);
    QVERIFY(statusProgress->isVisible());
    m_window->setCurrentPage(PageId::Import);

    QSignalSpy finished(wizard(), &ImportWizard::importFinished);
    QTest::mouseClick(find<QPushButton>("importCancel"), Qt::LeftButton);
    QVERIFY(!find<QPushButton>("importCancel")->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, waitMs);
    QCOMPARE(wizard()->lastResult().status, ImportResult::Status::Cancelled);
    QCOMPARE(wizard()->step(), ImportWizard::Step::Summary);
    QCOMPARE(messageKind(), s("info"));
    QCOMPARE(message(), s("Import cancelled. Nothing was imported."));
    QVERIFY(!statusProgress->isVisible());
    QCOMPARE(m_window->currentPage(), PageId::Import);
    QCOMPARE(m_window->currentBatch(), 0);
    QVERIFY(BatchRepository(m_db.connection()).all().isEmpty());
    QCOMPARE(count(s("certifications")), 0);
    QCOMPARE(count(s("import_files")), 0);
    QCOMPARE(count(s("batches")), 0);

    // And the same choices can be imported right after.
    wizard()->setWorkerProgressHook({});
    QVERIFY(clickNext());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, waitMs);
    QCOMPARE(wizard()->lastResult().status, ImportResult::Status::Imported);
    QCOMPARE(wizard()->lastResult().rowsRead, 3000);
}

void TestImportWizard::sameRowsInAnotherFileAddNothing()
{
    // October's CSV, then the same rows saved as a workbook: another file, nothing new in it.
    SampleDataGenerator::Options options;
    options.month = QDate(2026, 10, 1);
    options.rows = 150;
    const SampleDataGenerator::Table table = SampleDataGenerator(options).monthlyExport();
    const QString csv = m_dir.filePath(s("october.csv"));
    const QString xlsx = m_dir.filePath(s("october-resaved.xlsx"));
    QString error;
    QVERIFY2(SampleDataGenerator::writeCsv(table, csv, &error), qPrintable(error));
    QVERIFY2(SampleDataGenerator::writeXlsx(table, xlsx, s("Export"), QDateTime(), false, &error),
             qPrintable(error));

    QSignalSpy finished(wizard(), &ImportWizard::importFinished);
    QVERIFY(openWithCtrlO(csv));
    QVERIFY(clickNext());
    QVERIFY(clickNext());
    QVERIFY(clickNext());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, waitMs);
    const qint64 batch = wizard()->lastResult().batchId;
    const qint64 rows = count(s("certifications"));

    QVERIFY(openWithCtrlO(xlsx));
    QVERIFY(!wizard()->preview().previousImport); // another file (hash)
    QVERIFY(clickNext());
    QVERIFY(clickNext());
    QVERIFY(clickNext());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, waitMs);
    QCOMPARE(wizard()->lastResult().status, ImportResult::Status::NothingNew);
    QCOMPARE(wizard()->step(), ImportWizard::Step::Done);
    QCOMPARE(find<QLabel>("importDoneTitle")->text(), s("Nothing added"));
    QVERIFY2(find<QLabel>("importDoneText")
                 ->text()
                 .startsWith(s("Every row of october-resaved.xlsx was already "
                               "imported (batch %1: ")
                                 .arg(batch)),
             qPrintable(find<QLabel>("importDoneText")->text()));
    QCOMPARE(m_window->currentPage(), PageId::Import); // nothing new to review
    QCOMPARE(m_window->statusBar()->currentMessage(), wizard()->lastResult().message);
    QCOMPARE(count(s("batches")), 1);
    QCOMPARE(count(s("certifications")), rows);
}

void TestImportWizard::closingDuringImportAsksThenCancels()
{
    const QString path = sampleCsv(s("ctims_realtime_closing.csv"), 1500, false, false);
    QSemaphore reached;
    std::atomic_bool first{true};
    wizard()->setWorkerProgressHook([&](qint64, const ImportJob& job) {
        if (first.exchange(false)) {
            reached.release();
            while (!job.isCancelRequested())
                QThread::yieldCurrentThread();
        }
    });
    QVERIFY(openWithCtrlO(path));
    QVERIFY(clickNext());
    QVERIFY(clickNext());
    QVERIFY(clickNext());
    QVERIFY(QTest::qWaitFor([&] { return reached.available() > 0; }, waitMs));

    // Not now: the window stays and the import goes on.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    QVERIFY2(MessageBox::lastQuestion().contains(s("An import is still running")),
             qPrintable(MessageBox::lastQuestion()));
    QVERIFY(m_window->isVisible());
    QVERIFY(wizard()->isImporting());

    // Yes: the import is cancelled, waited for, and the window closes with nothing written.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(m_window->close());
    QVERIFY(!m_window->isVisible());
    m_window.reset();
    QCOMPARE(count(s("batches")), 0);
    QCOMPARE(count(s("certifications")), 0);
    QCOMPARE(count(s("import_files")), 0);
}

void TestImportWizard::reimportSaysWhenAndAsWhichBatchAndAddsNothing()
{
    const QString path = sampleCsv(s("ctims_realtime_2026-10.csv"), 120, false, false);
    QVERIFY(openWithCtrlO(path));
    QVERIFY(clickNext());
    QVERIFY(clickNext());
    QSignalSpy finished(wizard(), &ImportWizard::importFinished);
    QVERIFY(clickNext());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, waitMs);
    const qint64 batch = wizard()->lastResult().batchId;
    QVERIFY(batch > 0);
    const qint64 rows = count(s("certifications"));
    QCOMPARE(rows, wizard()->lastResult().rowsAdded);

    m_window->setCurrentPage(PageId::Dashboard);
    QVERIFY(openWithCtrlO(path));
    QCOMPARE(wizard()->step(), ImportWizard::Step::Preview);
    QVERIFY(wizard()->preview().previousImport);
    QCOMPARE(messageKind(), s("warning"));
    QVERIFY2(message().contains(s("was already imported on ")), qPrintable(message()));
    QVERIFY2(message().contains(s("as batch %1 (month 2026-10").arg(batch)), qPrintable(message()));
    QVERIFY2(message().contains(s("would add nothing")), qPrintable(message()));
    auto* next = find<QPushButton>("importNext");
    QVERIFY(!next->isEnabled());
    QVERIFY(next->toolTip().contains(s("imported before")));
    auto* open = find<QPushButton>("importOpenPrevious");
    QVERIFY(open->isVisible());
    QCOMPARE(open->text(), s("Open batch %1 in Review").arg(batch));
    screenshot(s("import-reimport"));

    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(m_window->currentPage(), PageId::Review);
    QCOMPARE(m_window->currentBatch(), batch);
    QCOMPARE(count(s("batches")), 1);
    QCOMPARE(count(s("import_files")), 1);
    QCOMPARE(count(s("certifications")), rows);
}

void TestImportWizard::droppedFileThatIsNotASpreadsheetSaysWhatToDo()
{
    m_window->setCurrentPage(PageId::Import);
    auto* page = find<ImportPage>("importPage");
    QString hintWhileDragging;
    const auto drop = [page, &hintWhileDragging](const QString& path) {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(page, &enter);
        if (!enter.isAccepted())
            return false;
        // While over the page it says what a drop does (unless an error is still showing).
        auto* hint = page->findChild<QLabel*>(QStringLiteral("importMessage"));
        hintWhileDragging = hint->isVisible() ? hint->text() : QString();
        QDropEvent dropped(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(page, &dropped);
        return dropped.isAccepted();
    };

    const QString pdf = m_dir.filePath(s("october_report.pdf"));
    {
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.7\n\x00\x01\x02\x03 binary");
    }
    QVERIFY(drop(pdf));
    QCOMPARE(hintWhileDragging,
             s("Drop october_report.pdf to preview it. Nothing is imported before you confirm."));
    QVERIFY(waitForPreview());
    QCOMPARE(wizard()->step(), ImportWizard::Step::ChooseFile);
    QCOMPARE(messageKind(), s("error"));
    QCOMPARE(message(),
             s("october_report.pdf is not a CSV file or an Excel workbook (.xlsx), so BadgeDesk cannot "
               "read it. Export the month from CTIMS as CSV or Excel and choose that file."));
    QVERIFY(page->findChild<QPushButton*>(s("emptyStateAction"))->isVisible());
    screenshot(s("import-not-a-spreadsheet"));

    // An empty export: said, with what to do, on the first step.
    const QString empty = m_dir.filePath(s("empty.csv"));
    {
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QVERIFY(drop(empty));
    QVERIFY(hintWhileDragging.contains(s("october_report.pdf is not a CSV file"))); // the error stays
    QVERIFY(waitForPreview());
    QCOMPARE(wizard()->step(), ImportWizard::Step::ChooseFile);
    QCOMPARE(messageKind(), s("error"));
    QVERIFY2(message().contains(s("empty.csv")), qPrintable(message()));

    // Ctrl+O answered with Cancel changes nothing.
    FileDialog::setNextFileName(QString());
    m_window->findChild<QAction*>(QStringLiteral("actionImport"))->trigger();
    QCOMPARE(wizard()->step(), ImportWizard::Step::ChooseFile);
    QVERIFY(!wizard()->isReading());

    // A good file dropped on the page goes to its preview.
    QVERIFY(drop(sampleCsv(s("dropped.csv"), 50, false, false)));
    QVERIFY(waitForPreview());
    QCOMPARE(wizard()->step(), ImportWizard::Step::Preview);
    QCOMPARE(messageKind(), QString());
    QCOMPARE(find<QTableView>("importPreviewTable")->model()->rowCount(), 50);
    QVERIFY(find<QLabel>("importPreviewCaption")->text().startsWith(s("All 50 row")));
}

QTEST_MAIN(TestImportWizard)
#include "TestImportWizard.moc"
