package nl.dictu.tvs.portal.domain.application;

/**
 * The eID assurance scale on which TVS registers one minimum level per ServiceUUID (Koppelvlakspecificatie
 * eID SAML §7.6.3.2, §10.3; tvs-rules F12). Each login means' own levels map onto it; their labels are display only.
 */
public enum EidLevel {
    BASIC,
    LOW,
    SUBSTANTIAL,
    HIGH;

    public boolean isAtLeast(EidLevel other) {
        return compareTo(other) >= 0;
    }
}
