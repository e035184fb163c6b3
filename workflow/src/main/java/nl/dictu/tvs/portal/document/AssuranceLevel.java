package nl.dictu.tvs.portal.document;

/**
 * A login means at an assurance level, as a service asks for it. The label comes from the bundle
 * ({@code document.level.<name>}).
 */
public enum AssuranceLevel {
    DIGID_BASIS,
    DIGID_MIDDEN,
    DIGID_SUBSTANTIEEL,
    DIGID_HOOG,
    EH2,
    EH2_PLUS,
    EH3,
    EH4,
    EIDAS_LOW,
    EIDAS_SUBSTANTIAL,
    EIDAS_HIGH;

    public String messageKey() {
        return "document.level." + name();
    }
}
