#pragma once

#include "Page.h"
#include "storage/ReviewRepository.h"

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QThread;
class QTimer;
class QUndoStack;

namespace badgedesk {

class CatalogChangeNotifier;
class Database;
class ReviewCountsPanel;
class ReviewDetailsPane;
class ReviewQueueModel;

// The review queue of the current batch (BRIEF step 4, UI.md "Tables"): counts by status and
// reason on the left (click to filter), the rows in the middle with search and school and
// assessment filters, the selected row's details on the right. A approves, R rejects (with a
// written reason), E fixes the email in place, Override approves over an exclusion with a
// reason, "Approve all eligible" does what it says; every action is one undo step. The batch is
// signed off from here (and from Batch > Sign Off Batch); a sign-off voided by a later change is
// shown as a warning above the table.
class ReviewPage : public Page
{
    Q_OBJECT
public:
    explicit ReviewPage(Database& db, CatalogChangeNotifier* notifier = nullptr, QWidget* parent = nullptr);
    ~ReviewPage() override;

    qint64 batch() const { return m_batch; }
    ReviewQueueModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QUndoStack* undoStack() const override { return m_undoStack; }
    bool hasSearch() const override { return true; }
    ReviewDetailsPane* details() const { return m_details; }
    ReviewCountsPanel* counts() const { return m_counts; }
    // The ids of the selected rows, in view order.
    QList<qint64> selectedIds() const;
    // True while a large batch is read (and classified) on a worker thread; the actions wait.
    bool isLoading() const { return m_loading; }
    // Batches with at least this many rows are read on a worker thread, so the window never
    // freezes; smaller ones at once (default 20,000; tests lower it).
    static void setBackgroundLoadThreshold(int rows);

public slots:
    // Shows the batch (0: none), classifying its rows first when they never were.
    void setBatch(qint64 batchId);
    // Reads the batch again (after work on another page).
    void reload();
    // Classifies the batch again (templates synced, say) and shows the result.
    void reclassify();
    // Selects the row (a certification id of the current batch) and scrolls to it, clearing the
    // filters that hide it; after the batch is read when it is still loading (the dashboard's
    // exceptions lead here).
    void showRow(qint64 rowId);
    void approveSelected();
    void startReject();
    void startOverride();
    void editEmail();
    void approveAllEligible();
    void signOff();
    void copySelection();
    bool focusSearch() override;

signals:
    // Rows of the batch changed (a decision, an email, a sign-off): the step path follows.
    void reviewChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    enum class ReasonMode
    {
        Reject,
        Override,
    };
    void buildContent();
    void updateContent();
    void updateSummary();
    void updateDetails();
    void updateSignOffBanner();
    void rebuildChoices();
    void showMessage(const QString& message, bool error = false);
    void confirmReason();
    void openReasonBar(ReasonMode mode);
    // Runs an action, pushes it on the undo stack when it changed something, reports it; true
    // when it changed something.
    bool run(const std::function<QString(int)>& describe,
             const std::function<ReviewRepository::Change()>& action);
    void setEmail(qint64 rowId, const QString& email);
    void applied(const ReviewRepository::Change& change, bool undone, const QString& what);
    void refreshRows(const QList<qint64>& ids);
    void onCatalogChanged(const QStringList& codes);
    void filterFromCounts(std::optional<RowStatus> status, std::optional<ReasonCode> reason);
    QString batchName() const;
    void startBackgroundLoad(int rows);
    void selectPendingRow();
    void setLoading(bool loading, const QString& text = {});

    Database& m_db;
    std::unique_ptr<ReviewRepository> m_repository;
    qint64 m_batch = 0;
    bool m_stale = false;
    ReviewQueueModel* m_model = nullptr;
    QUndoStack* m_undoStack = nullptr;
    QWidget* m_content = nullptr;
    QLabel* m_signOffBanner = nullptr;
    QLabel* m_message = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchTimer = nullptr;
    QComboBox* m_schoolFilter = nullptr;
    QComboBox* m_assessmentFilter = nullptr;
    QPushButton* m_clearFilters = nullptr;
    QLabel* m_summary = nullptr;
    QWidget* m_reasonBar = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QLineEdit* m_reasonEdit = nullptr;
    ReasonMode m_reasonMode = ReasonMode::Reject;
    QList<qint64> m_reasonRows;
    QSplitter* m_splitter = nullptr;
    ReviewCountsPanel* m_counts = nullptr;
    QTableView* m_view = nullptr;
    ReviewDetailsPane* m_details = nullptr;
    bool m_headerRestored = false;
    bool m_loading = false;
    bool m_loadPending = false; // asked again while a load ran: start over when it ends
    QThread* m_loadThread = nullptr;
    QList<QAction*> m_batchActions; // disabled while loading
    qint64 m_pendingRow = 0;        // showRow() waiting for the batch to be read
};

} // namespace badgedesk
