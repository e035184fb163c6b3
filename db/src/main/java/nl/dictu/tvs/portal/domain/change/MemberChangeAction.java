package nl.dictu.tvs.portal.domain.change;

/** What a change request on a cluster connection does with a served organisation. */
public enum MemberChangeAction {
    /** Connects the organisation (reviewed with four eyes, like a new application for it). */
    ADD,
    /** Disconnects an organisation that is connected now (the fast lane). */
    REMOVE
}
