#include "ImportProfile.h"

namespace badgedesk {
namespace {

int findColumn(const QStringList& header, const QString& name)
{
    const QString wanted = FieldSynonyms::normalise(name);
    for (int i = 0; i < header.size(); ++i) {
        if (FieldSynonyms::normalise(header.at(i)) == wanted)
            return i;
    }
    return -1;
}

QStringList normalisedHeader(const QStringList& header)
{
    QStringList out;
    for (const QString& cell : header)
        out << FieldSynonyms::normalise(cell);
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

} // namespace

ImportProfile ImportProfile::fromMapping(const QString& name, const ColumnMapping& mapping)
{
    ImportProfile profile;
    profile.name = name.trimmed();
    profile.header = mapping.header();
    for (const ImportField field : mapping.mappedFields()) {
        const QString text = mapping.header().value(mapping.column(field)).trimmed();
        if (!text.isEmpty())
            profile.columns.insert(field, text);
    }
    return profile;
}

QStringList ImportProfile::missingHeaders(const QStringList& fileHeader) const
{
    QStringList missing;
    for (const QString& text : columns) {
        if (findColumn(fileHeader, text) < 0)
            missing << text;
    }
    return missing;
}

bool ImportProfile::sameHeader(const QStringList& fileHeader) const
{
    return normalisedHeader(header) == normalisedHeader(fileHeader);
}

ColumnMapping ImportProfile::apply(const QStringList& fileHeader) const
{
    ColumnMapping mapping = ColumnMapping::forHeader(fileHeader);
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        const int column = findColumn(fileHeader, it.value());
        if (column >= 0)
            mapping.setColumn(it.key(), column);
    }
    return mapping;
}

QJsonObject ImportProfile::mappingJson() const
{
    QJsonObject object;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        object.insert(FieldSynonyms::key(it.key()), it.value());
    return object;
}

QMap<ImportField, QString> ImportProfile::columnsFromJson(const QJsonObject& object)
{
    QMap<ImportField, QString> result;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const auto field = FieldSynonyms::fromKey(it.key());
        if (field && !it.value().toString().trimmed().isEmpty())
            result.insert(*field, it.value().toString());
    }
    return result;
}

} // namespace badgedesk
