#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace badgedesk {

namespace {

QList<QTranslator*>& installed()
{
    static QList<QTranslator*> list;
    return list;
}

} // namespace

QStringList Translations::available()
{
    QStringList languages;
    for (const QString& file : QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("badgedesk_*.qm")}))
        languages << file.mid(10, file.size() - 13);
    return languages;
}

QString Translations::languageFor(const QStringList& uiLanguages)
{
    const QStringList languages = available();
    for (const QString& ui : uiLanguages) {
        const QString candidate =
            ui.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        // English is a language of its own: a system in en-US followed by es must stay English.
        if (candidate == QLatin1String("en") || languages.contains(candidate))
            return candidate;
    }
    return QStringLiteral("en");
}

QString Translations::savedChoice()
{
    const QString language = QSettings().value(QStringLiteral("ui/language")).toString();
    return available().contains(language) ? language : QString();
}

void Translations::saveChoice(const QString& language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(QStringLiteral("ui/language"));
    else
        settings.setValue(QStringLiteral("ui/language"), language);
}

QString Translations::nativeName(const QString& language)
{
    // Endonyms: a reader who cannot read the current language still finds their own.
    if (language == QLatin1String("es"))
        return QStringLiteral("Español");
    return QStringLiteral("English");
}

QString Translations::install(QCoreApplication* app, const QString& languageOverride)
{
    for (QTranslator* t : std::as_const(installed())) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installed().clear();

    const auto load = [app](const QString& language) {
        auto* translator = new QTranslator(app);
        if (!translator->load(QStringLiteral(":/i18n/badgedesk_") + language)) {
            delete translator;
            return false;
        }
        QCoreApplication::installTranslator(translator);
        installed().append(translator);
        return true;
    };
    load(QStringLiteral("en"));
    const QString language =
        languageOverride.isEmpty() ? languageFor(QLocale::system().uiLanguages()) : languageOverride;
    if (language == QLatin1String("en") || !load(language))
        return QStringLiteral("en");
    return language;
}

} // namespace badgedesk
