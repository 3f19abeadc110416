-- BadgeDesk schema 1: the first tables. Later changes come only as new numbered files.
-- Times are ISO 8601 UTC text; JSON columns hold objects written by the core library.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT
);

-- One month's work: imported, reviewed, signed off, notified, issued.
CREATE TABLE batches (
    id             INTEGER PRIMARY KEY,
    month          TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    label          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    signed_off_at  TEXT,
    signed_off_by  TEXT,
    snapshot_hash  TEXT,   -- hash of the frozen rows at sign-off; any later edit voids it
    notice_sent_at TEXT
);

-- Each file read into a batch; rows point back to it for provenance.
CREATE TABLE import_files (
    id          INTEGER PRIMARY KEY,
    batch_id    INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
    file_name   TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    row_count   INTEGER NOT NULL DEFAULT 0,
    mapping_json TEXT NOT NULL DEFAULT '{}'
);

-- One row of a CTIMS export. raw_json keeps every cell as read; the columns beside it are the
-- normalised values the rules work on.
CREATE TABLE certifications (
    id               INTEGER PRIMARY KEY,
    batch_id         INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
    import_file_id   INTEGER NOT NULL REFERENCES import_files(id) ON DELETE CASCADE,
    source_row       INTEGER NOT NULL,
    raw_json         TEXT NOT NULL,
    row_key          TEXT NOT NULL UNIQUE, -- identity of the entry across re-imports
    entry_id         TEXT,
    entered_at       TEXT,
    student_id       TEXT,
    first_name       TEXT,
    middle_name      TEXT,
    last_name        TEXT,
    email            TEXT,
    email_original   TEXT,                 -- as imported, kept when the specialist fixes it
    date_of_birth    TEXT,
    school_code      TEXT,
    school_name      TEXT,
    assessment_code  TEXT,
    assessment_title TEXT,
    vendor           TEXT,
    test_date        TEXT,
    result           TEXT,
    status           TEXT NOT NULL DEFAULT 'new' CHECK (status IN
        ('new','eligible','needs_attention','excluded','approved','rejected',
         'queued','sending','issued','failed')),
    reason           TEXT CHECK (reason IS NULL OR reason IN
        ('no_email','bad_email','missing_name','bad_date','not_on_list','retired',
         'vendor_badged','no_template','not_passed','duplicate_in_batch','already_badged',
         'under_13')),
    override_reason  TEXT,
    updated_at       TEXT NOT NULL
);

-- The Approved Assessment list.
CREATE TABLE catalog_entries (
    id                 INTEGER PRIMARY KEY,
    code               TEXT NOT NULL UNIQUE,
    title              TEXT NOT NULL,
    credentialing_body TEXT NOT NULL DEFAULT '',
    vendor             TEXT NOT NULL DEFAULT '',
    credential_type    TEXT NOT NULL DEFAULT '',
    effective_date     TEXT,
    retired_date       TEXT,
    vendor_badges      INTEGER NOT NULL DEFAULT 0 CHECK (vendor_badges IN (0, 1)),
    careertech_badges  INTEGER NOT NULL DEFAULT 0 CHECK (careertech_badges IN (0, 1)),
    credly_template_id TEXT,
    notes              TEXT NOT NULL DEFAULT '',
    updated_at         TEXT NOT NULL
);

-- Every change to the catalog, kept for the audit trail (no FK: history outlives a deleted entry).
CREATE TABLE catalog_history (
    id          INTEGER PRIMARY KEY,
    entry_code  TEXT NOT NULL,
    changed_at  TEXT NOT NULL,
    changed_by  TEXT NOT NULL DEFAULT '',
    action      TEXT NOT NULL CHECK (action IN ('added','changed','retired','removed')),
    before_json TEXT,
    after_json  TEXT
);

-- Badge templates synced from Credly, per environment (each has its own ids).
CREATE TABLE credly_templates (
    environment            TEXT NOT NULL CHECK (environment IN ('practice','sandbox','production')),
    id                     TEXT NOT NULL,
    name                   TEXT NOT NULL,
    state                  TEXT NOT NULL,
    allow_duplicate_badges INTEGER NOT NULL DEFAULT 0,
    image_url              TEXT,
    synced_at              TEXT NOT NULL,
    PRIMARY KEY (environment, id)
);

-- Durable issuing journal: a row is written before the POST and updated right after, so a
-- crash, power loss or 429 never loses or duplicates a badge.
CREATE TABLE issuance_journal (
    id               INTEGER PRIMARY KEY,
    certification_id INTEGER NOT NULL REFERENCES certifications(id),
    environment      TEXT NOT NULL CHECK (environment IN ('practice','sandbox','production')),
    template_id      TEXT NOT NULL,
    issuer_earner_id TEXT NOT NULL,
    state            TEXT NOT NULL CHECK (state IN
        ('planned','sending','issued','failed','unknown','pending','accepted','rejected','revoked')),
    credly_badge_id  TEXT,
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_error       TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

CREATE TABLE audit_log (
    id           INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    actor        TEXT NOT NULL DEFAULT '',
    action       TEXT NOT NULL,
    subject      TEXT NOT NULL DEFAULT '',
    details_json TEXT NOT NULL DEFAULT '{}'
);
