#pragma once

#include "NoticeTemplate.h"

#include <QSqlDatabase>
#include <QString>

namespace badgedesk {

// The notice texts of one database, per language (table notice_templates, schema 7). A language
// without a saved text uses NoticeTemplate::defaultFor, so restoring the default is removing the
// saved text. Saves and restores are audited (action "notice_template").
class NoticeTemplateRepository
{
public:
    explicit NoticeTemplateRepository(QSqlDatabase db);

    // The saved text of the language, else its default.
    NoticeTemplate get(const QString& language) const;
    bool isCustomised(const QString& language) const;

    // Refused (false, error()) for an unknown language or an empty subject or body. A text equal
    // to the default is stored as "no text" (the default).
    bool save(const NoticeTemplate& notice, const QString& actor);
    bool restoreDefault(const QString& language, const QString& actor);

    QString error() const { return m_error; }

private:
    bool fail(const QString& message);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace badgedesk
