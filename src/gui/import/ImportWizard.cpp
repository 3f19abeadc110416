#include "ImportWizard.h"
#include "ThemeColors.h"

#include "EmptyStateWidget.h"
#include "FileDialog.h"
#include "ImportMappingEditor.h"
#include "ImportPreviewModel.h"
#include "importing/ImportJob.h"
#include "importing/ImportProfile.h"
#include "storage/Database.h"
#include "storage/ImportProfileRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>
#include <utility>

namespace badgedesk {

namespace {
const auto lastDirectoryKey = QStringLiteral("import/lastDirectory");

// The steps the bar at the top names; Running and Done share the last one.
const int stepBarCount = 5;

QString problemTitle(ImportProblemKind kind)
{
    switch (kind) {
    case ImportProblemKind::DateAmbiguous:
        return ImportWizard::tr("Ambiguous date");
    case ImportProblemKind::DateInvalid:
        return ImportWizard::tr("Not a date");
    case ImportProblemKind::DateSerial:
        return ImportWizard::tr("Excel serial date");
    case ImportProblemKind::IdScientific:
        return ImportWizard::tr("ID in scientific notation");
    case ImportProblemKind::CodeZerosRestored:
        return ImportWizard::tr("Code zeros restored");
    case ImportProblemKind::EmailMissing:
        return ImportWizard::tr("No email");
    case ImportProblemKind::EmailInvalid:
        return ImportWizard::tr("Invalid email");
    case ImportProblemKind::EmailMultiple:
        return ImportWizard::tr("Several emails");
    case ImportProblemKind::NameMissing:
        return ImportWizard::tr("Name missing");
    case ImportProblemKind::CodeMissing:
        return ImportWizard::tr("No assessment code");
    case ImportProblemKind::DateMissing:
        return ImportWizard::tr("No date");
    case ImportProblemKind::ResultUnknown:
        return ImportWizard::tr("Unknown result");
    case ImportProblemKind::ScoreInvalid:
        return ImportWizard::tr("Score not a number");
    case ImportProblemKind::TextMojibake:
        return ImportWizard::tr("Garbled text repaired");
    case ImportProblemKind::LanguageUnknown:
        return ImportWizard::tr("Unknown language");
    }
    return {};
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString delimiterName(QChar delimiter)
{
    if (delimiter == QLatin1Char(','))
        return ImportWizard::tr("comma-separated");
    if (delimiter == QLatin1Char(';'))
        return ImportWizard::tr("semicolon-separated");
    if (delimiter == QLatin1Char('\t'))
        return ImportWizard::tr("tab-separated");
    return {};
}

QString durationText(qint64 seconds)
{
    if (seconds < 60)
        return ImportWizard::tr("about %n s left", nullptr, int(qMax<qint64>(1, seconds)));
    return ImportWizard::tr("about %n min left", nullptr, int((seconds + 30) / 60));
}

QLabel* wrappedLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

ImportWizard::ImportWizard(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("importWizard"));
    qRegisterMetaType<badgedesk::ImportResult>();
    qRegisterMetaType<badgedesk::ImportPreview>();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createStepBar());

    m_fileLine = wrappedLabel(QStringLiteral("importFileLine"), this);
    QFont bold = m_fileLine->font();
    bold.setBold(true);
    m_fileLine->setFont(bold);
    layout->addWidget(m_fileLine);

    m_message = wrappedLabel(QStringLiteral("importMessage"), this);
    m_message->setContentsMargins(10, 8, 10, 8);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("importSteps"));
    m_stack->addWidget(createChooseStep());
    m_stack->addWidget(createPreviewStep());
    m_stack->addWidget(createMappingStep());
    m_stack->addWidget(createSummaryStep());
    m_stack->addWidget(createRunningStep());
    m_stack->addWidget(createDoneStep());
    layout->addWidget(m_stack, 1);

    auto* buttons = new QHBoxLayout;
    m_otherFile = new QPushButton(tr("Choose &another file…"), this);
    m_otherFile->setObjectName(QStringLiteral("importOtherFile"));
    connect(m_otherFile, &QPushButton::clicked, this, &ImportWizard::chooseFile);
    m_back = new QPushButton(tr("< &Back"), this);
    m_back->setObjectName(QStringLiteral("importBack"));
    connect(m_back, &QPushButton::clicked, this, &ImportWizard::goBack);
    m_next = new QPushButton(tr("&Next >"), this);
    m_next->setObjectName(QStringLiteral("importNext"));
    m_next->setDefault(true);
    m_next->setAutoDefault(true);
    connect(m_next, &QPushButton::clicked, this, &ImportWizard::goNext);
    buttons->addWidget(m_otherFile);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    layout->addLayout(buttons);

    setStep(Step::ChooseFile);
}

ImportWizard::~ImportWizard()
{
    // A worker must not outlive the widget it reports to (nor its database file's owner).
    if (m_importJob)
        m_importJob->cancel();
    for (const QPointer<QThread>& thread : std::as_const(m_threads)) {
        if (thread) {
            thread->quit();
            thread->wait();
        }
    }
    delete m_importJob;
}

