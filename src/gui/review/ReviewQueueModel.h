#pragma once

#include "storage/ReviewRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <optional>
#include <vector>

namespace badgedesk {

// The review queue of one batch: every row in memory, sorted and filtered here rather than in a
// QSortFilterProxyModel, so a 100,000-row batch opens, sorts, filters and searches in a few tens
// of milliseconds (bench/review). data() never touches the database.
//
// Filtering and sorting apply when they are set; a row whose status changes afterwards (approved
// with A, say) keeps its place until the next filter or sort, so the specialist sees what just
// happened and the cursor does not jump. The counts (side panel) always cover the whole batch.
//
// The model never writes: an edited email is handed to emailEdited() and the page saves it
// through an undoable command, then calls updateRows() with what the repository reports.
class ReviewQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Id,
        Status,
        Reason,
        Name,
        Email,
        School,
        Assessment,
        TestDate,
        Result,
        SourceRow,
        StudentId,
        ColumnCount
    };
    enum Role
    {
        RowIdRole = Qt::UserRole + 1, // qint64
        StatusKeyRole,                // "needs_attention"
        ReasonKeyRole,                // "bad_email", empty when none
        SuggestionRole,               // the email suggestion, empty when none
        FilterKeyRole,                // School: the school's key; Assessment: the code
    };

    struct Choice
    {
        QString key;  // what the filter takes
        QString text; // what the combo box shows
        int rows = 0;
    };

    // Everything the model keeps of a batch, built from its rows on any thread (the page loads a
    // large batch on a worker): the rows, their sort and search keys, counts and choices.
    struct Prepared
    {
        std::vector<ReviewRepository::Row> rows;
        std::vector<int> nameRanks;     // each row's place in name order (names never change here)
        std::vector<QString> haystacks; // case-folded text the search looks in
        QHash<qint64, int> indexOfId;
        QMap<RowStatus, int> statusCounts;
        QMap<ReasonCode, int> reasonCounts;
        QList<Choice> schools;
        QList<Choice> assessments;
    };

    explicit ReviewQueueModel(QObject* parent = nullptr);

    static Prepared prepare(QList<ReviewRepository::Row> rows);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // A new batch (or the same one read again): filters and sort are kept.
    void setRows(QList<ReviewRepository::Row> rows);
    void setPrepared(Prepared data);
    // Rows read again after an action; rows of other batches are ignored.
    void updateRows(const QList<ReviewRepository::Row>& rows);
    int totalRows() const { return int(m_d.rows.size()); }

    const ReviewRepository::Row& rowAt(int row) const { return m_d.rows[size_t(m_visible[size_t(row)])]; }
    qint64 idAt(int row) const { return rowAt(row).id; }
    // The view row of a row id; -1 when absent or filtered out.
    int rowOfId(qint64 id) const;
    const ReviewRepository::Row* rowById(qint64 id) const;
    // Every row id of the batch with that status (for "approve all eligible" counts).
    int count(RowStatus status) const { return m_d.statusCounts.value(status); }
    int count(ReasonCode reason) const { return m_d.reasonCounts.value(reason); }

    // Filters; each one set narrows the others. Empty/none clears it.
    void setStatusFilter(const QSet<RowStatus>& statuses);
    void setReasonFilter(const std::optional<ReasonCode>& reason);
    void setSchoolFilter(const QString& schoolKey);
    void setAssessmentFilter(const QString& code);
    void setSearchText(const QString& text);
    void clearFilters();
    QSet<RowStatus> statusFilter() const { return m_statusFilter; }
    std::optional<ReasonCode> reasonFilter() const { return m_reasonFilter; }
    QString schoolFilter() const { return m_schoolFilter; }
    QString assessmentFilter() const { return m_assessmentFilter; }
    QString searchText() const { return m_search; }
    bool isFiltered() const;

    QList<Choice> schools() const { return m_d.schools; }
    QList<Choice> assessments() const { return m_d.assessments; }

    static QString statusText(RowStatus status);
    static QString reasonText(ReasonCode reason);
    // "Smith, Jane"
    static QString displayName(const ReviewRepository::Row& row);
    static QString schoolKey(const ReviewRepository::Row& row);

signals:
    // The email cell was edited to this address (not yet saved).
    void emailEdited(qint64 rowId, const QString& email);
    // Counts, schools or assessments changed.
    void countsChanged();

private:
    bool passes(const ReviewRepository::Row& row) const;
    void rebuildVisible();
    void applyFilters();
    void sortOrder();
    static void count(Prepared& d, const ReviewRepository::Row& row, int delta);
    static void buildChoices(Prepared& d);
    static QString nameKey(const ReviewRepository::Row& row);
    static QString haystack(const ReviewRepository::Row& row);

    Prepared m_d;
    std::vector<int> m_order;     // every row index, in the sort order
    std::vector<int> m_visible;   // m_order without the rows filtered out
    std::vector<int> m_viewRowOf; // row index -> view row, -1 when filtered out

    int m_sortColumn = Id;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QSet<RowStatus> m_statusFilter;
    std::optional<ReasonCode> m_reasonFilter;
    QString m_schoolFilter;
    QString m_assessmentFilter;
    QString m_search;
};

} // namespace badgedesk
