#include "ReviewPage.h"
#include "ThemeColors.h"

#include "EmptyStateWidget.h"
#include "MessageBox.h"
#include "review/ReviewCommand.h"
#include "review/ReviewCountsPanel.h"
#include "review/ReviewDetailsPane.h"
#include "review/ReviewEmailDelegate.h"
#include "review/ReviewQueueModel.h"
#include "storage/AuditLog.h"
#include "storage/BatchRepository.h"
#include "storage/CatalogChangeNotifier.h"
#include "storage/Database.h"
#include "storage/SignOffRepository.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace badgedesk {
namespace {

const auto kHeaderKey = QStringLiteral("review/header");
const auto kSplitterKey = QStringLiteral("review/splitter");

// Up to this many rows are read again one by one after an action; beyond it the whole batch.
constexpr int kRefreshWholeBatchAbove = 20000;
int s_backgroundLoadThreshold = 20000;

// What a background load hands back to the page.
struct LoadResult
{
    QString error;
    bool classified = false;
    ReviewQueueModel::Prepared data;
};

QString plural(int n, const QString& one, const QString& many)
{
    return QLocale().toString(n) + QLatin1Char(' ') + (n == 1 ? one : many);
}

} // namespace

ReviewPage::ReviewPage(Database& db, CatalogChangeNotifier* notifier, QWidget* parent)
    : Page(parent), m_db(db), m_repository(std::make_unique<ReviewRepository>(db.connection()))
{
    setObjectName(QStringLiteral("reviewPage"));
    auto* emptyState =
        new EmptyStateWidget(tr("Nothing to review yet — import an export first"),
                             tr("Once an export is imported, every row appears here with its status and "
                                "reason, ready to approve, reject or fix before you sign off the batch."),
                             tr("Go to Import"), this);
    connect(emptyState, &EmptyStateWidget::actionTriggered, this,
            [this] { emit pageRequested(PageId::Import); });
    setEmptyState(emptyState);

    m_undoStack = new QUndoStack(this);
    m_model = new ReviewQueueModel(this);
    connect(m_model, &ReviewQueueModel::emailEdited, this, &ReviewPage::setEmail);
    buildContent();
    if (notifier)
        connect(notifier, &CatalogChangeNotifier::catalogChanged, this,
                [this](qint64, const QStringList& codes) { onCatalogChanged(codes); });
    updateContent();
}

ReviewPage::~ReviewPage()
{
    if (m_loadThread)
        m_loadThread->wait(); // it writes to the database when it classifies: let it finish
    if (m_headerRestored || m_batch > 0) {
        QSettings settings;
        settings.setValue(kHeaderKey, m_view->horizontalHeader()->saveState());
        settings.setValue(kSplitterKey, m_splitter->saveState());
    }
}