QWidget* ImportWizard::createStepBar()
{
    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("importStepBar"));
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 8);
    const QStringList names{tr("1 File"), tr("2 Preview"), tr("3 Columns"), tr("4 Check"), tr("5 Import")};
    for (int i = 0; i < names.size(); ++i) {
        if (i > 0) {
            auto* arrow = new QLabel(QStringLiteral("›"), bar);
            arrow->setForegroundRole(QPalette::PlaceholderText);
            layout->addWidget(arrow);
        }
        auto* label = new QLabel(names.at(i), bar);
        label->setObjectName(QStringLiteral("importStep_%1").arg(i + 1));
        layout->addWidget(label);
        m_stepLabels << label;
    }
    layout->addStretch(1);
    return bar;
}

QWidget* ImportWizard::createChooseStep()
{
    m_emptyState = new EmptyStateWidget(
        tr("No export imported yet"),
        tr("Import this month's CTIMS export (CSV or XLSX): choose the file, or drop it on this page. "
           "You see its first rows and how its columns are read before anything is saved."),
        tr("Choose export file…"), this);
    m_emptyState->actionButton()->setToolTip(tr("Choose the export file (Ctrl+O)"));
    connect(m_emptyState, &EmptyStateWidget::actionTriggered, this, &ImportWizard::chooseFile);
    return m_emptyState;
}

QWidget* ImportWizard::createPreviewStep()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("importPreviewStep"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* controls = new QHBoxLayout;
    m_encodingLabel = new QLabel(tr("&Encoding:"), page);
    m_encoding = new QComboBox(page);
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_encoding->addItem(tr("UTF-8"), int(CsvReader::Encoding::Utf8));
    m_encoding->addItem(tr("Windows-1252"), int(CsvReader::Encoding::Windows1252));
    m_encoding->addItem(tr("UTF-16 (little-endian)"), int(CsvReader::Encoding::Utf16LE));
    m_encoding->addItem(tr("UTF-16 (big-endian)"), int(CsvReader::Encoding::Utf16BE));
    m_encoding->setToolTip(tr("How the file's characters are read. If names show odd characters (Ã© or "
                              "�), try another encoding: the preview reloads."));
    m_encodingLabel->setBuddy(m_encoding);
    connect(m_encoding, &QComboBox::activated, this, &ImportWizard::encodingChosen);
    m_encodingNote = new QLabel(page);
    m_encodingNote->setObjectName(QStringLiteral("importEncodingNote"));
    m_encodingNote->setForegroundRole(QPalette::PlaceholderText);

    m_sheetLabel = new QLabel(tr("S&heet:"), page);
    m_sheet = new QComboBox(page);
    m_sheet->setObjectName(QStringLiteral("importSheet"));
    m_sheet->setMinimumContentsLength(16);
    m_sheetLabel->setBuddy(m_sheet);
    connect(m_sheet, &QComboBox::activated, this, &ImportWizard::sheetChosen);

    auto* headerLabel = new QLabel(tr("&Header row:"), page);
    m_headerRow = new QSpinBox(page);
    m_headerRow->setObjectName(QStringLiteral("importHeaderRow"));
    // 0 is "none found": any row the user then picks, the first too, is a change that reloads.
    m_headerRow->setRange(0, 1000);
    m_headerRow->setSpecialValueText(tr("none found"));
    m_headerRow->setKeyboardTracking(false);
    m_headerRow->setToolTip(tr("The row of the file that holds the column names. The rows above it "
                               "(titles, run dates) are not imported."));
    headerLabel->setBuddy(m_headerRow);
    connect(m_headerRow, &QSpinBox::valueChanged, this, &ImportWizard::headerRowChosen);
    m_detectHeader = new QPushButton(tr("&Detect"), page);
    m_detectHeader->setObjectName(QStringLiteral("importDetectHeader"));
    m_detectHeader->setToolTip(tr("Let BadgeDesk find the header row again."));
    connect(m_detectHeader, &QPushButton::clicked, this, [this] { headerRowChosen(0); });

    // Each choice in a box of its own, so a hidden one (no encoding for a workbook) leaves no gap.
    m_encodingBox = new QWidget(page);
    auto* encodingLayout = new QHBoxLayout(m_encodingBox);
    encodingLayout->setContentsMargins(0, 0, 16, 0);
    encodingLayout->addWidget(m_encodingLabel);
    encodingLayout->addWidget(m_encoding);
    encodingLayout->addWidget(m_encodingNote);
    m_sheetBox = new QWidget(page);
    auto* sheetLayout = new QHBoxLayout(m_sheetBox);
    sheetLayout->setContentsMargins(0, 0, 16, 0);
    sheetLayout->addWidget(m_sheetLabel);
    sheetLayout->addWidget(m_sheet);
    controls->addWidget(m_encodingBox);
    controls->addWidget(m_sheetBox);
    controls->addWidget(headerLabel);
    controls->addWidget(m_headerRow);
    controls->addWidget(m_detectHeader);
    controls->addStretch(1);
    layout->addLayout(controls);

    m_aboveHeader = wrappedLabel(QStringLiteral("importAboveHeader"), page);
    m_aboveHeader->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_aboveHeader);

    m_openPrevious = new QPushButton(page);
    m_openPrevious->setObjectName(QStringLiteral("importOpenPrevious"));
    m_openPrevious->hide();
    connect(m_openPrevious, &QPushButton::clicked, this, [this] {
        if (m_preview.previousImport)
            emit batchRequested(m_preview.previousImport->batchId);
    });
    layout->addWidget(m_openPrevious, 0, Qt::AlignLeft);

    m_previewModel = new ImportPreviewModel(this);
    m_previewView = new QTableView(page);
    // Tab leaves the table (arrows move between cells), so the keyboard is never trapped in it.
    m_previewView->setTabKeyNavigation(false);
    m_previewView->setAccessibleName(tr("The file's rows as read"));
    m_previewView->setObjectName(QStringLiteral("importPreviewTable"));
    m_previewView->setModel(m_previewModel);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->setAlternatingRowColors(true);
    m_previewView->verticalHeader()->hide();
    m_previewView->verticalHeader()->setDefaultSectionSize(m_previewView->fontMetrics().height() + 8);
    m_previewView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_previewView->horizontalHeader()->setMaximumSectionSize(320);
    m_previewView->setWordWrap(false);
    layout->addWidget(m_previewView, 1);

    auto* captionRow = new QHBoxLayout;
    m_previewCaption = wrappedLabel(QStringLiteral("importPreviewCaption"), page);
    m_previewCaption->setForegroundRole(QPalette::PlaceholderText);
    m_onlyProblems = new QCheckBox(page);
    m_onlyProblems->setObjectName(QStringLiteral("importOnlyProblems"));
    m_onlyProblems->setToolTip(tr("Show only the rows with a problem or that cannot be read."));
    connect(m_onlyProblems, &QCheckBox::toggled, m_previewModel, &ImportPreviewModel::setOnlyProblemRows);
    captionRow->addWidget(m_previewCaption, 1);
    captionRow->addWidget(m_onlyProblems, 0, Qt::AlignTop);
    layout->addLayout(captionRow);
    return page;
}

