#include "JournalModel.h"
#include "ThemeColors.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace badgedesk {

JournalModel::JournalModel(QObject* parent) : QAbstractTableModel(parent) {}

void JournalModel::setEntries(const QList<IssuanceRepository::Entry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const IssuanceRepository::Entry* JournalModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int JournalModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int JournalModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JournalModel::stateText(const QString& state)
{
    if (state == QLatin1String(IssuanceRepository::kQueued))
        return tr("Queued");
    if (state == QLatin1String(IssuanceRepository::kSending))
        return tr("Sending");
    if (state == QLatin1String(IssuanceRepository::kIssued))
        return tr("Issued");
    if (state == QLatin1String(IssuanceRepository::kAdopted))
        return tr("Already at Credly");
    if (state == QLatin1String(IssuanceRepository::kFailed))
        return tr("Failed");
    return state;
}

QVariant JournalModel::data(const QModelIndex& index, int role) const
{
    const auto* e = entryAt(index.row());
    if (!index.isValid() || !e)
        return {};
    if (role == JournalIdRole)
        return e->id;
    if (role == Qt::ForegroundRole) {
        if ((index.column() == StateColumn && e->state == QLatin1String(IssuanceRepository::kFailed)) ||
            (index.column() == BadgeStateColumn &&
             (e->badgeState == QLatin1String("rejected") || e->badgeState == QLatin1String("revoked"))))
            return QBrush(ThemeColors::text(ThemeColors::Tone::Error));
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == ProblemColumn)
        return e->errorMessage;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case BatchColumn:
        return e->batchMonth;
    case RowColumn:
        return e->certificationId;
    case NameColumn:
        return e->displayName();
    case EmailColumn:
        return e->currentEmail();
    case AssessmentColumn:
        return e->assessmentCode;
    case StateColumn:
        return stateText(e->state) + (e->recovered ? tr(" (found after an interruption)") : QString());
    case BadgeStateColumn:
        return e->badgeState;
    case SentColumn: {
        const QDateTime t = e->sendingAt.isValid() ? e->sendingAt : e->createdAt;
        return role == Qt::EditRole
                   ? QVariant(t)
                   : QVariant(QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")));
    }
    case TriesColumn:
        return e->attempts;
    case BadgeColumn:
        return e->badgeId;
    case ProblemColumn:
        return e->errorMessage;
    }
    return {};
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case BatchColumn:
        return tr("Month");
    case RowColumn:
        return tr("Row");
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case AssessmentColumn:
        return tr("Assessment");
    case StateColumn:
        return tr("State");
    case BadgeStateColumn:
        return tr("At Credly");
    case SentColumn:
        return tr("Sent");
    case TriesColumn:
        return tr("Sends");
    case BadgeColumn:
        return tr("Credly badge");
    case ProblemColumn:
        return tr("Problem");
    }
    return {};
}

} // namespace badgedesk
