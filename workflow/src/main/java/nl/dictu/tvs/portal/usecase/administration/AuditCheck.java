package nl.dictu.tvs.portal.usecase.administration;

/**
 * The outcome of checking the audit trail's hash chain.
 *
 * @param eventsChecked   how many events were checked before the end or the break
 * @param brokenAtEventId the id of the first event whose content or chain hash does not match
 *                        (a changed, inserted or removed event), or null when the chain is intact
 */
public record AuditCheck(long eventsChecked, Long brokenAtEventId) {

    public boolean intact() {
        return brokenAtEventId == null;
    }
}
