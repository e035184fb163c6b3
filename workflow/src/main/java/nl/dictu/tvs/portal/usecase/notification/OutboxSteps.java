package nl.dictu.tvs.portal.usecase.notification;

import java.util.List;
import java.util.Optional;

/**
 * The outbox's state changes around one delivery round, each committed on its own, so that a mail
 * is claimed before it is sent and its outcome is recorded after.
 */
public interface OutboxSteps {

    /** Claims up to {@code max} due mails; a mail another sender claimed first is left out. */
    List<ClaimedMail> claimDue(int max);

    /** The stored document a mail carries, read in a transaction of its own; empty when it is gone. */
    Optional<MailAttachment> attachment(long documentId);

    void markSent(long id);

    void recordFailure(long id, String error);
}
