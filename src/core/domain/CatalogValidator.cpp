#include "CatalogValidator.h"

#include <QObject>

namespace badgedesk {

void CatalogValidator::setTemplates(const QList<Template>& templates, bool templatesSynced)
{
    m_templates = templates;
    m_synced = templatesSynced || !templates.isEmpty();
    m_byId.clear();
    for (int i = 0; i < m_templates.size(); ++i)
        m_byId.insert(m_templates.at(i).id.toLower(), i);
}

std::optional<CatalogValidator::Template> CatalogValidator::templateFor(const QString& id) const
{
    const int i = m_byId.value(id.toLower(), -1);
    if (i < 0)
        return std::nullopt;
    return m_templates.at(i);
}

QString CatalogValidator::templateLabel(const QString& id) const
{
    if (id.isEmpty())
        return {};
    const auto t = templateFor(id);
    if (!t)
        return id;
    if (t->state == QLatin1String("active"))
        return t->name;
    return QObject::tr("%1 (%2)").arg(t->name, t->state);
}

CatalogValidator::Problem CatalogValidator::check(const CatalogEntry& entry) const
{
    if (entry.retiredDate.isValid() || !entry.careertechBadges)
        return {};
    if (entry.vendorBadges)
        return {QStringLiteral("double_badged"),
                QObject::tr("Marked both as badged by its vendor and by CareerTech: a student would get two "
                            "badges.")};
    if (entry.credlyTemplateId.isEmpty())
        return {QStringLiteral("no_template"),
                QObject::tr("CareerTech badges this assessment but no Credly badge template is mapped: pick "
                            "one.")};
    if (!m_synced)
        return {};
    const auto t = templateFor(entry.credlyTemplateId);
    if (!t)
        return {QStringLiteral("unknown_template"),
                QObject::tr("Template %1 is not among the Credly templates of this environment: pick one "
                            "from the list, or refresh the templates from Credly.")
                    .arg(entry.credlyTemplateId)};
    if (t->state == QLatin1String("archived"))
        return {
            QStringLiteral("archived_template"),
            QObject::tr("The Credly template \"%1\" is archived, so Credly refuses badges from it: pick an "
                        "active template.")
                .arg(t->name)};
    if (t->state != QLatin1String("active"))
        return {QStringLiteral("inactive_template"),
                QObject::tr("The Credly template \"%1\" is %2, not active: publish it in Credly or pick an "
                            "active template.")
                    .arg(t->name, t->state)};
    return {};
}

} // namespace badgedesk
