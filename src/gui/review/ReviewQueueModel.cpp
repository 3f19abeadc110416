#include "ReviewQueueModel.h"
#include "ThemeColors.h"

#include "domain/EmailCheck.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace badgedesk {

namespace {

bool countsReason(RowStatus status)
{
    return status == RowStatus::Excluded || status == RowStatus::NeedsAttention;
}

bool emailEditable(RowStatus status)
{
    return status != RowStatus::Queued && status != RowStatus::Sending && status != RowStatus::Issued &&
           status != RowStatus::Failed;
}

} // namespace

ReviewQueueModel::ReviewQueueModel(QObject* parent) : QAbstractTableModel(parent) {}

QString ReviewQueueModel::statusText(RowStatus status)
{
    switch (status) {
    case RowStatus::New:
        return tr("Not classified");
    case RowStatus::Eligible:
        return tr("Eligible");
    case RowStatus::NeedsAttention:
        return tr("Needs attention");
    case RowStatus::Excluded:
        return tr("Excluded");
    case RowStatus::Approved:
        return tr("Approved");
    case RowStatus::Rejected:
        return tr("Rejected");
    case RowStatus::Queued:
        return tr("Queued");
    case RowStatus::Sending:
        return tr("Sending");
    case RowStatus::Issued:
        return tr("Issued");
    case RowStatus::Failed:
        return tr("Failed");
    }
    return {};
}

QString ReviewQueueModel::reasonText(ReasonCode reason)
{
    switch (reason) {
    case ReasonCode::NoEmail:
        return tr("No email");
    case ReasonCode::BadEmail:
        return tr("Email to fix");
    case ReasonCode::MissingName:
        return tr("Name missing");
    case ReasonCode::BadDate:
        return tr("Date to check");
    case ReasonCode::NotOnList:
        return tr("Not on the approved list");
    case ReasonCode::Retired:
        return tr("Assessment retired");
    case ReasonCode::VendorBadged:
        return tr("Vendor badges it");
    case ReasonCode::NoTemplate:
        return tr("No badge template");
    case ReasonCode::NotPassed:
        return tr("Not passed");
    case ReasonCode::DuplicateInBatch:
        return tr("Duplicate in batch");
    case ReasonCode::AlreadyBadged:
        return tr("Already badged");
    case ReasonCode::Under13:
        return tr("Under 13");
    }
    return {};
}

QString ReviewQueueModel::displayName(const ReviewRepository::Row& row)
{
    if (row.lastName.isEmpty())
        return row.firstName;
    if (row.firstName.isEmpty())
        return row.lastName;
    return row.lastName + QStringLiteral(", ") + row.firstName;
}

QString ReviewQueueModel::schoolKey(const ReviewRepository::Row& row)
{
    return row.schoolCode.isEmpty() ? row.schoolName : row.schoolCode;
}

int ReviewQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int ReviewQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Row ID");
    case Status:
        return tr("Status");
    case Reason:
        return tr("Reason");
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case School:
        return tr("School");
    case Assessment:
        return tr("Assessment");
    case TestDate:
        return tr("Test date");
    case Result:
        return tr("Result");
    case SourceRow:
        return tr("File row");
    case StudentId:
        return tr("Student ID");
    }
    return {};
}

