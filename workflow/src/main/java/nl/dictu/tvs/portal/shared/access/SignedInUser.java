package nl.dictu.tvs.portal.shared.access;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * What the web layer knows about the person who signed in: enough for the header, the navigation
 * and role checks, and nothing that would need the entity.
 *
 * @param previousLoginAt the sign-in before this one, or null on a first sign-in
 */
public record SignedInUser(String username, String displayName, Set<String> roles,
                           String organisationName, String organisationOin,
                           Instant previousLoginAt) implements Serializable {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
