package nl.dictu.tvs.portal.usecase.administration;

import nl.dictu.tvs.portal.shared.access.AccessPolicy;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.shared.config.PortalConfig;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.usecase.administration.AccountRules;
import nl.dictu.tvs.portal.usecase.administration.OneTimePassword;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.organisation.OrganisationRepository;
import nl.dictu.tvs.portal.domain.user.PasswordHash;
import nl.dictu.tvs.portal.domain.user.Role;
import nl.dictu.tvs.portal.domain.user.UserAccount;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Accounts and roles, for admins: list, create, disable and enable, change a DICTU employee's
 * roles, reset a password to a one-time value (returned once, stored only as a hash). Every
 * change is in the audit trail. Disabling an account or resetting its password ends its sessions;
 * a changed role holds from the session's next request.
 */
@Stateless
public class UserAdministration {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,99}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private Auditor auditor;

    @Inject
    private Clock clock;

    @Inject
    private PortalConfig config;

    private Boolean localStaffAccounts;

    public UserAdministration() {
        // for the container
    }

    /** Outside the container (tests); {@code localStaffAccounts} as in demo mode. */
    public UserAdministration(UserAccountRepository accounts, OrganisationRepository organisations, Auditor auditor, Clock clock,
                              boolean localStaffAccounts) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.auditor = auditor;
        this.clock = clock;
        this.localStaffAccounts = localStaffAccounts;
    }

    public List<UserRow> users(SignedInUser actor) {
        AccessPolicy.requireAdmin(actor);
        Instant now = clock.instant();
        return accounts.all().stream().map(u -> new UserRow(u.getUsername(), u.getDisplayName(), u.getEmail(),
                u.getOrganisation().map(Organisation::getName).orElse(null),
                u.getOrganisation().map(Organisation::getOin).orElse(null),
                u.getRoles().stream().map(Role::roleName).collect(Collectors.toCollection(TreeSet::new)),
                u.isEnabled(), u.isLocked(now), u.getLastLoginAt())).toList();
    }

    /**
     * Creates the account; returns its user name as stored (stripped and in lower case, as every
     * sign-in looks it up) and its one-time password.
     */
    public CreatedAccount create(SignedInUser actor, AccountByAdmin account) {
        AccessPolicy.requireAdmin(actor);
        String username = account.username() == null ? "" : UserAccount.normalise(account.username());
        if (!USERNAME.matcher(username).matches()) {
            throw ActionRefusedException.of("username", "admin.users.usernameInvalid", username);
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw ActionRefusedException.of("username", "admin.users.usernameTaken", username);
        }
        String name = required(account.displayName(), UserAccount.DISPLAY_NAME_MAX, "admin.users.displayNameRequired");
        String email = required(account.email(), UserAccount.EMAIL_MAX, "admin.users.emailInvalid");
        if (!EMAIL.matcher(email).matches()) {
            throw new ActionRefusedException("admin.users.emailInvalid", email);
        }
        Set<Role> roles = roles(account.roles());
        String oin = account.organisationOin() == null ? "" : account.organisationOin().strip();
        refuseIf(AccountRules.newAccount(roles, !oin.isEmpty(), localStaffAccounts()));
        String password = OneTimePassword.generate();
        String hash = PasswordHash.hash(password.toCharArray());
        Instant now = clock.instant();
        UserAccount created;
        if (roles.contains(Role.APPLICANT)) {
            Organisation organisation = organisations.findByOin(oin)
                    .orElseThrow(() -> new ActionRefusedException("admin.users.organisationUnknown", oin));
            created = UserAccount.applicant(username, name, email, hash, organisation, now);
        } else {
            created = UserAccount.staff(username, name, email, hash, roles, now);
        }
        created.handOverOneTimePassword(now);
        accounts.save(created);
        auditor.record(actor.username(), "userCreated", null, null, Map.of(),
                Map.of("username", username, "roles", roles.toString(), "organisation", oin));
        return new CreatedAccount(created.getUsername(), password);
    }

    public void setEnabled(SignedInUser actor, String username, boolean enabled) {
        AccessPolicy.requireAdmin(actor);
        UserAccount account = account(username);
        if (!enabled) {
            refuseIf(AccountRules.disable(actor.username(), account.getUsername(), account.getRoles(),
                    accounts.countOthersWithRole(Role.ADMIN, account.getUsername())));
        }
        boolean before = account.isEnabled();
        account.setEnabled(enabled);
        if (!enabled) {
            account.endSessions(clock.instant());
        }
        auditor.record(actor.username(), enabled ? "userEnabled" : "userDisabled", null, null,
                Map.of("username", account.getUsername(), "enabled", String.valueOf(before)),
                Map.of("username", account.getUsername(), "enabled", String.valueOf(enabled)));
    }

    public void changeRoles(SignedInUser actor, String username, Set<String> wanted) {
        AccessPolicy.requireAdmin(actor);
        UserAccount account = account(username);
        Set<Role> roles = roles(wanted);
        refuseIf(AccountRules.roleChange(actor.username(), account.getUsername(), account.getRoles(), roles,
                accounts.countOthersWithRole(Role.ADMIN, account.getUsername())));
        String before = account.getRoles().toString();
        account.changeStaffRoles(roles);
        auditor.record(actor.username(), "userRolesChanged", null, null,
                Map.of("username", account.getUsername(), "roles", before),
                Map.of("username", account.getUsername(), "roles", roles.toString()));
    }

    /**
     * A new one-time password, returned once: it works for 24 hours and only to choose one's own. The
     * old password stops working, a lock is lifted and the account's sessions end.
     */
    public String resetPassword(SignedInUser actor, String username) {
        AccessPolicy.requireAdmin(actor);
        UserAccount account = account(username);
        String password = OneTimePassword.generate();
        account.resetPassword(PasswordHash.hash(password.toCharArray()), clock.instant());
        auditor.record(actor.username(), "userPasswordReset", null, null, Map.of(), Map.of("username", account.getUsername()));
        return password;
    }

    private UserAccount account(String username) {
        return accounts.findByUsername(username == null ? "" : username)
                .orElseThrow(() -> new ActionRefusedException("admin.users.unknown", String.valueOf(username)));
    }

    private static Set<Role> roles(Set<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names == null ? Set.<String>of() : names) {
            try {
                roles.add(Role.valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ActionRefusedException("admin.users.roleUnknown", name);
            }
        }
        return roles;
    }

    private static String required(String value, int max, String messageKey) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new ActionRefusedException(messageKey, String.valueOf(max));
        }
        return value.strip();
    }

    private static void refuseIf(Optional<String> refusal) {
        refusal.ifPresent(key -> {
            throw new ActionRefusedException(key);
        });
    }

    /** Staff accounts with a portal password exist in demo mode only; outside it staff come from the identity provider. */
    private boolean localStaffAccounts() {
        return localStaffAccounts != null ? localStaffAccounts : config.isDemoMode();
    }
}
