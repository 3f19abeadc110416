#include "CatalogEntry.h"

namespace badgedesk {
namespace {

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString flagText(bool flag)
{
    return flag ? QStringLiteral("1") : QStringLiteral("0");
}

} // namespace

QStringList CatalogEntry::fieldNames()
{
    return {QStringLiteral("code"),
            QStringLiteral("title"),
            QStringLiteral("credentialing_body"),
            QStringLiteral("vendor"),
            QStringLiteral("credential_type"),
            QStringLiteral("program_area"),
            QStringLiteral("effective_date"),
            QStringLiteral("retired_date"),
            QStringLiteral("vendor_badges"),
            QStringLiteral("careertech_badges"),
            QStringLiteral("credly_template_id"),
            QStringLiteral("notes")};
}

QString CatalogEntry::fieldValue(const QString& field) const
{
    if (field == QLatin1String("code"))
        return code;
    if (field == QLatin1String("title"))
        return title;
    if (field == QLatin1String("credentialing_body"))
        return credentialingBody;
    if (field == QLatin1String("vendor"))
        return vendor;
    if (field == QLatin1String("credential_type"))
        return credentialType;
    if (field == QLatin1String("program_area"))
        return programArea;
    if (field == QLatin1String("effective_date"))
        return dateText(effectiveDate);
    if (field == QLatin1String("retired_date"))
        return dateText(retiredDate);
    if (field == QLatin1String("vendor_badges"))
        return flagText(vendorBadges);
    if (field == QLatin1String("careertech_badges"))
        return flagText(careertechBadges);
    if (field == QLatin1String("credly_template_id"))
        return credlyTemplateId;
    if (field == QLatin1String("notes"))
        return notes;
    return {};
}

bool CatalogEntry::setFieldValue(const QString& field, const QString& value)
{
    if (field == QLatin1String("code"))
        code = value;
    else if (field == QLatin1String("title"))
        title = value;
    else if (field == QLatin1String("credentialing_body"))
        credentialingBody = value;
    else if (field == QLatin1String("vendor"))
        vendor = value;
    else if (field == QLatin1String("credential_type"))
        credentialType = value;
    else if (field == QLatin1String("program_area"))
        programArea = value;
    else if (field == QLatin1String("effective_date"))
        effectiveDate = QDate::fromString(value, Qt::ISODate);
    else if (field == QLatin1String("retired_date"))
        retiredDate = QDate::fromString(value, Qt::ISODate);
    else if (field == QLatin1String("vendor_badges"))
        vendorBadges = value == QLatin1String("1");
    else if (field == QLatin1String("careertech_badges"))
        careertechBadges = value == QLatin1String("1");
    else if (field == QLatin1String("credly_template_id"))
        credlyTemplateId = value;
    else if (field == QLatin1String("notes"))
        notes = value;
    else
        return false;
    return true;
}

QStringList CatalogEntry::differingFields(const CatalogEntry& other) const
{
    QStringList fields;
    for (const QString& field : fieldNames()) {
        if (fieldValue(field) != other.fieldValue(field))
            fields << field;
    }
    return fields;
}

QJsonObject CatalogEntry::toJson() const
{
    QJsonObject object;
    for (const QString& field : fieldNames())
        object.insert(field, fieldValue(field));
    return object;
}

CatalogEntry CatalogEntry::fromJson(const QJsonObject& object)
{
    CatalogEntry entry;
    for (const QString& field : fieldNames())
        entry.setFieldValue(field, object.value(field).toString());
    return entry;
}

} // namespace badgedesk
