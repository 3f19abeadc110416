#include "CatalogFieldFormat.h"

#include "domain/CatalogValidator.h"

#include <QCoreApplication>

namespace badgedesk {

QString CatalogFieldFormat::label(const QString& field)
{
    static const struct
    {
        const char* field;
        const char* label;
    } labels[] = {
        {"code", QT_TRANSLATE_NOOP("CatalogFieldFormat", "Code")},
        {"title", QT_TRANSLATE_NOOP("CatalogFieldFormat", "Title")},
        {"credentialing_body", QT_TRANSLATE_NOOP("CatalogFieldFormat", "Credentialing body")},
        {"vendor", QT_TRANSLATE_NOOP("CatalogFieldFormat", "Testing vendor")},
        {"credential_type", QT_TRANSLATE_NOOP("CatalogFieldFormat", "Type")},
        {"program_area", QT_TRANSLATE_NOOP("CatalogFieldFormat", "Program area")},
        {"effective_date", QT_TRANSLATE_NOOP("CatalogFieldFormat", "Effective")},
        {"retired_date", QT_TRANSLATE_NOOP("CatalogFieldFormat", "Retired")},
        {"vendor_badges", QT_TRANSLATE_NOOP("CatalogFieldFormat", "Vendor badges it")},
        {"careertech_badges", QT_TRANSLATE_NOOP("CatalogFieldFormat", "CareerTech badges it")},
        {"credly_template_id", QT_TRANSLATE_NOOP("CatalogFieldFormat", "Credly template")},
        {"notes", QT_TRANSLATE_NOOP("CatalogFieldFormat", "Notes")},
    };
    for (const auto& entry : labels) {
        if (field == QLatin1String(entry.field))
            return QCoreApplication::translate("CatalogFieldFormat", entry.label);
    }
    return field;
}

QString CatalogFieldFormat::value(const QString& field, const QString& value,
                                  const CatalogValidator* validator)
{
    if (field == QLatin1String("vendor_badges") || field == QLatin1String("careertech_badges"))
        return value == QLatin1String("1") ? QCoreApplication::translate("CatalogFieldFormat", "Yes")
                                           : QCoreApplication::translate("CatalogFieldFormat", "No");
    if (value.isEmpty())
        return QStringLiteral("—");
    if (field == QLatin1String("credly_template_id") && validator)
        return validator->templateLabel(value);
    return value;
}

} // namespace badgedesk
