package nl.dictu.tvs.portal.usecase.membership;

import nl.dictu.tvs.portal.domain.user.MemberRole;

import java.io.Serializable;

/** A member of the organisation as the organisation page lists them. */
public record MemberView(String username, String displayName, String email, MemberRole memberRole, boolean enabled)
        implements Serializable {
}
