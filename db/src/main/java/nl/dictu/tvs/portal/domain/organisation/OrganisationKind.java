package nl.dictu.tvs.portal.domain.organisation;

/** What kind of organisation applies; TVS connects government organisations and care providers (tvs-rules F10). */
public enum OrganisationKind {
    GOVERNMENT,
    /** A zorgaanbieder: hospital, GP, dentist, physiotherapist; it names the register number it uses. */
    CARE_PROVIDER
}
