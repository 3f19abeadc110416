-- BadgeDesk schema 2: indexes the review queue, dedupe and the journal look up by.

CREATE INDEX certifications_batch_status ON certifications(batch_id, status);
CREATE INDEX certifications_dedupe ON certifications(student_id, assessment_code);
CREATE INDEX certifications_email ON certifications(email);
CREATE INDEX catalog_history_code ON catalog_history(entry_code, changed_at);
CREATE INDEX issuance_journal_cert ON issuance_journal(certification_id);
CREATE UNIQUE INDEX issuance_journal_live ON issuance_journal(certification_id, environment)
    WHERE state NOT IN ('failed', 'revoked', 'rejected');
CREATE INDEX audit_log_at ON audit_log(at);
