#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
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
    QString language = languageOverride;
    if (language.isEmpty()) {
        for (const QString& ui : QLocale::system().uiLanguages()) {
            const QString candidate = ui.section(QLatin1Char('-'), 0, 0).toLower();
            if (available().contains(candidate)) {
                language = candidate;
                break;
            }
        }
    }
    if (language.isEmpty() || language == QLatin1String("en") || !load(language))
        return QStringLiteral("en");
    return language;
}

} // namespace badgedesk
