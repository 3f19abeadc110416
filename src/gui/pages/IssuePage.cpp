#include "IssuePage.h"
#include "ThemeColors.h"

#include "EmptyStateWidget.h"
#include "MessageBox.h"
#include "credly/CredlySession.h"
#include "issuing/IssueJob.h"
#include "issuing/IssueOptions.h"
#include "issuing/Preflight.h"
#include "issuing/PreflightModel.h"
#include "storage/AuditLog.h"
#include "storage/BatchRepository.h"
#include "storage/Database.h"
#include "storage/IssuanceRepository.h"

#include <QComboBox>
#include <QDateTime>
#include <QEventLoop>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace badgedesk {

namespace {
const auto kHeaderKey = QStringLiteral("issuePage/preflightHeader");
} // namespace

IssuePage::IssuePage(Database& db, QWidget* parent) : Page(parent), m_db(db)
{
    setObjectName(QStringLiteral("issuePage"));
    auto* emptyState =
        new EmptyStateWidget(tr("Nothing approved to issue yet"),
                             tr("Badges are issued from a signed-off batch once the students have been "
                                "notified. Review and approve this month's rows first."),
                             tr("Go to Review"), this);
    connect(emptyState, &EmptyStateWidget::actionTriggered, this,
            [this] { emit pageRequested(PageId::Review); });
    setEmptyState(emptyState);
    buildContent();
    refresh();
}

IssuePage::~IssuePage()
{
    QSettings().setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
}

