#pragma once

#include "importing/ImportOptions.h"
#include "importing/ImportPreview.h"
#include "importing/ImportResult.h"

#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QThread;

namespace badgedesk {

class Database;
class EmptyStateWidget;
class ImportJob;
class ImportMappingEditor;
class ImportPreviewModel;

// The Import page's wizard (issue 3 item 6): pick or drop a file; preview its first 200 rows with
// the encoding, sheet and header row it was read with (each changeable, the preview reloads);
// map the columns (a saved profile is picked automatically; the mapping can be saved as one);
// check the problems and the month; import off the UI thread with progress, ETA and Cancel.
// Nothing is written before the import itself, which is all or nothing (Importer::run).
//
// Reading a preview and importing both run in worker threads through ImportJob, each with its
// own database connection; the UI stays responsive and a newer preview simply replaces an older
// one still on its way.
class ImportWizard : public QWidget
{
    Q_OBJECT
public:
    enum class Step
    {
        ChooseFile,
        Preview,
        Mapping,
        Summary,
        Running,
        Done,
    };

    explicit ImportWizard(Database& db, QWidget* parent = nullptr);
    ~ImportWizard() override;

    Step step() const { return m_step; }
    bool isImporting() const { return m_step == Step::Running; }
    // A preview is being read.
    bool isReading() const { return m_reading; }
    const ImportPreview& preview() const { return m_preview; }
    // What the next preview or import uses (the wizard's choices so far).
    const ImportOptions& options() const { return m_options; }
    const ImportResult& lastResult() const { return m_result; }

    // For tests: runs in the import's worker thread at each progress report (every 250 rows), so
    // a test can hold the import at a known point (until job.isCancelRequested(), say) while it
    // presses Cancel or closes the window.
    using WorkerHook = std::function<void(qint64 rowsRead, const ImportJob& job)>;
    void setWorkerProgressHook(WorkerHook hook) { m_workerHook = std::move(hook); }

public slots:
    // The file dialog (FileDialog seam), starting in the folder used last.
    void chooseFile();
    void openFile(const QString& path);
    void goNext();
    void goBack();
    void cancelImport();
    // Closing while importing: cancels and waits for the worker, so nothing is left half done.
    void cancelAndWait();
    // While a file is dragged over the page: says what dropping it does (empty: the drag left).
    void showDropHint(const QString& fileName);

signals:
    // A new batch holds the file's rows: the window selects it and shows Review.
    void batchImported(qint64 batchId, const QString& message);
    // "Open batch N in Review" after a file that was already imported.
    void batchRequested(qint64 batchId);
    // While importing: a line for the status bar and the percent done; percent -1 when it ended.
    void importProgress(const QString& text, int percent);
    void previewUpdated();
    void importFinished(const badgedesk::ImportResult& result);
    void stepChanged(badgedesk::ImportWizard::Step step);

private:
    QWidget* createStepBar();
    QWidget* createChooseStep();
    QWidget* createPreviewStep();
    QWidget* createMappingStep();
    QWidget* createSummaryStep();
    QWidget* createRunningStep();
    QWidget* createDoneStep();

    void setStep(Step step);
    void updateNavigation();
    void showMessage(const QString& text, const QString& kind); // kind: "error", "warning", "info"
    void clearMessage();

    QThread* startJob(ImportJob* job, bool run);
    void requestPreview();
    void applyPreview(const ImportPreview& preview);
    void showFileLine();
    void showPreviewControls();
    void showMappingState();
    void showSummary();

    void encodingChosen(int index);
    void sheetChosen(int index);
    void headerRowChosen(int row);
    void mappingEdited(const ColumnMapping& mapping);
    void saveProfile();

    void startImport();
    void showProgress(qint64 rowsRead, qint64 bytesRead, qint64 bytesTotal);
    void importDone(const ImportResult& result);
    void finishImportJob();

    Database& m_db;
    Step m_step = Step::ChooseFile;
    ImportOptions m_options;
    ImportPreview m_preview;
    ImportResult m_result;
    bool m_reading = false;
    bool m_newFile = false; // the preview on its way is a new file's first
    quint64 m_previewGeneration = 0;
    bool m_monthChosen = false;
    bool m_showingDropHint = false;
    QList<QPointer<QThread>> m_threads;
    ImportJob* m_importJob = nullptr; // owned; lives in m_importThread while it runs
    QPointer<QThread> m_importThread;
    QElapsedTimer m_importClock;
    WorkerHook m_workerHook;

    QList<QLabel*> m_stepLabels;
    QLabel* m_fileLine = nullptr;
    QLabel* m_message = nullptr;
    QStackedWidget* m_stack = nullptr;
    QPushButton* m_otherFile = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;

    EmptyStateWidget* m_emptyState = nullptr;

    QWidget* m_encodingBox = nullptr;
    QWidget* m_sheetBox = nullptr;
    QLabel* m_encodingLabel = nullptr;
    QComboBox* m_encoding = nullptr;
    QLabel* m_encodingNote = nullptr;
    QLabel* m_sheetLabel = nullptr;
    QComboBox* m_sheet = nullptr;
    QSpinBox* m_headerRow = nullptr;
    QPushButton* m_detectHeader = nullptr;
    QLabel* m_aboveHeader = nullptr;
    QTableView* m_previewView = nullptr;
    ImportPreviewModel* m_previewModel = nullptr;
    QLabel* m_previewCaption = nullptr;
    QCheckBox* m_onlyProblems = nullptr;
    QPushButton* m_openPrevious = nullptr;

    QLabel* m_profileNote = nullptr;
    ImportMappingEditor* m_mappingEditor = nullptr;
    QLineEdit* m_profileName = nullptr;
    QPushButton* m_saveProfile = nullptr;

    QDateEdit* m_month = nullptr;
    QLabel* m_monthNote = nullptr;
    QLabel* m_problemIntro = nullptr;
    QTableWidget* m_problemTable = nullptr;

    QLabel* m_runningTitle = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressText = nullptr;
    QPushButton* m_cancel = nullptr;

    QLabel* m_doneTitle = nullptr;
    QLabel* m_doneText = nullptr;
    QPushButton* m_openBatch = nullptr;
    QPushButton* m_importAnother = nullptr;
    qint64 m_doneBatch = 0;
};

} // namespace badgedesk
