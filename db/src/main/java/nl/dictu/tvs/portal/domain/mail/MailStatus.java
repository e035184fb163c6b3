package nl.dictu.tvs.portal.domain.mail;

/** Where a queued mail is on its way out. */
public enum MailStatus {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** Claimed by a sender; if the server stops mid-send, any sender claims it again once the claim's lease ran out. */
    SENDING,
    SENT,
    /** Gave up after {@link OutboxMail#MAX_ATTEMPTS} attempts; the last error says why. */
    FAILED
}
