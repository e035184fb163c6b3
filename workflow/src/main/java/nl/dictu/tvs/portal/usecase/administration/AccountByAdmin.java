package nl.dictu.tvs.portal.usecase.administration;

import java.util.Set;

/**
 * What an admin fills in for a new account.
 *
 * @param organisationOin the organisation of an applicant; empty for DICTU staff
 */
public record AccountByAdmin(String username, String displayName, String email, Set<String> roles, String organisationOin) {
}
