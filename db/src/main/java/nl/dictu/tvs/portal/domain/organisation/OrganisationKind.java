package nl.dictu.tvs.portal.domain.organisation;

/**
 * What kind of organisation applies; TVS connects government organisations and care providers (tvs-rules F10),
 * directly or through a supplier (tvs-rules 1.4).
 */
public enum OrganisationKind {
    GOVERNMENT,
    /** A zorgaanbieder: hospital, GP, dentist, physiotherapist; it names the register number it uses. */
    CARE_PROVIDER,
    /**
     * A Leverancier Clusteraansluiting: its members act for the organisations that granted it a mandate and
     * apply for their cluster connection; its own OIN is not checked against the ALB list.
     */
    SUPPLIER
}