void ReviewPage::buildContent()
{
    m_content = new QWidget(this);
    m_content->setObjectName(QStringLiteral("reviewContent"));
    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);

    m_signOffBanner = new QLabel(m_content);
    m_signOffBanner->setObjectName(QStringLiteral("reviewSignOffBanner"));
    m_signOffBanner->setWordWrap(true);
    m_signOffBanner->setTextFormat(Qt::PlainText);
    layout->addWidget(m_signOffBanner);

    // Actions: what the specialist does to the selected rows. The shortcuts work anywhere on the
    // page except while typing (a line edit takes its letters first).
    auto* actionsRow = new QHBoxLayout;
    auto addButton = [&](const QString& text, const QString& objectName, const QKeySequence& key,
                         const QString& tip, auto slot) {
        auto* action = new QAction(text, this);
        action->setObjectName(objectName);
        if (!key.isEmpty()) {
            action->setShortcut(key);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        action->setToolTip(key.isEmpty() ? tip
                                         : tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        auto* button = new QToolButton(m_content);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        actionsRow->addWidget(button);
        return action;
    };
    addButton(tr("Approve"), QStringLiteral("reviewApprove"), QKeySequence(Qt::Key_A),
              tr("Approve the selected eligible rows"), &ReviewPage::approveSelected);
    addButton(tr("Reject…"), QStringLiteral("reviewReject"), QKeySequence(Qt::Key_R),
              tr("Reject the selected rows, with a written reason"), &ReviewPage::startReject);
    addButton(tr("Override…"), QStringLiteral("reviewOverride"), QKeySequence(Qt::Key_O),
              tr("Approve excluded rows anyway, with a written reason (not for a missing email, name or "
                 "template: fix those)"),
              &ReviewPage::startOverride);
    addButton(tr("Fix email"), QStringLiteral("reviewEditEmail"), QKeySequence(Qt::Key_E),
              tr("Edit the current row's email in place; it opens on the suggestion when there is one"),
              &ReviewPage::editEmail);
    actionsRow->addSpacing(12);
    addButton(tr("Approve all eligible"), QStringLiteral("reviewApproveAll"), {},
              tr("Approve every eligible row of the batch, whatever the filter shows"),
              &ReviewPage::approveAllEligible);
    actionsRow->addSpacing(12);

    for (const QString& name :
         {QStringLiteral("reviewApprove"), QStringLiteral("reviewReject"), QStringLiteral("reviewOverride"),
          QStringLiteral("reviewEditEmail"), QStringLiteral("reviewApproveAll")})
        m_batchActions << findChild<QAction*>(name);

    auto* undo = new QAction(tr("Undo"), this);
    undo->setObjectName(QStringLiteral("reviewUndo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    undo->setEnabled(false);
    connect(undo, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(m_undoStack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::undoTextChanged, undo,
            [undo](const QString& text) { undo->setToolTip(tr("Undo: %1 (Ctrl+Z)").arg(text)); });
    addAction(undo);
    auto* redo = new QAction(tr("Redo"), this);
    redo->setObjectName(QStringLiteral("reviewRedo"));
    redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    redo->setEnabled(false);
    connect(redo, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::redoTextChanged, redo,
            [redo](const QString& text) { redo->setToolTip(tr("Redo: %1 (Ctrl+Shift+Z)").arg(text)); });
    addAction(redo);
    for (QAction* a : {undo, redo}) {
        auto* button = new QToolButton(m_content);
        button->setDefaultAction(a);
        actionsRow->addWidget(button);
    }
    actionsRow->addStretch(1);
    auto* signOff = new QPushButton(tr("Sign off batch…"), m_content);
    signOff->setObjectName(QStringLiteral("reviewSignOff"));
    signOff->setToolTip(
        tr("Freeze the approved rows for issuing; any later change to them voids the sign-off"));
    connect(signOff, &QPushButton::clicked, this, &ReviewPage::signOff);
    actionsRow->addWidget(signOff);
    layout->addLayout(actionsRow);

    // The written reason for a rejection or an override: in place, not a dialog.
    m_reasonBar = new QWidget(m_content);
    m_reasonBar->setObjectName(QStringLiteral("reviewReasonBar"));
    auto* reasonRow = new QHBoxLayout(m_reasonBar);
    reasonRow->setContentsMargins(0, 0, 0, 0);
    m_reasonLabel = new QLabel(m_reasonBar);
    m_reasonEdit = new QLineEdit(m_reasonBar);
    m_reasonEdit->setObjectName(QStringLiteral("reviewReasonEdit"));
    m_reasonEdit->setClearButtonEnabled(true);
    m_reasonLabel->setBuddy(m_reasonEdit); // its text ("Reject 3 rows because:") names the field
    auto* confirm = new QPushButton(tr("Save"), m_reasonBar);
    confirm->setObjectName(QStringLiteral("reviewReasonConfirm"));
    auto* cancel = new QPushButton(tr("Cancel"), m_reasonBar);
    cancel->setObjectName(QStringLiteral("reviewReasonCancel"));
    reasonRow->addWidget(m_reasonLabel);
    reasonRow->addWidget(m_reasonEdit, 1);
    reasonRow->addWidget(confirm);
    reasonRow->addWidget(cancel);
    connect(confirm, &QPushButton::clicked, this, &ReviewPage::confirmReason);
    connect(m_reasonEdit, &QLineEdit::returnPressed, this, &ReviewPage::confirmReason);
    connect(cancel, &QPushButton::clicked, this, [this] {
        m_reasonBar->hide();
        m_view->setFocus();
    });
    auto* escape = new QAction(m_reasonBar);
    escape->setShortcut(Qt::Key_Escape);
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QAction::triggered, cancel, &QPushButton::click);
    m_reasonBar->addAction(escape);
    m_reasonBar->hide();
    layout->addWidget(m_reasonBar);

    // Filter bar.
    auto* filterRow = new QHBoxLayout;
    m_search = new QLineEdit(m_content);
    m_search->setObjectName(QStringLiteral("reviewSearch"));
    m_search->setPlaceholderText(tr("Search name, email, school, assessment… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the rows"));
    m_search->setAccessibleDescription(m_search->placeholderText());
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150); // typing a name is one search, not one per letter
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    const auto search = [this] {
        m_searchTimer->stop();
        m_model->setSearchText(m_search->text());
        updateSummary();
    };
    connect(m_searchTimer, &QTimer::timeout, this, search);
    connect(m_search, &QLineEdit::returnPressed, this, search);
    auto* find = new QAction(this);
    find->setObjectName(QStringLiteral("reviewFind"));
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, &ReviewPage::focusSearch);
    addAction(find);
    filterRow->addWidget(m_search, 2);
    m_schoolFilter = new QComboBox(m_content);
    m_schoolFilter->setObjectName(QStringLiteral("reviewSchoolFilter"));
    m_schoolFilter->setAccessibleName(tr("School"));
    m_schoolFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_schoolFilter->setMinimumContentsLength(18);
    connect(m_schoolFilter, qOverload<int>(&QComboBox::activated), this, [this] {
        m_model->setSchoolFilter(m_schoolFilter->currentData().toString());
        updateSummary();
    });
    m_assessmentFilter = new QComboBox(m_content);
    m_assessmentFilter->setObjectName(QStringLiteral("reviewAssessmentFilter"));
    m_assessmentFilter->setAccessibleName(tr("Assessment"));
    m_assessmentFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_assessmentFilter->setMinimumContentsLength(18);
    connect(m_assessmentFilter, qOverload<int>(&QComboBox::activated), this, [this] {
        m_model->setAssessmentFilter(m_assessmentFilter->currentData().toString());
        updateSummary();
    });
    m_clearFilters = new QPushButton(tr("Show all"), m_content);
    m_clearFilters->setObjectName(QStringLiteral("reviewClearFilters"));
    connect(m_clearFilters, &QPushButton::clicked, this, [this] {
        m_search->clear();
        m_searchTimer->stop();
        m_model->clearFilters();
        m_schoolFilter->setCurrentIndex(0);
        m_assessmentFilter->setCurrentIndex(0);
        m_counts->showFilter(std::nullopt, std::nullopt);
        updateSummary();
    });
    filterRow->addWidget(m_schoolFilter, 1);
    filterRow->addWidget(m_assessmentFilter, 1);
    filterRow->addWidget(m_clearFilters);
    layout->addLayout(filterRow);

    m_message = new QLabel(m_content);
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    m_splitter = new QSplitter(Qt::Horizontal, m_content);
    m_splitter->setObjectName(QStringLiteral("reviewSplitter"));
    m_counts = new ReviewCountsPanel(*m_model, m_splitter);
    connect(m_counts, &ReviewCountsPanel::filterChosen, this, &ReviewPage::filterFromCounts);
    m_view = new QTableView(m_splitter);
    m_view->setObjectName(QStringLiteral("reviewTable"));
    // Tab leaves the table (arrows move between cells), so the keyboard is never trapped in it.
    m_view->setTabKeyNavigation(false);
    m_view->setAccessibleName(tr("Rows of the batch"));
    m_view->setAccessibleDescription(
        tr("A approves, R rejects, O overrides, E fixes the email of the selected rows."));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(ReviewQueueModel::Email, new ReviewEmailDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    // Columns can be hidden from the header's menu (remembered with the header's state).
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint& pos) {
                QMenu menu(this);
                for (int c = 0; c < ReviewQueueModel::ColumnCount; ++c) {
                    QAction* a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
                    a->setCheckable(true);
                    a->setChecked(!m_view->isColumnHidden(c));
                    connect(a, &QAction::toggled, this,
                            [this, c](bool on) { m_view->setColumnHidden(c, !on); });
                }
                menu.exec(m_view->horizontalHeader()->mapToGlobal(pos));
            });
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ReviewQueueModel::Id, Qt::AscendingOrder);
    m_view->setColumnHidden(ReviewQueueModel::Id, true);
    m_view->setColumnHidden(ReviewQueueModel::StudentId, true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (const QString& name : {QStringLiteral("reviewApprove"), QStringLiteral("reviewReject"),
                                QStringLiteral("reviewOverride"), QStringLiteral("reviewEditEmail")})
        m_view->addAction(findChild<QAction*>(name));
    auto* copy = new QAction(tr("Copy as text"), this);
    copy->setObjectName(QStringLiteral("reviewCopy"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &ReviewPage::copySelection);
    m_view->addAction(copy);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReviewPage::updateDetails);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewPage::updateDetails);
    m_details = new ReviewDetailsPane(m_splitter);
    connect(m_details, &ReviewDetailsPane::useSuggestion, this, &ReviewPage::setEmail);
    m_splitter->addWidget(m_counts);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({215, 800, 360});
    layout->addWidget(m_splitter, 1);

    m_summary = new QLabel(m_content);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    layout->addWidget(m_summary);

    QSettings settings;
    m_headerRestored = m_view->horizontalHeader()->restoreState(settings.value(kHeaderKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    static_cast<QVBoxLayout*>(this->layout())->addWidget(m_content);
}

// --- batch ------------------------------------------------------------------------------------

QString ReviewPage::batchName() const
{
    const auto summary = BatchRepository(m_db.connection()).byId(m_batch);
    return summary ? summary->displayName() : tr("batch %1").arg(m_batch);
}

void ReviewPage::setBackgroundLoadThreshold(int rows)
{
    s_backgroundLoadThreshold = rows;
}

void ReviewPage::setBatch(qint64 batchId)
{
    if (batchId != m_batch) {
        m_undoStack->clear(); // the steps belong to the batch they were made on
        m_model->setRows({});
    }
    m_batch = batchId;
    m_message->hide();
    m_reasonBar->hide();
    reload();
}

void ReviewPage::reload()
{
    m_stale = false;
    if (m_batch <= 0) {
        m_model->setRows({});
        updateContent();
        return;
    }
    const auto summary = BatchRepository(m_db.connection()).byId(m_batch);
    if (summary && summary->rows >= s_backgroundLoadThreshold) {
        startBackgroundLoad(summary->rows);
        return;
    }
    if (m_repository->shouldClassify(m_batch)) {
        // Right after an import the rows get their status and reason before they are shown; later
        // they follow what changed elsewhere since (the CLI's catalog import, an issuing run).
        QApplication::setOverrideCursor(Qt::WaitCursor);
        QList<qint64> changed;
        const bool ok = m_repository->classifyBatch(m_batch, nullptr, &changed);
        QApplication::restoreOverrideCursor();
        if (!ok)
            showMessage(tr("The rows could not be classified: %1").arg(m_repository->error()), true);
        if (!changed.isEmpty())
            emit reviewChanged();
    }
    m_model->setRows(m_repository->rows(m_batch));
    rebuildChoices();
    updateContent();
    selectPendingRow();
}

void ReviewPage::showRow(qint64 rowId)
{
    m_pendingRow = rowId;
    if (!m_loading)
        selectPendingRow();
}

void ReviewPage::selectPendingRow()
{
    const qint64 id = m_pendingRow;
    if (id <= 0 || m_loading)
        return;
    m_pendingRow = 0;
    if (!m_model->rowById(id))
        return; // not in this batch (any more)
    if (m_model->rowOfId(id) < 0)
        m_clearFilters->click(); // a filter hides it: show all
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_view->setFocus(Qt::OtherFocusReason);
}

void ReviewPage::setLoading(bool loading, const QString& text)
{
    m_loading = loading;
    for (QAction* action : std::as_const(m_batchActions))
        action->setEnabled(!loading);
    if (loading)
        showMessage(text);
    else
        m_message->hide();
}

void ReviewPage::startBackgroundLoad(int rows)
{
    if (m_loadThread) {
        m_loadPending = true; // the running load's result is stale; start over when it ends
        return;
    }
    const bool classify = m_repository->hasUnclassifiedRows(m_batch);
    setLoading(
        true,
        classify
            ? tr("Classifying and reading %1 of %2…").arg(plural(rows, tr("row"), tr("rows")), batchName())
            : tr("Reading %1 of %2…").arg(plural(rows, tr("row"), tr("rows")), batchName()));
    updateContent();
    QApplication::setOverrideCursor(Qt::BusyCursor);
    const QString path = m_db.path();
    const qint64 batch = m_batch;
    QPointer<ReviewPage> self(this);
    auto result = std::make_shared<LoadResult>();
    // Its own connection: a connection belongs to the thread that opened it.
    m_loadThread = QThread::create([path, batch, result] {
        Database db;
        if (!db.openConnection(path)) {
            result->error = db.errorMessage();
            return;
        }
        ReviewRepository repository(db.connection());
        if (repository.shouldClassify(batch)) {
            QList<qint64> changed;
            if (!repository.classifyBatch(batch, nullptr, &changed))
                result->error = tr("The rows could not be classified: %1").arg(repository.error());
            result->classified = !changed.isEmpty();
        }
        result->data = ReviewQueueModel::prepare(repository.rows(batch));
    });
    connect(m_loadThread, &QThread::finished, this, [this, batch, result] {
        m_loadThread->deleteLater();
        m_loadThread = nullptr;
        QApplication::restoreOverrideCursor();
        if (m_loadPending || batch != m_batch) {
            m_loadPending = false;
            setLoading(false);
            reload();
            return;
        }
        setLoading(false);
        if (!result->error.isEmpty())
            showMessage(result->error, true);
        m_model->setPrepared(std::move(result->data));
        rebuildChoices();
        updateContent();
        selectPendingRow();
        if (result->classified)
            emit reviewChanged();
    });
    m_loadThread->start();
}

void ReviewPage::reclassify()
{
    if (m_batch <= 0)
        return;
    QList<qint64> changed;
    if (!m_repository->classifyBatch(m_batch, nullptr, &changed)) {
        showMessage(tr("The rows could not be classified: %1").arg(m_repository->error()), true);
        return;
    }
    if (!changed.isEmpty()) {
        refreshRows(changed);
        emit reviewChanged();
    }
}

void ReviewPage::onCatalogChanged(const QStringList& codes)
{
    const QList<qint64> batches = m_repository->reclassifyForCatalogChange(codes);
    if (!batches.contains(m_batch))
        return;
    if (isVisible())
        reload();
    else
        m_stale = true; // read when the page shows
    emit reviewChanged();
}

void ReviewPage::showEvent(QShowEvent* event)
{
    // Arriving on the page (Ctrl+2, a click in the navigation) puts the keyboard on the table, so
    // A, R, E and Ctrl+F work at once.
    QTimer::singleShot(0, this, [this] {
        if (m_content->isVisible() && !isAncestorOf(QApplication::focusWidget()))
            m_view->setFocus(Qt::OtherFocusReason);
    });
    // Work on other pages (an import into this batch, issuing) may have changed its rows.
    if (m_batch > 0 && !m_stale) {
        const auto summary = BatchRepository(m_db.connection()).byId(m_batch);
        if (summary && summary->rows != m_model->totalRows())
            m_stale = true;
        else if (summary) {
            for (auto it = summary->statusCounts.cbegin(); it != summary->statusCounts.cend(); ++it) {
                if (m_model->count(statusFromKey(it.key()).value_or(RowStatus::New)) != it.value())
                    m_stale = true;
            }
        }
    }
    if (m_stale)
        reload();
    else
        updateSignOffBanner();
    Page::showEvent(event);
}

void ReviewPage::rebuildChoices()
{
    const QLocale locale;
    const auto fill = [&locale](QComboBox* combo, const QString& all,
                                const QList<ReviewQueueModel::Choice>& choices, const QString& current) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(all, QString());
        for (const auto& c : choices)
            combo->addItem(QStringLiteral("%1 (%2)").arg(c.text, locale.toString(c.rows)), c.key);
        const int at = combo->findData(current);
        combo->setCurrentIndex(at < 0 ? 0 : at);
    };
    fill(m_schoolFilter, tr("All schools"), m_model->schools(), m_model->schoolFilter());
    fill(m_assessmentFilter, tr("All assessments"), m_model->assessments(), m_model->assessmentFilter());
}

