package nl.dictu.tvs.portal.application;

import nl.dictu.tvs.portal.account.SignedInUser;
import nl.dictu.tvs.portal.domain.user.Role;

/** The administration is for admins only; the services check it as well as the web constraint. */
final class AdminAccess {

    private AdminAccess() {
    }

    static void requireAdmin(SignedInUser actor) {
        if (!actor.hasRole(Role.ADMIN_NAME)) {
            throw new AccessRefusedException("access.adminsOnly");
        }
    }
}
