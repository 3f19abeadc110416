#include "ColumnMapping.h"

namespace badgedesk {

ColumnMapping ColumnMapping::detect(const QStringList& header)
{
    ColumnMapping mapping;
    mapping.m_header = header;
    for (int i = 0; i < header.size(); ++i) {
        const auto field = FieldSynonyms::match(header.at(i));
        if (!field)
            continue;
        if (mapping.m_columns.contains(*field))
            mapping.m_duplicates.append(i); // the first column wins; the wizard shows the others
        else
            mapping.m_columns.insert(*field, i);
    }
    return mapping;
}

ColumnMapping ColumnMapping::forHeader(const QStringList& header)
{
    ColumnMapping mapping;
    mapping.m_header = header;
    return mapping;
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject object;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        object.insert(FieldSynonyms::key(it.key()), m_header.value(it.value()));
    return object;
}

void ColumnMapping::setColumn(ImportField field, int column)
{
    if (column < 0) {
        m_columns.remove(field);
        return;
    }
    // One column feeds one field: moving a column to a new field unmaps it elsewhere.
    for (auto it = m_columns.begin(); it != m_columns.end();) {
        if (it.value() == column && it.key() != field)
            it = m_columns.erase(it);
        else
            ++it;
    }
    m_columns.insert(field, column);
    m_duplicates.removeAll(column);
}

QList<int> ColumnMapping::unmappedColumns() const
{
    QList<int> result;
    for (int i = 0; i < m_header.size(); ++i) {
        if (!m_header.at(i).trimmed().isEmpty() && !m_columns.values().contains(i))
            result << i;
    }
    return result;
}

QStringList ColumnMapping::missingRequired() const
{
    QStringList missing;
    if (!isMapped(ImportField::StudentId) &&
        !(isMapped(ImportField::FirstName) && isMapped(ImportField::LastName)))
        missing << QStringLiteral("Student ID or first and last name");
    if (!isMapped(ImportField::Email))
        missing << FieldSynonyms::displayName(ImportField::Email);
    if (!isMapped(ImportField::AssessmentCode))
        missing << FieldSynonyms::displayName(ImportField::AssessmentCode);
    if (!isMapped(ImportField::TestDate) && !isMapped(ImportField::EntryTime))
        missing << QStringLiteral("Test date or entry time");
    return missing;
}

QString ColumnMapping::missingRequiredMessage() const
{
    const QStringList missing = missingRequired();
    if (missing.isEmpty())
        return {};
    return QStringLiteral("The file has no column for: %1. Choose the column for each in the mapping step.")
        .arg(missing.join(QStringLiteral("; ")));
}

QString ColumnMapping::value(const QStringList& cells, ImportField field) const
{
    const int index = column(field);
    return index >= 0 && index < cells.size() ? cells.at(index) : QString();
}

} // namespace badgedesk