void ReviewPage::updateContent()
{
    const bool empty = m_batch <= 0 || (!m_loading && m_model->totalRows() == 0);
    emptyState()->setVisible(empty);
    m_content->setVisible(!empty);
    if (!empty && !m_headerRestored) {
        // First look: columns fit their values once; after that the user's widths win.
        m_view->resizeColumnsToContents();
        for (int c :
             {int(ReviewQueueModel::Name), int(ReviewQueueModel::Email), int(ReviewQueueModel::School),
              int(ReviewQueueModel::Assessment), int(ReviewQueueModel::Reason)})
            m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), 230));
        m_headerRestored = true;
    }
    updateSignOffBanner();
    updateSummary();
    updateDetails();
}

void ReviewPage::updateSummary()
{
    const int total = m_model->totalRows();
    const int shown = m_model->rowCount();
    QStringList parts{
        plural(total, tr("row"), tr("rows")),
        // One word in English, two in Spanish (elegible / elegibles): told apart by a comment.
        plural(m_model->count(RowStatus::Eligible), tr("eligible", "one row"),
               tr("eligible", "several rows")),
        plural(m_model->count(RowStatus::NeedsAttention), tr("needs attention"), tr("need attention")),
        plural(m_model->count(RowStatus::Approved), tr("approved", "one row"),
               tr("approved", "several rows"))};
    if (m_model->isFiltered())
        parts << tr("%1 shown (Show all clears the filters)").arg(QLocale().toString(shown));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_clearFilters->setEnabled(m_model->isFiltered());
}

