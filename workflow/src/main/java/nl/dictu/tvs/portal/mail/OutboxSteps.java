package nl.dictu.tvs.portal.mail;

import java.util.List;

/**
 * The outbox's state changes around one delivery round, each committed on its own, so that a mail
 * is claimed before it is sent and its outcome is recorded after.
 */
public interface OutboxSteps {

    /** Claims up to {@code max} due mails; a mail another sender claimed first is left out. */
    List<ClaimedMail> claimDue(int max);

    void markSent(long id);

    void recordFailure(long id, String error);
}