QWidget* ImportWizard::createMappingStep()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("importMappingStep"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    m_profileNote = wrappedLabel(QStringLiteral("importProfileNote"), page);
    layout->addWidget(m_profileNote);

    m_mappingEditor = new ImportMappingEditor(page);
    connect(m_mappingEditor, &ImportMappingEditor::mappingChanged, this, &ImportWizard::mappingEdited);
    layout->addWidget(m_mappingEditor, 1);

    auto* save = new QHBoxLayout;
    auto* saveLabel = new QLabel(tr("Save this mapping as a &profile:"), page);
    m_profileName = new QLineEdit(page);
    m_profileName->setObjectName(QStringLiteral("importProfileName"));
    m_profileName->setPlaceholderText(tr("for example CTIMS Real-Time"));
    m_profileName->setClearButtonEnabled(true);
    saveLabel->setBuddy(m_profileName);
    m_saveProfile = new QPushButton(tr("&Save profile"), page);
    m_saveProfile->setObjectName(QStringLiteral("importSaveProfile"));
    m_saveProfile->setToolTip(tr("Files with these column names then use this mapping automatically."));
    m_saveProfile->setEnabled(false);
    connect(m_profileName, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_saveProfile->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_profileName, &QLineEdit::returnPressed, this, &ImportWizard::saveProfile);
    connect(m_saveProfile, &QPushButton::clicked, this, &ImportWizard::saveProfile);
    save->addWidget(saveLabel);
    save->addWidget(m_profileName, 1);
    save->addWidget(m_saveProfile);
    layout->addLayout(save);
    return page;
}

QWidget* ImportWizard::createSummaryStep()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("importSummaryStep"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* form = new QFormLayout;
    auto* monthRow = new QHBoxLayout;
    m_month = new QDateEdit(page);
    m_month->setObjectName(QStringLiteral("importMonth"));
    m_month->setDisplayFormat(QStringLiteral("MMMM yyyy"));
    m_month->setCalendarPopup(false);
    m_month->setToolTip(tr("The month this batch is for: the month of the entries it holds."));
    connect(m_month, &QDateEdit::userDateChanged, this, [this] { m_monthChosen = true; });
    m_monthNote = wrappedLabel(QStringLiteral("importMonthNote"), page);
    m_monthNote->setForegroundRole(QPalette::PlaceholderText);
    monthRow->addWidget(m_month);
    monthRow->addWidget(m_monthNote, 1);
    auto* monthLabel = new QLabel(tr("&Month of the batch:"), page);
    monthLabel->setBuddy(m_month);
    form->addRow(monthLabel, monthRow);
    layout->addLayout(form);

    m_problemIntro = wrappedLabel(QStringLiteral("importProblemIntro"), page);
    layout->addWidget(m_problemIntro);

    m_problemTable = new QTableWidget(page);
    // Tab leaves the table (arrows move between cells), so the keyboard is never trapped in it.
    m_problemTable->setTabKeyNavigation(false);
    m_problemTable->setAccessibleName(tr("Problems found, by kind"));
    m_problemTable->setObjectName(QStringLiteral("importProblemTable"));
    m_problemTable->setColumnCount(3);
    m_problemTable->setHorizontalHeaderLabels({tr("Rows"), tr("Problem"), tr("What it means, what to do")});
    m_problemTable->verticalHeader()->hide();
    m_problemTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    // One line per kind; the whole sentence is in the tooltip when the window is narrow.
    m_problemTable->setWordWrap(false);
    m_problemTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_problemTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_problemTable->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_problemTable, 1);

    auto* note = wrappedLabel(QStringLiteral("importSafetyNote"), page);
    note->setText(tr("Nothing is saved until the import finishes. It is all or nothing: Cancel, or any "
                     "error, leaves the database as it was. Rows with problems are imported and marked; "
                     "you fix them in Review."));
    layout->addWidget(note);
    return page;
}

