#include "IssuanceLogPage.h"
#include "ThemeColors.h"

#include "EmptyStateWidget.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "credly/CredlySession.h"
#include "issuing/AttemptModel.h"
#include "issuing/BadgeActions.h"
#include "issuing/BadgeSync.h"
#include "issuing/JournalModel.h"
#include "reports/CsvWriter.h"
#include "storage/AuditLog.h"
#include "storage/BatchRepository.h"
#include "storage/Database.h"
#include "storage/IssuanceRepository.h"
#include "storage/SettingsRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace badgedesk {

namespace {
const auto kHeaderKey = QStringLiteral("issuanceLog/header");
const auto kSplitterKey = QStringLiteral("issuanceLog/splitter");
const auto kFolderKey = QStringLiteral("issuanceLog/exportFolder");
constexpr int kWorklist = 100; // the state filter's worklist entry

int pendingAlertDays(QSqlDatabase db)
{
    bool ok = false;
    const int days = SettingsRepository(db).value(QStringLiteral("issuing.pending_alert_days")).toInt(&ok);
    return ok && days > 0 ? days : 14;
}
} // namespace

IssuanceLogPage::IssuanceLogPage(Database& db, QWidget* parent) : Page(parent), m_db(db)
{
    setObjectName(QStringLiteral("issuanceLogPage"));
    auto* emptyState =
        new EmptyStateWidget(tr("No badges issued yet"),
                             tr("Every badge sent to Credly, and every request behind it, shows here "
                                "once a batch is issued."),
                             tr("Go to Issue"), this);
    connect(emptyState, &EmptyStateWidget::actionTriggered, this,
            [this] { emit pageRequested(PageId::Issue); });
    setEmptyState(emptyState);
    buildContent();
}

