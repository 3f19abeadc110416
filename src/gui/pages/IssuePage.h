#pragma once

#include "Page.h"
#include "issuing/IssueGate.h"
#include "issuing/IssueJob.h"
#include "issuing/IssueProgress.h"
#include "issuing/IssueResult.h"
#include "issuing/Preflight.h"

#include <QPointer>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace badgedesk {

class CredlySession;
class Database;
class PreflightModel;

// Issues the approved rows of a signed-off batch through Credly (issue 7 items 2, 3 and 6): what
// stands in the way (sign-off, notice wait, with an override and its reason), the preflight dry
// run with each row's predicted outcome, the run with its options, progress, ETA, pause, resume
// and cancel, and the offer to resume a run that was interrupted. The run itself goes on a worker
// thread (IssueJob); the window stays responsive.
class IssuePage : public Page
{
    Q_OBJECT
public:
    explicit IssuePage(Database& db, QWidget* parent = nullptr);
    ~IssuePage() override;

    void setCredlySession(CredlySession* session);
    qint64 batch() const { return m_batchId; }
    bool isIssuing() const;
    IssueJob* job() const { return m_job; }
    PreflightModel* preflightModel() const { return m_preflightModel; }

    // Asked before the window closes: false keeps it open. A running job is canceled first (the
    // requests in flight finish and are recorded).
    bool confirmClose();

public slots:
    void setBatch(qint64 batchId);
    void refresh();
    void runPreflight();
    void startIssuing();
    void togglePause();
    void cancelIssuing();

protected:
    // Re-reads the batch each time the page is shown: it may have been signed off (or a sign-off
    // voided) on the Review page since.
    void showEvent(QShowEvent* event) override;

signals:
    // A run changed rows of a batch: the step path and the other pages should re-read them.
    void batchesChanged();
    // For the status bar, so progress is visible from every page.
    void statusMessage(const QString& message);

private:
    void buildContent();
    void showMessage(const QString& message, bool problem = false);
    void onProgress(const IssueProgress& progress);
    void onFinished(const IssueResult& result);
    void onPreflightFinished();
    void updateButtons();
    void updateFilterCounts();
    IssueGate::Check gate() const;

    // The sign-off and notice state as of the last refresh: hashing the approved rows is not done
    // on every progress signal; the override field updates it directly.
    IssueGate::Check m_check;
    Database& m_db;
    CredlySession* m_session = nullptr;
    qint64 m_batchId = 0;
    QPointer<IssueJob> m_job;
    QPointer<Preflight> m_preflight;
    bool m_announcedInterruption = false;

    QWidget* m_content = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_signOff = nullptr;
    QLabel* m_notice = nullptr;
    QLabel* m_overrideLabel = nullptr;
    QLineEdit* m_override = nullptr;
    QFrame* m_resumeBanner = nullptr;
    QLabel* m_resumeText = nullptr;
    QPushButton* m_resumeButton = nullptr;
    QSpinBox* m_concurrency = nullptr;
    QSpinBox* m_rate = nullptr;
    QPushButton* m_preflightButton = nullptr;
    QPushButton* m_startButton = nullptr;
    QPushButton* m_pauseButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QLabel* m_progressLabel = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_preflightSummary = nullptr;
    QComboBox* m_filter = nullptr;
    QTableView* m_table = nullptr;
    PreflightModel* m_preflightModel = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
};

} // namespace badgedesk
