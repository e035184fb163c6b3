-- Settings an admin changes in the portal itself (not environment variables), one row per key, with who
-- changed it last. The first: whether a fast-lane change request (certificates or metadata only, checks
-- passed) is applied without a reviewer's confirmation.
-- Written for H2 2.x and PostgreSQL 15 alike.
CREATE TABLE portal_setting (
    setting_key        VARCHAR(100)  NOT NULL PRIMARY KEY,
    setting_value      VARCHAR(500)  NOT NULL,
    changed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by         VARCHAR(100)  NOT NULL
);
