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
        <name>badgedesk</name>
        <message>
            <source> and %1 more</source>
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
        <name>badgedesk::ImportPage</name>
        <message>
            <source>No export imported yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import this month's CTIMS export (CSV or XLSX). BadgeDesk maps the columns and keeps every row's raw cells.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing arrives with the import step of BadgeDesk; this build cannot read exports yet.</source>
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
            <source>Importing comes with the import step; not in this build yet.</source>
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
            <source>Undo comes with editing in Review and Catalog.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redo comes with editing in Review and Catalog.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search comes with the Review and Catalog tables.</source>
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
            <source>Sign-off comes with the review step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export &amp;Notice List…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The notice list comes with the notice step.</source>
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
            <source>The batch waits for the import step.</source>
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
    </context>
    <context>
        <name>badgedesk::ReportsPage</name>
        <message>
            <source>No badges issued yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reports list what was issued, excluded and why, by month, school and assessment. They fill in once the first badges are issued.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to Issue</source>
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
        <message>
            <source>The month file %1 is ready, but filling a batch from it needs the import step, which is not in this build yet. Import it with File &gt; Import Export once that arrives.</source>
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