void IssuePage::buildContent()
{
    m_content = new QWidget(this);
    m_content->setObjectName(QStringLiteral("issueContent"));
    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);

    m_title = new QLabel(m_content);
    m_title->setObjectName(QStringLiteral("issueTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_signOff = new QLabel(m_content);
    m_signOff->setObjectName(QStringLiteral("issueSignOff"));
    m_signOff->setWordWrap(true);
    m_notice = new QLabel(m_content);
    m_notice->setObjectName(QStringLiteral("issueNotice"));
    m_notice->setWordWrap(true);
    layout->addWidget(m_signOff);
    layout->addWidget(m_notice);

    // The offer to finish a run that did not end (closed, crashed, canceled, stopped).
    m_resumeBanner = new QFrame(m_content);
    m_resumeBanner->setObjectName(QStringLiteral("issueResumeBanner"));
    m_resumeBanner->setFrameShape(QFrame::StyledPanel);
    m_resumeBanner->setStyleSheet(
        QStringLiteral(
            "QFrame#issueResumeBanner { background: %1; border: 1px solid %2; } QFrame#issueResumeBanner "
            "QLabel { color: %3; }")
            .arg(ThemeColors::panel(ThemeColors::Tone::Warning).name(),
                 ThemeColors::text(ThemeColors::Tone::Warning).name(),
                 ThemeColors::panelText(ThemeColors::Tone::Warning).name()));
    auto* bannerLayout = new QHBoxLayout(m_resumeBanner);
    m_resumeText = new QLabel(m_resumeBanner);
    m_resumeText->setObjectName(QStringLiteral("issueResumeText"));
    m_resumeText->setWordWrap(true);
    m_resumeButton = new QPushButton(tr("&Resume Issuing"), m_resumeBanner);
    m_resumeButton->setObjectName(QStringLiteral("issueResumeButton"));
    connect(m_resumeButton, &QPushButton::clicked, this, &IssuePage::startIssuing);
    bannerLayout->addWidget(m_resumeText, 1);
    bannerLayout->addWidget(m_resumeButton);
    layout->addWidget(m_resumeBanner);

    auto* options = new QHBoxLayout;
    auto* form = new QFormLayout;
    m_concurrency = new QSpinBox(m_content);
    m_concurrency->setObjectName(QStringLiteral("issueConcurrency"));
    m_concurrency->setRange(1, 16);
    m_concurrency->setToolTip(
        tr("How many requests go to Credly at once. 4 is a good start; lower it if Credly "
           "asks to slow down often."));
    m_rate = new QSpinBox(m_content);
    m_rate->setObjectName(QStringLiteral("issueRate"));
    m_rate->setRange(0, 6000);
    m_rate->setSingleStep(30);
    m_rate->setSpecialValueText(tr("no cap"));
    m_rate->setSuffix(tr(" per minute"));
    m_rate->setToolTip(tr("A ceiling on requests per minute; Credly's own limit is not published."));
    m_concurrency->setMaximumWidth(160);
    m_rate->setMaximumWidth(160);
    form->addRow(tr("Requests at once:"), m_concurrency);
    form->addRow(tr("Rate cap:"), m_rate);
    m_overrideLabel = new QLabel(tr("Issue before the notice wait, because:"), m_content);
    m_override = new QLineEdit(m_content);
    m_override->setObjectName(QStringLiteral("issueNoticeOverride"));
    m_override->setPlaceholderText(tr("the reason, kept in the audit log"));
    m_override->setClearButtonEnabled(true);
    connect(m_override, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_check.overrideGiven = !text.trimmed().isEmpty();
        updateButtons();
    });
    m_override->setMinimumWidth(420);
    form->addRow(m_overrideLabel, m_override);
    options->addLayout(form);
    options->addStretch(1);
    layout->addLayout(options);

    auto* buttons = new QHBoxLayout;
    m_preflightButton = new QPushButton(tr("&Preflight"), m_content);
    m_preflightButton->setObjectName(QStringLiteral("issuePreflightButton"));
    m_preflightButton->setToolTip(
        tr("Check templates and existing badges at Credly and predict each row's outcome. "
           "Nothing is sent."));
    m_startButton = new QPushButton(tr("&Issue Badges…"), m_content);
    m_startButton->setObjectName(QStringLiteral("issueStartButton"));
    m_pauseButton = new QPushButton(tr("P&ause"), m_content);
    m_pauseButton->setObjectName(QStringLiteral("issuePauseButton"));
    m_cancelButton = new QPushButton(tr("&Cancel"), m_content);
    m_cancelButton->setObjectName(QStringLiteral("issueCancelButton"));
    connect(m_preflightButton, &QPushButton::clicked, this, &IssuePage::runPreflight);
    connect(m_startButton, &QPushButton::clicked, this, &IssuePage::startIssuing);
    connect(m_pauseButton, &QPushButton::clicked, this, &IssuePage::togglePause);
    connect(m_cancelButton, &QPushButton::clicked, this, &IssuePage::cancelIssuing);
    buttons->addWidget(m_preflightButton);
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_pauseButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_progressBar = new QProgressBar(m_content);
    m_progressBar->setObjectName(QStringLiteral("issueProgressBar"));
    m_progressBar->setTextVisible(true);
    m_progressLabel = new QLabel(m_content);
    m_progressLabel->setObjectName(QStringLiteral("issueProgressLabel"));
    m_note = new QLabel(m_content);
    m_note->setObjectName(QStringLiteral("issueNote"));
    m_note->setWordWrap(true);
    m_message = new QLabel(m_content);
    m_message->setObjectName(QStringLiteral("issueMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_note);
    layout->addWidget(m_message);

    auto* tableBar = new QHBoxLayout;
    m_preflightSummary = new QLabel(tr("Run the preflight to see what each row will do."), m_content);
    m_preflightSummary->setObjectName(QStringLiteral("issuePreflightSummary"));
    m_preflightSummary->setWordWrap(true);
    m_filter = new QComboBox(m_content);
    m_filter->setObjectName(QStringLiteral("issuePreflightFilter"));
    tableBar->addWidget(m_preflightSummary, 1);
    auto* showLabel = new QLabel(tr("Show:"), m_content);
    showLabel->setBuddy(m_filter);
    tableBar->addWidget(showLabel);
    tableBar->addWidget(m_filter);
    layout->addLayout(tableBar);

    m_preflightModel = new PreflightModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_preflightModel);
    m_proxy->setFilterRole(PreflightModel::OutcomeRole);
    m_table = new QTableView(m_content);
    m_table->setObjectName(QStringLiteral("issuePreflightTable"));
    // Tab leaves the table (arrows move between cells), so the keyboard is never trapped in it.
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Preflight: the outcome of each row"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PreflightModel::RowColumn, Qt::AscendingOrder);
    m_table->setWordWrap(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    if (!m_table->horizontalHeader()->restoreState(QSettings().value(kHeaderKey).toByteArray())) {
        m_table->setColumnWidth(PreflightModel::RowColumn, 60);
        m_table->setColumnWidth(PreflightModel::NameColumn, 150);
        m_table->setColumnWidth(PreflightModel::EmailColumn, 200);
        m_table->setColumnWidth(PreflightModel::AssessmentColumn, 90);
        m_table->setColumnWidth(PreflightModel::TemplateColumn, 200);
        m_table->setColumnWidth(PreflightModel::OutcomeColumn, 130);
    }
    layout->addWidget(m_table, 1);

    m_filter->addItem(tr("All rows"), -1);
    for (auto outcome :
         {PreflightRow::Outcome::Issue, PreflightRow::Outcome::AtCredly, PreflightRow::Outcome::AlreadyIssued,
          PreflightRow::Outcome::Blocked, PreflightRow::Outcome::Unchecked})
        m_filter->addItem(PreflightRow::outcomeText(outcome), static_cast<int>(outcome));
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const int outcome = m_filter->currentData().toInt();
        m_proxy->setFilterRegularExpression(
            outcome < 0 ? QRegularExpression() : QRegularExpression(QStringLiteral("^%1$").arg(outcome)));
    });

    static_cast<QVBoxLayout*>(Page::layout())->addWidget(m_content);
}