QWidget* ImportWizard::createRunningStep()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("importRunningStep"));
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(2);
    m_runningTitle = wrappedLabel(QStringLiteral("importRunningTitle"), page);
    QFont big = m_runningTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_runningTitle->setFont(big);
    layout->addWidget(m_runningTitle);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMinimumWidth(420);
    layout->addWidget(m_progress);
    m_progressText = wrappedLabel(QStringLiteral("importProgressText"), page);
    layout->addWidget(m_progressText);
    auto* note = wrappedLabel(QString(), page);
    note->setText(tr("You can work on other pages meanwhile; the status bar shows how far it is."));
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    m_cancel = new QPushButton(tr("&Cancel import"), page);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    m_cancel->setToolTip(tr("Stops the import; nothing of it is kept."));
    connect(m_cancel, &QPushButton::clicked, this, &ImportWizard::cancelImport);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addStretch(3);
    return page;
}

QWidget* ImportWizard::createDoneStep()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("importDoneStep"));
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(2);
    m_doneTitle = wrappedLabel(QStringLiteral("importDoneTitle"), page);
    QFont big = m_doneTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_doneTitle->setFont(big);
    layout->addWidget(m_doneTitle);
    m_doneText = wrappedLabel(QStringLiteral("importDoneText"), page);
    m_doneText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_doneText);
    auto* buttons = new QHBoxLayout;
    m_openBatch = new QPushButton(page);
    m_openBatch->setObjectName(QStringLiteral("importOpenBatch"));
    connect(m_openBatch, &QPushButton::clicked, this, [this] {
        if (m_doneBatch > 0)
            emit batchRequested(m_doneBatch);
    });
    m_importAnother = new QPushButton(tr("Import &another file…"), page);
    m_importAnother->setObjectName(QStringLiteral("importAnother"));
    connect(m_importAnother, &QPushButton::clicked, this, &ImportWizard::chooseFile);
    buttons->addWidget(m_openBatch);
    buttons->addWidget(m_importAnother);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(3);
    return page;
}

void ImportWizard::setStep(Step step)
{
    m_step = step;
    m_stack->setCurrentIndex(int(step));
    const int current = qMin(int(step), stepBarCount - 1);
    for (int i = 0; i < m_stepLabels.size(); ++i) {
        QLabel* label = m_stepLabels.at(i);
        QFont font = label->font();
        font.setBold(i == current);
        label->setFont(font);
        label->setForegroundRole(i <= current ? QPalette::WindowText : QPalette::PlaceholderText);
        label->setProperty("current", i == current);
    }
    m_fileLine->setVisible(m_reading || (step != Step::ChooseFile && !m_preview.filePath.isEmpty()));
    updateNavigation();
    emit stepChanged(step);
}

void ImportWizard::updateNavigation()
{
    const bool choosing = m_step == Step::ChooseFile;
    const bool working = m_step == Step::Running || m_step == Step::Done;
    m_otherFile->setVisible(!choosing && !working);
    m_back->setVisible(m_step == Step::Mapping || m_step == Step::Summary);
    m_next->setVisible(!choosing && !working);
    m_next->setText(m_step == Step::Summary ? tr("&Import") : tr("&Next >"));

    QString why;
    if (m_reading)
        why = tr("Reading the file…");
    else if (!m_preview.ok && m_step != Step::Mapping)
        why = tr("The file cannot be imported as it is read now; see the message above.");
    else if (m_preview.previousImport)
        why = tr("This file was imported before; importing it again would add nothing.");
    else if (m_step != Step::Preview && !m_preview.missingRequiredMessage.isEmpty())
        why = m_preview.missingRequiredMessage;
    else if (m_step == Step::Summary && !m_month->date().isValid())
        why = tr("Choose the month of the batch.");
    m_next->setEnabled(why.isEmpty());
    m_next->setToolTip(why);
    m_back->setEnabled(!m_reading);
}

void ImportWizard::showMessage(const QString& text, const QString& kind)
{
    // Text and a border, not colour alone; the palette's window text keeps it readable in dark mode.
    const QString colour = ThemeColors::text(kind == QLatin1String("error")     ? ThemeColors::Tone::Error
                                             : kind == QLatin1String("warning") ? ThemeColors::Tone::Warning
                                                                                : ThemeColors::Tone::Info)
                               .name();
    m_message->setStyleSheet(QStringLiteral("QLabel#importMessage { border: 1px solid %1; border-left: 5px "
                                            "solid %1; border-radius: 3px; }")
                                 .arg(colour));
    m_message->setProperty("kind", kind);
    m_message->setText(text);
    m_message->show();
}

void ImportWizard::clearMessage()
{
    m_showingDropHint = false;
    m_message->clear();
    m_message->setProperty("kind", QString());
    m_message->hide();
}

