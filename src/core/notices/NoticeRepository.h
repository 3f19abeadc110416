#pragma once

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace badgedesk {

// When the pre-issuance notice of a batch went out (BRIEF step 5): batches.notice_sent_at (what
// IssueGate waits on), who recorded it and to how many students. Recording and clearing are
// audited ("notice_sent", "notice_cleared"). Also the settings the notice needs: the batch's
// default language and the agency's name.
class NoticeRepository
{
public:
    static constexpr const char* kDefaultLanguageKey = "notices.default_language";
    static constexpr const char* kAgencyNameKey = "notices.agency_name";

    struct Status
    {
        bool sent = false;
        QDateTime sentAt; // UTC
        QString sentBy;
        int rows = 0;
    };

    explicit NoticeRepository(QSqlDatabase db);

    Status status(qint64 batchId) const;

    // Records the notice as sent at `at` to `rows` students. Refused (false, error() says what to
    // do) for a batch that is not validly signed off or whose notice is already recorded (clear
    // it first: a new date restarts the wait).
    bool markSent(qint64 batchId, int rows, const QString& actor,
                  const QDateTime& at = QDateTime::currentDateTimeUtc());
    // Forgets the recorded notice (sent by mistake, or the date was wrong); the reason is required
    // and kept in the audit log with the date it cleared.
    bool clear(qint64 batchId, const QString& reason, const QString& actor);

    // The language of rows without one: the batch's own choice, else the database's default,
    // else English.
    QString batchLanguage(qint64 batchId) const;
    bool setBatchLanguage(qint64 batchId, const QString& language);
    QString defaultLanguage() const;
    bool setDefaultLanguage(const QString& language);

    // The name the notice is signed with ({{agency_name}}); "Oklahoma CareerTech" until set.
    QString agencyName() const;
    bool setAgencyName(const QString& name);

    // The day Credly is expected to write: the notice date plus the notice wait.
    static QDate expectedIssueDate(const QDate& noticeDate, int waitDays);

    QString error() const { return m_error; }

private:
    bool fail(const QString& message);
    static QString batchLanguageKey(qint64 batchId);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace badgedesk
