#pragma once

#include "Page.h"
#include "issuing/BadgeActions.h"
#include "issuing/BadgeSync.h"

#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace badgedesk {

class AttemptModel;
class CredlySession;
class Database;
class JournalModel;

// The issuance log and follow-up (issue 7 items 5 and 6): the journal of the environment, filtered
// by batch, state (or the exception worklist: failed, rejected, revoked, pending too long) and
// date; the selected row's details and every HTTP attempt behind it; export of the view to CSV;
// and the follow-up actions: sync the badge states from Credly, retry failed rows, revoke a badge
// with a reason, replace a pending badge to fix its email.
class IssuanceLogPage : public Page
{
    Q_OBJECT
public:
    explicit IssuanceLogPage(Database& db, QWidget* parent = nullptr);
    ~IssuanceLogPage() override;

    void setCredlySession(CredlySession* session);
    JournalModel* model() const { return m_model; }
    AttemptModel* attemptModel() const { return m_attempts; }
    QTableView* view() const { return m_view; }

    // Writes the rows in view to path as CSV; false with the banner saying why.
    bool exportTo(const QString& path);
    // For tests and the dialogs: the actions without their input dialogs.
    void revokeSelected(const QString& reason);
    void replaceSelectedEmail(const QString& email);

public slots:
    void setBatch(qint64 batchId);
    void reload();
    // Selects the journal row of this certification (the dashboard's exceptions lead here),
    // showing every state and date of the batch when a filter hides it.
    void showCertification(qint64 certificationId);
    void syncFromCredly();
    void retryFailed();
    void askRevoke();
    void askReplaceEmail();
    void exportView();

signals:
    void batchesChanged();
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildContent();
    void updateDetails();
    void updateButtons();
    void showMessage(const QString& message, bool problem = false);
    qint64 selectedJournalId() const;
    QList<qint64> selectedJournalIds() const;

    Database& m_db;
    CredlySession* m_session = nullptr;
    qint64 m_currentBatch = 0;
    QPointer<BadgeSync> m_sync;
    QPointer<BadgeActions> m_actions;

    QWidget* m_content = nullptr;
    QComboBox* m_batchFilter = nullptr;
    QComboBox* m_stateFilter = nullptr;
    QCheckBox* m_useDates = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_syncButton = nullptr;
    QPushButton* m_retryButton = nullptr;
    QPushButton* m_revokeButton = nullptr;
    QPushButton* m_replaceButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_details = nullptr;
    QTableView* m_attemptView = nullptr;
    JournalModel* m_model = nullptr;
    AttemptModel* m_attempts = nullptr;
};

} // namespace badgedesk
