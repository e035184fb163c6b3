-- DICTU issues one ServiceUUID per service, shared by preproduction and production unless the reviewer who issues
-- them chooses one per environment (Kiesraad's live TVS connection shares one: tvs-rules F3). A ServiceUUID is
-- therefore unique per environment, no longer across the table; each service still has one per environment.
-- Written for H2 2.x and PostgreSQL 15 alike.

ALTER TABLE issued_service_uuid DROP CONSTRAINT uk_issued_service_uuid_uuid;
ALTER TABLE issued_service_uuid ADD CONSTRAINT uk_issued_service_uuid_uuid_environment UNIQUE (service_uuid, environment);
