-- BadgeDesk schema: pre-issuance notices (issue 8 item 1) and the language each student is written
-- to (issue 9 item 2).

-- The language of the student's notice and of Credly's own email ('en' or 'es'), from the
-- export's Language column when it has one; NULL means the batch's default language.
ALTER TABLE certifications ADD COLUMN language TEXT CHECK (language IS NULL OR language IN ('en','es'));

-- Who recorded the notice as sent and to how many students (batches.notice_sent_at, schema 1, is
-- when). Clearing a notice sets the three back to NULL; the audit log keeps both events.
ALTER TABLE batches ADD COLUMN notice_sent_by TEXT;
ALTER TABLE batches ADD COLUMN notice_rows INTEGER;

-- The specialist's own notice text per language. No row: the built-in default text, so
-- "Restore default" is a delete and a later improvement of the default reaches every database.
CREATE TABLE notice_templates (
    language   TEXT PRIMARY KEY NOT NULL CHECK (language IN ('en','es')),
    subject    TEXT NOT NULL,
    body       TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);
