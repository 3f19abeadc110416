-- BadgeDesk schema 3: the catalog's program area, and field-level history grouped in change sets
-- so an import (or a bulk edit) can be shown and undone as one step.

ALTER TABLE catalog_entries ADD COLUMN program_area TEXT NOT NULL DEFAULT '';

CREATE TABLE catalog_change_sets (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL DEFAULT '',
    kind       TEXT NOT NULL CHECK (kind IN ('edit','import','undo')),
    summary    TEXT NOT NULL DEFAULT '',
    source     TEXT NOT NULL DEFAULT ''   -- file name for an import
);

ALTER TABLE catalog_history ADD COLUMN change_set_id INTEGER REFERENCES catalog_change_sets(id);
ALTER TABLE catalog_history ADD COLUMN field TEXT;
ALTER TABLE catalog_history ADD COLUMN old_value TEXT;
ALTER TABLE catalog_history ADD COLUMN new_value TEXT;

CREATE INDEX catalog_history_change_set ON catalog_history(change_set_id);
