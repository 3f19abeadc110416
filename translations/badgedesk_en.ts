<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>CatalogFieldFormat</name>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credentialing body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Testing vendor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Program area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Effective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vendor badges it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CareerTech badges it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CredlyEnvironment</name>
        <message>
            <source>PRACTICE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SANDBOX</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PRODUCTION</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoticeLanguage</name>
        <message>
            <source>Spanish (Español)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>English</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreflightRow</name>
        <message>
            <source>Will be issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already at Credly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issued before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not checked</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>The list has no %1 column. Check that the first row of the sheet holds the column names, or rename the column in the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> or </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row %1 has no assessment code and was skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row %1: code %2 was stored as a number; read as %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row %1 repeats code %2 from row %3; the first row was kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row %1: code %2 has no title, so the row was skipped; the catalog's entry for %2, if any, is left as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row %1: "%2" is not a yes/no value for %3; read as No.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row %1: "%2" is not a date or fiscal year for %3; left empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marked both as badged by its vendor and by CareerTech: a student would get two badges.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CareerTech badges this assessment but no Credly badge template is mapped: pick one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Template %1 is not among the Credly templates of this environment: pick one from the list, or refresh the templates from Credly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Credly template "%1" is archived, so Credly refuses badges from it: pick an active template.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Credly template "%1" is %2, not active: publish it in Credly or pick an active template.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import this month's export to begin.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n row(s) imported.</source>
            <translation>
                <numerusform>%n row imported.</numerusform>
                <numerusform>%n rows imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) still to approve or reject.</source>
            <translation>
                <numerusform>%n row still to approve or reject.</numerusform>
                <numerusform>%n rows still to approve or reject.</numerusform>
            </translation>
        </message>
        <message>
            <source>Every row is decided.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No row is approved: there is nothing to sign off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign-off voided by an edit: sign off again.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Sign off the %n approved row(s).</source>
            <translation>
                <numerusform>Sign off the %n approved row.</numerusform>
                <numerusform>Sign off the %n approved rows.</numerusform>
            </translation>
        </message>
        <message>
            <source>Signed off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the students the notice before Credly writes to them.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Notice wait: %n day(s) left.</source>
            <translation>
                <numerusform>Notice wait: %n day left.</numerusform>
                <numerusform>Notice wait: %n days left.</numerusform>
            </translation>
        </message>
        <message>
            <source>Notice sent.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n badge(s) failed: see the Issue page.</source>
            <translation>
                <numerusform>%n badge failed: see the Issue page.</numerusform>
                <numerusform>%n badges failed: see the Issue page.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 badges issued.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>All %n badge(s) issued.</source>
            <translation>
                <numerusform>All %n badge issued.</numerusform>
                <numerusform>All %n badges issued.</numerusform>
            </translation>
        </message>
        <message>
            <source>The month is done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 does not exist. Check the file name and folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is an old Excel 97-2003 workbook. Open it in Excel and save it as an .xlsx workbook or a .csv file, then import that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a spreadsheet BadgeDesk reads. Save the list as an .xlsx workbook or a .csv file and import that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is empty. Check that you picked the right file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 could not be read: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: no header row found in the first %2 rows. %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row %1 looks like a totals line ("%2") and was skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 could not be read past row %2: %3. Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name the export file with .xlsx or .csv at the end, e.g. catalog.xlsx.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not make a temporary folder for the export: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An assessment needs a code and a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code %1 is already in the catalog; edit that entry instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code %1 is not in the catalog.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to change.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Edited %n entries</source>
            <translation>
                <numerusform>Edited %n entries</numerusform>
                <numerusform>Edited %n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Retired %n entries</source>
            <translation>
                <numerusform>Retired %n entries</numerusform>
                <numerusform>Retired %n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 is used by imported certification rows (%n), so it stays in the catalog: retire it instead.</source>
            <translation>
                <numerusform>%1 is used by imported certification rows (%n), so it stays in the catalog: retire it instead.</numerusform>
                <numerusform>%1 is used by imported certification rows (%n), so it stays in the catalog: retire it instead.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to delete.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Deleted %n entries</source>
            <translation>
                <numerusform>Deleted %n entries</numerusform>
                <numerusform>Deleted %n entries</numerusform>
            </translation>
        </message>
        <message>
            <source>The catalog changed after the preview was made (%1). Import the list again to see an up-to-date preview.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Choose the date from which the assessments missing from the list (%n) are retired.</source>
            <translation>
                <numerusform>Choose the date from which the assessments missing from the list (%n) are retired.</numerusform>
                <numerusform>Choose the date from which the assessments missing from the list (%n) are retired.</numerusform>
            </translation>
        </message>
        <message>
            <source>The list matches the catalog; nothing to apply.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported %1: %2 added, %3 changed, %4 retired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has changed since; undo the later changes first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 exists again; undo the later changes first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no change set %1 to undo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undid change set %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read the database %1: %2. Check that the file exists and that you may read it, or start with another file using --db.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a BadgeDesk database (it is not an SQLite file). It was left untouched. Open the right file with --db, or move this one away to start a new database there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the folder %1 for the database. Check its permissions or choose another place with --db.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the database %1: %2. Choose another place with --db.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open the database %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database %1 is damaged (%2). It was left untouched. Restore the newest copy from the backups folder beside it, or start a new database with --db.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database %1 is damaged: %2. It was left untouched. Restore the newest copy from the backups folder beside it, or start a new database with --db.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database %1 was written by a newer BadgeDesk (schema %2; this version knows up to %3). It was left untouched. Install the newer BadgeDesk, or open another database with --db.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Did not upgrade %1: the safety copy could not be written (%2). Free some disk space or check the folder's permissions, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database %1 does not exist; open it in BadgeDesk first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database %1 has schema %2, this BadgeDesk needs %3. Open it in BadgeDesk first (that upgrades it), then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot start a transaction on %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Upgrading the database to schema %1 (%2) failed: %3. Nothing was changed. Report this with the file's schema version %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not record schema %1 in %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot create %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 already exists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup %1 cannot be read: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a BadgeDesk backup (not an SQLite database). Choose a file from the backups folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup %1 cannot be opened: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup %1 is damaged (%2). Choose an older backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup %1 cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup %1 was made by a newer BadgeDesk (schema %2; this one knows %3). Update BadgeDesk first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is an SQLite file but not a BadgeDesk database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup and the database are the same file; choose a backup copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup could not be copied next to %1. Check the free space and permissions of that folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The current database could not be moved aside (%1). Close other programs using it and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup could not be put in place of %1; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored %1. The database as it was is kept as %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReasonCode</name>
        <message>
            <source>No email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email to fix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date to check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not on the approved list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessment retired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vendor badges it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No badge template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate in batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already badged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Under 13</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no email address, so Credly cannot send the badge.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The email address is not valid; it must be fixed before issuing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first or last name is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The test date is missing, unreadable or needs checking.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The assessment is not on the Approved Assessment list, or CareerTech does not badge it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The assessment was retired from the approved list before the test.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The testing vendor issues its own digital badge for this assessment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The assessment has no usable Credly badge template in the catalog.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The result is not a pass.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same student and assessment appear more than once in the batch; one row is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The student already has this badge from an earlier batch.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The student was under 13 on the test date; Credly needs a parent's consent.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk</name>
        <message>
            <source> and %1 more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 min %2 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::AboutDialog</name>
        <message>
            <source>About BadgeDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BadgeDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turns each month's CTIMS certifications into Credly badges.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Built with Qt %1, running on Qt %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BadgeDesk icon</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::AppSession</name>
        <message>
            <source>BadgeDesk stays in %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BadgeDesk now works in %1 on %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup was restored but cannot be used (%1); the previous database was put back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup cannot be used (%1) and the previous database could not be reopened: %2. It is kept as %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BadgeDesk cannot open its database</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::AttemptModel</name>
        <message>
            <source>no answer (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Took</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly's message</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::BadgeActions</name>
        <message>
            <source>Say which badge to revoke (its Credly id).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give a reason for revoking the badge; Credly requires one and it is kept in the audit log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The badge %1 is already revoked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The badge %1 was not revoked: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoked the badge %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoked the badge %1 at Credly, but it could not be recorded here (%2); run a sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This row has no badge at Credly to replace.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly changes the email only while the badge is pending; this one is %1. The earner can add the address to their Credly account instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>of unknown state (sync first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new email is not usable: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The badge already goes to this email.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly says the badge was already replaced (now %1); run a sync, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The email was not changed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The badge now goes to %1 (new badge %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly replaced the badge (new badge %1), but it could not be recorded here (%2); run a sync.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::BadgeSync</name>
        <message>
            <source>%1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checked %1 badge(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; %1 changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 no longer exist at Credly (deleted there).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The states could not be saved: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::CatalogDetailsPane</name>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retired on %1: rows for it are excluded from then on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active since %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marked as badged by CareerTech and by its vendor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CareerTech badges it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its vendor issues the badge; CareerTech does not.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody badges it: rows for it are not badged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly template: %1 (%2)
%3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly template: %1 (not among the cached templates)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Imported certification rows using it: %n. It can be retired, not deleted.</source>
            <translation>
                <numerusform>Imported certification rows using it: %n. It can be retired, not deleted.</numerusform>
                <numerusform>Imported certification rows using it: %n. It can be retired, not deleted.</numerusform>
            </translation>
        </message>
        <message>
            <source>No imported certification row uses it yet.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>History (%n)</source>
            <translation>
                <numerusform>History (%n)</numerusform>
                <numerusform>History (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n assessments selected</source>
            <translation>
                <numerusform>%n assessments selected</numerusform>
                <numerusform>%n assessments selected</numerusform>
            </translation>
        </message>
        <message>
            <source>No assessment selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edits through the Selection menu apply to all of them as one step (one Undo).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select an assessment to see its details and every change made to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes made to this assessment</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::CatalogDiffModel</name>
        <message>
            <source>Added (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missing from the list, retired on %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missing from the list, to be retired (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unchanged (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problems in the file (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1  %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CareerTech badges it, no template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CareerTech badges it: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vendor badges it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>retired %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>new · %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>fields changed: %n</source>
            <translation>
                <numerusform>fields changed: %n</numerusform>
                <numerusform>fields changed: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>retired on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>retired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessment or field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After the import</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::CatalogHistoryModel</name>
        <message>
            <source>Import of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (change set %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Old value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New value</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::CatalogImportDialog</name>
        <message>
            <source>Import approved-assessment list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · header on row %2 · rows read below it: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not in this file, so kept as they are: %1.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Retire the assessments missing from the list (%n) on:</source>
            <translation>
                <numerusform>Retire the assessments missing from the list (%n) on:</numerusform>
                <numerusform>Retire the assessments missing from the list (%n) on:</numerusform>
            </translation>
        </message>
        <message>
            <source>The catalog already matches this list: there is nothing to apply.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is saved until you apply. The import is one step: Undo (Ctrl+Z) on the Catalog page reverts all of it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n added</source>
            <translation>
                <numerusform>%n added</numerusform>
                <numerusform>%n added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed</source>
            <translation>
                <numerusform>%n changed</numerusform>
                <numerusform>%n changed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to retire</source>
            <translation>
                <numerusform>%n to retire</numerusform>
                <numerusform>%n to retire</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n unchanged</numerusform>
                <numerusform>%n unchanged</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>problems in the file: %n (rows skipped or read as noted below)</source>
            <translation>
                <numerusform>problems in the file: %n (rows skipped or read as noted below)</numerusform>
                <numerusform>problems in the file: %n (rows skipped or read as noted below)</numerusform>
            </translation>
        </message>
        <message>
            <source>What the import adds, changes and retires</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::CatalogItemDelegate</name>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick a date; step down to "none" (or press Delete on the cell) to clear it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no template)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1
Template id %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly template id (sync the templates to pick them by name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown template %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::CatalogPage</name>
        <message>
            <source>The approved-assessment list is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import the published Approved Assessment spreadsheet (.xlsx or .csv). BadgeDesk shows what is added, changed and retired before anything is saved; then map each assessment CareerTech badges to its Credly badge template.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import assessment list…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add entry…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an assessment by its code and title (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import list…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read the published Approved Assessment list (.xlsx or .csv) and preview what changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the catalog to an .xlsx workbook or a .csv file that imports back unchanged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Shift+Z</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Y</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redo: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Selected rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit every selected row at once; each edit is one Undo step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search code, title, vendor, template… (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All assessments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problems only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Badged by CareerTech</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Badged by the vendor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not badged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show &amp;retired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code, e.g. 0911</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title as the approved list names it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New assessment:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CareerTech badges them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CareerTech does not badge them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Their vendor badges them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Their vendor does not badge them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the current cell to the selected rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E.g. pick a template in one row, select the others, then Ctrl+D</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the current column in the selected rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy as text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retire as of today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retired entries stay in the list and their history; rows for them are excluded from then on. Undo brings them back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return to active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete (only entries no imported row uses)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For an entry added by mistake. An entry imported rows refer to is retired instead.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n assessments</source>
            <translation>
                <numerusform>%n assessments</numerusform>
                <numerusform>%n assessments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n retired</source>
            <translation>
                <numerusform>%n retired</numerusform>
                <numerusform>%n retired</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with a problem (to list them: Show › Problems only)</source>
            <translation>
                <numerusform>%n with a problem (to list them: Show › Problems only)</numerusform>
                <numerusform>%n with a problem (to list them: Show › Problems only)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shown</source>
            <translation>
                <numerusform>%n shown</numerusform>
                <numerusform>%n shown</numerusform>
            </translation>
        </message>
        <message>
            <source>Credly templates not synced yet for %1: template names cannot be shown or checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added %1. Fill in its other columns in the table; Undo removes it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the assessments to change first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The selected rows already have that value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select several rows and put the cursor on the cell whose value they should all get.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Codes are unique; pick another column to copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every assessment needs a code and a title; type over the title to change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the assessments to retire first.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Retired the selected assessments (%n) as of today. Undo (Ctrl+Z) brings them back.</source>
            <translation>
                <numerusform>Retired the selected assessments (%n) as of today. Undo (Ctrl+Z) brings them back.</numerusform>
                <numerusform>Retired the selected assessments (%n) as of today. Undo (Ctrl+Z) brings them back.</numerusform>
            </translation>
        </message>
        <message>
            <source>Select the retired assessments to return to active first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The selected assessments are already active.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the assessments to delete first.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Deleted the selected assessments (%n). Undo (Ctrl+Z) restores them.</source>
            <translation>
                <numerusform>Deleted the selected assessments (%n). Undo (Ctrl+Z) restores them.</numerusform>
                <numerusform>Deleted the selected assessments (%n). Undo (Ctrl+Z) restores them.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import approved-assessment list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported %1: %2. Undo (Ctrl+Z) reverts the whole import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>approved-assessments-%1.xlsx</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the catalog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Exported the catalog (%n entries) to %1. Importing that file back changes nothing.</source>
            <translation>
                <numerusform>Exported the catalog (%n entries) to %1. Importing that file back changes nothing.</numerusform>
                <numerusform>Exported the catalog (%n entries) to %1. Importing that file back changes nothing.</numerusform>
            </translation>
        </message>
        <message>
            <source>Search the catalog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code of the new assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title of the new assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approved assessments</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::CatalogTableModel</name>
        <message>
            <source>Retired on %1: rows for this assessment are excluded from then on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1
%2 · %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1
Not among the cached Credly templates of this environment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a date. Use the form 2026-07-01.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An assessment needs a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Change %1 of %n entries</source>
            <translation>
                <numerusform>Change %1 of %n entries</numerusform>
                <numerusform>Change %1 of %n entries</numerusform>
            </translation>
        </message>
        <message>
            <source>Type the assessment's code, e.g. 0911 or CMP-1101.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code %1 is already in the catalog (%2): edit that entry instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the assessment's title as the approved list names it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Delete %n entries</source>
            <translation>
                <numerusform>Delete %n entries</numerusform>
                <numerusform>Delete %n entries</numerusform>
            </translation>
        </message>
        <message>
            <source>Import %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::CredlyClient</name>
        <message>
            <source>Credly does not let this token read its own expiry date; check it in Credly under Developers &gt; Authorization Tokens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly did not list this token, so its expiry date is not known; check it in Credly under Developers &gt; Authorization Tokens.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::CredlyConnectionCheck</name>
        <message>
            <source>Connected to "%1" with %2 badge templates (%3 active).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::CredlyConnectionSettings</name>
        <message>
            <source>The organization id is missing. Copy it from Credly: Organization settings &gt; Developers (it looks like 1a2b3c4d-5e6f-...).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The organization id "%1" is not one Credly gives out: it may contain only letters, digits, '-', '_' and '.'. Copy it from Credly: Organization settings &gt; Developers.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::CredlyError</name>
        <message>
            <source>Credly refused the token (%1). Check the token in Settings; tokens expire 180 days after they are created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The token may not do this (%1). Use a token with write permission.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly does not know this item (%1). Check the organization id and the template.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly refused the request: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The earner already has this badge: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly asks to slow down; try again in %1 seconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly asks to slow down; wait a minute and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly had a server error (HTTP %1). Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not reach Credly: %1. Check the network connection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly did not answer in time: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly's answer could not be read: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly is not set up: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Canceled.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::CredlySession</name>
        <message>
            <source>Looking for the Credly token…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 Open Credly &gt; Settings to set it up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No Credly token is stored for %1 organization %2. Paste one in Credly &gt; Settings.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::CredlySettingsDialog</name>
        <message>
            <source>Credly Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Practice (built-in simulator, no account)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sandbox (sandbox-api.credly.com)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Production (api.credly.com)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From Credly: Organization settings &gt; Developers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly authorization token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keep for this session only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Environment:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Organization id:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To&amp;ken:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The built-in simulator on this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Practice runs a Credly simulator inside BadgeDesk: nothing reaches Credly or a student.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not needed: Practice makes its own token for each session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave empty for Credly's own address. A custom address must use https (plain http only for this computer, e.g. a credly-sim).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste the token from Credly: Developers &gt; Authorization Tokens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last checked: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving switches BadgeDesk to %1: it reopens on the Practice database (%2), where nothing reaches Credly or a student. Your real data stays in its own file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving switches BadgeDesk to %1: it closes the Practice database and reopens on your real database (%2). Practice data stays in its own file for when you switch back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving switches BadgeDesk to %1 on the same database (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Production issues real badges and Credly emails the students.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Practice needs no keychain: a fresh token is made each time BadgeDesk starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the organization id first; the token is kept per organization.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looking in the keychain…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A token is stored in the keychain. Paste a new one to replace it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A token is kept in memory for this session only (the keychain was not available).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The system keychain is not available on this computer: a token can only be kept for this session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No token is stored for this organization yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Testing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No token is stored for this organization yet: paste the token from Credly (Developers &gt; Authorization Tokens) above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Practice token: </source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::CredlyTokenExpiry</name>
        <message>
            <source>The token's expiry date is not known.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create a new token in Credly under Developers &gt; Authorization Tokens and paste it in Credly &gt; Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The token expired on %1. %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The token expires today (%1). %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in 1 day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in %1 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The token expires on %1, %2. %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The token expires on %1 (%2).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::DashboardPage</name>
        <message>
            <source>Welcome to BadgeDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each month follows one path: import the CTIMS export, review the rows, sign off the batch, notify the students, issue the badges in Credly, and report. Start by importing this month's export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Badges issued per month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 24 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The period of the chart, the acceptance figures and the top lists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart of badges issued per month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acceptance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Top assessments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Top schools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open exceptions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press Enter or double-click an exception to open its row.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Badges issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the last 24 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 issued in %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>badge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>badges</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; the most in %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No badges were issued in %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of the %2 issued in %3 were accepted (%4).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 still pending.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None issued in this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(not given)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approved, not issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Badge rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not accepted yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly did not issue the badge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>approved, but the batch's issuing finished without it; issue the batch again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the earner rejected the badge at Credly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the badge is still pending at Credly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2 · %3: %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open this row on the Review page (Enter or double-click)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open this badge in the Issuance Log (Enter or double-click)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing needs you: no failed sends, no rows needing attention, no rejected or long-pending badges.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>failed send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>failed sends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 approved but not issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 needing attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>badge rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>badges rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 pending too long</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 open: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first %1 of each kind are listed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press Enter or double-click one to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No batch selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a month's export to start a batch.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 rows decided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 approved rows issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 eligible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 failed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::DashboardStats</name>
        <message>
            <source>Row %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the badge could not be issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: approved, but not issued when the batch's issuing finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: needs attention (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: rejected the badge at Credly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: badge not accepted after %2 days</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::EnvironmentLabel</name>
        <message>
            <source>Practice: badges go to the built-in Credly simulator on this computer. Nothing reaches Credly or any student.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sandbox: badges go to Credly's sandbox. Students are not notified.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Production: badges are issued for real in Credly and students are emailed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly environment: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::ImportMappingEditor</name>
        <message>
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column in the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— not in this file —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>missing: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the student (or first and last name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the student (or student ID); the badge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>required: the badge goes there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>required: matched to the approved list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the date (or entry time)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the date (or test date); the month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns of the file for each field</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::ImportPreviewModel</name>
        <message>
            <source>cannot be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row %1 cannot be read as an entry: %2. It is kept raw and listed after the import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The row number in the file, as a spreadsheet program shows it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The fields of the row with a problem; point at one to read them all.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1
→ %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1
(kept raw)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column "%1" is read as %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column "%1" feeds no field; its cells are kept raw with each row.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::ImportWizard</name>
        <message>
            <source>Ambiguous date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel serial date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ID in scientific notation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code zeros restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invalid email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Several emails</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No assessment code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score not a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Garbled text repaired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>comma-separated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>semicolon-separated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tab-separated</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>about %n s left</source>
            <translation>
                <numerusform>about %n s left</numerusform>
                <numerusform>about %n s left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>about %n min left</source>
            <translation>
                <numerusform>about %n min left</numerusform>
                <numerusform>about %n min left</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose &amp;another file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2 Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3 Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>4 Check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5 Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No export imported yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import this month's CTIMS export (CSV or XLSX): choose the file, or drop it on this page. You see its first rows and how its columns are read before anything is saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose export file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the export file (Ctrl+O)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Encoding:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UTF-8</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Windows-1252</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UTF-16 (little-endian)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UTF-16 (big-endian)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How the file's characters are read. If names show odd characters (Ã© or �), try another encoding: the preview reloads.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;heet:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Header row:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The row of the file that holds the column names. The rows above it (titles, run dates) are not imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Detect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Let BadgeDesk find the header row again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show only the rows with a problem or that cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save this mapping as a &amp;profile:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>for example CTIMS Real-Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Files with these column names then use this mapping automatically.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The month this batch is for: the month of the entries it holds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Month of the batch:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What it means, what to do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is saved until the import finishes. It is all or nothing: Cancel, or any error, leaves the database as it was. Rows with problems are imported and marked; you fix them in Review.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can work on other pages meanwhile; the status bar shows how far it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Cancel import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stops the import; nothing of it is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import &amp;another file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file cannot be imported as it is read now; see the message above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file was imported before; importing it again would add nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the month of the batch.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import CTIMS export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CTIMS exports (*.csv *.xlsx *.txt);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has no rows to import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a CSV file or an Excel workbook (.xlsx), so BadgeDesk cannot read it. Export the month from CTIMS as CSV or Excel and choose that file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workbook has other sheets (%1): choose one under Sheet.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>This file was already imported on %1 as batch %2 (month %3, %Ln row(s) added). Importing it again would add nothing. Open that batch in Review, or choose another file.</source>
            <translation>
                <numerusform>This file was already imported on %1 as batch %2 (month %3, %Ln row added). Importing it again would add nothing. Open that batch in Review, or choose another file.</numerusform>
                <numerusform>This file was already imported on %1 as batch %2 (month %3, %Ln rows added). Importing it again would add nothing. Open that batch in Review, or choose another file.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open batch %1 in Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbook (1904 dates)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>header on row %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>detected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your choice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, with byte order mark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>row %1: "%2"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not imported, above the header: %1.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The first %n row(s) of the file, as read.</source>
            <translation>
                <numerusform>The first %n row of the file, as read.</numerusform>
                <numerusform>The first %n rows of the file, as read.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n row(s) of the file, as read.</source>
            <translation>
                <numerusform>All %n row of the file, as read.</numerusform>
                <numerusform>All %n rows of the file, as read.</numerusform>
            </translation>
        </message>
        <message>
            <source>Each column shows the field it feeds. Tinted cells have a problem (point at one to see it); grey rows cannot be read and are kept raw.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>&amp;Only rows with problems (%Ln)</source>
            <translation>
                <numerusform>&amp;Only rows with problems (%Ln)</numerusform>
                <numerusform>&amp;Only rows with problems (%Ln)</numerusform>
            </translation>
        </message>
        <message>
            <source>The columns are mapped by your saved profile "%1", picked because this file has its columns. Change any line below if needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mapping as you set it. Save it as a profile to have files with these columns mapped the same way next month.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The columns are mapped by their names. Check the lines in bold: they are what a badge needs. Change a line by choosing another column.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not read as any field, kept raw with each row: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>detected from the entry times; change it if this export is for another month.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no entry time or test date in the first rows: check the month.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not an entry (shifted columns, junk, nothing in the mapped columns). Kept raw with its row number and listed after the import; check the file there.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>No problems in the first %n row(s).</source>
            <translation>
                <numerusform>No problems in the first %n row.</numerusform>
                <numerusform>No problems in the first %n rows.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Problems in the first %n row(s) (the import checks every row the same way; none of them stops it):</source>
            <translation>
                <numerusform>Problems in the first %n row (the import checks every row the same way; none of them stops it):</numerusform>
                <numerusform>Problems in the first %n rows (the import checks every row the same way; none of them stops it):</numerusform>
            </translation>
        </message>
        <message>
            <source>The profile was not saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved the profile "%1". Files with these column names are mapped this way automatically from now on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing %1 into the batch for %2…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>importing %1…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln row(s) read</source>
            <translation>
                <numerusform>%Ln row read</numerusform>
                <numerusform>%Ln rows read</numerusform>
            </translation>
        </message>
        <message>
            <source>importing %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelling…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelling: putting the database back as it was…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop %1 to preview it. Nothing is imported before you confirm.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported: batch %1 for %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n problem(s) marked on the rows; Review shows them with what to do.</source>
            <translation>
                <numerusform>%n problem marked on the rows; Review shows them with what to do.</numerusform>
                <numerusform>%n problems marked on the rows; Review shows them with what to do.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open batch %1 in &amp;Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file's rows as read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problems found, by kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown language</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::IssuanceLogPage</name>
        <message>
            <source>No badges issued yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every badge sent to Credly, and every request behind it, shows here once a batch is issued.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to Issue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All states</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Worklist (problems)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed, rejected or revoked badges, and badges pending longer than %1 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Batch:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sync from Credly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read each issued badge's state (pending, accepted, rejected, revoked) from Credly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;try Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Queue the selected failed rows (or all failed rows of the batch) again; issue the batch again on the Issue page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;voke…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fix &amp;Email…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace a pending badge so it goes to a corrected email.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xport View…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requests to Credly for this row:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All batches</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n row(s) in view in %1: %2 issued, %3 failed.</source>
            <translation>
                <numerusform>%n row in view in %1: %2 issued, %3 failed.</numerusform>
                <numerusform>%n rows in view in %1: %2 issued, %3 failed.</numerusform>
            </translation>
        </message>
        <message>
            <source>Select a row to see its details and every request made for it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; (row %2 of %3, %4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (changed by a replace; was %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State: %1%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, found at Credly after an interruption</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly badge %1: %2%3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>state unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (checked %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoked because: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replaces badge %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Template %1 · earner id %2 · %n send(s)</source>
            <translation>
                <numerusform>Template %1 · earner id %2 · %n send</numerusform>
                <numerusform>Template %1 · earner id %2 · %n sends</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading badge states from Credly: %1 of %2…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the failed rows to retry, or pick a batch to retry all its failed rows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The rows could not be queued again: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No failed rows to retry here.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n row(s) queued again. Issue the batch on the Issue page to send them (rows whose outcome was unknown are looked up at Credly first).</source>
            <translation>
                <numerusform>%n row queued again. Issue the batch on the Issue page to send them (rows whose outcome was unknown are looked up at Credly first).</numerusform>
                <numerusform>%n rows queued again. Issue the batch on the Issue page to send them (rows whose outcome was unknown are looked up at Credly first).</numerusform>
            </translation>
        </message>
        <message>
            <source>Revoke Badge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoke the badge of %1 (%2)? The earner sees it revoked; Credly requires a reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not revoked: give a reason (Credly requires one, and it is kept in the audit log).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fix Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The badge of %1 is still pending at %2. Send it to this email instead (Credly replaces the badge):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The view was not exported: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Exported %n row(s) to %1.</source>
            <translation>
                <numerusform>Exported %n row to %1.</numerusform>
                <numerusform>Exported %n rows to %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export Issuance Log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issued badges</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requests to Credly for this row</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::IssueGate::Check</name>
        <message>
            <source>There is no such batch. Pick one from the batch selector (or `badgedesk-cli info`).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The batch is not signed off. Sign it off on the Review page first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The batch has no approved rows to issue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wait until then, or issue now with a written reason (it is kept in the audit log).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>No notice to the students is recorded for this batch, and badges go out only %n day(s) after it.</source>
            <translation>
                <numerusform>No notice to the students is recorded for this batch, and badges go out only %n day after it.</numerusform>
                <numerusform>No notice to the students is recorded for this batch, and badges go out only %n days after it.</numerusform>
            </translation>
        </message>
        <message>
            <source>The notice went out on %1; the wait ended %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The notice went out on %1; the wait ends %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::IssuePage</name>
        <message>
            <source>Nothing approved to issue yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Badges are issued from a signed-off batch once the students have been notified. Review and approve this month's rows first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Resume Issuing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many requests go to Credly at once. 4 is a good start; lower it if Credly asks to slow down often.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no cap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> per minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A ceiling on requests per minute; Credly's own limit is not published.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requests at once:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rate cap:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issue before the notice wait, because:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the reason, kept in the audit log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Preflight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check templates and existing badges at Credly and predict each row's outcome. Nothing is sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Issue Badges…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;ause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run the preflight to see what each row will do.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issue %1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A run of this batch was interrupted (started %1; %2 issued by then). Resuming checks at Credly the rows that were in flight, then sends the rest; no badge is issued twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issuing of %1 was interrupted; the Issue page offers to resume it.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n row(s) still wait to be sent.</source>
            <translation>
                <numerusform>%n row still wait to be sent.</numerusform>
                <numerusform>%n rows still wait to be sent.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 approved rows issued (%3 already at Credly), %4 failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly is not set up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preflight: %1 of %2 look-ups at Credly…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preflight: checking the badge templates at Credly…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preflight (nothing sent): %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preflight canceled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preflight done: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All rows (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issue to Production</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Issue up to %n badge(s) of %1 to PRODUCTION (organization %2)?

Real students get real emails from Credly. %3 were issued before and are skipped.</source>
            <translation>
                <numerusform>Issue up to %n badge of %1 to PRODUCTION (organization %2)?

Real students get real emails from Credly. %3 were issued before and are skipped.</numerusform>
                <numerusform>Issue up to %n badges of %1 to PRODUCTION (organization %2)?

Real students get real emails from Credly. %3 were issued before and are skipped.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was sent: the backup before issuing could not be written (%1). Free some disk space, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was sent: the notice override could not be recorded in the audit log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starting: preparing the journal and checking the badge templates…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking at Credly the rows an interrupted run left in flight… </source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Pausing: %n request(s) in flight finish first. </source>
            <translation>
                <numerusform>Pausing: %n request in flight finish first. </numerusform>
                <numerusform>Pausing: %n requests in flight finish first. </numerusform>
            </translation>
        </message>
        <message>
            <source>Paused. </source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Stopping: %n request(s) in flight finish first. </source>
            <translation>
                <numerusform>Stopping: %n request in flight finish first. </numerusform>
                <numerusform>Stopping: %n requests in flight finish first. </numerusform>
            </translation>
        </message>
        <message>
            <source>Issuing: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run the preflight again to check the batch against Credly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issuing Is Running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Badges are being issued (%1 of %2 done). Stop and close?

Requests in flight finish and are recorded; the rest wait, and BadgeDesk offers to resume them next time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preflight: the outcome of each row</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::IssueProgress</name>
        <message>
            <source>%1 of %2 done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 already at Credly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 done before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>about %1 left</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::Issuer</name>
        <message>
            <source>Another BadgeDesk (%1, process %2) is issuing from this database. Let it finish or close it, then start again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The run ended without finishing (BadgeDesk was closed or stopped); a later run took over.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal could not be prepared: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The failed rows could not be queued again: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The run could not be recorded: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The badge templates could not be read from Credly, so nothing was sent: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The row has no %1, which Credly needs. Fix it in Review, then retry the row.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The assessment %1 has no Credly badge template in the catalog. Pick one on the Catalog page, then retry the row.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly does not know the badge template %1 of assessment %2. Map the assessment to an active template on the Catalog page, then retry the row.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The badge template %1 of assessment %2 is %3 at Credly and cannot issue. Map the assessment to an active template on the Catalog page, then retry the row.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly refused to look a badge up, so sending stopped: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly failed %1 times (last: %2). It has no badge for this row; retry it later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly asked to slow down (HTTP 429); sending resumes at %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly refused the token (%1): it expired or was revoked. Sending stopped at %2; nothing is lost. Create a new token in Credly under Developers &gt; Authorization Tokens, store it in Credly &gt; Settings, then resume.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The token may not issue badges (%1): it lacks write permission. Sending stopped at %2; nothing is lost. Use a token with write permission (Credly &gt; Settings), then resume.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly refused the request (%1). Check the organization id in Credly &gt; Settings, then resume.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly says the earner already has this badge, but the badge could not be looked up (%1). Retry the row later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly already has this badge for this row's email, issued to another student (an email shared by several students?). Give this student an email of their own in Review, then retry the row.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly refused the badge as a duplicate (%1), but no matching badge was found. Check the earner's badges at Credly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not check at Credly whether the badge was created (%1). It is looked up again before any retry, so it cannot be issued twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not look the badge up at Credly (%1). Retry the row later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly has not answered properly %1 times in a row (last: %2). Sending stopped; nothing is lost: rows whose outcome is unknown are looked up first when you resume.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly is failing (%1); sending waits and resumes at %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal could not be written (%1). Sending stopped so that nothing goes out unrecorded. Check the free disk space, then resume.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Canceled. %1 rows were not sent; they wait for the next run.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done: %1 issued, %2 already at Credly (adopted), %3 done before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done with problems: %1 issued, %2 already at Credly, %3 failed (see the Issuance log; retry them once fixed), %4 done before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>first name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>last name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>valid test date</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::JournalModel</name>
        <message>
            <source>Queued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already at Credly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (found after an interruption)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At Credly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly badge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::MainWindow</name>
        <message>
            <source>BadgeDesk — %1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Catalog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load &amp;Sample Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Back Up Database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore From Backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sign Off Batch…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export &amp;Notice List…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Credly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Environment: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Refresh from Credly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly &amp;Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About BadgeDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy &amp;Diagnostics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writes a synthetic month and fills the catalog and the Practice templates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sample data is loaded only in Practice, so it never meets real data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 Practice templates synced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 Practice templates synced, %2 catalog entries need another template.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly settings saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refreshing the badge templates from Credly…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sample month %1: %2 rows, %3 catalog entries added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back Up Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BadgeDesk database (*.sqlite)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup was not made: %1 exists and cannot be replaced. Choose another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup was not made: %1. Check the free space and the folder's permissions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backed up to %1 (%2 KB).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore From Backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the database %1 with the backup %2 (%3)?

The database as it is now is kept beside it, renamed, so nothing is lost. BadgeDesk reopens on the restored copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diagnostics copied to the clipboard: versions, paths and recent problems, no tokens or student data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import this month's CTIMS export (CSV or XLSX) as a batch.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Welcome…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An import is running; wait for it to finish or cancel it first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Batch %1 holds the month.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An import is still running. Stop it and close BadgeDesk?

Nothing of this import is kept; you can import the file again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Freeze the batch's approved rows for issuing (Review page).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issuance Log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BadgeDesk will be in %1 from its next start: close it and open it again to switch now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;System language (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the mail-merge list of the students to notify (Notice page).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;User Guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your first month, step by step, with pictures.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::NoticeList</name>
        <message>
            <source>There is no such batch. Pick one from the batch selector.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sign-off of this batch was voided by a later change. Sign it off again on the Review page; the notice goes only to a signed-off list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This batch is not signed off yet. Approve its rows and sign it off on the Review page; the notice goes only to a signed-off list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The batch's rows could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The batch has no approved rows: there is nobody to notify.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not make a temporary folder for the export: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::NoticePage</name>
        <message>
            <source>The notice waits for a signed-off batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Students are told about their badge before Credly writes to them, and only the approved students of a signed-off batch are. Review this month's rows and sign the batch off first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language of students without one:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language of students without one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export Notice List…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mail-merge list (XLSX or CSV): names, email, badge, assessment, school, expected issue date and language of every approved student.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Mark Notice as Sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record that the notice went out now; badges can be issued once the notice wait is over.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>why the recorded notice is wrong (kept in the audit log)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason to clear the notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;lear Notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notice text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language of the notice text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Subject:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Placeholders (double-click to insert):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Placeholders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sa&amp;ve Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore Default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put back BadgeDesk's own text for this language.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;tudent:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Student to preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ Not a placeholder BadgeDesk knows: %1. Fix the spelling; it would be sent as written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsaved changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BadgeDesk's default text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your own text, saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The %1 notice text is saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The %1 notice text is BadgeDesk's default again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, %2 — %3 (%4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notice for %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n approved student(s) to notify: %1 in English, %2 in Spanish.</source>
            <translation>
                <numerusform>%n approved student to notify: %1 in English, %2 in Spanish.</numerusform>
                <numerusform>%n approved students to notify: %1 in English, %2 in Spanish.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>✓ Notice sent on %1 by %2 to %n student(s). Badges can be issued from %3 (a wait of %4 days).</source>
            <translation>
                <numerusform>✓ Notice sent on %1 by %2 to %n student. Badges can be issued from %3 (a wait of %4 days).</numerusform>
                <numerusform>✓ Notice sent on %1 by %2 to %n students. Badges can be issued from %3 (a wait of %4 days).</numerusform>
            </translation>
        </message>
        <message>
            <source>someone</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>✗ No notice recorded yet. Send it with your mail merge, then mark it as sent: badges can go out %n day(s) later (from %1 if it goes out today).</source>
            <translation>
                <numerusform>✗ No notice recorded yet. Send it with your mail merge, then mark it as sent: badges can go out %n day later (from %1 if it goes out today).</numerusform>
                <numerusform>✗ No notice recorded yet. Send it with your mail merge, then mark it as sent: badges can go out %n days later (from %1 if it goes out today).</numerusform>
            </translation>
        </message>
        <message>
            <source>⚠ Left as written, not a known placeholder: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ This student has no value for %1: that part of the message is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This student reads the %1 text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Notice List</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The notice list was not written: %1. Choose another folder or close the file if a spreadsheet has it open.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Notice list of %n student(s) written to %1.</source>
            <translation>
                <numerusform>Notice list of %n student written to %1.</numerusform>
                <numerusform>Notice list of %n students written to %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>The notice is recorded as sent. Badges can be issued from %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The recorded notice is cleared; mark it as sent again when it goes out.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::NoticeRepository</name>
        <message>
            <source>The batch's sign-off was voided by a later change. Sign it off again on the Review page, export the notice list again, then record the notice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The batch is not signed off. Sign it off on the Review page first: the notice goes to the approved students only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The notice of this batch is already recorded as sent on %1. To record another date, clear it first (with a reason).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no such batch.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say why the notice is cleared (it is kept in the audit log).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No notice is recorded for this batch.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notices are written in English or Spanish only.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::NoticeTemplate</name>
        <message>
            <source>the student's first name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the student's last name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the address the badge goes to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the Credly badge's name (else the assessment's title)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the assessment passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the assessment's code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the school</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the expected issue date, written in the notice's language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the agency that sends the notice</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::NoticeTemplateRepository</name>
        <message>
            <source>Notices are written in English or Spanish only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A notice needs a subject and a message. Write both, or restore the default.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::Preflight</name>
        <message>
            <source>%1 will be issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 already at Credly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 issued before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 blocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 not checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 approved rows: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of the %2 badge templates cannot issue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Batch %1 has no approved rows to check.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issued on %1 (badge %2); the run skips it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an earlier run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed in an earlier run: %1 Retry it from the Issuance log once fixed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The assessment %1 has no Credly badge template in the catalog. Pick one on the Catalog page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The row has no %1, which Credly needs. Fix it in Review.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly does not know the badge template %1 of assessment %2. Map the assessment to an active template on the Catalog page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The badge template "%1" of assessment %2 is %3 at Credly and cannot issue. Map the assessment to an active template on the Catalog page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not look it up at Credly: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly has this badge (%1, badge %2), most likely from a run that was interrupted; the run records it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly already has this badge for this student (%1, badge %2); the run adopts it instead of sending it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly already has this badge for this email, issued outside BadgeDesk (%1, badge %2); the run adopts it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another student with the same email already has this badge, so Credly will refuse it. Give this student an email of their own in Review.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another student with the same email has this badge; the template allows duplicates, so this one is issued too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not checked: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not checked: the preflight was canceled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>first name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>last name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>valid test date</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::PreflightModel</name>
        <message>
            <source>Row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Badge template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::ReportExportJob</name>
        <message>
            <source>Could not write the Credly bulk CSV: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Wrote %n row(s) for Credly's bulk upload to %1</source>
            <translation>
                <numerusform>Wrote %n row for Credly's bulk upload to %1</numerusform>
                <numerusform>Wrote %n rows for Credly's bulk upload to %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n row(s) left out (see the first: row %1: %2)</source>
            <translation>
                <numerusform>; %n row left out (see the first: row %1: %2)</numerusform>
                <numerusform>; %n rows left out (see the first: row %1: %2)</numerusform>
            </translation>
        </message>
        <message>
            <source>Report for %1 written: %2 rows, %3 issued, %4 accepted.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::ReportsPage</name>
        <message>
            <source>Nothing to report yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reports list what was issued, excluded and why, by month, school and assessment. Import a month's export first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issuance reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A month takes every batch imported for it; a date range takes rows by the day their badge was issued, else by their test date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Report on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Month:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date range:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>% of rows received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Funnel from rows received to badges accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export &amp;XLSX…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export &amp;CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly &amp;Bulk CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credly's bulk-issue file of the current batch's approved rows that have no badge yet, for Credly's own uploader (Badges &gt; Issue).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No batch is chosen: pick one in the batch selector above, or report on a month.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not read the rows: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 rows from %3 school(s) and %4 assessment(s); badges count when issued in %5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Production</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Report as XLSX</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Report as CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV, one file per sheet (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a batch first: the bulk CSV holds one batch's rows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder for Credly's Bulk-Issue CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report from date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report to date</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::ReviewCountsPanel</name>
        <message>
            <source>Rows by status and reason; choose one to show only those rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why not eligible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::ReviewDetailsPane</name>
        <message>
            <source>No row selected</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n rows selected</source>
            <translation>
                <numerusform>%n rows selected</numerusform>
                <numerusform>%n rows selected</numerusform>
            </translation>
        </message>
        <message>
            <source>Select a row to see its cells as imported, why it has its status, and its history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A (approve), R (reject) and Override act on all of them at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approved before the rules changed. Reject it, or keep it by overriding with a reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported as %1; fixed in review.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the address with the suggestion (E edits it by hand)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Override:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rejected because:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row as imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, row %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(file unknown)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the import flagged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same student and assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row ID %1 (batch %2, file row %3): %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported; not changed since.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::ReviewEmailDelegate</name>
        <message>
            <source>Type the address; Enter saves it, Escape cancels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suggested from %1. Enter saves it, Escape cancels.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::ReviewPage</name>
        <message>
            <source>Nothing to review yet — import an export first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Once an export is imported, every row appears here with its status and reason, ready to approve, reject or fix before you sign off the batch.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approve the selected eligible rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reject…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reject the selected rows, with a written reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Override…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approve excluded rows anyway, with a written reason (not for a missing email, name or template: fix those)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fix email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the current row's email in place; it opens on the suggestion when there is one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approve all eligible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approve every eligible row of the batch, whatever the filter shows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo: %1 (Ctrl+Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Shift+Z</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Y</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redo: %1 (Ctrl+Shift+Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign off batch…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Freeze the approved rows for issuing; any later change to them voids the sign-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search name, email, school, assessment… (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>School</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy as text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>batch %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The rows could not be classified: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Classifying and reading %1 of %2…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading %1 of %2…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All schools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All assessments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>needs attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>need attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 shown (Show all clears the filters)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not signed off yet: %1 still need a decision (approve, reject or fix them), then sign off the batch.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every row is decided. Sign off the batch to freeze the %1 for issuing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>approved row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>approved rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undone: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 left as they were: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(and %1 more)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the rows to approve first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approved %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No row is eligible right now: nothing to approve.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approved all %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>eligible row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>eligible rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the rows to reject first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the rows to override first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reject %1 because:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approve %1 over the rule because:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. staff member, not a student; entered twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. parental consent on file; vendor no longer issues badges</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write why the rows are rejected; the reason is kept in the audit log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write why the rule does not apply; an override needs a reason, kept in the audit log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rejected %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approved %1 over the rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the row whose email to fix first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This row is being issued or was issued; its email can no longer change here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email of %1 set to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no batch to sign off: import an export first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 still need a decision: approve the eligible ones (Approve all eligible), and fix, reject or override those that need attention. Then sign off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No row is approved: there is nothing to sign off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign Off Batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign off %1 with %2 for issuing?

%3 rejected, %4 excluded by rule. Any later change to an approved row voids the sign-off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed off %1: %2 frozen for issuing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied %1 to the clipboard (with a header line).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rows of the batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A approves, R rejects, O overrides, E fixes the email of the selected rows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>eligible</source>
            <comment>one row</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>eligible</source>
            <comment>several rows</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>approved</source>
            <comment>one row</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>approved</source>
            <comment>several rows</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::ReviewQueueModel</name>
        <message>
            <source>Not classified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Eligible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excluded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Queued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email to fix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date to check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not on the approved list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessment retired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vendor badges it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No badge template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate in batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already badged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Under 13</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>School</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Student ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approved (override)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approved — recheck</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Did you mean %1? Press E to fix the address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fixed in review; the imported address is kept in the details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approved, but the rules now say: %1. Reject it, or keep it with an override.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::SampleMonthLoader</name>
        <message>
            <source>Sample data is loaded only in the Practice environment, so it never meets real data. Switch to Practice in Credly &gt; Settings first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder %1 could not be created. Check that you may write there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sample month</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::SampleMonthLoader::Result</name>
        <message>
            <source>The catalog already matches the sample approved list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Catalog: %1 added, %2 changed, %3 retired from the sample approved list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sample month %1 written to %2 (%3 rows). %4</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::StepPathWidget</name>
        <message>
            <source>Batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No batch yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A batch is created when you import a month's export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The batch the pages work on. Each import makes one.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 · %n row(s)</source>
            <translation>
                <numerusform>%1 · %n row</numerusform>
                <numerusform>%1 · %n rows</numerusform>
            </translation>
        </message>
        <message>
            <source>not started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>current</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>blocked</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::TemplateSync</name>
        <message>
            <source>The templates could not be refreshed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The templates could not be saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 badge templates from Credly (%2 active, %3 archived).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 catalog entries use a template that can no longer issue badges: %2. Pick an active template for them in the Catalog.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 catalog entries name a template Credly does not have: %2. Check the template in the Catalog.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::TokenStore</name>
        <message>
            <source>The system keychain is not available%1, so the token cannot be stored safely. BadgeDesk never writes a token to a file. You can keep the token in memory for this session only and paste it again next time, or start your desktop's keyring (GNOME Keyring, KWallet) and save again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The keychain refused access to the token%1. Unlock the keychain and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The keychain could not handle the token%1. Try again; if it keeps failing, restart the desktop's keyring.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::UserGuideWindow</name>
        <message>
            <source>BadgeDesk User Guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find in the guide:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a word, e.g. sign off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find in the guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Previous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User guide</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>badgedesk::WelcomeDialog</name>
        <message>
            <source>Welcome to BadgeDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are in &lt;b&gt;Practice&lt;/b&gt;: a Credly of its own runs inside BadgeDesk, so you can go through a whole month (import, review, sign-off, notice, issuing, reports) with sample students and no Credly account. Nothing here reaches a real student, and Practice keeps its own database, so sample data never meets real data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are working in &lt;b&gt;%1&lt;/b&gt;. Badges issued here go to Credly for real.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Where your data lives&lt;/b&gt;&lt;br&gt;Database: %1&lt;br&gt;Backups: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;br&gt;Log file: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;br&gt;Credly tokens: only in your system's keychain, never in a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load Sample Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill the catalog and a month of sample students to practise on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sample months are for Practice only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connect to Credly…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Monthly CTIMS certifications to Credly badges.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the database at PATH (default: the file of the current environment).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BadgeDesk cannot open its database</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
