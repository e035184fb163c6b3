-- TOTP secrets are kept encrypted (AES-256-GCM with the key of TVS_SECRETS_KEY_FILE, "v1:" and
-- Base64 of nonce and ciphertext): longer than the plain base32 secret. Secrets stored plain before
-- are sealed at the next start. Written for H2 2.x and PostgreSQL 15 alike.
ALTER TABLE user_account ALTER COLUMN totp_secret SET DATA TYPE VARCHAR(128);
