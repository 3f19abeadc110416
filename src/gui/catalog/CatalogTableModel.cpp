#include "CatalogTableModel.h"
#include "ThemeColors.h"

#include "CatalogEditCommand.h"
#include "CatalogFieldFormat.h"
#include "domain/CatalogTableParser.h"
#include "storage/CatalogRepository.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QStyle>
#include <QUndoStack>

#include <algorithm>

namespace badgedesk {
namespace {

bool isFlagColumn(int column)
{
    return column == CatalogTableModel::VendorBadges || column == CatalogTableModel::AgencyBadges;
}

bool isDateColumn(int column)
{
    return column == CatalogTableModel::EffectiveDate || column == CatalogTableModel::RetiredDate;
}

} // namespace

CatalogTableModel::CatalogTableModel(CatalogRepository& repository, QUndoStack& undoStack, QObject* parent)
    : QAbstractTableModel(parent), m_repository(repository), m_undoStack(undoStack)
{
    reload();
}

QString CatalogTableModel::fieldForColumn(int column)
{
    const QStringList fields = CatalogEntry::fieldNames(); // same order as Column
    return column >= 0 && column < fields.size() ? fields.at(column) : QString();
}

int CatalogTableModel::columnForField(const QString& field)
{
    return int(CatalogEntry::fieldNames().indexOf(field));
}

void CatalogTableModel::reload()
{
    QList<CatalogEntry> entries = m_repository.all();
    m_usage = m_repository.usage();
    bool sameRows = entries.size() == m_entries.size();
    for (int i = 0; sameRows && i < entries.size(); ++i)
        sameRows = entries.at(i).id == m_entries.at(i).id;
    if (sameRows) {
        // Same rows, new values: keep the view's selection and scroll position.
        m_entries = std::move(entries);
        if (!m_entries.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void CatalogTableModel::setValidator(const CatalogValidator& validator)
{
    m_validator = validator;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void CatalogTableModel::reportError(const QString& message)
{
    emit stepRefused(message);
}

int CatalogTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CatalogTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int CatalogTableModel::rowOfCode(const QString& code) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).code == code)
            return i;
    }
    return -1;
}

CatalogValidator::Problem CatalogTableModel::problem(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_validator.check(m_entries.at(row))
                                              : CatalogValidator::Problem{};
}

int CatalogTableModel::problemCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [this](const CatalogEntry& e) { return !m_validator.check(e).isNull(); }));
}

int CatalogTableModel::retiredCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const CatalogEntry& e) { return e.retiredDate.isValid(); }));
}

QVariant CatalogTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogEntry& entry = m_entries.at(index.row());
    const int column = index.column();
    const QString field = fieldForColumn(column);
    const QString value = entry.fieldValue(field);
    const bool retired = entry.retiredDate.isValid();

    switch (role) {
    case Qt::DisplayRole:
        if (isFlagColumn(column))
            return {};
        if (column == TemplateId)
            return m_validator.templateLabel(value);
        return value;
    case Qt::EditRole:
        if (isFlagColumn(column))
            return value == QLatin1String("1");
        if (isDateColumn(column))
            return QDate::fromString(value, Qt::ISODate);
        return value;
    case Qt::CheckStateRole:
        if (isFlagColumn(column))
            return value == QLatin1String("1") ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole: {
        const auto issue = m_validator.check(entry);
        if (!issue.isNull())
            return issue.message;
        if (retired)
            return tr("Retired on %1: rows for this assessment are excluded from then on.")
                .arg(QLocale().toString(entry.retiredDate, QLocale::ShortFormat));
        if (column == TemplateId && !value.isEmpty()) {
            const auto t = m_validator.templateFor(value);
            return t ? tr("%1\n%2 · %3").arg(t->name, t->id, t->state)
                     : tr("%1\nNot among the cached Credly templates of this environment.").arg(value);
        }
        return {};
    }
    case Qt::ForegroundRole: {
        if (retired)
            return QBrush(ThemeColors::text(ThemeColors::Tone::Muted));
        const auto issue = m_validator.check(entry);
        if (!issue.isNull() && (column == TemplateId || column == Code))
            return QBrush(ThemeColors::text(ThemeColors::Tone::Error));
        return {};
    }
    case Qt::DecorationRole:
        if (column == Code && !m_validator.check(entry).isNull())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::FontRole:
        if (retired) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case ProblemRole:
        return m_validator.check(entry).message;
    case ProblemKindRole:
        return m_validator.check(entry).kind;
    case RetiredRole:
        return retired;
    case FieldRole:
        return value;
    default:
        return {};
    }
}

