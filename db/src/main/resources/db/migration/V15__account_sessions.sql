-- Sessions follow the account; one-time passwords (issue 18). Written for H2 2.x and PostgreSQL 15 alike.

-- Sessions signed in before this instant end on their next request: set when an admin disables the
-- account or resets its password, and when its holder changes the password.
ALTER TABLE user_account ADD COLUMN sessions_valid_from TIMESTAMP(6) WITH TIME ZONE;

-- A password an admin hands over works for 24 hours and only to choose one's own: until then every
-- page leads to the password page.
ALTER TABLE user_account ADD COLUMN password_expires_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE user_account ADD COLUMN password_must_change BOOLEAN DEFAULT FALSE NOT NULL;
