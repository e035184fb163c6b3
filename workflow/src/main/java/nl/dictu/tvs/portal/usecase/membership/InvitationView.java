package nl.dictu.tvs.portal.usecase.membership;

import nl.dictu.tvs.portal.domain.user.MemberRole;

import java.io.Serializable;
import java.time.Instant;

/** An open invitation: to whom, in which role, into which organisation, by whom, until when. */
public record InvitationView(String email, MemberRole memberRole, String organisationName, String invitedBy,
                             Instant expiresAt) implements Serializable {
}