void ImportWizard::chooseFile()
{
    if (isImporting())
        return;
    QSettings settings;
    QString directory = settings.value(lastDirectoryKey).toString();
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = QDir::homePath();
    const QString path = FileDialog::getOpenFileName(this, tr("Import CTIMS export"), directory,
                                                     tr("CTIMS exports (*.csv *.xlsx *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(lastDirectoryKey, QFileInfo(path).absolutePath());
    openFile(path);
}

void ImportWizard::openFile(const QString& path)
{
    if (isImporting())
        return;
    m_options = ImportOptions();
    m_options.filePath = QFileInfo(path).absoluteFilePath();
    m_monthChosen = false;
    m_profileName->clear();
    m_preview = ImportPreview();
    m_preview.filePath = m_options.filePath;
    m_preview.fileName = QFileInfo(path).fileName();
    m_previewModel->clear();
    clearMessage();
    m_newFile = true;
    requestPreview();
}

QThread* ImportWizard::startJob(ImportJob* job, bool run)
{
    auto* thread = new QThread(this);
    job->moveToThread(thread);
    connect(thread, &QThread::started, job, run ? &ImportJob::run : &ImportJob::preview);
    // Direct: the worker ends its own loop, with no round trip through the UI thread (which may
    // be waiting for it in finishImportJob()).
    connect(job, &ImportJob::finished, thread, &QThread::quit, Qt::DirectConnection);
    connect(job, &ImportJob::previewReady, thread, &QThread::quit, Qt::DirectConnection);
    // A preview job deletes itself; the import job is deleted by importDone() once its thread
    // has ended, so Cancel never reaches a job that is going away.
    if (!run)
        connect(thread, &QThread::finished, job, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeAll(thread);
        thread->deleteLater();
    });
    m_threads.append(thread);
    thread->start();
    return thread;
}

void ImportWizard::requestPreview()
{
    const quint64 generation = ++m_previewGeneration;
    m_reading = true;
    m_fileLine->setText(tr("Reading %1…").arg(QFileInfo(m_options.filePath).fileName()));
    m_fileLine->show();
    updateNavigation();
    auto* job = new ImportJob(m_db.path(), m_options);
    connect(job, &ImportJob::previewReady, this, [this, generation](const ImportPreview& preview) {
        if (generation != m_previewGeneration)
            return; // the user changed a choice since; a newer preview is on its way
        applyPreview(preview);
    });
    startJob(job, false);
}

void ImportWizard::applyPreview(const ImportPreview& preview)
{
    m_reading = false;
    m_preview = preview;
    clearMessage();
    const bool newFile = std::exchange(m_newFile, false);
    if (preview.header.isEmpty() && newFile) {
        const QString suffix = QFileInfo(preview.fileName).suffix().toLower();
        const bool spreadsheetName =
            QStringList{QStringLiteral("csv"), QStringLiteral("txt"), QStringLiteral("tsv"),
                        QStringLiteral("xlsx"), QStringLiteral("xlsm")}
                .contains(suffix);
        // A CSV or workbook that opened but shows no header: the preview step, where the header
        // row, the encoding or the sheet can be chosen. Anything else: back to the first step.
        const bool opened = spreadsheetName && preview.fileSize > 0 &&
                            (!preview.sheetNames.isEmpty() || preview.format == QLatin1String("csv"));
        if (!opened) {
            setStep(Step::ChooseFile);
            QString text = preview.error.isEmpty() ? tr("%1 has no rows to import.").arg(preview.fileName)
                                                   : preview.error;
            if (!spreadsheetName)
                text = tr("%1 is not a CSV file or an Excel workbook (.xlsx), so BadgeDesk cannot read it. "
                          "Export the month from CTIMS as CSV or Excel and choose that file.")
                           .arg(preview.fileName);
            showMessage(text, QStringLiteral("error"));
            updateNavigation();
            emit previewUpdated();
            return;
        }
    }
    if (!m_monthChosen) {
        const QDate detected = QDate::fromString(preview.detectedMonth + QStringLiteral("-01"), Qt::ISODate);
        const QSignalBlocker block(m_month);
        m_month->setDate(detected.isValid() ? detected : QDate::currentDate().addMonths(-1));
    }
    showFileLine();
    m_previewModel->setPreview(preview);
    showPreviewControls();
    m_previewView->resizeColumnsToContents();
    m_mappingEditor->setPreview(preview);
    showMappingState();
    showSummary();

    if (!preview.error.isEmpty()) {
        QString text = preview.error;
        QStringList otherSheets = preview.sheetNames;
        otherSheets.removeAll(preview.sheetName);
        if (preview.header.isEmpty() && !otherSheets.isEmpty())
            text += QLatin1Char(' ') + tr("The workbook has other sheets (%1): choose one under Sheet.")
                                           .arg(otherSheets.join(QStringLiteral(", ")));
        showMessage(text, QStringLiteral("error"));
    } else if (preview.previousImport) {
        const PreviousImport& before = *preview.previousImport;
        const QDateTime when = QDateTime::fromString(before.importedAt, Qt::ISODate).toLocalTime();
        showMessage(tr("This file was already imported on %1 as batch %2 (month %3, %Ln row(s) added). "
                       "Importing it again would add nothing. Open that batch in Review, or choose "
                       "another file.",
                       nullptr, int(before.rowsAdded))
                        .arg(QLocale().toString(when, QLocale::ShortFormat))
                        .arg(before.batchId)
                        .arg(before.month),
                    QStringLiteral("warning"));
    } else if (m_step == Step::Mapping && !preview.missingRequiredMessage.isEmpty()) {
        showMessage(preview.missingRequiredMessage, QStringLiteral("error"));
    }
    if (m_preview.previousImport) {
        m_openPrevious->setText(tr("Open batch %1 in Review").arg(m_preview.previousImport->batchId));
        m_openPrevious->show();
    } else {
        m_openPrevious->hide();
    }
    if (newFile)
        setStep(Step::Preview);
    else
        updateNavigation();
    emit previewUpdated();
}

void ImportWizard::showFileLine()
{
    QStringList parts{m_preview.fileName, sizeText(m_preview.fileSize)};
    if (m_preview.format == QLatin1String("csv")) {
        QString how = tr("CSV");
        if (!delimiterName(m_preview.delimiter).isEmpty())
            how += QStringLiteral(", ") + delimiterName(m_preview.delimiter);
        parts << how;
    } else if (m_preview.format == QLatin1String("xlsx")) {
        parts << (m_preview.date1904 ? tr("Excel workbook (1904 dates)") : tr("Excel workbook"));
    }
    if (m_preview.headerRowNumber > 0)
        parts << tr("header on row %1").arg(m_preview.headerRowNumber);
    m_fileLine->setText(parts.join(QStringLiteral(" · ")));
    m_fileLine->setToolTip(QDir::toNativeSeparators(m_preview.filePath));
}

void ImportWizard::showPreviewControls()
{
    const bool csv = m_preview.format == QLatin1String("csv");
    m_encodingBox->setVisible(csv);
    if (csv) {
        const QSignalBlocker block(m_encoding);
        m_encoding->setCurrentIndex(qMax(0, m_encoding->findData(int(m_preview.encoding))));
        QString note = m_options.encoding == CsvReader::Encoding::Auto ? tr("detected") : tr("your choice");
        if (m_preview.hasByteOrderMark)
            note += tr(", with byte order mark");
        m_encodingNote->setText(QStringLiteral("(%1)").arg(note));
    }
    const bool workbook = !m_preview.sheetNames.isEmpty();
    m_sheetBox->setVisible(workbook);
    if (workbook) {
        const QSignalBlocker block(m_sheet);
        m_sheet->clear();
        m_sheet->addItems(m_preview.sheetNames);
        const QString current = m_options.sheetName.isEmpty() ? m_preview.sheetName : m_options.sheetName;
        m_sheet->setCurrentIndex(qMax(0, m_sheet->findText(current)));
    }
    {
        const QSignalBlocker block(m_headerRow);
        m_headerRow->setValue(int(m_preview.headerRowNumber));
    }
    m_detectHeader->setEnabled(m_options.headerRow > 0);

    QStringList above;
    for (const HeaderDetector::Row& row : m_preview.rowsAboveHeader) {
        QStringList cells;
        for (const QString& cell : row.cells) {
            if (!cell.trimmed().isEmpty())
                cells << cell.trimmed();
        }
        if (!cells.isEmpty())
            above << tr("row %1: \"%2\"").arg(row.rowNumber).arg(cells.join(QStringLiteral(" | ")).left(120));
    }
    m_aboveHeader->setText(
        above.isEmpty() ? QString()
                        : tr("Not imported, above the header: %1.").arg(above.join(QStringLiteral("; "))));
    m_aboveHeader->setVisible(!above.isEmpty());

    const int shown = int(m_preview.rows.size());
    QString caption = shown >= ImportPreview::MaxRows
                          ? tr("The first %n row(s) of the file, as read.", nullptr, shown)
                          : tr("All %n row(s) of the file, as read.", nullptr, shown);
    caption += QLatin1Char(' ') +
               tr("Each column shows the field it feeds. Tinted cells have a problem (point at one to "
                  "see it); grey rows cannot be read and are kept raw.");
    m_previewCaption->setText(caption);
    m_previewCaption->setVisible(!m_preview.header.isEmpty());
    const int problemRows = m_previewModel->problemRowCount();
    m_onlyProblems->setText(tr("&Only rows with problems (%Ln)", nullptr, problemRows));
    if (problemRows == 0)
        m_onlyProblems->setChecked(false); // a hidden filter must not hide every row
    m_onlyProblems->setVisible(problemRows > 0);
}

void ImportWizard::showMappingState()
{
    if (!m_preview.profileName.isEmpty()) {
        m_profileNote->setText(tr("The columns are mapped by your saved profile \"%1\", picked because this "
                                  "file has its columns. Change any line below if needed.")
                                   .arg(m_preview.profileName));
        if (m_profileName->text().isEmpty())
            m_profileName->setText(m_preview.profileName);
    } else if (m_options.mapping) {
        m_profileNote->setText(tr("The mapping as you set it. Save it as a profile to have files with "
                                  "these columns mapped the same way next month."));
    } else {
        m_profileNote->setText(tr("The columns are mapped by their names. Check the lines in bold: they are "
                                  "what a badge needs. Change a line by choosing another column."));
    }
    // Columns that feed no field are kept raw; naming them lets the user spot one that should.
    QStringList unmapped;
    for (int column : m_preview.mapping.unmappedColumns()) {
        const QString name = m_preview.header.value(column).trimmed();
        if (!name.isEmpty())
            unmapped << QLatin1Char('"') + name + QLatin1Char('"');
    }
    if (!unmapped.isEmpty())
        m_profileNote->setText(m_profileNote->text() + QLatin1Char(' ') +
                               tr("Not read as any field, kept raw with each row: %1.")
                                   .arg(unmapped.join(QStringLiteral(", "))));
}

void ImportWizard::showSummary()
{
    if (!m_monthChosen && !m_preview.detectedMonth.isEmpty())
        m_monthNote->setText(tr("detected from the entry times; change it if this export is for another "
                                "month."));
    else if (!m_monthChosen)
        m_monthNote->setText(tr("no entry time or test date in the first rows: check the month."));
    else
        m_monthNote->setText(tr("your choice"));

    const int shown = int(m_preview.rows.size());
    m_problemTable->setRowCount(0);
    const auto addRow = [this](int count, const QString& title, const QString& description,
                               const QString& key) {
        const int row = m_problemTable->rowCount();
        m_problemTable->insertRow(row);
        auto* countItem = new QTableWidgetItem(QLocale().toString(count));
        countItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        countItem->setData(Qt::UserRole, key);
        m_problemTable->setItem(row, 0, countItem);
        m_problemTable->setItem(row, 1, new QTableWidgetItem(title));
        auto* what = new QTableWidgetItem(description);
        what->setToolTip(description);
        m_problemTable->setItem(row, 2, what);
    };
    if (m_preview.unreadableRows > 0)
        addRow(m_preview.unreadableRows, tr("Cannot be read"),
               tr("Not an entry (shifted columns, junk, nothing in the mapped columns). Kept raw with its "
                  "row number and listed after the import; check the file there."),
               QStringLiteral("unreadable"));
    for (ImportProblemKind kind : ImportProblem::allKinds()) {
        const int count = m_preview.problemCounts.value(ImportProblem::key(kind));
        if (count == 0)
            continue;
        addRow(count, problemTitle(kind), ImportProblem::description(kind), ImportProblem::key(kind));
    }
    m_problemTable->setVisible(m_problemTable->rowCount() > 0);
    if (m_problemTable->rowCount() == 0)
        m_problemIntro->setText(tr("No problems in the first %n row(s).", nullptr, shown));
    else
        m_problemIntro->setText(tr("Problems in the first %n row(s) (the import checks every row the same "
                                   "way; none of them stops it):",
                                   nullptr, shown));
}

void ImportWizard::encodingChosen(int index)
{
    m_options.encoding = CsvReader::Encoding(m_encoding->itemData(index).toInt());
    m_options.mapping.reset(); // other characters may make other column names
    requestPreview();
}

void ImportWizard::sheetChosen(int index)
{
    m_options.sheetName = m_sheet->itemText(index);
    m_options.headerRow = 0; // another sheet has its header elsewhere
    m_options.mapping.reset();
    requestPreview();
}

void ImportWizard::headerRowChosen(int row)
{
    if (row == m_options.headerRow)
        return;
    m_options.headerRow = row;
    m_options.mapping.reset();
    requestPreview();
}

void ImportWizard::mappingEdited(const ColumnMapping& mapping)
{
    m_options.mapping = mapping;
    m_options.profileName.clear();
    requestPreview(); // problems and examples follow the new mapping
}

void ImportWizard::saveProfile()
{
    const QString name = m_profileName->text().trimmed();
    if (name.isEmpty())
        return;
    ImportProfileRepository profiles(m_db.connection());
    const ImportProfile profile = ImportProfile::fromMapping(name, m_mappingEditor->mapping());
    if (!profiles.save(profile)) {
        showMessage(tr("The profile was not saved: %1").arg(profiles.error()), QStringLiteral("error"));
        return;
    }
    // From now on the import records this profile (and marks it used), as the CLI's --profile does.
    m_options.mapping.reset();
    m_options.profileName = name;
    showMessage(tr("Saved the profile \"%1\". Files with these column names are mapped this way "
                   "automatically from now on.")
                    .arg(name),
                QStringLiteral("info"));
    m_preview.profileName = name;
    showMappingState();
}

void ImportWizard::goNext()
{
    if (!m_next->isEnabled())
        return;
    switch (m_step) {
    case Step::Preview:
        clearMessage();
        setStep(Step::Mapping);
        if (!m_preview.missingRequiredMessage.isEmpty())
            showMessage(m_preview.missingRequiredMessage, QStringLiteral("error"));
        break;
    case Step::Mapping:
        clearMessage();
        setStep(Step::Summary);
        break;
    case Step::Summary:
        startImport();
        break;
    default:
        break;
    }
}

void ImportWizard::goBack()
{
    clearMessage();
    if (m_step == Step::Summary) {
        setStep(Step::Mapping);
        if (!m_preview.missingRequiredMessage.isEmpty())
            showMessage(m_preview.missingRequiredMessage, QStringLiteral("error"));
    } else if (m_step == Step::Mapping) {
        setStep(Step::Preview);
    }
}

void ImportWizard::startImport()
{
    ImportOptions options = m_options;
    options.month = m_month->date().toString(QStringLiteral("yyyy-MM"));
    clearMessage();
    m_runningTitle->setText(
        tr("Importing %1 into the batch for %2…")
            .arg(m_preview.fileName, QLocale().toString(m_month->date(), QStringLiteral("MMMM yyyy"))));
    m_progress->setValue(0);
    m_progressText->setText(tr("Starting…"));
    m_cancel->setEnabled(true);
    m_cancel->setText(tr("&Cancel import"));
    setStep(Step::Running);
    m_cancel->setFocus();

    auto* job = new ImportJob(m_db.path(), options);
    m_importJob = job;
    connect(job, &ImportJob::progress, this, &ImportWizard::showProgress);
    connect(job, &ImportJob::finished, this, &ImportWizard::importDone);
    // After the queued connection: the report is posted to the UI before a test hook holds the worker.
    if (m_workerHook) {
        auto hook = m_workerHook;
        connect(
            job, &ImportJob::progress, job, [hook, job](qint64 rows, qint64, qint64) { hook(rows, *job); },
            Qt::DirectConnection);
    }
    m_importClock.start();
    emit importProgress(tr("importing %1…").arg(m_preview.fileName), 0);
    m_importThread = startJob(job, true);
}

void ImportWizard::showProgress(qint64 rowsRead, qint64 bytesRead, qint64 bytesTotal)
{
    if (m_step != Step::Running)
        return;
    const int percent =
        bytesTotal > 0 ? int(qBound(qint64(0), bytesRead * 100 / bytesTotal, qint64(100))) : 0;
    m_progress->setValue(percent);
    QString text = tr("%Ln row(s) read", nullptr, int(rowsRead)) + QStringLiteral(" · %1%").arg(percent);
    const qint64 elapsed = m_importClock.elapsed();
    // An estimate only once there is something to extrapolate from.
    if (bytesRead > 0 && bytesTotal > bytesRead && elapsed > 500) {
        const qint64 left = elapsed * (bytesTotal - bytesRead) / bytesRead / 1000;
        text += QStringLiteral(" · ") + durationText(left);
    }
    m_progressText->setText(text);
    emit importProgress(tr("importing %1: %2").arg(m_preview.fileName, text), percent);
}

void ImportWizard::cancelImport()
{
    if (!m_importJob)
        return;
    m_importJob->cancel();
    m_cancel->setEnabled(false);
    m_cancel->setText(tr("Cancelling…"));
    m_progressText->setText(tr("Cancelling: putting the database back as it was…"));
}

void ImportWizard::cancelAndWait()
{
    cancelImport();
    for (const QPointer<QThread>& thread : std::as_const(m_threads)) {
        if (thread)
            thread->wait();
    }
}

void ImportWizard::showDropHint(const QString& fileName)
{
    if (fileName.isEmpty()) {
        if (m_showingDropHint)
            clearMessage();
        m_showingDropHint = false;
        return;
    }
    // Only over an empty message: a drag must not wipe an error the user is still reading.
    if (m_message->isVisible() && !m_showingDropHint)
        return;
    m_showingDropHint = true;
    showMessage(tr("Drop %1 to preview it. Nothing is imported before you confirm.").arg(fileName),
                QStringLiteral("info"));
}

void ImportWizard::finishImportJob()
{
    if (!m_importJob)
        return;
    // finished() was the job's last act; its thread is quitting. Once it has ended nothing else
    // touches the job, so it can go from here.
    if (m_importThread)
        m_importThread->wait();
    delete m_importJob;
    m_importJob = nullptr;
}

void ImportWizard::importDone(const ImportResult& result)
{
    m_result = result;
    finishImportJob();
    emit importProgress(QString(), -1);
    using Status = ImportResult::Status;
    switch (result.status) {
    case Status::Imported: {
        m_doneBatch = result.batchId;
        const QDate month = QDate::fromString(result.month + QStringLiteral("-01"), Qt::ISODate);
        m_doneTitle->setText(tr("Imported: batch %1 for %2")
                                 .arg(result.batchId)
                                 .arg(month.isValid() ? QLocale().toString(month, QStringLiteral("MMMM yyyy"))
                                                      : result.month));
        QStringList lines{result.message};
        if (!result.problemCounts.isEmpty()) {
            int flagged = 0;
            for (int count : result.problemCounts)
                flagged += count;
            lines << tr("%n problem(s) marked on the rows; Review shows them with what to do.", nullptr,
                        flagged);
        }
        m_doneText->setText(lines.join(QLatin1Char('\n')));
        m_openBatch->setText(tr("Open batch %1 in &Review").arg(result.batchId));
        m_openBatch->show();
        setStep(Step::Done);
        emit importFinished(result);
        emit batchImported(result.batchId, result.message);
        return;
    }
    case Status::AlreadyImported:
    case Status::NothingNew:
        m_doneBatch = result.batchId;
        m_doneTitle->setText(tr("Nothing added"));
        m_doneText->setText(result.message);
        m_openBatch->setText(tr("Open batch %1 in &Review").arg(result.batchId));
        m_openBatch->setVisible(result.batchId > 0);
        setStep(Step::Done);
        break;
    case Status::Cancelled:
        setStep(Step::Summary);
        showMessage(result.message, QStringLiteral("info"));
        break;
    case Status::Failed:
        setStep(Step::Summary);
        showMessage(result.message, QStringLiteral("error"));
        break;
    }
    emit importFinished(result);
}

} // namespace badgedesk
