#include "SimulatorSeed.h"

#include "sample/SampleDataGenerator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QStringList>

namespace badgedesk {

QList<SeedTemplate> SimulatorSeed::templates(quint32 sampleSeed)
{
    SampleDataGenerator::Options options;
    options.seed = sampleSeed;
    const auto badgeTemplates = SampleDataGenerator(options).badgeTemplates();
    QList<SeedTemplate> list;
    for (int i = 0; i < badgeTemplates.size(); ++i) {
        const auto& b = badgeTemplates.at(i);
        SeedTemplate t;
        t.code = b.code;
        t.title = b.title;
        t.name = b.name;
        t.id = b.id;
        t.archived = i % 25 == 24;
        t.allowDuplicates = i % 30 == 7;
        list.append(t);
    }
    return list;
}

QJsonObject SimulatorSeed::templateJson(const SeedTemplate& seed, int index, const QString& organizationId,
                                        const QString& organizationName)
{
    const QDateTime created =
        QDateTime(QDate(2023, 7, 1), QTime(0, 0), Qt::UTC).addSecs(static_cast<qint64>(index) * 3600);
    const QString createdText = created.toString(Qt::ISODateWithMs);
    const QString slug = seed.name.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString imageUrl = QStringLiteral("https://images.credly.test/images/%1/image.png").arg(seed.id);
    const QJsonObject owner{
        {QStringLiteral("type"), QStringLiteral("Organization")},
        {QStringLiteral("id"), organizationId},
        {QStringLiteral("name"), organizationName},
        {QStringLiteral("url"), QStringLiteral("https://www.credly.test/org/careertech")},
        {QStringLiteral("vanity_url"), QStringLiteral("https://www.credly.test/org/careertech")},
        {QStringLiteral("vanity_slug"), QStringLiteral("careertech")},
        {QStringLiteral("verified"), true},
    };
    return QJsonObject{
        {QStringLiteral("id"), seed.id},
        {QStringLiteral("name"), seed.name},
        {QStringLiteral("description"),
         QStringLiteral("Earners passed the approved assessment %1 (%2).").arg(seed.title, seed.code)},
        {QStringLiteral("state"), seed.archived ? QStringLiteral("archived") : QStringLiteral("active")},
        {QStringLiteral("public"), true},
        {QStringLiteral("visibility"), QStringLiteral("public")},
        {QStringLiteral("allow_duplicate_badges"), seed.allowDuplicates},
        {QStringLiteral("badges_count"), 0},
        {QStringLiteral("image"),
         QJsonObject{{QStringLiteral("id"), seed.id}, {QStringLiteral("url"), imageUrl}}},
        {QStringLiteral("image_url"), imageUrl},
        {QStringLiteral("url"), QStringLiteral("https://www.credly.test/org/careertech/badge/") + slug},
        {QStringLiteral("vanity_slug"), slug},
        {QStringLiteral("skills"), QJsonArray{}},
        {QStringLiteral("reporting_tags"), QJsonArray{QStringLiteral("CareerTech"), seed.code}},
        {QStringLiteral("level"), QStringLiteral("Intermediate")},
        {QStringLiteral("type_category"), QStringLiteral("Certification")},
        {QStringLiteral("time_to_earn"), QJsonValue::Null},
        {QStringLiteral("cost"), QStringLiteral("Paid")},
        {QStringLiteral("certification"), true},
        {QStringLiteral("recipient_type"), QStringLiteral("User")},
        {QStringLiteral("criteria_url"), QJsonValue::Null},
        {QStringLiteral("global_activity_url"), QJsonValue::Null},
        {QStringLiteral("alignments"), QJsonArray{}},
        {QStringLiteral("recommendations"), QJsonArray{}},
        {QStringLiteral("badge_template_activities"), QJsonArray{}},
        {QStringLiteral("required_badge_templates"), QJsonArray{}},
        {QStringLiteral("owner"), owner},
        {QStringLiteral("created_at"), createdText},
        {QStringLiteral("updated_at"), createdText},
        {QStringLiteral("state_updated_at"), createdText},
    };
}

} // namespace badgedesk
