#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace badgedesk {

// Loads the interface translations embedded under :/i18n. English is always installed (it holds
// the plural forms, "1 row" / "2 rows"); the user's language from the system locale, or the
// override from Settings, goes on top when BadgeDesk has it.
class Translations
{
public:
    // languageOverride: "" for the system's language, else "en", "es", ...
    static QString install(QCoreApplication* app, const QString& languageOverride = {});
    // Languages with an embedded translation ("en", ...).
    static QStringList available();
    // The language BadgeDesk picks for these system UI languages ("es-MX" -> "es"; anything
    // without a translation -> "en").
    static QString languageFor(const QStringList& uiLanguages);

    // The choice in View > Language, kept in QSettings ("ui/language"): "" follows the system,
    // else "en" or "es". It takes effect at the next start (main.cpp installs it).
    static QString savedChoice();
    static void saveChoice(const QString& language);
    // A language's own name, as its speakers write it ("English", "Español").
    static QString nativeName(const QString& language);
};

} // namespace badgedesk
