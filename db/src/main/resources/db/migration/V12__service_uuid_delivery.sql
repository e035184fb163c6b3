-- How the DV sends its ServiceUUID to TVS (Koppelvlakspecificatie eID SAML 4.4, §7.3): listed in its metadata
-- (an AttributeConsumingService) or in the AuthnRequest's extensions. Versions stored before the choice existed
-- were checked in metadata mode and keep it.
-- Written for H2 2.x and PostgreSQL 15 alike.

ALTER TABLE application_version ADD COLUMN service_uuid_delivery VARCHAR(20) DEFAULT 'METADATA' NOT NULL;
ALTER TABLE application_version ADD CONSTRAINT ck_application_version_service_uuid_delivery
    CHECK (service_uuid_delivery IN ('METADATA', 'AUTHN_REQUEST'));
