-- Machine clients of API v1 (issue 17): OAuth 2 client credentials with private_key_jwt (RFC 7523).
-- A member registers a client's public key for the organisation; revoking it stops its tokens at
-- the next request. The assertion ids seen (jti) are kept until their assertion expired, so an
-- assertion is accepted once on every node; Idempotency-Key answers are kept for a day.
-- Written for H2 2.x and PostgreSQL 15 alike.
CREATE TABLE api_client (
    client_id        VARCHAR(36)   NOT NULL PRIMARY KEY,
    organisation_id  BIGINT        NOT NULL,
    name             VARCHAR(100)  NOT NULL,
    public_key_jwk   VARCHAR(8000) NOT NULL,
    key_thumbprint   VARCHAR(64)   NOT NULL,
    scopes           VARCHAR(500)  NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_by       VARCHAR(100),
    revoked_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT fk_api_client_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_api_client_organisation ON api_client (organisation_id);

CREATE TABLE api_assertion_jti (
    client_id   VARCHAR(36)  NOT NULL,
    jti         VARCHAR(200) NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_api_assertion_jti PRIMARY KEY (client_id, jti)
);
CREATE INDEX ix_api_assertion_jti_expires ON api_assertion_jti (expires_at);

CREATE TABLE api_idempotency (
    client_id        VARCHAR(36)   NOT NULL,
    idempotency_key  VARCHAR(200)  NOT NULL,
    request_hash     VARCHAR(64)   NOT NULL,
    status           INTEGER,
    content_type     VARCHAR(100),
    location         VARCHAR(500),
    body             VARCHAR(20000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_api_idempotency PRIMARY KEY (client_id, idempotency_key)
);
CREATE INDEX ix_api_idempotency_created ON api_idempotency (created_at);
