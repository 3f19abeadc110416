-- BadgeDesk schema: the monthly import (issue 3). certifications.raw_json holds the row's cells
-- as a JSON array in file order; import_files.header_json names them. The fields of a CTIMS entry that schema 1 did
-- not have, per-row problems, each imported file's provenance and counts, rows that could not
-- be read (kept raw), and saved column-mapping profiles.

ALTER TABLE certifications ADD COLUMN entered_by TEXT;
ALTER TABLE certifications ADD COLUMN district_code TEXT;
ALTER TABLE certifications ADD COLUMN district_name TEXT;
ALTER TABLE certifications ADD COLUMN program_code TEXT;
ALTER TABLE certifications ADD COLUMN program_name TEXT;
ALTER TABLE certifications ADD COLUMN score TEXT;
-- Values the import did not trust or repaired: [{"kind":"date_ambiguous","field":"test_date",
-- "value":"05/03/2025"}]. Kinds are ImportProblem's keys.
ALTER TABLE certifications ADD COLUMN problems_json TEXT NOT NULL DEFAULT '[]';

ALTER TABLE import_files ADD COLUMN file_size INTEGER NOT NULL DEFAULT 0;
-- format: csv or xlsx; encoding for CSV, sheet_name for XLSX; header_row: the file row of the
-- column names (title rows above it are not data).
ALTER TABLE import_files ADD COLUMN format TEXT NOT NULL DEFAULT '';
ALTER TABLE import_files ADD COLUMN encoding TEXT NOT NULL DEFAULT '';
ALTER TABLE import_files ADD COLUMN sheet_name TEXT NOT NULL DEFAULT '';
ALTER TABLE import_files ADD COLUMN header_row INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_files ADD COLUMN header_json TEXT NOT NULL DEFAULT '[]';
ALTER TABLE import_files ADD COLUMN profile_name TEXT NOT NULL DEFAULT '';
-- Counts: rows_read = rows_added + rows_already_present + rows_unreadable; rows_repeated_in_file
-- is part of rows_already_present; rows_skipped are totals, footers and repeated headers;
-- problems_json counts the added rows' problems by kind.
ALTER TABLE import_files ADD COLUMN rows_read INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_files ADD COLUMN rows_added INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_files ADD COLUMN rows_already_present INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_files ADD COLUMN rows_repeated_in_file INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_files ADD COLUMN rows_unreadable INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_files ADD COLUMN rows_skipped INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_files ADD COLUMN problems_json TEXT NOT NULL DEFAULT '{}';
ALTER TABLE import_files ADD COLUMN duration_ms INTEGER NOT NULL DEFAULT 0;

CREATE INDEX import_files_sha256 ON import_files(sha256);
CREATE INDEX certifications_import_file ON certifications(import_file_id, source_row);

-- A row that could not be read as an entry (shifted columns, binary junk, no mapped value):
-- kept exactly as read (raw_json: its cells as a JSON array) with its file row, never silently
-- dropped.
CREATE TABLE import_unreadable_rows (
    id             INTEGER PRIMARY KEY,
    import_file_id INTEGER NOT NULL REFERENCES import_files(id) ON DELETE CASCADE,
    source_row     INTEGER NOT NULL,
    raw_json       TEXT NOT NULL,
    reason         TEXT NOT NULL
);
CREATE INDEX import_unreadable_rows_file ON import_unreadable_rows(import_file_id, source_row);

-- Saved column mappings: field key -> header text, picked automatically when a file's header
-- has every mapped header.
CREATE TABLE import_profiles (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    mapping_json TEXT NOT NULL,
    header_json  TEXT NOT NULL DEFAULT '[]',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    last_used_at TEXT
);
