#pragma once

#include <QString>
#include <QStringList>

namespace badgedesk {

// The languages BadgeDesk writes to students in (issue 9 item 2): the notice's template and the
// locale of Credly's own email follow the same choice, so a family reads both in one language.
// Keys are "en" and "es"; anything else is not a language BadgeDesk writes in.
class NoticeLanguage
{
public:
    static constexpr const char* kEnglish = "en";
    static constexpr const char* kSpanish = "es";

    static QStringList all(); // {"en", "es"}
    static bool isKnown(const QString& key);

    // A Language cell of an export as people fill it in: "English", "Spanish", "Español",
    // "en", "es-US", "SPA", "Spanish/English"... -> "en" / "es"; empty for a blank cell and for
    // anything it cannot read (*recognised tells the two apart).
    static QString normalise(const QString& cell, bool* recognised = nullptr);

    // The locale Credly's email goes out in for the language: "en" or "es-US" (credly-api.md §2).
    static QString credlyLocale(const QString& key);
    // "English", "Spanish (Español)", for the specialist.
    static QString displayName(const QString& key);
    // The row's own language when it has one, else the batch's default.
    static QString effective(const QString& rowLanguage, const QString& batchDefault);
};

} // namespace badgedesk
