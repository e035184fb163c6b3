package nl.dictu.tvs.portal.domain.mail;

/** Where a queued mail is on its way out. */
public enum MailStatus {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** Claimed by a sender; if the server stops mid-send it stays here and is never resent by itself. */
    SENDING,
    SENT,
    /** Gave up after {@link OutboxMail#MAX_ATTEMPTS} attempts; the last error says why. */
    FAILED
}