QVariant CatalogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return CatalogFieldFormat::label(fieldForColumn(section));
}

Qt::ItemFlags CatalogTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() == Code)
        return f; // the code is the entry's identity in history and in imported rows
    if (isFlagColumn(index.column()))
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

bool CatalogTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QString text;
    if (isFlagColumn(index.column())) {
        if (role != Qt::CheckStateRole && role != Qt::EditRole)
            return false;
        const bool on = role == Qt::CheckStateRole ? value.toInt() == Qt::Checked : value.toBool();
        text = on ? QStringLiteral("1") : QStringLiteral("0");
    } else if (role == Qt::EditRole) {
        if (isDateColumn(index.column())) {
            const QDate date =
                value.toDate().isValid() ? value.toDate() : QDate::fromString(value.toString(), Qt::ISODate);
            if (!date.isValid() && !value.toString().trimmed().isEmpty()) {
                emit errorOccurred(
                    tr("\"%1\" is not a date. Use the form 2026-07-01.").arg(value.toString()));
                return false;
            }
            text = date.isValid() ? date.toString(Qt::ISODate) : QString();
        } else {
            // Cleaned as an imported list's cells are, so an exported catalog reads back unchanged.
            text = CatalogTableParser::cleanText(value.toString());
            if (index.column() == TemplateId)
                text = text.toLower();
        }
    } else {
        return false;
    }
    return setColumnValue({index.row()}, index.column(), text);
}

bool CatalogTableModel::push(CatalogEditCommand* command)
{
    const int before = m_undoStack.count();
    m_undoStack.push(command);
    return m_undoStack.count() > before; // an obsolete (failed) command is not kept
}

bool CatalogTableModel::setColumnValue(const QList<int>& rows, int column, const QString& value)
{
    const QString field = fieldForColumn(column);
    if (field.isEmpty() || column == Code)
        return false;
    if (column == Title && value.trimmed().isEmpty()) {
        emit errorOccurred(tr("An assessment needs a title."));
        return false;
    }
    QList<CatalogEntry> after;
    for (int row : rows) {
        if (row < 0 || row >= m_entries.size())
            continue;
        CatalogEntry entry = m_entries.at(row);
        if (entry.fieldValue(field) == value)
            continue;
        entry.setFieldValue(field, value);
        after << entry;
    }
    if (after.isEmpty())
        return false;
    const QString header = headerData(column, Qt::Horizontal).toString();
    const QString text = after.size() == 1
                             ? tr("Change %1 of %2").arg(header, after.first().code)
                             : tr("Change %1 of %n entries", nullptr, int(after.size())).arg(header);
    return push(CatalogEditCommand::update(m_repository, *this, after, text));
}

bool CatalogTableModel::retire(const QList<int>& rows, const QDate& on)
{
    return setColumnValue(rows, RetiredDate, on.toString(Qt::ISODate));
}

bool CatalogTableModel::addEntry(const QString& code, const QString& title)
{
    CatalogEntry entry;
    entry.code = CatalogTableParser::normaliseCode(code);
    entry.title = CatalogTableParser::cleanText(title);
    if (entry.code.isEmpty()) {
        emit errorOccurred(tr("Type the assessment's code, e.g. 0911 or CMP-1101."));
        return false;
    }
    if (rowOfCode(entry.code) >= 0) {
        emit errorOccurred(tr("Code %1 is already in the catalog (%2): edit that entry instead.")
                               .arg(entry.code, m_entries.at(rowOfCode(entry.code)).title));
        return false;
    }
    if (entry.title.isEmpty()) {
        emit errorOccurred(tr("Type the assessment's title as the approved list names it."));
        return false;
    }
    return push(CatalogEditCommand::add(m_repository, *this, entry, tr("Add %1").arg(entry.code)));
}

bool CatalogTableModel::removeEntries(const QList<int>& rows)
{
    QStringList codes;
    for (int row : rows) {
        if (row >= 0 && row < m_entries.size())
            codes << m_entries.at(row).code;
    }
    if (codes.isEmpty())
        return false;
    const QString text = codes.size() == 1 ? tr("Delete %1").arg(codes.first())
                                           : tr("Delete %n entries", nullptr, int(codes.size()));
    return push(CatalogEditCommand::remove(m_repository, *this, codes, text));
}

bool CatalogTableModel::applyImport(const CatalogDiff& diff, const QDate& retireOn, const QString& source)
{
    return push(
        CatalogEditCommand::import(m_repository, *this, diff, retireOn, source, tr("Import %1").arg(source)));
}

} // namespace badgedesk