QVariant ReviewQueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_visible.size()))
        return {};
    const ReviewRepository::Row& r = rowAt(index.row());
    switch (role) {
    case RowIdRole:
        return r.id;
    case StatusKeyRole:
        return statusKey(r.status);
    case ReasonKeyRole:
        return r.reason ? reasonKey(*r.reason) : QString();
    case SuggestionRole:
        return r.emailSuggestion;
    case FilterKeyRole:
        if (index.column() == School)
            return schoolKey(r);
        if (index.column() == Assessment)
            return r.assessmentCode;
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Id:
            return r.id;
        case Status:
            if (r.status == RowStatus::Approved && r.overridden)
                return tr("Approved (override)");
            if (r.ruleChangedSinceApproval())
                return tr("Approved — recheck");
            return statusText(r.status);
        case Reason:
            if (r.ruleChangedSinceApproval() && r.ruleReason)
                return tr("Now: %1").arg(reasonText(*r.ruleReason));
            return r.reason ? reasonText(*r.reason) : QString();
        case Name:
            return displayName(r);
        case Email:
            return r.email;
        case School:
            return r.schoolName.isEmpty() ? r.schoolCode : r.schoolName;
        case Assessment:
            if (r.assessmentTitle.isEmpty())
                return r.assessmentCode;
            return r.assessmentCode + QStringLiteral(" ") + r.assessmentTitle;
        case TestDate:
            return role == Qt::EditRole
                       ? QVariant(r.testDate)
                       : QVariant(r.testDate.isValid() ? r.testDate.toString(Qt::ISODate) : QString());
        case Result:
            return r.result;
        case SourceRow:
            return r.sourceRow;
        case StudentId:
            return r.studentId;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Email) {
            QStringList tips;
            if (!r.emailSuggestion.isEmpty())
                tips << tr("Did you mean %1? Press E to fix the address.").arg(r.emailSuggestion);
            if (r.emailEdited)
                tips << tr("Fixed in review; the imported address is kept in the details.");
            return tips.isEmpty() ? QVariant() : QVariant(tips.join(QLatin1Char('\n')));
        }
        if ((index.column() == Status || index.column() == Reason) && r.ruleChangedSinceApproval())
            return tr("Approved, but the rules now say: %1. Reject it, or keep it with an override.")
                .arg(r.ruleReason ? reasonText(*r.ruleReason) : statusText(r.ruleStatus));
        return {};
    case Qt::ForegroundRole:
        if (index.column() != Status)
            return {};
        switch (r.status) {
        case RowStatus::NeedsAttention:
            return QBrush(ThemeColors::text(ThemeColors::Tone::Warning));
        case RowStatus::Excluded:
            return QBrush(ThemeColors::text(ThemeColors::Tone::Muted));
        case RowStatus::Approved:
            return QBrush(ThemeColors::text(r.ruleChangedSinceApproval() ? ThemeColors::Tone::Warning
                                                                         : ThemeColors::Tone::Ok));
        case RowStatus::Rejected:
        case RowStatus::Failed:
            return QBrush(ThemeColors::text(ThemeColors::Tone::Error));
        default:
            return {};
        }
    case Qt::FontRole:
        if (index.column() == Email && r.emailEdited) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Id || index.column() == SourceRow)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags ReviewQueueModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() == Email && emailEditable(rowAt(index.row()).status))
        f |= Qt::ItemIsEditable;
    return f;
}

bool ReviewQueueModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != Email ||
        !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString email = value.toString().trimmed();
    if (email.compare(rowAt(index.row()).email, Qt::CaseInsensitive) == 0)
        return false;
    // Saved by the page through an undoable command, which then updates this model.
    emit emailEdited(rowAt(index.row()).id, email);
    return true;
}

// --- rows -------------------------------------------------------------------------------------

QString ReviewQueueModel::nameKey(const ReviewRepository::Row& r)
{
    QString key;
    key.reserve(r.lastName.size() + r.firstName.size() + 1);
    key += r.lastName;
    key += QChar(0x1f);
    key += r.firstName;
    return std::move(key).toCaseFolded();
}

QString ReviewQueueModel::haystack(const ReviewRepository::Row& r)
{
    // "jane doe", "doe, jane", the email, the school's name and code, the assessment's code and
    // title: what the specialist types to find a row. One allocation, folded in place.
    QString h;
    h.reserve(2 * (r.firstName.size() + r.lastName.size()) + r.email.size() + r.schoolName.size() +
              r.schoolCode.size() + r.assessmentCode.size() + r.assessmentTitle.size() + 12);
    h += r.firstName;
    h += QLatin1Char(' ');
    h += r.lastName;
    h += QLatin1Char('\n');
    h += r.lastName;
    h += QLatin1String(", ");
    h += r.firstName;
    h += QLatin1Char('\n');
    h += r.email;
    h += QLatin1Char('\n');
    h += r.schoolName;
    h += QLatin1Char('\n');
    h += r.schoolCode;
    h += QLatin1Char('\n');
    h += r.assessmentCode;
    h += QLatin1Char(' ');
    h += r.assessmentTitle;
    return std::move(h).toCaseFolded();
}

void ReviewQueueModel::count(Prepared& d, const ReviewRepository::Row& r, int delta)
{
    d.statusCounts[r.status] += delta;
    if (r.reason && countsReason(r.status))
        d.reasonCounts[*r.reason] += delta;
}

