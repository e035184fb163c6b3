-- Services as catalogue entries (issue 15, tvs-rules 1.3): a service has a Dutch name (the existing
-- service_name) and an English name (at most 64 characters each on input), a description of at most
-- 1,024 characters, a description URL and a privacy-policy URL of at most 512 characters, for eHerkenning
-- the identifying attribute types it accepts and the attributes it requests with a purpose statement in
-- Dutch and English, and whether it accepts DigiD Machtigen. Existing services keep everything they had:
-- a service without an info row gets one with an empty description, and the English name starts as the
-- Dutch one. Drafts keep their services as they are (their JSON "name" stays the Dutch name).
-- Written for H2 2.x and PostgreSQL 15 alike.

INSERT INTO application_version_service_info (version_id, service_name, description, url)
SELECT DISTINCT s.version_id, s.service_name, '', CAST(NULL AS VARCHAR(500))
FROM application_version_service s
WHERE NOT EXISTS (SELECT 1 FROM application_version_service_info i
                  WHERE i.version_id = s.version_id AND i.service_name = s.service_name);

ALTER TABLE application_version_service_info ALTER COLUMN description SET DATA TYPE VARCHAR(1024);
ALTER TABLE application_version_service_info ALTER COLUMN url SET DATA TYPE VARCHAR(512);
ALTER TABLE application_version_service_info ADD COLUMN name_en VARCHAR(200);
UPDATE application_version_service_info SET name_en = service_name;
ALTER TABLE application_version_service_info ALTER COLUMN name_en SET NOT NULL;
ALTER TABLE application_version_service_info ADD COLUMN privacy_policy_url VARCHAR(512);
ALTER TABLE application_version_service_info ADD COLUMN identifying_attributes VARCHAR(100) DEFAULT '' NOT NULL;
ALTER TABLE application_version_service_info ADD COLUMN machtigen BOOLEAN DEFAULT FALSE NOT NULL;

-- An attribute a service requests from eHerkenning, in the applicant's order, with its purpose statements.
CREATE TABLE application_version_service_attribute (
    version_id     BIGINT       NOT NULL,
    service_name   VARCHAR(200) NOT NULL,
    position       INTEGER      NOT NULL,
    attribute_name VARCHAR(200) NOT NULL,
    purpose_nl     VARCHAR(512) NOT NULL,
    purpose_en     VARCHAR(512) NOT NULL,
    CONSTRAINT pk_application_version_service_attribute PRIMARY KEY (version_id, service_name, position),
    CONSTRAINT fk_application_version_service_attribute_version FOREIGN KEY (version_id) REFERENCES application_version (id)
);
