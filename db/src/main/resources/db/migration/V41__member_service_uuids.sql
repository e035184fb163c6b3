-- ServiceUUIDs of a cluster's served organisations (issue 17): TVS registers every DV of a cluster with its own
-- services and their ServiceUUIDs, so each issued ServiceUUID now names the organisation whose DV it belongs to:
-- the applicant's own OIN for the application's own services (every existing row: the supplier's own, or the one
-- organisation's), a served organisation's OIN for that member's services. Each organisation's service still has one
-- ServiceUUID per environment; the UUID stays unique per environment across the table (V29).
-- Written for H2 2.x and PostgreSQL 15 alike.

ALTER TABLE issued_service_uuid ADD COLUMN organisation_oin VARCHAR(20);
UPDATE issued_service_uuid SET organisation_oin = (
    SELECT o.oin FROM application a JOIN organisation o ON o.id = a.organisation_id
    WHERE a.id = issued_service_uuid.application_id);
ALTER TABLE issued_service_uuid ALTER COLUMN organisation_oin SET NOT NULL;

ALTER TABLE issued_service_uuid DROP CONSTRAINT uk_issued_service_uuid_service;
ALTER TABLE issued_service_uuid ADD CONSTRAINT uk_issued_service_uuid_service
    UNIQUE (application_id, organisation_oin, service_name, environment);
CREATE INDEX ix_issued_service_uuid_organisation ON issued_service_uuid (application_id, organisation_oin);
