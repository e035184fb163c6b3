package nl.dictu.tvs.portal.usecase.notification;

import java.util.Optional;

/**
 * Makes an invitation's link when its mail is sent, so that the outbox holds only the invitation's
 * id and the token exists at rest only as its hash. Implemented where invitations live (membership).
 */
public interface InvitationLinks {

    /** A link with a fresh token for the invitation; empty when it is no longer open (accepted, expired). */
    Optional<String> issue(long invitationId);
}
