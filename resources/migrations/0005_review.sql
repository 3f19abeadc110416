-- BadgeDesk schema: classification and the review queue (issue 5).
--
-- certifications.status is the row's place in the month (eligible ... approved, rejected, issued);
-- the rule_* columns are the classifier's current verdict, kept up to date even after the
-- specialist decided, so a catalog change that would now exclude an approved row can be shown
-- without undoing the decision. For an undecided row status/reason equal rule_status/rule_reason.
ALTER TABLE certifications ADD COLUMN rule_status TEXT CHECK (rule_status IS NULL OR rule_status IN
    ('eligible','needs_attention','excluded'));
ALTER TABLE certifications ADD COLUMN rule_reason TEXT CHECK (rule_reason IS NULL OR rule_reason IN
    ('no_email','bad_email','missing_name','bad_date','not_on_list','retired',
     'vendor_badged','no_template','not_passed','duplicate_in_batch','already_badged',
     'under_13'));
-- the reason in the specialist's words
ALTER TABLE certifications ADD COLUMN rule_detail TEXT;
-- EmailCheck's likely intended address
ALTER TABLE certifications ADD COLUMN email_suggestion TEXT;
-- the Credly template the row would get
ALTER TABLE certifications ADD COLUMN template_id TEXT;
-- Person + assessment (Classifier::badgeKey): dedupe inside a batch and against earlier ones.
ALTER TABLE certifications ADD COLUMN badge_key TEXT;
-- duplicate_in_batch: the row kept
ALTER TABLE certifications ADD COLUMN kept_row_id INTEGER;
ALTER TABLE certifications ADD COLUMN classified_at TEXT;
-- The specialist's decision: who and when, and a rejection's written reason (an override's is
-- in override_reason, from schema 1).
ALTER TABLE certifications ADD COLUMN decided_at TEXT;
ALTER TABLE certifications ADD COLUMN decided_by TEXT;
ALTER TABLE certifications ADD COLUMN reject_reason TEXT;

CREATE INDEX certifications_badge_key ON certifications(badge_key);
-- A row's history in the details pane: its audit entries by subject ("row:123").
CREATE INDEX audit_log_subject ON audit_log(subject, at);