ReviewQueueModel::Prepared ReviewQueueModel::prepare(QList<ReviewRepository::Row> rows)
{
    Prepared d;
    const size_t n = size_t(rows.size());
    d.rows.reserve(n);
    for (ReviewRepository::Row& r : rows)
        d.rows.push_back(std::move(r));
    std::vector<QString> nameKeys;
    nameKeys.reserve(n);
    d.haystacks.reserve(n);
    d.indexOfId.reserve(qsizetype(n));
    for (size_t i = 0; i < n; ++i) {
        const ReviewRepository::Row& r = d.rows[i];
        d.indexOfId.insert(r.id, int(i));
        nameKeys.push_back(nameKey(r));
        d.haystacks.push_back(haystack(r));
        count(d, r, 1);
    }
    // Sorting by name is then a sort of integers: the string comparisons happen once, here
    // (on the worker thread for a large batch).
    std::vector<int> byName(n);
    std::iota(byName.begin(), byName.end(), 0);
    std::sort(byName.begin(), byName.end(), [&nameKeys](int a, int b) {
        const int c = nameKeys[size_t(a)].compare(nameKeys[size_t(b)]);
        return c != 0 ? c < 0 : a < b;
    });
    d.nameRanks.assign(n, 0);
    for (size_t k = 0; k < n; ++k) {
        const bool tie = k > 0 && nameKeys[size_t(byName[k])] == nameKeys[size_t(byName[k - 1])];
        d.nameRanks[size_t(byName[k])] = tie ? d.nameRanks[size_t(byName[k - 1])] : int(k);
    }
    buildChoices(d);
    return d;
}

void ReviewQueueModel::setRows(QList<ReviewRepository::Row> rows)
{
    setPrepared(prepare(std::move(rows)));
}

void ReviewQueueModel::setPrepared(Prepared data)
{
    beginResetModel();
    m_d = std::move(data);
    // A school or assessment filter that the new rows do not have would show nothing.
    const auto has = [](const QList<Choice>& choices, const QString& key) {
        return std::any_of(choices.cbegin(), choices.cend(),
                           [&key](const Choice& c) { return c.key == key; });
    };
    if (!m_schoolFilter.isEmpty() && !has(m_d.schools, m_schoolFilter))
        m_schoolFilter.clear();
    if (!m_assessmentFilter.isEmpty() && !has(m_d.assessments, m_assessmentFilter))
        m_assessmentFilter.clear();
    sortOrder();
    rebuildVisible();
    endResetModel();
    emit countsChanged();
}

