-- Change requests that add a served organisation to, or remove one from, a supplier's live cluster connection
-- (issues 16 and 17). A member request holds open_member_key ("<live connection id>:<OIN>") while it is open and
-- clears it when it ends: its unique index keeps a second open request for the same served organisation on the same
-- connection out, even when two arrive at once, while requests for different organisations may be open together.
-- An addition that brings new cluster metadata also holds open_connection_id, as an ordinary change does, because
-- the metadata belongs to the whole connection.
-- change_request_member keeps what the request carries about the organisation: its OIN and name, its services,
-- whether it is on the ALB list or else the RvIG decision uploaded with it, and the mandate it gave the supplier.
-- Written for H2 2.x and PostgreSQL 15 alike.
ALTER TABLE change_request ADD COLUMN open_member_key VARCHAR(60);
CREATE UNIQUE INDEX uk_change_request_open_member ON change_request (open_member_key);

CREATE TABLE change_request_member (
    change_request_id      BIGINT        NOT NULL PRIMARY KEY,
    action                 VARCHAR(10)   NOT NULL,
    organisation_id        BIGINT,
    oin                    VARCHAR(20)   NOT NULL,
    name                   VARCHAR(200)  NOT NULL,
    services               VARCHAR(2000) NOT NULL,
    on_alb_list            BOOLEAN       NOT NULL,
    rvig_decision_file_id  BIGINT,
    mandate_id             BIGINT,
    new_metadata           BOOLEAN       NOT NULL,
    CONSTRAINT fk_change_request_member_request FOREIGN KEY (change_request_id) REFERENCES change_request (id),
    CONSTRAINT fk_change_request_member_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_change_request_member_decision FOREIGN KEY (rvig_decision_file_id) REFERENCES stored_file (id),
    CONSTRAINT fk_change_request_member_mandate FOREIGN KEY (mandate_id) REFERENCES mandate (id),
    CONSTRAINT ck_change_request_member_action CHECK (action IN ('ADD', 'REMOVE'))
);
CREATE INDEX ix_change_request_member_oin ON change_request_member (oin);