void ReviewPage::updateSignOffBanner()
{
    if (m_batch <= 0) {
        m_signOffBanner->hide();
        return;
    }
    const auto status = SignOffRepository(m_db.connection()).status(m_batch);
    switch (status.state) {
    case SignOffRepository::State::NotSignedOff: {
        const int open = m_model->count(RowStatus::Eligible) + m_model->count(RowStatus::NeedsAttention) +
                         m_model->count(RowStatus::New);
        m_signOffBanner->setStyleSheet(ThemeColors::bannerStyle(ThemeColors::Tone::Info));
        m_signOffBanner->setText(
            open > 0 ? tr("Not signed off yet: %1 still need a decision (approve, reject or "
                          "fix them), then sign off the batch.")
                           .arg(plural(open, tr("row"), tr("rows")))
                     : tr("Every row is decided. Sign off the batch to freeze the %1 for "
                          "issuing.")
                           .arg(plural(status.approvedRows, tr("approved row"), tr("approved rows"))));
        break;
    }
    case SignOffRepository::State::Valid:
        m_signOffBanner->setStyleSheet(ThemeColors::bannerStyle(ThemeColors::Tone::Ok));
        m_signOffBanner->setText(status.message);
        break;
    case SignOffRepository::State::Voided:
        m_signOffBanner->setStyleSheet(ThemeColors::bannerStyle(ThemeColors::Tone::Warning));
        m_signOffBanner->setText(QStringLiteral("⚠ ") + status.message);
        break;
    }
    m_signOffBanner->setProperty("signOffState", int(status.state));
    m_signOffBanner->show();
}

