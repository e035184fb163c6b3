package nl.dictu.tvs.portal.domain.change;

/** Where a change request stands; only an {@link #OPEN} one can still be decided or withdrawn. */
public enum ChangeRequestStatus {
    OPEN,
    APPLIED,
    REFUSED,
    WITHDRAWN
}
