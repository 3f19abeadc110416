-- BadgeDesk schema: issuing (issue 7). Schema 1's issuance_journal was never written to (issuing did
-- not exist yet), and its state vocabulary mixed the send with Credly's badge state; it is replaced
-- by a journal that keeps them apart, the HTTP attempts behind each row, and the runs.

DROP TABLE issuance_journal;

-- One issuing run of a batch in one environment: its options, who started it, the backup taken
-- before it, the notice override (if any), and how it ended. A run left 'running' or 'paused'
-- (the app or the CLI died) is offered for resumption.
CREATE TABLE issuance_runs (
    id              INTEGER PRIMARY KEY,
    batch_id        INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
    environment     TEXT NOT NULL CHECK (environment IN ('practice','sandbox','production')),
    organization_id TEXT NOT NULL DEFAULT '',
    actor           TEXT NOT NULL DEFAULT '',
    started_at      TEXT NOT NULL,
    finished_at     TEXT,
    state           TEXT NOT NULL CHECK (state IN
        ('running','paused','finished','canceled','stopped','interrupted')),
    stop_reason     TEXT,
    concurrency     INTEGER NOT NULL DEFAULT 4,
    rate_per_minute INTEGER NOT NULL DEFAULT 0,
    backup_path     TEXT,
    notice_override TEXT,
    issued          INTEGER NOT NULL DEFAULT 0,
    adopted         INTEGER NOT NULL DEFAULT 0,
    failed          INTEGER NOT NULL DEFAULT 0,
    skipped         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX issuance_runs_batch ON issuance_runs(batch_id, environment, id);

-- One row per approved certification and environment. state is the send:
--   queued -> sending (committed before the POST) -> issued | adopted | failed.
-- 'sending' at start-up means the outcome is unknown: the row is looked up before anything is
-- sent again. unknown_outcome stays 1 on a failed row whose last POST got no definite answer, so a
-- retry looks it up first too. badge_state is Credly's (pending, accepted, rejected, revoked).
-- issuer_earner_id is a keyed hash of the student (EarnerId), never the student id.
-- recipient_email is set only when a replace changed the email at Credly (NULL: the row's email).
CREATE TABLE issuance_journal (
    id                INTEGER PRIMARY KEY,
    certification_id  INTEGER NOT NULL REFERENCES certifications(id) ON DELETE CASCADE,
    batch_id          INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
    environment       TEXT NOT NULL CHECK (environment IN ('practice','sandbox','production')),
    organization_id   TEXT NOT NULL DEFAULT '',
    template_id       TEXT NOT NULL DEFAULT '',
    issuer_earner_id  TEXT NOT NULL,
    state             TEXT NOT NULL CHECK (state IN ('queued','sending','issued','adopted','failed')),
    recovered         INTEGER NOT NULL DEFAULT 0 CHECK (recovered IN (0, 1)), -- issued, found by look-up
    unknown_outcome   INTEGER NOT NULL DEFAULT 0 CHECK (unknown_outcome IN (0, 1)),
    credly_badge_id   TEXT,
    badge_state       TEXT CHECK (badge_state IS NULL OR badge_state IN
        ('pending','accepted','rejected','revoked')),
    issued_at         TEXT,                 -- Credly's issued_at
    badge_state_at    TEXT,                 -- Credly's state_updated_at
    synced_at         TEXT,                 -- last follow-up sync of this row
    revocation_reason TEXT,
    replaces_badge_id TEXT,                 -- the badge a replace superseded
    recipient_email   TEXT,
    error_kind        TEXT,                 -- CredlyError kind key, or a local one (no_template, ...)
    error_message     TEXT,
    retryable         INTEGER NOT NULL DEFAULT 0 CHECK (retryable IN (0, 1)),
    attempts          INTEGER NOT NULL DEFAULT 0, -- POSTs sent for this row
    run_id            INTEGER REFERENCES issuance_runs(id) ON DELETE SET NULL,
    sending_at        TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE UNIQUE INDEX issuance_journal_live ON issuance_journal(certification_id, environment);
CREATE INDEX issuance_journal_batch ON issuance_journal(batch_id, environment, state);
CREATE INDEX issuance_journal_badge ON issuance_journal(credly_badge_id);

-- Every HTTP request made for a journal row (or for the run, journal_id NULL): when, which
-- endpoint (the path only: queries can carry emails), the status (0: no answer), how it ended
-- (ok or a CredlyError kind key), how long it took and Credly's message. Never a token, never
-- personal data beyond the row id.
CREATE TABLE issuance_attempts (
    id          INTEGER PRIMARY KEY,
    journal_id  INTEGER REFERENCES issuance_journal(id) ON DELETE CASCADE,
    run_id      INTEGER REFERENCES issuance_runs(id) ON DELETE SET NULL,
    at          TEXT NOT NULL,
    purpose     TEXT NOT NULL CHECK (purpose IN
        ('issue','lookup','templates','sync','revoke','replace')),
    method      TEXT NOT NULL,
    endpoint    TEXT NOT NULL,
    http_status INTEGER NOT NULL DEFAULT 0,
    outcome     TEXT NOT NULL,
    duration_ms INTEGER NOT NULL DEFAULT 0,
    message     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX issuance_attempts_journal ON issuance_attempts(journal_id, id);
CREATE INDEX issuance_attempts_at ON issuance_attempts(at);