void ReviewPage::updateDetails()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1) {
        m_details->showNothing(int(rows.size()));
        return;
    }
    const auto details = m_repository->details(m_model->idAt(rows.first().row()));
    if (details)
        m_details->showDetails(*details);
    else
        m_details->showNothing(0);
}

void ReviewPage::showMessage(const QString& message, bool error)
{
    m_message->setStyleSheet(error ? ThemeColors::bannerStyle(ThemeColors::Tone::Error)
                                   : ThemeColors::bannerStyle(ThemeColors::Tone::Info));
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QList<qint64> ReviewPage::selectedIds() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const QModelIndex& i : std::as_const(rows))
        ids.append(m_model->idAt(i.row()));
    return ids;
}

void ReviewPage::filterFromCounts(std::optional<RowStatus> status, std::optional<ReasonCode> reason)
{
    // One line of the panel at a time; search, school and assessment stay as they are.
    m_model->setReasonFilter(std::nullopt);
    m_model->setStatusFilter(status ? QSet<RowStatus>{*status} : QSet<RowStatus>());
    if (reason)
        m_model->setReasonFilter(reason);
    updateSummary();
}

bool ReviewPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
    return true;
}

// --- actions ----------------------------------------------------------------------------------

void ReviewPage::refreshRows(const QList<qint64>& ids)
{
    if (ids.isEmpty())
        return;
    if (ids.size() > kRefreshWholeBatchAbove && m_model->totalRows() >= s_backgroundLoadThreshold)
        reload(); // a large batch reads again on the worker
    else if (ids.size() > kRefreshWholeBatchAbove)
        m_model->updateRows(m_repository->rows(m_batch));
    else
        m_model->updateRows(m_repository->rowsById(ids));
}

