package nl.dictu.tvs.portal.usecase.administration;

import nl.dictu.tvs.portal.domain.user.Role;

import java.util.Optional;
import java.util.Set;

/**
 * What an admin may do to accounts. Each check returns the bundle key of the refusal, or empty
 * when allowed: an account is either an applicant of exactly one organisation or a DICTU employee
 * (reviewer and/or admin); nobody removes their own admin role or disables themselves; the last
 * enabled admin stays. Outside demo mode staff accounts come only from the identity provider, where
 * staff sign in with a second factor; an admin creates applicants only.
 */
public final class AccountRules {

    private AccountRules() {
    }

    public static Optional<String> newAccount(Set<Role> roles, boolean hasOrganisation, boolean localStaffAccounts) {
        if (roles.isEmpty()) {
            return Optional.of("admin.users.rolesRequired");
        }
        if (roles.contains(Role.APPLICANT)) {
            if (roles.size() > 1) {
                return Optional.of("admin.users.applicantOnlyApplicant");
            }
            return hasOrganisation ? Optional.empty() : Optional.of("admin.users.organisationRequired");
        }
        if (!localStaffAccounts) {
            return Optional.of("admin.users.staffAtProvider");
        }
        return hasOrganisation ? Optional.of("admin.users.staffWithoutOrganisation") : Optional.empty();
    }

    public static Optional<String> roleChange(String actor, String target, Set<Role> current, Set<Role> wanted,
                                              long otherEnabledAdmins) {
        if (current.contains(Role.APPLICANT) || wanted.contains(Role.APPLICANT)) {
            return Optional.of("admin.users.applicantRoleFixed");
        }
        // Losing the admin role is said first: it is the more telling reason when both apply.
        boolean losesAdmin = current.contains(Role.ADMIN) && !wanted.contains(Role.ADMIN);
        if (losesAdmin && actor.equals(target)) {
            return Optional.of("admin.users.ownAdminRole");
        }
        if (losesAdmin && otherEnabledAdmins == 0) {
            return Optional.of("admin.users.lastAdmin");
        }
        if (wanted.isEmpty()) {
            return Optional.of("admin.users.rolesRequired");
        }
        return Optional.empty();
    }

    public static Optional<String> disable(String actor, String target, Set<Role> roles, long otherEnabledAdmins) {
        if (actor.equals(target)) {
            return Optional.of("admin.users.disableSelf");
        }
        if (roles.contains(Role.ADMIN) && otherEnabledAdmins == 0) {
            return Optional.of("admin.users.lastAdmin");
        }
        return Optional.empty();
    }
}