void IssuePage::setCredlySession(CredlySession* session)
{
    m_session = session;
    if (!session)
        return;
    const IssueOptions stored = IssueOptions::load(m_db.connection());
    m_concurrency->setValue(stored.concurrency);
    m_rate->setValue(stored.ratePerMinute);
    refresh();
}

void IssuePage::setBatch(qint64 batchId)
{
    if (batchId == m_batchId)
        return;
    m_batchId = batchId;
    m_preflightModel->setRows({});
    m_preflightSummary->setText(tr("Run the preflight to see what each row will do."));
    m_message->clear();
    m_override->clear();
    m_announcedInterruption = false;
    updateFilterCounts();
    refresh();
}

IssueGate::Check IssuePage::gate() const
{
    return IssueGate::check(m_db.connection(), m_batchId, m_override->text());
}

bool IssuePage::isIssuing() const
{
    return m_job && m_job->isRunning();
}

void IssuePage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (m_batchId > 0 && !isIssuing())
        refresh();
}

void IssuePage::refresh()
{
    const CredlyEnvironment environment = m_db.environment();
    const auto summary = m_batchId > 0 ? BatchRepository(m_db.connection()).byId(m_batchId) : std::nullopt;
    const IssueGate::Check check = m_check = gate();
    IssuanceRepository repo(m_db.connection());
    const auto counts = repo.counts(m_batchId, environment);
    const bool empty = !summary || check.approvedRows == 0;
    emptyState()->setVisible(empty && !isIssuing());
    m_content->setVisible(!empty || isIssuing());
    if (!summary) {
        updateButtons();
        return;
    }
    m_title->setText(tr("Issue %1 to %2").arg(summary->displayName(), environmentLabel(environment)));
    m_signOff->setText((check.signedOff ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) +
                       check.signOffMessage);
    m_notice->setText((check.noticeWaitOver ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) +
                      check.noticeText());
    m_overrideLabel->setVisible(!check.noticeWaitOver);
    m_override->setVisible(!check.noticeWaitOver);

    // A run that did not finish, or rows still waiting: offer to carry on.
    const auto unfinished = repo.unfinishedRun(m_batchId, environment);
    const int waiting =
        counts.state(IssuanceRepository::kQueued) + counts.state(IssuanceRepository::kSending);
    if (!isIssuing() && unfinished) {
        m_resumeText->setText(
            tr("A run of this batch was interrupted (started %1; %2 issued by then). Resuming checks at "
               "Credly the "
               "rows that were in flight, then sends the rest; no badge is issued twice.")
                .arg(unfinished->startedAt.toLocalTime().toString(QStringLiteral("d MMM HH:mm")))
                .arg(counts.settled()));
        m_resumeBanner->show();
        if (!m_announcedInterruption) {
            m_announcedInterruption = true;
            emit statusMessage(tr("Issuing of %1 was interrupted; the Issue page offers to resume it.")
                                   .arg(summary->displayName()));
        }
    } else if (!isIssuing() && waiting > 0) {
        const auto runs = repo.runs(m_batchId, environment);
        const QString why = runs.isEmpty() || runs.last().stopReason.isEmpty()
                                ? QString()
                                : QLatin1Char(' ') + runs.last().stopReason;
        m_resumeText->setText(tr("%n row(s) still wait to be sent.", nullptr, waiting) + why);
        m_resumeBanner->show();
    } else {
        m_resumeBanner->hide();
    }
    if (!isIssuing()) {
        m_progressBar->setRange(0, std::max(1, counts.approved));
        m_progressBar->setValue(counts.settled() + counts.state(IssuanceRepository::kFailed));
        m_progressLabel->setText(tr("%1 of %2 approved rows issued (%3 already at Credly), %4 failed.")
                                     .arg(counts.settled())
                                     .arg(counts.approved)
                                     .arg(counts.state(IssuanceRepository::kAdopted))
                                     .arg(counts.state(IssuanceRepository::kFailed)));
        m_note->clear();
    }
    updateButtons();
}