void ReviewPage::applied(const ReviewRepository::Change& change, bool undone, const QString& what)
{
    refreshRows(change.changed);
    QString message;
    if (!change.ok) {
        showMessage(change.error, true);
    } else {
        message = undone ? tr("Undone: %1.").arg(what) : what;
        if (!change.skipped.isEmpty()) {
            QStringList why;
            for (int i = 0; i < std::min<qsizetype>(3, change.skipped.size()); ++i)
                why << change.skipped.at(i).why;
            message += QLatin1Char(' ') + tr("%1 left as they were: %2")
                                              .arg(plural(int(change.skipped.size()), tr("row"), tr("rows")),
                                                   why.join(QLatin1Char(' ')));
            if (change.skipped.size() > 3)
                message += QLatin1Char(' ') + tr("(and %1 more)").arg(change.skipped.size() - 3);
        }
        showMessage(message, change.decided == 0 && !change.skipped.isEmpty());
    }
    updateSignOffBanner();
    updateSummary();
    updateDetails();
    emit reviewChanged();
}

bool ReviewPage::run(const std::function<QString(int)>& describe,
                     const std::function<ReviewRepository::Change()>& action)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ReviewRepository::Change first = action();
    QApplication::restoreOverrideCursor();
    if (!first.ok || first.decided == 0) {
        // Nothing to undo: the message says why nothing changed.
        applied(first, false, first.ok ? tr("Nothing changed.") : QString());
        return false;
    }
    const QString what = describe(first.decided);
    ReviewRepository* repo = m_repository.get();
    const qint64 batch = m_batch;
    m_undoStack->push(new ReviewCommand(
        what, first, action,
        [repo, batch](const ReviewRepository::Change& done) {
            return repo->restore(batch, done.before, AuditLog::currentActor());
        },
        [this, what](const ReviewRepository::Change& change, bool undone) {
            applied(change, undone, what);
        }));
    applied(first, false, what);
    return true;
}

