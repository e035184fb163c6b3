package nl.dictu.tvs.portal.usecase.notification;

import java.util.Optional;

/**
 * Makes the link of an invitation or of a demo registration when its mail is sent, so that the
 * outbox holds only the id and the token exists at rest only as its hash. Implemented where
 * invitations live (membership).
 */
public interface InvitationLinks {

    /** Without invitations or registrations: every link is missing, so a mail that needs one fails. */
    InvitationLinks NONE = new InvitationLinks() {
        @Override
        public Optional<String> issue(long invitationId) {
            return Optional.empty();
        }

        @Override
        public Optional<String> issueRegistration(long registrationId) {
            return Optional.empty();
        }
    };

    /** A link with a fresh token for the invitation; empty when it is no longer open (accepted, expired). */
    Optional<String> issue(long invitationId);

    /** A link with a fresh token that completes the demo registration; empty when it is no longer open. */
    Optional<String> issueRegistration(long registrationId);
}
