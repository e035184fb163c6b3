package nl.dictu.tvs.portal.domain.application;

/** Who a contact is for DICTU: the technical contact, the administrative contact, the authorised signatory. */
public enum ContactRole {
    TECHNICAL,
    ADMINISTRATIVE,
    SIGNATORY
}
