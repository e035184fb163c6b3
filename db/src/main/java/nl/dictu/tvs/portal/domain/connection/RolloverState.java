package nl.dictu.tvs.portal.domain.connection;

/** Where a certificate stands in a rollover: used by TVS now, switched to on its activation date, or used before. */
public enum RolloverState {
    CURRENT,
    NEXT,
    RETIRED
}
