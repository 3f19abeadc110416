#include "AttemptModel.h"

#include <QLocale>

namespace badgedesk {

AttemptModel::AttemptModel(QObject* parent) : QAbstractTableModel(parent) {}

void AttemptModel::setAttempts(const QList<IssuanceRepository::Attempt>& attempts)
{
    beginResetModel();
    m_attempts = attempts;
    endResetModel();
}

int AttemptModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_attempts.size());
}

int AttemptModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttemptModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_attempts.size())
        return {};
    const auto& a = m_attempts.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == MessageColumn)
        return a.message;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(a.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    case PurposeColumn:
        return a.purpose;
    case RequestColumn:
        return a.method + QLatin1Char(' ') + a.endpoint;
    case StatusColumn:
        return a.httpStatus ? QStringLiteral("%1 %2")
                                  .arg(a.httpStatus)
                                  .arg(a.outcome == QLatin1String("ok") ? QString() : a.outcome)
                                  .trimmed()
                            : tr("no answer (%1)").arg(a.outcome);
    case DurationColumn:
        return tr("%1 ms").arg(a.durationMs);
    case MessageColumn:
        return a.message;
    }
    return {};
}

QVariant AttemptModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case PurposeColumn:
        return tr("For");
    case RequestColumn:
        return tr("Request");
    case StatusColumn:
        return tr("Answer");
    case DurationColumn:
        return tr("Took");
    case MessageColumn:
        return tr("Credly's message");
    }
    return {};
}

} // namespace badgedesk
