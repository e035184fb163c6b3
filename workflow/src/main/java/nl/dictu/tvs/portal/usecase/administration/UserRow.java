package nl.dictu.tvs.portal.usecase.administration;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** An account as the user administration lists it. */
public record UserRow(String username, String displayName, String email, String organisationName, String organisationOin,
                      Set<String> roles, boolean enabled, boolean locked, Instant lastLoginAt) implements Serializable {

    public boolean applicant() {
        return organisationOin != null;
    }
}