void ReviewQueueModel::updateRows(const QList<ReviewRepository::Row>& rows)
{
    int first = INT_MAX;
    int last = -1;
    for (const ReviewRepository::Row& r : rows) {
        const auto it = m_d.indexOfId.constFind(r.id);
        if (it == m_d.indexOfId.cend())
            continue;
        const size_t i = size_t(*it);
        count(m_d, m_d.rows[i], -1);
        m_d.rows[i] = r;
        count(m_d, r, 1);
        m_d.haystacks[i] = haystack(r);
        const int viewRow = m_viewRowOf[i];
        if (viewRow >= 0) {
            first = std::min(first, viewRow);
            last = std::max(last, viewRow);
        }
    }
    if (last >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    emit countsChanged();
}

int ReviewQueueModel::rowOfId(qint64 id) const
{
    const auto it = m_d.indexOfId.constFind(id);
    return it == m_d.indexOfId.cend() ? -1 : m_viewRowOf[size_t(*it)];
}

const ReviewRepository::Row* ReviewQueueModel::rowById(qint64 id) const
{
    const auto it = m_d.indexOfId.constFind(id);
    return it == m_d.indexOfId.cend() ? nullptr : &m_d.rows[size_t(*it)];
}

void ReviewQueueModel::buildChoices(Prepared& d)
{
    QHash<QString, Choice> schools;
    QHash<QString, Choice> assessments;
    for (const ReviewRepository::Row& r : d.rows) {
        const QString key = schoolKey(r);
        if (!key.isEmpty()) {
            Choice& c = schools[key];
            if (c.key.isEmpty()) {
                c.key = key;
                c.text = r.schoolName.isEmpty() ? r.schoolCode : r.schoolName;
            }
            ++c.rows;
        }
        if (!r.assessmentCode.isEmpty()) {
            Choice& c = assessments[r.assessmentCode];
            if (c.key.isEmpty()) {
                c.key = r.assessmentCode;
                c.text = r.assessmentTitle.isEmpty()
                             ? r.assessmentCode
                             : r.assessmentCode + QStringLiteral(" ") + r.assessmentTitle;
            }
            ++c.rows;
        }
    }
    const auto sorted = [](const QHash<QString, Choice>& hash) {
        QList<Choice> list = hash.values();
        std::sort(list.begin(), list.end(), [](const Choice& a, const Choice& b) {
            const int c = a.text.compare(b.text, Qt::CaseInsensitive);
            return c != 0 ? c < 0 : a.key < b.key;
        });
        return list;
    };
    d.schools = sorted(schools);
    d.assessments = sorted(assessments);
}

// --- sorting ----------------------------------------------------------------------------------

void ReviewQueueModel::sortOrder()
{
    const size_t n = m_d.rows.size();
    m_order.resize(n);
    std::iota(m_order.begin(), m_order.end(), 0);
    const auto& rows = m_d.rows;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    // Ties keep the rows' file order (their index), whatever the direction.
    const auto sortBy = [&](auto key) {
        std::sort(m_order.begin(), m_order.end(), [&](int a, int b) {
            const auto& ka = key(a);
            const auto& kb = key(b);
            if (ka < kb)
                return !descending;
            if (kb < ka)
                return descending;
            return a < b;
        });
    };
    // Text shared by many rows (school, assessment, result) sorts by the rank of its folded
    // value: a few hundred distinct strings are folded and sorted, then integers are compared.
    const auto sortByRank = [&](auto text) {
        QHash<const QChar*, int> rankOf;
        std::vector<QString> distinct;
        for (const auto& r : rows) {
            const QString& t = text(r);
            if (!rankOf.contains(t.constData())) {
                rankOf.insert(t.constData(), 0);
                distinct.push_back(t);
            }
        }
        std::vector<QString> folded(distinct.size());
        std::vector<int> byFolded(distinct.size());
        for (size_t i = 0; i < distinct.size(); ++i)
            folded[i] = distinct[i].toCaseFolded();
        std::iota(byFolded.begin(), byFolded.end(), 0);
        std::sort(byFolded.begin(), byFolded.end(),
                  [&folded](int a, int b) { return folded[size_t(a)] < folded[size_t(b)]; });
        int rank = 0;
        for (size_t k = 0; k < byFolded.size(); ++k) {
            if (k > 0 && folded[size_t(byFolded[k])] != folded[size_t(byFolded[k - 1])])
                ++rank;
            rankOf[distinct[size_t(byFolded[k])].constData()] = rank;
        }
        std::vector<int> keys(n);
        for (size_t i = 0; i < n; ++i)
            keys[i] = rankOf.value(text(rows[i]).constData());
        sortBy([&keys](int i) -> const int& { return keys[size_t(i)]; });
    };
    switch (m_sortColumn) {
    case Id:
        sortBy([&rows](int i) -> const qint64& { return rows[size_t(i)].id; });
        break;
    case Status: {
        std::vector<int> keys(n);
        for (size_t i = 0; i < n; ++i)
            keys[i] = int(rows[i].status) * 100 + (rows[i].reason ? int(*rows[i].reason) + 1 : 0);
        sortBy([&keys](int i) -> const int& { return keys[size_t(i)]; });
        break;
    }
    case Reason: {
        std::vector<int> keys(n);
        for (size_t i = 0; i < n; ++i)
            keys[i] = (rows[i].reason ? int(*rows[i].reason) + 1 : 0) * 100 + int(rows[i].status);
        sortBy([&keys](int i) -> const int& { return keys[size_t(i)]; });
        break;
    }
    case Name:
        sortBy([this](int i) -> const int& { return m_d.nameRanks[size_t(i)]; });
        break;
    case Email:
        // Stored lower case (the import and the email fix both lower it).
        sortBy([&rows](int i) -> const QString& { return rows[size_t(i)].email; });
        break;
    case School:
        sortByRank([](const ReviewRepository::Row& r) -> const QString& {
            return r.schoolName.isEmpty() ? r.schoolCode : r.schoolName;
        });
        break;
    case Assessment:
        sortByRank([](const ReviewRepository::Row& r) -> const QString& { return r.assessmentCode; });
        break;
    case TestDate: {
        std::vector<qint64> keys(n);
        for (size_t i = 0; i < n; ++i)
            keys[i] = rows[i].testDate.toJulianDay();
        sortBy([&keys](int i) -> const qint64& { return keys[size_t(i)]; });
        break;
    }
    case Result:
        sortByRank([](const ReviewRepository::Row& r) -> const QString& { return r.result; });
        break;
    case SourceRow: {
        std::vector<qint64> keys(n);
        for (size_t i = 0; i < n; ++i)
            keys[i] = rows[i].importFileId * 10000000 + rows[i].sourceRow;
        sortBy([&keys](int i) -> const qint64& { return keys[size_t(i)]; });
        break;
    }
    case StudentId:
        sortBy([&rows](int i) -> const QString& { return rows[size_t(i)].studentId; });
        break;
    default:
        break;
    }
}

void ReviewQueueModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Persistent indexes (selection, current row) follow their rows.
    const QModelIndexList persistent = persistentIndexList();
    QList<QPair<int, int>> held; // row index, column
    held.reserve(persistent.size());
    for (const QModelIndex& i : persistent)
        held.append({m_visible[size_t(i.row())], i.column()});
    m_sortColumn = column;
    m_sortOrder = order;
    sortOrder();
    rebuildVisible();
    if (!persistent.isEmpty()) {
        QModelIndexList moved;
        moved.reserve(persistent.size());
        for (const auto& [rowIndex, col] : std::as_const(held)) {
            const int v = m_viewRowOf[size_t(rowIndex)];
            moved.append(v < 0 ? QModelIndex() : createIndex(v, col));
        }
        changePersistentIndexList(persistent, moved);
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

// --- filtering --------------------------------------------------------------------------------

bool ReviewQueueModel::passes(const ReviewRepository::Row& r) const
{
    if (!m_statusFilter.isEmpty() && !m_statusFilter.contains(r.status))
        return false;
    if (m_reasonFilter && (r.reason != m_reasonFilter || !countsReason(r.status)))
        return false;
    if (!m_schoolFilter.isEmpty() && schoolKey(r) != m_schoolFilter)
        return false;
    if (!m_assessmentFilter.isEmpty() && r.assessmentCode != m_assessmentFilter)
        return false;
    return true;
}

void ReviewQueueModel::rebuildVisible()
{
    m_visible.clear();
    m_visible.reserve(m_order.size());
    const bool searching = !m_search.isEmpty();
    const QString needle = m_search.toCaseFolded();
    for (const int i : m_order) {
        if (!passes(m_d.rows[size_t(i)]))
            continue;
        if (searching && !m_d.haystacks[size_t(i)].contains(needle))
            continue;
        m_visible.push_back(i);
    }
    m_viewRowOf.assign(m_d.rows.size(), -1);
    for (size_t v = 0; v < m_visible.size(); ++v)
        m_viewRowOf[size_t(m_visible[v])] = int(v);
}

void ReviewQueueModel::applyFilters()
{
    beginResetModel();
    rebuildVisible();
    endResetModel();
}

bool ReviewQueueModel::isFiltered() const
{
    return !m_statusFilter.isEmpty() || m_reasonFilter || !m_schoolFilter.isEmpty() ||
           !m_assessmentFilter.isEmpty() || !m_search.isEmpty();
}

void ReviewQueueModel::setStatusFilter(const QSet<RowStatus>& statuses)
{
    m_statusFilter = statuses;
    applyFilters();
}

void ReviewQueueModel::setReasonFilter(const std::optional<ReasonCode>& reason)
{
    m_reasonFilter = reason;
    applyFilters();
}

void ReviewQueueModel::setSchoolFilter(const QString& schoolKey)
{
    m_schoolFilter = schoolKey;
    applyFilters();
}

void ReviewQueueModel::setAssessmentFilter(const QString& code)
{
    m_assessmentFilter = code;
    applyFilters();
}

void ReviewQueueModel::setSearchText(const QString& text)
{
    const QString trimmed = text.simplified();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    applyFilters();
}

void ReviewQueueModel::clearFilters()
{
    m_statusFilter.clear();
    m_reasonFilter.reset();
    m_schoolFilter.clear();
    m_assessmentFilter.clear();
    m_search.clear();
    applyFilters();
}

} // namespace badgedesk
