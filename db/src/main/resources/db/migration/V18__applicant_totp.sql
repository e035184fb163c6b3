-- A second factor for applicants (issue 18): TOTP (RFC 6238), available to every applicant and
-- required for signatories. Written for H2 2.x and PostgreSQL 15 alike.

-- The shared secret (base32), set once the holder confirmed it with a code; never shown again.
ALTER TABLE user_account ADD COLUMN totp_secret VARCHAR(64);
-- The 30-second step of the last code accepted: a code is never accepted twice, nor an older one.
ALTER TABLE user_account ADD COLUMN totp_last_step BIGINT;
