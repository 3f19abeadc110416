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
};

} // namespace badgedesk
