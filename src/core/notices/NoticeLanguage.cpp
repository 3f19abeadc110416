#include "NoticeLanguage.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace badgedesk {

namespace {

// Letters only, lower case, accents folded: "Español " -> "espanol", "es-US" -> "esus".
QString fold(const QString& text)
{
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetter() && c.category() != QChar::Mark_NonSpacing)
            out += c.toLower();
    }
    return out;
}

} // namespace

QStringList NoticeLanguage::all()
{
    return {QLatin1String(kEnglish), QLatin1String(kSpanish)};
}

bool NoticeLanguage::isKnown(const QString& key)
{
    return key == QLatin1String(kEnglish) || key == QLatin1String(kSpanish);
}

QString NoticeLanguage::normalise(const QString& cell, bool* recognised)
{
    // What CTIMS-like systems, SIS exports and people typing write for the two languages: ISO 639-1
    // and -2 codes, BCP 47 tags (folded: "es-US" -> "esus"), names in English and in Spanish.
    static const QHash<QString, QString> known = {
        {QStringLiteral("en"), QStringLiteral("en")},
        {QStringLiteral("eng"), QStringLiteral("en")},
        {QStringLiteral("enus"), QStringLiteral("en")},
        {QStringLiteral("engb"), QStringLiteral("en")},
        {QStringLiteral("english"), QStringLiteral("en")},
        {QStringLiteral("ingles"), QStringLiteral("en")},
        {QStringLiteral("englishonly"), QStringLiteral("en")},
        {QStringLiteral("es"), QStringLiteral("es")},
        {QStringLiteral("esp"), QStringLiteral("es")},
        {QStringLiteral("spa"), QStringLiteral("es")},
        {QStringLiteral("esus"), QStringLiteral("es")},
        {QStringLiteral("eses"), QStringLiteral("es")},
        {QStringLiteral("esmx"), QStringLiteral("es")},
        {QStringLiteral("spanish"), QStringLiteral("es")},
        {QStringLiteral("espanol"), QStringLiteral("es")},
        {QStringLiteral("castellano"), QStringLiteral("es")},
        {QStringLiteral("spanishespanol"), QStringLiteral("es")},
    };
    const QString folded = fold(cell);
    if (folded.isEmpty()) {
        if (recognised)
            *recognised = true; // blank: nothing to read, nothing wrong
        return {};
    }
    auto it = known.constFind(folded);
    if (it == known.constEnd()) {
        // "Spanish / English", "Spanish (home)": the first language named wins.
        const QString first =
            cell.section(QRegularExpression(QStringLiteral("[/,;()|]")), 0, 0, QString::SectionSkipEmpty);
        if (first != cell)
            it = known.constFind(fold(first));
    }
    if (recognised)
        *recognised = it != known.constEnd();
    return it != known.constEnd() ? it.value() : QString();
}

QString NoticeLanguage::credlyLocale(const QString& key)
{
    return key == QLatin1String(kSpanish) ? QStringLiteral("es-US") : QStringLiteral("en");
}

QString NoticeLanguage::displayName(const QString& key)
{
    if (key == QLatin1String(kSpanish))
        return QCoreApplication::translate("NoticeLanguage", "Spanish (Español)");
    return QCoreApplication::translate("NoticeLanguage", "English");
}

QString NoticeLanguage::effective(const QString& rowLanguage, const QString& batchDefault)
{
    if (isKnown(rowLanguage))
        return rowLanguage;
    return isKnown(batchDefault) ? batchDefault : QLatin1String(kEnglish);
}

} // namespace badgedesk