IssuanceLogPage::~IssuanceLogPage()
{
    QSettings settings;
    settings.setValue(kHeaderKey, m_view->horizontalHeader()->saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
}

void IssuanceLogPage::buildContent()
{
    m_content = new QWidget(this);
    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* filters = new QHBoxLayout;
    m_batchFilter = new QComboBox(m_content);
    m_batchFilter->setObjectName(QStringLiteral("logBatchFilter"));
    m_stateFilter = new QComboBox(m_content);
    m_stateFilter->setObjectName(QStringLiteral("logStateFilter"));
    m_stateFilter->addItem(tr("All states"), QString());
    for (const char* state :
         {IssuanceRepository::kQueued, IssuanceRepository::kSending, IssuanceRepository::kIssued,
          IssuanceRepository::kAdopted, IssuanceRepository::kFailed})
        m_stateFilter->addItem(JournalModel::stateText(QLatin1String(state)), QString::fromLatin1(state));
    m_stateFilter->addItem(tr("Worklist (problems)"), kWorklist);
    m_stateFilter->setItemData(
        m_stateFilter->count() - 1,
        tr("Failed, rejected or revoked badges, and badges pending longer than %1 days.")
            .arg(pendingAlertDays(m_db.connection())),
        Qt::ToolTipRole);
    m_useDates = new QCheckBox(tr("Sent from"), m_content);
    m_useDates->setObjectName(QStringLiteral("logUseDates"));
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), m_content);
    m_from->setObjectName(QStringLiteral("logFrom"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(QDate::currentDate(), m_content);
    m_to->setObjectName(QStringLiteral("logTo"));
    m_to->setCalendarPopup(true);
    auto* batchLabel = new QLabel(tr("Batch:"), m_content);
    batchLabel->setBuddy(m_batchFilter);
    auto* showLabel = new QLabel(tr("Show:"), m_content);
    showLabel->setBuddy(m_stateFilter);
    auto* toLabel = new QLabel(tr("to"), m_content);
    toLabel->setBuddy(m_to);
    m_from->setAccessibleName(tr("Sent from"));
    m_to->setAccessibleName(tr("Sent until"));
    filters->addWidget(batchLabel);
    filters->addWidget(m_batchFilter);
    filters->addWidget(showLabel);
    filters->addWidget(m_stateFilter);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addStretch(1);
    layout->addLayout(filters);
    connect(m_batchFilter, &QComboBox::currentIndexChanged, this, &IssuanceLogPage::reload);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &IssuanceLogPage::reload);
    connect(m_useDates, &QCheckBox::toggled, this, &IssuanceLogPage::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &IssuanceLogPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &IssuanceLogPage::reload);

    auto* actions = new QHBoxLayout;
    m_syncButton = new QPushButton(tr("&Sync from Credly"), m_content);
    m_syncButton->setObjectName(QStringLiteral("logSyncButton"));
    m_syncButton->setToolTip(
        tr("Read each issued badge's state (pending, accepted, rejected, revoked) from Credly."));
    m_retryButton = new QPushButton(tr("Re&try Failed"), m_content);
    m_retryButton->setObjectName(QStringLiteral("logRetryButton"));
    m_retryButton->setToolTip(
        tr("Queue the selected failed rows (or all failed rows of the batch) again; issue the "
           "batch again on the Issue page."));
    m_revokeButton = new QPushButton(tr("Re&voke…"), m_content);
    m_revokeButton->setObjectName(QStringLiteral("logRevokeButton"));
    m_replaceButton = new QPushButton(tr("Fix &Email…"), m_content);
    m_replaceButton->setObjectName(QStringLiteral("logReplaceButton"));
    m_replaceButton->setToolTip(tr("Replace a pending badge so it goes to a corrected email."));
    m_exportButton = new QPushButton(tr("E&xport View…"), m_content);
    m_exportButton->setObjectName(QStringLiteral("logExportButton"));
    connect(m_syncButton, &QPushButton::clicked, this, &IssuanceLogPage::syncFromCredly);
    connect(m_retryButton, &QPushButton::clicked, this, &IssuanceLogPage::retryFailed);
    connect(m_revokeButton, &QPushButton::clicked, this, &IssuanceLogPage::askRevoke);
    connect(m_replaceButton, &QPushButton::clicked, this, &IssuanceLogPage::askReplaceEmail);
    connect(m_exportButton, &QPushButton::clicked, this, &IssuanceLogPage::exportView);
    for (QPushButton* b : {m_syncButton, m_retryButton, m_revokeButton, m_replaceButton, m_exportButton})
        actions->addWidget(b);
    actions->addStretch(1);
    layout->addLayout(actions);

    m_summary = new QLabel(m_content);
    m_summary->setObjectName(QStringLiteral("logSummary"));
    m_message = new QLabel(m_content);
    m_message->setObjectName(QStringLiteral("logMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);

    m_model = new JournalModel(this);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(Qt::EditRole);
    m_view = new QTableView(m_content);
    m_view->setObjectName(QStringLiteral("logTable"));
    // Tab leaves the table (arrows move between cells), so the keyboard is never trapped in it.
    m_view->setTabKeyNavigation(false);
    m_view->setAccessibleName(tr("Issued badges"));
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(JournalModel::RowColumn, Qt::AscendingOrder);
    m_view->setWordWrap(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    if (!m_view->horizontalHeader()->restoreState(QSettings().value(kHeaderKey).toByteArray())) {
        m_view->setColumnWidth(JournalModel::BatchColumn, 70);
        m_view->setColumnWidth(JournalModel::RowColumn, 55);
        m_view->setColumnWidth(JournalModel::NameColumn, 130);
        m_view->setColumnWidth(JournalModel::EmailColumn, 180);
        m_view->setColumnWidth(JournalModel::AssessmentColumn, 80);
        m_view->setColumnWidth(JournalModel::StateColumn, 110);
        m_view->setColumnWidth(JournalModel::BadgeStateColumn, 80);
        m_view->setColumnWidth(JournalModel::SentColumn, 120);
        m_view->setColumnWidth(JournalModel::TriesColumn, 50);
        m_view->setColumnWidth(JournalModel::BadgeColumn, 120);
    }
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetails();
        updateButtons();
    });

    auto* detailsPane = new QWidget(m_content);
    auto* detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_details = new QLabel(detailsPane);
    m_details->setObjectName(QStringLiteral("logDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_attempts = new AttemptModel(this);
    m_attemptView = new QTableView(detailsPane);
    m_attemptView->setObjectName(QStringLiteral("logAttempts"));
    // Tab leaves the table (arrows move between cells), so the keyboard is never trapped in it.
    m_attemptView->setTabKeyNavigation(false);
    m_attemptView->setAccessibleName(tr("Requests to Credly for this row"));
    m_attemptView->setModel(m_attempts);
    m_attemptView->verticalHeader()->hide();
    m_attemptView->setWordWrap(false);
    m_attemptView->horizontalHeader()->setStretchLastSection(true);
    m_attemptView->setColumnWidth(AttemptModel::TimeColumn, 170);
    m_attemptView->setColumnWidth(AttemptModel::PurposeColumn, 60);
    m_attemptView->setColumnWidth(AttemptModel::RequestColumn, 220);
    detailsLayout->addWidget(m_details);
    detailsLayout->addWidget(new QLabel(tr("Requests to Credly for this row:"), detailsPane));
    detailsLayout->addWidget(m_attemptView, 1);

    m_splitter = new QSplitter(Qt::Horizontal, m_content);
    m_splitter->setObjectName(QStringLiteral("logSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(detailsPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->restoreState(QSettings().value(kSplitterKey).toByteArray());
    layout->addWidget(m_splitter, 1);

    Page::layout()->addWidget(m_content);
    updateButtons();
}

void IssuanceLogPage::setCredlySession(CredlySession* session)
{
    m_session = session;
    updateButtons();
}

void IssuanceLogPage::setBatch(qint64 batchId)
{
    m_currentBatch = batchId;
    reload();
    const int index = m_batchFilter->findData(batchId);
    if (index >= 0)
        m_batchFilter->setCurrentIndex(index);
}

void IssuanceLogPage::showCertification(qint64 certificationId)
{
    const auto find = [this, certificationId]() -> int {
        auto* proxy = qobject_cast<QSortFilterProxyModel*>(m_view->model());
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const auto* entry = m_model->entryAt(proxy->mapToSource(proxy->index(r, 0)).row());
            if (entry && entry->certificationId == certificationId)
                return r;
        }
        return -1;
    };
    int row = find();
    if (row < 0 && (m_stateFilter->currentIndex() != 0 || m_useDates->isChecked())) {
        const QSignalBlocker blockState(m_stateFilter);
        const QSignalBlocker blockDates(m_useDates);
        m_stateFilter->setCurrentIndex(0);
        m_useDates->setChecked(false);
        reload();
        row = find();
    }
    if (row < 0)
        return;
    m_view->selectRow(row);
    m_view->scrollTo(m_view->model()->index(row, 0), QAbstractItemView::PositionAtCenter);
    m_view->setFocus(Qt::OtherFocusReason);
}

void IssuanceLogPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    reload();
}

void IssuanceLogPage::reload()
{
    // The batch list first (a new month may have appeared), keeping the choice.
    const QVariant chosen = m_batchFilter->count() ? m_batchFilter->currentData() : QVariant(m_currentBatch);
    {
        const QSignalBlocker block(m_batchFilter);
        m_batchFilter->clear();
        m_batchFilter->addItem(tr("All batches"), qint64(0));
        for (const auto& b : BatchRepository(m_db.connection()).all())
            m_batchFilter->addItem(b.displayName(), b.id);
        const int index = m_batchFilter->findData(chosen);
        m_batchFilter->setCurrentIndex(index >= 0 ? index : 0);
    }
    const qint64 keep = selectedJournalId();
    IssuanceRepository::Filter filter;
    filter.environment = m_db.environment();
    filter.batchId = m_batchFilter->currentData().toLongLong();
    const QVariant state = m_stateFilter->currentData();
    if (state.typeId() == QMetaType::Int && state.toInt() == kWorklist) {
        filter.exceptionsOnly = true;
        filter.pendingDays = pendingAlertDays(m_db.connection());
    } else if (!state.toString().isEmpty()) {
        filter.states = {state.toString()};
    }
    m_from->setEnabled(m_useDates->isChecked());
    m_to->setEnabled(m_useDates->isChecked());
    if (m_useDates->isChecked()) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    const auto entries = IssuanceRepository(m_db.connection()).search(filter);
    m_model->setEntries(entries);

    const bool empty = !IssuanceRepository(m_db.connection()).hasEntries(m_db.environment());
    emptyState()->setVisible(empty);
    m_content->setVisible(!empty);

    int issued = 0;
    int failed = 0;
    for (const auto& e : entries) {
        issued += e.isSettled() ? 1 : 0;
        failed += e.state == QLatin1String(IssuanceRepository::kFailed) ? 1 : 0;
    }
    m_summary->setText(
        tr("%n row(s) in view in %1: %2 issued, %3 failed.", nullptr, static_cast<int>(entries.size()))
            .arg(environmentLabel(m_db.environment()))
            .arg(issued)
            .arg(failed));
    // Keep the selected row selected.
    for (int r = 0; r < m_view->model()->rowCount(); ++r) {
        if (m_view->model()->index(r, 0).data(JournalModel::JournalIdRole).toLongLong() == keep && keep) {
            m_view->selectRow(r);
            break;
        }
    }
    updateDetails();
    updateButtons();
}

QList<qint64> IssuanceLogPage::selectedJournalIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids.append(index.data(JournalModel::JournalIdRole).toLongLong());
    return ids;
}

qint64 IssuanceLogPage::selectedJournalId() const
{
    const auto ids = selectedJournalIds();
    return ids.size() == 1 ? ids.first() : 0;
}

void IssuanceLogPage::updateDetails()
{
    const qint64 id = selectedJournalId();
    const auto entry = id ? IssuanceRepository(m_db.connection()).entry(id) : std::nullopt;
    if (!entry) {
        m_details->setText(tr("Select a row to see its details and every request made for it."));
        m_attempts->setAttempts({});
        return;
    }
    const auto& e = *entry;
    QStringList lines;
    lines << tr("<b>%1</b> (row %2 of %3, %4)")
                 .arg(e.displayName().toHtmlEscaped())
                 .arg(e.certificationId)
                 .arg(e.batchMonth, e.assessmentCode.toHtmlEscaped());
    lines << tr("Email: %1").arg(e.currentEmail().toHtmlEscaped()) +
                 (e.recipientEmail.isEmpty()
                      ? QString()
                      : tr(" (changed by a replace; was %1)").arg(e.email.toHtmlEscaped()));
    lines << tr("State: %1%2")
                 .arg(JournalModel::stateText(e.state),
                      e.recovered ? tr(", found at Credly after an interruption") : QString());
    if (!e.badgeId.isEmpty())
        lines << tr("Credly badge %1: %2%3")
                     .arg(e.badgeId, e.badgeState.isEmpty() ? tr("state unknown") : e.badgeState,
                          e.syncedAt.isValid()
                              ? tr(" (checked %1)")
                                    .arg(e.syncedAt.toLocalTime().toString(QStringLiteral("d MMM HH:mm")))
                              : QString());
    if (!e.revocationReason.isEmpty())
        lines << tr("Revoked because: %1").arg(e.revocationReason.toHtmlEscaped());
    if (!e.replacesBadgeId.isEmpty())
        lines << tr("Replaces badge %1").arg(e.replacesBadgeId);
    if (!e.errorMessage.isEmpty())
        lines << QStringLiteral("<span style='color:%1'>%2</span>")
                     .arg(ThemeColors::text(ThemeColors::Tone::Error).name(), e.errorMessage.toHtmlEscaped());
    lines << tr("Template %1 · earner id %2 · %n send(s)", nullptr, e.attempts).arg(e.templateId, e.earnerId);
    m_details->setText(lines.join(QStringLiteral("<br>")));
    m_attempts->setAttempts(IssuanceRepository(m_db.connection()).attempts(id));
}

void IssuanceLogPage::updateButtons()
{
    const bool ready = m_session && m_session->isReady();
    const bool busy = (m_sync && m_sync->isRunning()) || (m_actions && m_actions->isBusy());
    const qint64 id = selectedJournalId();
    const auto entry = id ? IssuanceRepository(m_db.connection()).entry(id) : std::nullopt;
    m_syncButton->setEnabled(ready && !busy);
    m_retryButton->setEnabled(!busy);
    m_revokeButton->setEnabled(ready && !busy && entry && !entry->badgeId.isEmpty() &&
                               entry->badgeState != QLatin1String("revoked"));
    m_replaceButton->setEnabled(ready && !busy && entry && entry->badgeState == QLatin1String("pending"));
    m_exportButton->setEnabled(m_model->rowCount() > 0);
}

void IssuanceLogPage::showMessage(const QString& message, bool problem)
{
    m_message->setText(message);
    m_message->setStyleSheet(
        problem ? QStringLiteral("color: %1;").arg(ThemeColors::text(ThemeColors::Tone::Error).name())
                : QString());
    emit statusMessage(message);
}

void IssuanceLogPage::syncFromCredly()
{
    if (!m_session || !m_session->isReady() || m_sync)
        return;
    m_sync = new BadgeSync(m_db.connection(), m_session->client(), m_session->environment(),
                           m_batchFilter->currentData().toLongLong(), this);
    connect(m_sync, &BadgeSync::progressChanged, this, [this](int done, int total) {
        m_message->setText(tr("Reading badge states from Credly: %1 of %2…").arg(done).arg(total));
    });
    connect(m_sync, &BadgeSync::finished, this, [this] {
        const BadgeSync::Result r = m_sync->result();
        m_sync->deleteLater();
        m_sync.clear();
        reload();
        showMessage(r.summary(), !r.isOk());
    });
    m_sync->start();
    updateButtons();
}

void IssuanceLogPage::retryFailed()
{
    IssuanceRepository repo(m_db.connection());
    QMap<qint64, QList<qint64>> byBatch;
    for (qint64 id : selectedJournalIds()) {
        const auto e = repo.entry(id);
        if (e && e->state == QLatin1String(IssuanceRepository::kFailed))
            byBatch[e->batchId].append(id);
    }
    const qint64 batch = m_batchFilter->currentData().toLongLong();
    if (byBatch.isEmpty() && batch > 0)
        byBatch[batch] = {};
    if (byBatch.isEmpty()) {
        showMessage(tr("Select the failed rows to retry, or pick a batch to retry all its failed rows."),
                    true);
        return;
    }
    int queued = 0;
    for (auto it = byBatch.cbegin(); it != byBatch.cend(); ++it) {
        const int n = repo.retryFailed(it.key(), m_db.environment(), it.value());
        if (n < 0) {
            showMessage(tr("The rows could not be queued again: %1").arg(repo.error()), true);
            return;
        }
        queued += n;
    }
    reload();
    emit batchesChanged();
    showMessage(queued == 0
                    ? tr("No failed rows to retry here.")
                    : tr("%n row(s) queued again. Issue the batch on the Issue page to send them (rows whose "
                         "outcome was unknown are looked up at Credly first).",
                         nullptr, queued));
}

void IssuanceLogPage::askRevoke()
{
    const qint64 id = selectedJournalId();
    const auto entry = id ? IssuanceRepository(m_db.connection()).entry(id) : std::nullopt;
    if (!entry || entry->badgeId.isEmpty())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Revoke Badge"),
        tr("Revoke the badge of %1 (%2)? The earner sees it revoked; Credly requires a reason:")
            .arg(entry->displayName(), entry->assessmentCode),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    revokeSelected(reason);
}

void IssuanceLogPage::revokeSelected(const QString& reason)
{
    const qint64 id = selectedJournalId();
    const auto entry = id ? IssuanceRepository(m_db.connection()).entry(id) : std::nullopt;
    if (!entry || !m_session || m_actions)
        return;
    if (reason.trimmed().isEmpty()) {
        showMessage(tr("Not revoked: give a reason (Credly requires one, and it is kept in the audit log)."),
                    true);
        return;
    }
    m_actions = new BadgeActions(m_db.connection(), m_session->client(), m_session->environment(), this);
    connect(m_actions, &BadgeActions::finished, this, [this](const BadgeActions::Result& r) {
        m_actions->deleteLater();
        m_actions.clear();
        reload();
        showMessage(r.message, !r.ok);
    });
    m_actions->revoke(entry->badgeId, reason, AuditLog::currentActor());
    updateButtons();
}

void IssuanceLogPage::askReplaceEmail()
{
    const qint64 id = selectedJournalId();
    const auto entry = id ? IssuanceRepository(m_db.connection()).entry(id) : std::nullopt;
    if (!entry)
        return;
    bool ok = false;
    const QString email = QInputDialog::getText(this, tr("Fix Email"),
                                                tr("The badge of %1 is still pending at %2. Send it to this "
                                                   "email instead (Credly replaces the badge):")
                                                    .arg(entry->displayName(), entry->currentEmail()),
                                                QLineEdit::Normal, entry->currentEmail(), &ok);
    if (!ok)
        return;
    replaceSelectedEmail(email);
}

void IssuanceLogPage::replaceSelectedEmail(const QString& email)
{
    const qint64 id = selectedJournalId();
    if (!id || !m_session || m_actions)
        return;
    m_actions = new BadgeActions(m_db.connection(), m_session->client(), m_session->environment(), this);
    connect(m_actions, &BadgeActions::finished, this, [this](const BadgeActions::Result& r) {
        m_actions->deleteLater();
        m_actions.clear();
        reload();
        showMessage(r.message, !r.ok);
    });
    m_actions->replaceEmail(id, email, AuditLog::currentActor());
    updateButtons();
}

bool IssuanceLogPage::exportTo(const QString& path)
{
    QList<QStringList> rows;
    const QAbstractItemModel* view = m_view->model();
    const QHeaderView* header = m_view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    QStringList head;
    for (int c : std::as_const(columns))
        head << view->headerData(c, Qt::Horizontal).toString();
    rows.append(head);
    for (int r = 0; r < view->rowCount(); ++r) {
        QStringList row;
        for (int c : std::as_const(columns))
            row << view->index(r, c).data().toString();
        rows.append(row);
    }
    CsvWriter writer;
    if (!writer.writeFile(path, rows)) {
        showMessage(tr("The view was not exported: %1").arg(writer.errorMessage()), true);
        return false;
    }
    showMessage(tr("Exported %n row(s) to %1.", nullptr, static_cast<int>(rows.size() - 1))
                    .arg(QDir::toNativeSeparators(path)));
    return true;
}

void IssuanceLogPage::exportView()
{
    QSettings settings;
    const QString folder = settings.value(kFolderKey, QDir::homePath()).toString();
    const QString path = FileDialog::getSaveFileName(
        this, tr("Export Issuance Log"),
        folder + QStringLiteral("/issuance-log-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)),
        tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    settings.setValue(kFolderKey, QFileInfo(path).absolutePath());
    exportTo(path);
}

} // namespace badgedesk
