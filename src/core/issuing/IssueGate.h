#pragma once

#include "domain/CredlyEnvironment.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace badgedesk {

// What must hold before a batch is issued (BRIEF steps 4-6): a valid sign-off, and the notice wait
// over (days after batches.notice_sent_at, which notices/NoticeRepository records) unless the
// specialist overrides it with a reason, which is audited. Also the backup taken before each run.
class IssueGate
{
public:
    static constexpr const char* kNoticeWaitKey = "issuing.notice_wait_days";
    static constexpr int kDefaultNoticeWaitDays = 3; // issue 8: "default 3"

    struct Check
    {
        bool batchExists = false;
        bool signedOff = false; // and still valid
        QString signOffMessage;
        bool noticeSent = false;
        QDateTime noticeSentAt;
        int waitDays = kDefaultNoticeWaitDays;
        QDateTime waitEndsAt;
        bool noticeWaitOver = false;
        bool overrideGiven = false; // a reason was given (only needed when the wait is not over)
        int approvedRows = 0;

        bool noticeOk() const { return noticeWaitOver || overrideGiven; }
        bool canIssue() const { return batchExists && signedOff && noticeOk() && approvedRows > 0; }
        bool needsOverride() const { return !noticeWaitOver; }
        // The first thing in the way, in the specialist's words (empty when canIssue()).
        QString problem() const;
        // "Notice sent 3 Oct; the wait of 5 days ends 8 Oct 09:00." or "No notice recorded ...".
        QString noticeText() const;
    };

    static int noticeWaitDays(QSqlDatabase db);
    static bool setNoticeWaitDays(QSqlDatabase db, int days);

    static Check check(QSqlDatabase db, qint64 batchId, const QString& noticeOverride,
                       const QDateTime& now = QDateTime::currentDateTimeUtc());
    // Audits an override that is actually used (the wait is not over), in the audit log.
    static bool recordOverride(QSqlDatabase db, qint64 batchId, CredlyEnvironment environment,
                               const QString& reason, const QString& actor, const Check& check);

    // backups/<name>-before-issuing-batch<N>-<stamp>.sqlite beside the database; the newest 10 of
    // these are kept.
    static QString backupPathFor(const QString& databasePath, qint64 batchId,
                                 const QDateTime& now = QDateTime::currentDateTimeUtc());
    static void pruneBackups(const QString& databasePath, int keep = 10);
};

} // namespace badgedesk
