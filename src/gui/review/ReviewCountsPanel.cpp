#include "ReviewCountsPanel.h"

#include "ReviewQueueModel.h"

#include <QHeaderView>
#include <QLocale>

namespace badgedesk {
namespace {

enum ItemRole
{
    KindRole = Qt::UserRole + 1, // 0 all, 1 status, 2 reason
    KeyRole,
};

// The order the specialist works in: what needs a look first, then what is done.
const QList<RowStatus> kStatusOrder{RowStatus::NeedsAttention, RowStatus::Eligible, RowStatus::Excluded,
                                    RowStatus::Approved,       RowStatus::Rejected, RowStatus::New,
                                    RowStatus::Queued,         RowStatus::Sending,  RowStatus::Issued,
                                    RowStatus::Failed};
// The BRIEF's precedence: fixable reasons first, then the exclusions.
const QList<ReasonCode> kReasonOrder{
    ReasonCode::NoTemplate, ReasonCode::MissingName,   ReasonCode::BadDate,
    ReasonCode::NoEmail,    ReasonCode::BadEmail,      ReasonCode::Under13,
    ReasonCode::NotOnList,  ReasonCode::Retired,       ReasonCode::VendorBadged,
    ReasonCode::NotPassed,  ReasonCode::AlreadyBadged, ReasonCode::DuplicateInBatch};

} // namespace

ReviewCountsPanel::ReviewCountsPanel(ReviewQueueModel& model, QWidget* parent)
    : QTreeWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("reviewCounts"));
    setAccessibleName(tr("Rows by status and reason; choose one to show only those rows"));
    setColumnCount(2);
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setIndentation(12);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_all = new QTreeWidgetItem(this, {tr("All rows"), QString()});
    m_all->setData(0, KindRole, 0);
    m_statuses = new QTreeWidgetItem(this, {tr("By status"), QString()});
    m_reasons = new QTreeWidgetItem(this, {tr("Why not eligible"), QString()});
    for (QTreeWidgetItem* group : {m_statuses, m_reasons}) {
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
    }
    for (RowStatus s : kStatusOrder) {
        auto* item = new QTreeWidgetItem(m_statuses, {ReviewQueueModel::statusText(s), QString()});
        item->setData(0, KindRole, 1);
        item->setData(0, KeyRole, statusKey(s));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (ReasonCode r : kReasonOrder) {
        auto* item = new QTreeWidgetItem(m_reasons, {ReviewQueueModel::reasonText(r), QString()});
        item->setData(0, KindRole, 2);
        item->setData(0, KeyRole, reasonKey(r));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, tr("Code: %1").arg(reasonKey(r)));
    }
    m_all->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    expandAll();

    // Keyboard and mouse alike: the current line is the filter.
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (!item || item == m_statuses || item == m_reasons)
            return;
        const int kind = item->data(0, KindRole).toInt();
        if (kind == 1)
            emit filterChosen(statusFromKey(item->data(0, KeyRole).toString()), std::nullopt);
        else if (kind == 2)
            emit filterChosen(std::nullopt, reasonFromKey(item->data(0, KeyRole).toString()));
        else
            emit filterChosen(std::nullopt, std::nullopt);
    });
    connect(&m_model, &ReviewQueueModel::countsChanged, this, &ReviewCountsPanel::refresh);
    refresh();
}

QTreeWidgetItem* ReviewCountsPanel::itemForStatus(RowStatus status) const
{
    for (int i = 0; i < m_statuses->childCount(); ++i) {
        QTreeWidgetItem* item = m_statuses->child(i);
        if (item->data(0, KeyRole).toString() == statusKey(status) && !item->isHidden())
            return item;
    }
    return nullptr;
}

QTreeWidgetItem* ReviewCountsPanel::itemForReason(ReasonCode reason) const
{
    for (int i = 0; i < m_reasons->childCount(); ++i) {
        QTreeWidgetItem* item = m_reasons->child(i);
        if (item->data(0, KeyRole).toString() == reasonKey(reason) && !item->isHidden())
            return item;
    }
    return nullptr;
}

void ReviewCountsPanel::refresh()
{
    const QLocale locale;
    m_all->setText(1, locale.toString(m_model.totalRows()));
    // Statuses that never occur in review (queued, issued...) show only when rows have them;
    // the review statuses always show, with 0, so the panel does not jump about.
    for (int i = 0; i < m_statuses->childCount(); ++i) {
        QTreeWidgetItem* item = m_statuses->child(i);
        const RowStatus s = *statusFromKey(item->data(0, KeyRole).toString());
        const int n = m_model.count(s);
        item->setText(1, locale.toString(n));
        const bool always = s == RowStatus::NeedsAttention || s == RowStatus::Eligible ||
                            s == RowStatus::Excluded || s == RowStatus::Approved || s == RowStatus::Rejected;
        item->setHidden(!always && n == 0);
    }
    for (int i = 0; i < m_reasons->childCount(); ++i) {
        QTreeWidgetItem* item = m_reasons->child(i);
        const int n = m_model.count(*reasonFromKey(item->data(0, KeyRole).toString()));
        item->setText(1, locale.toString(n));
        item->setHidden(n == 0);
    }
    resizeColumnToContents(1);
}

void ReviewCountsPanel::showFilter(std::optional<RowStatus> status, std::optional<ReasonCode> reason)
{
    QTreeWidgetItem* item = status ? itemForStatus(*status) : reason ? itemForReason(*reason) : m_all;
    const QSignalBlocker blocker(this);
    setCurrentItem(item ? item : m_all);
}

} // namespace badgedesk
