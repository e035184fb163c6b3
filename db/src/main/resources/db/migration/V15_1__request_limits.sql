-- Sign-in throttling and request limits (issue 18). Written for H2 2.x and PostgreSQL 15 alike.

-- One counter per key ("signin:account:<name>", "signin:address:<ip>", "limit:upload:user:<name>", ...):
-- the hits in the window that began at window_start, and for sign-in keys how long the next attempt
-- must wait. In the database, so every node of a cluster counts the same.
CREATE TABLE request_limit (
    limit_key     VARCHAR(300) NOT NULL PRIMARY KEY,
    window_start  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    hits          INTEGER      NOT NULL,
    blocked_until TIMESTAMP(6) WITH TIME ZONE
);
