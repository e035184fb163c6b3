package nl.dictu.tvs.portal.domain.user;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a signed-in session asks of its account on every request: whether the account is enabled,
 * since when its sessions count ({@code null}: none were ever ended) and its roles now.
 */
public record AccountStanding(boolean enabled, Instant sessionsValidFrom, Set<Role> roles) {

    public AccountStanding {
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /** Whether a session signed in at {@code signedInAt} still belongs to the account: enabled, and not ended since. */
    public boolean keepsSessionSignedInAt(Instant signedInAt) {
        return enabled && (sessionsValidFrom == null || (signedInAt != null && !signedInAt.isBefore(sessionsValidFrom)));
    }
}