void ReviewPage::approveSelected()
{
    if (m_loading)
        return;
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty()) {
        showMessage(tr("Select the rows to approve first."), true);
        return;
    }
    const int current = m_view->currentIndex().row();
    ReviewRepository* repo = m_repository.get();
    const qint64 batch = m_batch;
    const bool changed =
        run([](int n) { return tr("Approved %1").arg(plural(n, tr("row"), tr("rows"))); },
            [repo, batch, ids] { return repo->approve(batch, ids, AuditLog::currentActor()); });
    // One row at a time is a triage: once approved, the cursor moves on to the next row.
    if (changed && ids.size() == 1 && current >= 0 && current + 1 < m_model->rowCount()) {
        const QModelIndex next = m_model->index(current + 1, std::max(0, m_view->currentIndex().column()));
        m_view->setCurrentIndex(next);
        m_view->selectionModel()->select(next,
                                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

void ReviewPage::approveAllEligible()
{
    if (m_loading)
        return;
    const int eligible = m_model->count(RowStatus::Eligible);
    if (eligible == 0) {
        showMessage(tr("No row is eligible right now: nothing to approve."), true);
        return;
    }
    ReviewRepository* repo = m_repository.get();
    const qint64 batch = m_batch;
    // Undoable in one step, so no confirmation: the message says what happened.
    run([](int n) { return tr("Approved all %1").arg(plural(n, tr("eligible row"), tr("eligible rows"))); },
        [repo, batch] { return repo->approveAllEligible(batch, AuditLog::currentActor()); });
}

void ReviewPage::openReasonBar(ReasonMode mode)
{
    if (m_loading)
        return;
    m_reasonRows = selectedIds();
    if (m_reasonRows.isEmpty()) {
        showMessage(mode == ReasonMode::Reject ? tr("Select the rows to reject first.")
                                               : tr("Select the rows to override first."),
                    true);
        return;
    }
    m_reasonMode = mode;
    const QString rows = plural(int(m_reasonRows.size()), tr("row"), tr("rows"));
    m_reasonLabel->setText(mode == ReasonMode::Reject ? tr("Reject %1 because:").arg(rows)
                                                      : tr("Approve %1 over the rule because:").arg(rows));
    m_reasonEdit->setPlaceholderText(
        mode == ReasonMode::Reject ? tr("e.g. staff member, not a student; entered twice")
                                   : tr("e.g. parental consent on file; vendor no longer issues badges"));
    m_reasonEdit->clear();
    m_reasonBar->show();
    m_reasonEdit->setFocus(Qt::ShortcutFocusReason);
}

void ReviewPage::startReject()
{
    openReasonBar(ReasonMode::Reject);
}

void ReviewPage::startOverride()
{
    openReasonBar(ReasonMode::Override);
}

void ReviewPage::confirmReason()
{
    const QString reason = m_reasonEdit->text().simplified();
    if (reason.isEmpty()) {
        showMessage(
            m_reasonMode == ReasonMode::Reject
                ? tr("Write why the rows are rejected; the reason is kept in the audit log.")
                : tr("Write why the rule does not apply; an override needs a reason, kept in the audit "
                     "log."),
            true);
        m_reasonEdit->setFocus();
        return;
    }
    m_reasonBar->hide();
    m_view->setFocus();
    ReviewRepository* repo = m_repository.get();
    const qint64 batch = m_batch;
    const QList<qint64> ids = m_reasonRows;
    if (m_reasonMode == ReasonMode::Reject)
        run([](int n) { return tr("Rejected %1").arg(plural(n, tr("row"), tr("rows"))); },
            [repo, batch, ids, reason] {
                return repo->reject(batch, ids, reason, AuditLog::currentActor());
            });
    else
        run([](int n) { return tr("Approved %1 over the rule").arg(plural(n, tr("row"), tr("rows"))); },
            [repo, batch, ids, reason] {
                return repo->overrideRows(batch, ids, reason, AuditLog::currentActor());
            });
}

void ReviewPage::editEmail()
{
    if (m_loading)
        return;
    QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (rows.isEmpty()) {
            showMessage(tr("Select the row whose email to fix first."), true);
            return;
        }
        current = rows.first();
    }
    const QModelIndex cell = m_model->index(current.row(), ReviewQueueModel::Email);
    if (!(m_model->flags(cell) & Qt::ItemIsEditable)) {
        showMessage(tr("This row is being issued or was issued; its email can no longer change here."), true);
        return;
    }
    if (m_view->isColumnHidden(ReviewQueueModel::Email))
        m_view->setColumnHidden(ReviewQueueModel::Email, false);
    m_view->setCurrentIndex(cell);
    m_view->scrollTo(cell);
    m_view->edit(cell);
}

void ReviewPage::setEmail(qint64 rowId, const QString& email)
{
    const ReviewRepository::Row* row = m_model->rowById(rowId);
    if (!row)
        return;
    const QString old = row->email;
    ReviewRepository* repo = m_repository.get();
    const ReviewRepository::Change first = repo->setEmail(rowId, email, AuditLog::currentActor());
    if (!first.ok) {
        applied(first, false, QString());
        return;
    }
    const QString address = email.trimmed().toLower();
    const QString what = tr("Email of %1 set to %2").arg(ReviewQueueModel::displayName(*row), address);
    m_undoStack->push(new ReviewCommand(
        what, first,
        [repo, rowId, address] { return repo->setEmail(rowId, address, AuditLog::currentActor()); },
        [repo, rowId, old](const ReviewRepository::Change&) {
            return repo->restoreEmail(rowId, old, AuditLog::currentActor());
        },
        [this, what](const ReviewRepository::Change& change, bool undone) {
            applied(change, undone, what);
        }));
    applied(first, false, what);
}

void ReviewPage::signOff()
{
    if (m_loading)
        return;
    if (m_batch <= 0) {
        showMessage(tr("There is no batch to sign off: import an export first."), true);
        return;
    }
    const int open = m_model->count(RowStatus::Eligible) + m_model->count(RowStatus::NeedsAttention) +
                     m_model->count(RowStatus::New);
    if (open > 0) {
        showMessage(
            tr("%1 still need a decision: approve the eligible ones (Approve all eligible), and fix, reject "
               "or override those that need attention. Then sign off.")
                .arg(plural(open, tr("row"), tr("rows"))),
            true);
        return;
    }
    const int approved = m_model->count(RowStatus::Approved);
    if (approved == 0) {
        showMessage(tr("No row is approved: there is nothing to sign off."), true);
        return;
    }
    const auto answer =
        MessageBox::question(this, tr("Sign Off Batch"),
                             tr("Sign off %1 with %2 for issuing?\n\n%3 rejected, %4 excluded by rule. Any "
                                "later change to an approved row "
                                "voids the sign-off.")
                                 .arg(batchName(), plural(approved, tr("approved row"), tr("approved rows")))
                                 .arg(m_model->count(RowStatus::Rejected))
                                 .arg(m_model->count(RowStatus::Excluded)),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    SignOffRepository repository(m_db.connection());
    if (!repository.signOff(m_batch, AuditLog::currentActor())) {
        showMessage(repository.error(), true);
        return;
    }
    showMessage(tr("Signed off %1: %2 frozen for issuing.")
                    .arg(batchName(), plural(approved, tr("approved row"), tr("approved rows"))));
    updateSignOffBanner();
    emit reviewChanged();
}

void ReviewPage::copySelection()
{
    // Tab-separated, in view order, visible columns only: it pastes into a spreadsheet as cells.
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<int> columns;
    const QHeaderView* header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!m_view->isColumnHidden(logical))
            columns << logical;
    }
    const auto clean = [](QString text) {
        text.replace(QLatin1Char('\t'), QLatin1Char(' '));
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return text;
    };
    QString text;
    QStringList cells;
    for (int c : std::as_const(columns))
        cells << m_model->headerData(c, Qt::Horizontal).toString();
    text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    for (const QModelIndex& row : std::as_const(rows)) {
        cells.clear();
        for (int c : std::as_const(columns))
            cells << clean(m_model->index(row.row(), c).data().toString());
        text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    QApplication::clipboard()->setText(text);
    showMessage(tr("Copied %1 to the clipboard (with a header line).")
                    .arg(plural(int(rows.size()), tr("row"), tr("rows"))));
}

} // namespace badgedesk
