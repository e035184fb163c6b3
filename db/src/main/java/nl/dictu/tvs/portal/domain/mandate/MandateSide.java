package nl.dictu.tvs.portal.domain.mandate;

/** The side of a mandate a member stands on: the supplier that acts, or the organisation it serves. */
public enum MandateSide {
    SUPPLIER,
    SERVED
}
