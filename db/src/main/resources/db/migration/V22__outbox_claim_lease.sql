-- A claimed outbox mail carries its claim time (issue 20): a claim older than the lease
-- (TVS_OUTBOX_LEASE) belongs to a sender that died between claiming and marking, and any node
-- claims the mail again. Written for H2 2.x and PostgreSQL 15 alike.
ALTER TABLE outbox_mail ADD COLUMN claimed_at TIMESTAMP(6) WITH TIME ZONE;
-- Mails left SENDING by a sender that died before this version: claimed now, so reclaimed after one lease.
UPDATE outbox_mail SET claimed_at = CURRENT_TIMESTAMP WHERE status = 'SENDING';
CREATE INDEX ix_outbox_mail_claimed ON outbox_mail (status, claimed_at);
