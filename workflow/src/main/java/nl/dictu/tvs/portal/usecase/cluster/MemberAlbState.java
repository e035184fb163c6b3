package nl.dictu.tvs.portal.usecase.cluster;

/** How a served organisation of a cluster application stands with the ALB list: listed, or by its RvIG decision. */
public enum MemberAlbState {
    /** On the ALB list when the application was submitted: no decision needed. */
    ON_ALB_LIST,
    /** Not on the ALB list and no RvIG decision attached. */
    DECISION_MISSING,
    /** Its RvIG decision is attached and waits for a reviewer. */
    DECISION_TO_VERIFY,
    DECISION_ACCEPTED,
    DECISION_REFUSED;

    /** Whether the member may be connected as far as the ALB goes. */
    public boolean isEntitled() {
        return this == ON_ALB_LIST || this == DECISION_ACCEPTED;
    }
}