void IssuePage::updateButtons()
{
    const bool running = isIssuing();
    const bool checking = m_preflight && m_preflight->isRunning();
    const IssueGate::Check& check = m_check;
    const bool ready = m_session && m_session->isReady();
    m_preflightButton->setEnabled(!running && !checking && m_batchId > 0 && ready);
    m_startButton->setEnabled(!running && !checking && check.canIssue() && ready);
    m_resumeButton->setEnabled(!running && !checking && check.canIssue() && ready);
    m_startButton->setToolTip(!ready ? (m_session ? m_session->problem() : tr("Credly is not set up."))
                                     : check.problem());
    m_resumeButton->setToolTip(m_startButton->toolTip());
    m_pauseButton->setEnabled(running);
    m_pauseButton->setText(m_job && m_job->isPaused() ? tr("&Resume") : tr("P&ause"));
    m_cancelButton->setEnabled(running || checking);
    m_concurrency->setEnabled(!running);
    m_rate->setEnabled(!running);
    m_override->setEnabled(!running);
}

void IssuePage::showMessage(const QString& message, bool problem)
{
    m_message->setText(message);
    m_message->setStyleSheet(
        problem ? QStringLiteral("color: %1;").arg(ThemeColors::text(ThemeColors::Tone::Error).name())
                : QString());
    emit statusMessage(message);
}

void IssuePage::runPreflight()
{
    if (!m_session || !m_session->isReady()) {
        showMessage(m_session ? m_session->problem() : tr("Credly is not set up."), true);
        return;
    }
    if (m_preflight)
        return;
    m_preflight = new Preflight(m_db.connection(), m_session->client(), m_session->environment(), m_batchId,
                                m_concurrency->value(), this);
    connect(m_preflight, &Preflight::progressChanged, this, [this](int done, int total) {
        m_progressBar->setRange(0, std::max(1, total));
        m_progressBar->setValue(done);
        m_progressLabel->setText(tr("Preflight: %1 of %2 look-ups at Credly…").arg(done).arg(total));
    });
    connect(m_preflight, &Preflight::finished, this, &IssuePage::onPreflightFinished);
    m_message->clear();
    m_progressLabel->setText(tr("Preflight: checking the badge templates at Credly…"));
    m_preflight->start();
    updateButtons();
}

void IssuePage::onPreflightFinished()
{
    if (!m_preflight)
        return;
    const Preflight::Result r = m_preflight->result();
    m_preflight->deleteLater();
    m_preflight.clear();
    if (!r.message.isEmpty()) {
        showMessage(r.message, true);
        refresh();
        return;
    }
    m_preflightModel->setRows(r.rows);
    m_preflightSummary->setText(tr("Preflight (nothing sent): %1").arg(r.summary()));
    updateFilterCounts();
    if (r.error.isError())
        showMessage(r.error.userText(), true);
    else if (r.canceled)
        showMessage(tr("Preflight canceled."));
    else
        emit statusMessage(tr("Preflight done: %1").arg(r.summary()));
    refresh();
}

void IssuePage::updateFilterCounts()
{
    QMap<int, int> counts;
    for (const auto& row : m_preflightModel->rows())
        ++counts[static_cast<int>(row.outcome)];
    for (int i = 1; i < m_filter->count(); ++i) {
        const auto outcome = static_cast<PreflightRow::Outcome>(m_filter->itemData(i).toInt());
        m_filter->setItemText(i, tr("%1 (%2)")
                                     .arg(PreflightRow::outcomeText(outcome))
                                     .arg(counts.value(static_cast<int>(outcome))));
    }
    m_filter->setItemText(0, tr("All rows (%1)").arg(m_preflightModel->rowCount()));
}

