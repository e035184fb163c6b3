package nl.dictu.tvs.portal.domain.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Accounts by user name. Runs inside the caller's transaction, where there is one ({@link #standingOf} is asked without). */
@ApplicationScoped
public class UserAccountRepository {

    @PersistenceContext(unitName = "tvs")
    private EntityManager em;

    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
                .setParameter("username", UserAccount.normalise(username))
                .getResultStream()
                .findFirst();
    }

    /**
     * The account's standing, read without loading the account: one row for each role, and nothing
     * managed afterwards. A signed-in session asks for it on every request.
     */
    public Optional<AccountStanding> standingOf(String username) {
        List<Object[]> rows = em.createQuery("select u.enabled, u.sessionsValidFrom, r from UserAccount u left join u.roles r "
                        + "where u.username = :username", Object[].class)
                .setParameter("username", UserAccount.normalise(username))
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        rows.stream().map(row -> (Role) row[2]).filter(Objects::nonNull).forEach(roles::add);
        return Optional.of(new AccountStanding((Boolean) rows.get(0)[0], (Instant) rows.get(0)[1], roles));
    }

    /**
     * Whether an account already answers to this e-mail address, as its user name or its address
     * (compared case-insensitively): a new account with it as user name must not be made.
     */
    public boolean isAddressInUse(String email) {
        String address = UserAccount.normalise(email);
        return em.createQuery("select count(u) from UserAccount u where u.username = :address or lower(u.email) = :address",
                        Long.class)
                .setParameter("address", address)
                .getSingleResult() > 0;
    }

    /**
     * The display names of the accounts with these user names, by user name; a name without an
     * account (a removed one) is missing from the map.
     */
    public Map<String, String> displayNames(Collection<String> usernames) {
        List<String> wanted = usernames.stream().filter(Objects::nonNull).map(UserAccount::normalise).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select u from UserAccount u where u.username in :usernames", UserAccount.class)
                .setParameter("usernames", wanted)
                .getResultStream()
                .collect(Collectors.toMap(UserAccount::getUsername, UserAccount::getDisplayName));
    }

    /** The account's display name, or the user name itself when there is no such account. */
    public String displayNameOf(String username) {
        return username == null ? null : displayNames(List.of(username)).getOrDefault(UserAccount.normalise(username), username);
    }

    protected UserAccountRepository() {
        // for CDI
    }

    /** Outside the container (tests, tools), with an entity manager the caller manages. */
    public UserAccountRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * The enabled members of the organisation with this OIN whose role is one of {@code roles}, with the
     * language their mail is written in; a member without a recorded role counts as an applicant.
     */
    public List<MailRecipient> memberRecipients(String organisationOin, Collection<MemberRole> roles) {
        return em.createQuery("select new nl.dictu.tvs.portal.domain.user.MailRecipient(u.email, u.preferredLanguage) "
                        + "from UserAccount u where u.organisation.oin = :oin and u.enabled = true "
                        + "and (u.memberRole in :roles or (u.memberRole is null and :unassigned = true)) order by u.email",
                        MailRecipient.class)
                .setParameter("oin", organisationOin)
                .setParameter("roles", roles)
                .setParameter("unassigned", roles.contains(MemberRole.APPLICANT))
                .getResultList();
    }

    /** The members of the organisation with this OIN, by display name. */
    /** Everyone enabled who chose to get DICTU's announcements by mail. */
    public List<MailRecipient> announcementSubscribers() {
        return em.createQuery("select new nl.dictu.tvs.portal.domain.user.MailRecipient(u.email, u.preferredLanguage) "
                        + "from UserAccount u where u.announcementMail = true and u.enabled = true order by u.email",
                        MailRecipient.class)
                .getResultList();
    }

    public List<UserAccount> membersOf(String organisationOin) {
        return em.createQuery("select u from UserAccount u where u.organisation.oin = :oin order by u.displayName, u.username",
                        UserAccount.class)
                .setParameter("oin", organisationOin)
                .getResultList();
    }

    /** The enabled accounts with this role, with the language their mail is written in. */
    public List<MailRecipient> recipientsWithRole(Role role) {
        return em.createQuery("select new nl.dictu.tvs.portal.domain.user.MailRecipient(u.email, u.preferredLanguage) "
                        + "from UserAccount u join u.roles r where r = :role and u.enabled = true order by u.email",
                        MailRecipient.class)
                .setParameter("role", role)
                .getResultList();
    }

    /** The enabled accounts with this role, by display name. */
    public List<UserAccount> enabledWithRole(Role role) {
        return em.createQuery("select u from UserAccount u join u.roles r where r = :role and u.enabled = true "
                        + "order by u.displayName, u.username", UserAccount.class)
                .setParameter("role", role)
                .getResultList();
    }

    /** Every account, by user name, with organisation and roles loaded. */
    public List<UserAccount> all() {
        return em.createQuery("select distinct u from UserAccount u left join fetch u.organisation order by u.username",
                UserAccount.class).getResultList();
    }

    /** Accounts whose TOTP secret is stored plain (from before secrets were sealed with the {@code v1:} format). */
    public List<UserAccount> withPlainTotpSecret() {
        return em.createQuery("select u from UserAccount u where u.totpSecret is not null and u.totpSecret not like 'v1:%'",
                UserAccount.class).getResultList();
    }

    /** Enabled accounts with this role other than the given one. */
    public long countOthersWithRole(Role role, String exceptUsername) {
        return em.createQuery("select count(u) from UserAccount u join u.roles r where r = :role and u.enabled = true "
                        + "and u.username <> :username", Long.class)
                .setParameter("role", role)
                .setParameter("username", UserAccount.normalise(exceptUsername))
                .getSingleResult();
    }

    /**
     * Records a successful sign-in with one UPDATE that does not touch the row's version, so
     * parallel sign-ins of one account never conflict; {@code language} ("nl", "en") when known.
     */
    public void recordSignIn(UserAccount account, Instant now, String language) {
        em.createQuery("update UserAccount u set u.lastLoginAt = :now, u.failedLogins = 0, u.lockedUntil = null, "
                        + "u.preferredLanguage = :language where u.id = :id")
                .setParameter("now", now)
                .setParameter("language", language == null ? account.getPreferredLanguage()
                        : UserAccount.ENGLISH.equals(language) ? UserAccount.ENGLISH : UserAccount.DUTCH)
                .setParameter("id", account.getId())
                .executeUpdate();
    }

    public long count() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }

    public UserAccount save(UserAccount account) {
        if (account.getId() == null) {
            em.persist(account);
            return account;
        }
        return em.merge(account);
    }
}
