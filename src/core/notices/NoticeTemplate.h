#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace badgedesk {

// The pre-issuance notice of one language (BRIEF step 5): a subject and a body with placeholders
// in double braces ("Dear {{first_name}},"). Rendering fills them from a student's values; a
// placeholder BadgeDesk does not know is left in the text as written and reported, never
// silently dropped, and a known one without a value is reported too, so the specialist sees it
// in the preview before a family does.
class NoticeTemplate
{
public:
    QString language; // "en" or "es"
    QString subject;
    QString body;

    struct Rendered
    {
        QString subject;
        QString body;
        QStringList unknown; // placeholders not in placeholders(), in order of appearance, once each
        QStringList missing; // known placeholders that had no value for this student

        bool isComplete() const { return unknown.isEmpty() && missing.isEmpty(); }
    };

    // Every placeholder a template may use, in the order the editor lists them.
    static QStringList placeholders();
    // What a placeholder stands for, for the editor's list.
    static QString describe(const QString& placeholder);

    // The built-in text for "en" and "es" (English for anything else).
    static NoticeTemplate defaultFor(const QString& language);

    // The placeholders the text uses (subject then body), once each; and those of them that are
    // not known.
    QStringList usedPlaceholders() const;
    QStringList unknownPlaceholders() const;

    // Fills the placeholders with `values` (keyed by placeholder name, without braces).
    Rendered render(const QHash<QString, QString>& values) const;

    bool operator==(const NoticeTemplate& other) const
    {
        return language == other.language && subject == other.subject && body == other.body;
    }
    bool operator!=(const NoticeTemplate& other) const { return !(*this == other); }
};

} // namespace badgedesk