void IssuePage::startIssuing()
{
    if (isIssuing())
        return;
    if (!m_session || !m_session->isReady()) {
        showMessage(m_session ? m_session->problem() : tr("Credly is not set up."), true);
        return;
    }
    const IssueGate::Check check = gate();
    if (!check.canIssue()) {
        showMessage(check.problem(), true);
        return;
    }
    const CredlyEnvironment environment = m_session->environment();
    IssuanceRepository repo(m_db.connection());
    const auto counts = repo.counts(m_batchId, environment);
    const int toSend = counts.approved - counts.settled();
    if (environment == CredlyEnvironment::Production) {
        const auto batch = BatchRepository(m_db.connection()).byId(m_batchId);
        const auto answer =
            MessageBox::question(this, tr("Issue to Production"),
                                 tr("Issue up to %n badge(s) of %1 to PRODUCTION (organization %2)?\n\nReal "
                                    "students get real emails from "
                                    "Credly. %3 were issued before and are skipped.",
                                    nullptr, toSend)
                                     .arg(batch ? batch->displayName() : QString::number(m_batchId),
                                          m_session->client()->organizationId())
                                     .arg(counts.settled()),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    // A copy of the database before every run (BRIEF).
    const QString backup = IssueGate::backupPathFor(m_db.path(), m_batchId);
    QString error;
    if (!m_db.backupTo(backup, &error)) {
        showMessage(
            tr("Nothing was sent: the backup before issuing could not be written (%1). Free some disk space, "
               "then try again.")
                .arg(error),
            true);
        return;
    }
    IssueGate::pruneBackups(m_db.path());
    const QString actor = AuditLog::currentActor();
    if (check.needsOverride() && !IssueGate::recordOverride(m_db.connection(), m_batchId, environment,
                                                            m_override->text(), actor, check)) {
        showMessage(tr("Nothing was sent: the notice override could not be recorded in the audit log."),
                    true);
        return;
    }
    IssueOptions options = IssueOptions::load(m_db.connection());
    options.concurrency = m_concurrency->value();
    options.ratePerMinute = m_rate->value();
    IssueOptions::save(m_db.connection(), options); // remembered for next time
    options.actor = actor;
    options.backupPath = backup;
    options.noticeOverride = check.needsOverride() ? m_override->text().trimmed() : QString();

    m_job = new IssueJob(m_db.path(), *m_session->client(), environment, m_batchId, options, this);
    connect(m_job, &IssueJob::progressChanged, this, &IssuePage::onProgress);
    connect(m_job, &IssueJob::finished, this, &IssuePage::onFinished);
    m_message->clear();
    m_progressLabel->setText(tr("Starting: preparing the journal and checking the badge templates…"));
    m_job->start();
    m_resumeBanner->hide();
    updateButtons();
}

void IssuePage::onProgress(const IssueProgress& p)
{
    m_progressBar->setRange(0, std::max(1, p.total));
    m_progressBar->setValue(p.done());
    QString text = p.summary();
    switch (p.phase) {
    case IssueProgress::Phase::Starting:
        text = tr("Starting: preparing the journal and checking the badge templates…");
        break;
    case IssueProgress::Phase::Recovering:
        text = tr("Checking at Credly the rows an interrupted run left in flight… ") + text;
        break;
    case IssueProgress::Phase::Pausing:
        text = tr("Pausing: %n request(s) in flight finish first. ", nullptr, p.inFlight) + text;
        break;
    case IssueProgress::Phase::Paused:
        text = tr("Paused. ") + text;
        break;
    case IssueProgress::Phase::Stopping:
        text = tr("Stopping: %n request(s) in flight finish first. ", nullptr, p.inFlight) + text;
        break;
    default:
        break;
    }
    m_progressLabel->setText(text);
    m_note->setText(p.note);
    updateButtons();
    emit statusMessage(tr("Issuing: %1").arg(p.summary()));
}

void IssuePage::onFinished(const IssueResult& result)
{
    const bool problem = result.end != IssueResult::End::Finished || result.failed > 0;
    if (m_job)
        m_job->deleteLater();
    m_job.clear();
    // The preflight's predictions are out of date now.
    m_preflightModel->setRows({});
    m_preflightSummary->setText(tr("Run the preflight again to check the batch against Credly."));
    updateFilterCounts();
    refresh();
    showMessage(result.message, problem);
    emit batchesChanged();
}

void IssuePage::togglePause()
{
    if (!isIssuing())
        return;
    if (m_job->isPaused())
        m_job->resume();
    else
        m_job->pause();
}

void IssuePage::cancelIssuing()
{
    if (m_preflight) {
        m_preflight->cancel();
        return;
    }
    if (isIssuing())
        m_job->cancel();
}

bool IssuePage::confirmClose()
{
    if (!isIssuing())
        return true;
    const IssueProgress p = m_job->progress();
    const auto answer =
        MessageBox::question(this, tr("Issuing Is Running"),
                             tr("Badges are being issued (%1 of %2 done). Stop and close?\n\nRequests in "
                                "flight finish and are recorded; "
                                "the rest wait, and BadgeDesk offers to resume them next time.")
                                 .arg(p.done())
                                 .arg(p.total),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    QEventLoop loop;
    connect(m_job, &IssueJob::finished, &loop, &QEventLoop::quit);
    m_job->cancel();
    QTimer::singleShot(60000, &loop, &QEventLoop::quit); // a hung request: the journal copes anyway
    if (isIssuing())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return true;
}

} // namespace badgedesk
