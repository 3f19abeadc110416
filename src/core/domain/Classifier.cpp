#include "Classifier.h"

#include <QRegularExpression>
#include <algorithm>

namespace badgedesk {

namespace {

QString normalisedCode(const QString& code)
{
    return code.trimmed().toUpper();
}

QString simplified(const QString& text)
{
    return text.simplified().toLower();
}

int precedence(ReasonCode reason)
{
    static const QList<ReasonCode> order{
        ReasonCode::NotOnList,  ReasonCode::Retired,       ReasonCode::VendorBadged,
        ReasonCode::NotPassed,  ReasonCode::AlreadyBadged, ReasonCode::DuplicateInBatch,
        ReasonCode::NoTemplate, ReasonCode::MissingName,   ReasonCode::BadDate,
        ReasonCode::NoEmail,    ReasonCode::BadEmail,      ReasonCode::Under13,
    };
    return int(order.indexOf(reason));
}

bool excludes(ReasonCode reason)
{
    return precedence(reason) <= precedence(ReasonCode::DuplicateInBatch);
}

} // namespace

Classifier::Classifier(const QList<CatalogEntry>& catalog, IssuedHistory history)
    : m_history(std::move(history))
{
    for (const CatalogEntry& entry : catalog)
        m_catalog.insert(normalisedCode(entry.code), entry);
}

void Classifier::setUsableTemplates(const QSet<QString>& templateIds)
{
    m_usableTemplates = templateIds;
}

const CatalogEntry* Classifier::entryFor(const QString& code) const
{
    const auto it = m_catalog.constFind(normalisedCode(code));
    return it == m_catalog.cend() ? nullptr : &it.value();
}

QString Classifier::personKey(const Row& row)
{
    QString id = row.studentId.trimmed();
    // Lost leading zeros must not make two people of one.
    while (id.size() > 1 && id.startsWith(QLatin1Char('0')))
        id.remove(0, 1);
    if (!id.isEmpty())
        return QStringLiteral("id:") + id.toUpper();
    const QString email = row.email.trimmed().toLower();
    if (!email.isEmpty())
        return QStringLiteral("email:") + email;
    return QStringLiteral("name:") + simplified(row.firstName) + QLatin1Char('|') + simplified(row.lastName) +
           QLatin1Char('|') + simplified(row.schoolCode.isEmpty() ? row.schoolName : row.schoolCode);
}

QString Classifier::badgeKey(const Row& row)
{
    return personKey(row) + QStringLiteral("#") + normalisedCode(row.assessmentCode);
}

QString Classifier::emailTemplateKey(const QString& email, const QString& templateId)
{
    return email.trimmed().toLower() + QLatin1Char('#') + templateId.trimmed().toLower();
}

bool Classifier::isPassed(const QString& result)
{
    const QString r = result.trimmed().toLower();
    static const QStringList passed{QString(),
                                    QStringLiteral("pass"),
                                    QStringLiteral("p"),
                                    QStringLiteral("passed"),
                                    QStringLiteral("earned"),
                                    QStringLiteral("y"),
                                    QStringLiteral("yes"),
                                    QStringLiteral("met")};
    return passed.contains(r);
}

int Classifier::ageOn(const QDate& birth, const QDate& on)
{
    int age = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --age;
    return age;
}

Classifier::Outcome Classifier::classifyAlone(const Row& row) const
{
    Outcome out;
    out.badgeKey = badgeKey(row);
    QList<QPair<ReasonCode, QString>> reasons;
    const auto add = [&reasons](ReasonCode code, const QString& detail) { reasons.append({code, detail}); };

    const CatalogEntry* entry = entryFor(row.assessmentCode);
    // The catalog as it stood on the test date (the entry time when the test date is unknown).
    const QDate asOf = row.testDate.isValid() ? row.testDate : row.enteredAt.date();
    if (!entry) {
        add(ReasonCode::NotOnList,
            QStringLiteral("Assessment %1 is not on the approved list.")
                .arg(row.assessmentCode.trimmed().isEmpty() ? QStringLiteral("(blank)")
                                                            : row.assessmentCode.trimmed()));
    } else {
        if (asOf.isValid() && entry->effectiveDate.isValid() && asOf < entry->effectiveDate)
            add(ReasonCode::NotOnList,
                QStringLiteral("Assessment %1 joined the approved list on %2, after the test.")
                    .arg(entry->code, entry->effectiveDate.toString(Qt::ISODate)));
        if (asOf.isValid() && entry->isRetiredOn(asOf))
            add(ReasonCode::Retired, QStringLiteral("Assessment %1 was retired on %2.")
                                         .arg(entry->code, entry->retiredDate.toString(Qt::ISODate)));
        if (entry->vendorBadges)
            add(ReasonCode::VendorBadged,
                QStringLiteral("%1 issues its own digital badge for %2.")
                    .arg(entry->vendor.isEmpty() ? QStringLiteral("The testing vendor") : entry->vendor,
                         entry->code));
        else if (!entry->careertechBadges)
            add(ReasonCode::NotOnList,
                QStringLiteral("Assessment %1 is on the approved list, but CareerTech does not badge it.")
                    .arg(entry->code));
        out.templateId = entry->credlyTemplateId.trimmed();
        if (entry->careertechBadges && out.templateId.isEmpty())
            add(ReasonCode::NoTemplate,
                QStringLiteral("Assessment %1 has no Credly badge template in the catalog.")
                    .arg(entry->code));
        else if (entry->careertechBadges && m_usableTemplates && !m_usableTemplates->contains(out.templateId))
            add(ReasonCode::NoTemplate,
                QStringLiteral("The badge template of %1 is archived or unknown at Credly.")
                    .arg(entry->code));
    }
    if (!isPassed(row.result))
        add(ReasonCode::NotPassed,
            QStringLiteral("The result is \"%1\", not a pass.").arg(row.result.trimmed()));
    if (m_history.badgeKeys.contains(out.badgeKey) ||
        (!out.templateId.isEmpty() && !row.email.trimmed().isEmpty() &&
         m_history.emailTemplateKeys.contains(emailTemplateKey(row.email, out.templateId))))
        add(ReasonCode::AlreadyBadged,
            QStringLiteral("This student already has this badge from an earlier batch."));
    if (row.firstName.trimmed().isEmpty() || row.lastName.trimmed().isEmpty())
        add(ReasonCode::MissingName, QStringLiteral("The first or last name is missing."));
    if (!row.testDate.isValid())
        add(ReasonCode::BadDate, QStringLiteral("The test date is missing or unreadable."));
    else if (row.dateFlagged)
        add(ReasonCode::BadDate,
            QStringLiteral("The test date needs checking (ambiguous or after the entry)."));
    const EmailCheck::Result email = EmailCheck::check(row.email);
    out.emailSuggestion = email.suggestion;
    if (email.problem == EmailCheck::Problem::Missing)
        add(ReasonCode::NoEmail, QStringLiteral("There is no email address."));
    else if (!email.isValid())
        add(ReasonCode::BadEmail,
            QStringLiteral("The email address needs fixing: %1%2.")
                .arg(EmailCheck::describe(email.problem),
                     email.suggestion.isEmpty()
                         ? QString()
                         : QStringLiteral(" (did you mean %1?)").arg(email.suggestion)));
    if (row.dateOfBirth.isValid() && asOf.isValid() && ageOn(row.dateOfBirth, asOf) < 13)
        add(ReasonCode::Under13,
            QStringLiteral("The student was %1 on the test date; under 13 needs consent.")
                .arg(ageOn(row.dateOfBirth, asOf)));

    if (reasons.isEmpty())
        return out;
    const auto first = std::min_element(reasons.cbegin(), reasons.cend(), [](const auto& a, const auto& b) {
        return precedence(a.first) < precedence(b.first);
    });
    out.reason = first->first;
    out.detail = first->second;
    out.status = excludes(first->first) ? RowStatus::Excluded : RowStatus::NeedsAttention;
    return out;
}

QList<Classifier::Outcome> Classifier::classify(const QList<Row>& rows) const
{
    QList<Outcome> outcomes;
    outcomes.reserve(rows.size());
    for (const Row& row : rows)
        outcomes.append(classifyAlone(row));

    // Within the batch, one row per badge key is kept: among the rows not excluded by an earlier
    // rule, one the specialist approved first, then one with a valid email, then the earliest
    // entry, then the lowest id. A rejected row comes last: rejecting the kept row lets the next
    // one be kept, and a rejected row is never kept over one that is not.
    QHash<QString, QList<int>> byKey;
    for (int i = 0; i < rows.size(); ++i) {
        const Outcome& o = outcomes.at(i);
        if (o.reason && precedence(*o.reason) < precedence(ReasonCode::DuplicateInBatch))
            continue;
        byKey[o.badgeKey].append(i);
    }
    for (auto it = byKey.begin(); it != byKey.end(); ++it) {
        QList<int>& group = it.value();
        if (group.size() < 2)
            continue;
        std::sort(group.begin(), group.end(), [&rows](int a, int b) {
            const auto rank = [](Decision d) {
                return d == Decision::Approved ? 0 : d == Decision::None ? 1 : 2;
            };
            const int ra = rank(rows.at(a).decision);
            const int rb = rank(rows.at(b).decision);
            if (ra != rb)
                return ra < rb;
            const bool va = EmailCheck::check(rows.at(a).email).isValid();
            const bool vb = EmailCheck::check(rows.at(b).email).isValid();
            if (va != vb)
                return va;
            const QDateTime& ea = rows.at(a).enteredAt;
            const QDateTime& eb = rows.at(b).enteredAt;
            if (ea != eb)
                return ea.isValid() && (!eb.isValid() || ea < eb);
            return rows.at(a).id < rows.at(b).id;
        });
        const qint64 kept = rows.at(group.first()).id;
        for (int k = 1; k < group.size(); ++k) {
            Outcome& o = outcomes[group.at(k)];
            o.reason = ReasonCode::DuplicateInBatch;
            o.status = RowStatus::Excluded;
            o.keptRowId = kept;
            o.detail =
                QStringLiteral("The same student and assessment are on row %1, which is kept.").arg(kept);
        }
    }
    return outcomes;
}

} // namespace badgedesk
