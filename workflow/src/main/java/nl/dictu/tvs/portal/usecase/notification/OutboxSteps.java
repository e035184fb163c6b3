package nl.dictu.tvs.portal.usecase.notification;

import java.util.List;
import java.util.Optional;

/**
 * The outbox's state changes around one delivery round, each committed on its own, so that a mail
 * is claimed before it is sent and its outcome is recorded after.
 */
public interface OutboxSteps {

    /**
     * Claims up to {@code max} due mails; a mail another sender claimed first is left out, unless
     * that claim is older than the lease.
     */
    List<ClaimedMail> claimDue(int max);

    /** The stored document a mail carries, read in a transaction of its own; empty when it is gone. */
    Optional<MailAttachment> attachment(long documentId);

    /** Records the delivery, unless the mail's claim has since passed to another sender (its lease ran out). */
    void markSent(ClaimedMail mail);

    /** Records the failed attempt, unless the mail's claim has since passed to another sender. */
    void recordFailure(ClaimedMail mail, String error);
}
