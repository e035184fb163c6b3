package nl.dictu.tvs.portal.domain.organisation;

/** The register a care provider's number comes from; both numbers have 8 digits. */
public enum CareRegister {
    /** UZI-register abonneenummer. */
    URA,
    /** AGB code (Algemeen GegevensBeheer zorgverleners). */
    AGB;

    public static final int NUMBER_LENGTH = 8;
}
