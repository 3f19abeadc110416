#pragma once

#include <QString>

namespace badgedesk {

// Puts a backup copy back in place of a database file. The live file must be closed (the caller
// closes its Database and opens it again afterwards; an older backup is then migrated as usual).
// Nothing is deleted: the current file (and its -wal/-shm) is moved aside next to it first.
class DatabaseRestore
{
public:
    struct Result
    {
        bool ok = false;
        QString asidePath; // where the file that was live now is; empty if there was none
        QString message;   // what went wrong and what to do, or what was done
    };

    // Checks the backup (an SQLite file, PRAGMA integrity_check, a BadgeDesk schema this build
    // can open) before touching anything, then swaps it in. On any failure the live file is as
    // it was.
    static Result restore(const QString& backupPath, const QString& livePath);

    // The checks alone: empty when the file can be restored, else why not.
    static QString checkBackup(const QString& backupPath);
};

} // namespace badgedesk
