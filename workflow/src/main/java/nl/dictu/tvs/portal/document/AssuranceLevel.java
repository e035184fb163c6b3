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

    /** The bundle key of the level on the eID scale this level counts as, from the domain's own mapping. */
    public String eidLevelMessageKey() {
        return "eidLevel." + nl.dictu.tvs.portal.domain.application.AssuranceLevel.valueOf(name()).eidLevel().name();
    }
}
