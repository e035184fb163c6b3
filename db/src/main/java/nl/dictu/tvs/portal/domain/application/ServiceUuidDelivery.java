package nl.dictu.tvs.portal.domain.application;

/**
 * How the applicant's web service (the DV) sends its ServiceUUID to TVS (Koppelvlakspecificatie eID SAML 4.4,
 * §7.3): listed in its metadata, in an {@code AttributeConsumingService} the AuthnRequest refers to by index, or in
 * the {@code Extensions} of each AuthnRequest. It decides what the metadata must list once ServiceUUIDs are issued.
 */
public enum ServiceUuidDelivery {
    METADATA,
    AUTHN_REQUEST
}
