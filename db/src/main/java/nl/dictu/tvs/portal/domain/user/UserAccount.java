package nl.dictu.tvs.portal.domain.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.dictu.tvs.portal.domain.organisation.Organisation;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person who signs in to the portal. An applicant belongs to exactly one organisation;
 * reviewers and admins belong to none (they work for DICTU). Repeated failed sign-ins lock the
 * account for a while, which slows down password guessing without locking anyone out for good.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    public static final String DUTCH = "nl";
    public static final String ENGLISH = "en";

    public static final int USERNAME_MAX = 100;
    public static final int DISPLAY_NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;
    public static final int TOTP_SECRET_MAX = 128;
    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    /** How long a password an admin hands over works. */
    public static final Duration ONE_TIME_PASSWORD_VALIDITY = Duration.ofHours(24);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = USERNAME_MAX)
    @Column(name = "username", length = USERNAME_MAX, nullable = false, unique = true, updatable = false)
    private String username;

    @NotBlank
    @Size(max = DISPLAY_NAME_MAX)
    @Column(name = "display_name", length = DISPLAY_NAME_MAX, nullable = false)
    private String displayName;

    @NotBlank
    @Email
    @Size(max = EMAIL_MAX)
    @Column(name = "email", length = EMAIL_MAX, nullable = false)
    private String email;

    @Column(name = "password_hash", length = PasswordHash.MAX_LENGTH, nullable = false)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20, nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** The person's role in their organisation; null for DICTU staff. */
    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", length = MemberRole.MAX_LENGTH)
    private MemberRole memberRole;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** When a one-time password stops working; null for a password of one's own. */
    @Column(name = "password_expires_at")
    private Instant passwordExpiresAt;

    /** A one-time password: it only serves to choose one's own. */
    @Column(name = "password_must_change", nullable = false)
    private boolean passwordMustChange;

    /** Sessions signed in before this instant are over; null when none was ended. */
    @Column(name = "sessions_valid_from")
    private Instant sessionsValidFrom;

    /**
     * The TOTP secret once its holder confirmed it, sealed (encrypted for this account with a key kept
     * outside the database); null without a second factor.
     */
    @Column(name = "totp_secret", length = TOTP_SECRET_MAX)
    private String totpSecret;

    /** The time step of the last TOTP code accepted: no code is accepted twice. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    /** The language mail and documents for this person are written in: "nl" or "en". */
    @Column(name = "preferred_language", length = 2, nullable = false)
    private String preferredLanguage = DUTCH;

    /** Whether this person gets DICTU's announcements by mail. */
    @Column(name = "announcement_mail", nullable = false)
    private boolean announcementMail;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected UserAccount() {
        // for JPA
    }

    private UserAccount(String username, String displayName, String email, String passwordHash,
                        Organisation organisation, Set<Role> roles, Instant createdAt) {
        this.username = normalise(Objects.requireNonNull(username, "username"));
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.email = Objects.requireNonNull(email, "email");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.organisation = organisation;
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** An applicant: a member of exactly one organisation, who applies for it. */
    public static UserAccount applicant(String username, String displayName, String email, String passwordHash,
                                        Organisation organisation, Instant createdAt) {
        return member(username, displayName, email, passwordHash, organisation, MemberRole.APPLICANT, createdAt);
    }

    /** A member of exactly one organisation in the given role; every member may use the applicant pages. */
    public static UserAccount member(String username, String displayName, String email, String passwordHash,
                                     Organisation organisation, MemberRole memberRole, Instant createdAt) {
        UserAccount account = new UserAccount(username, displayName, email, passwordHash,
                Objects.requireNonNull(organisation, "an applicant belongs to an organisation"),
                EnumSet.of(Role.APPLICANT), createdAt);
        account.memberRole = Objects.requireNonNull(memberRole, "memberRole");
        return account;
    }

    /** A DICTU employee: reviewer, admin or both; belongs to no applying organisation. */
    public static UserAccount staff(String username, String displayName, String email, String passwordHash,
                                    Set<Role> roles, Instant createdAt) {
        if (roles.isEmpty() || roles.contains(Role.APPLICANT)) {
            throw new IllegalArgumentException("staff accounts are reviewers and/or admins, not applicants: " + roles);
        }
        return new UserAccount(username, displayName, email, passwordHash, null, roles, createdAt);
    }

    /** User names are case-insensitive: stored and looked up in lower case. */
    public static String normalise(String username) {
        return username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** True when this account may sign in now; does not look at the password. */
    public boolean canSignIn(Instant now) {
        return enabled && !isLocked(now);
    }

    public void recordSuccessfulLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void recordFailedLogin(Instant now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedLogins = 0;
        }
    }

    /** Ends every session of this account that signed in before {@code now}, on its next request. */
    public void endSessions(Instant now) {
        // as stored (microseconds), so that a session signed in at this very instant compares alike
        sessionsValidFrom = Objects.requireNonNull(now, "now").truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** Since when sessions count, if any were ended. */
    public Optional<Instant> getSessionsValidFrom() {
        return Optional.ofNullable(sessionsValidFrom);
    }

    /** Whether a session signed in at {@code signedInAt} still belongs to this account: enabled, and not ended since. */
    public boolean keepsSessionSignedInAt(Instant signedInAt) {
        return standing().keepsSessionSignedInAt(signedInAt);
    }

    /** What a signed-in session asks of this account on every request ({@link UserAccountRepository#standingOf} reads it alone). */
    public AccountStanding standing() {
        return new AccountStanding(enabled, sessionsValidFrom, roles);
    }

    /** Dutch unless the language is English: the portal speaks only these two. */
    public void changePreferredLanguage(String language) {
        preferredLanguage = ENGLISH.equals(language) ? ENGLISH : DUTCH;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public boolean isAnnouncementMail() {
        return announcementMail;
    }

    public void changeAnnouncementMail(boolean subscribed) {
        announcementMail = subscribed;
    }

    /** A disabled account cannot sign in; its data stays. */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * New roles for a DICTU employee (reviewer and/or admin). An applicant stays an applicant of
     * their organisation: that membership is not a role one can take away.
     */
    public void changeStaffRoles(Set<Role> newRoles) {
        if (organisation != null || roles.contains(Role.APPLICANT)) {
            throw new IllegalArgumentException("an applicant's role is tied to the organisation: " + username);
        }
        if (newRoles.isEmpty() || newRoles.contains(Role.APPLICANT)) {
            throw new IllegalArgumentException("staff accounts are reviewers and/or admins, not applicants: " + newRoles);
        }
        roles = EnumSet.copyOf(newRoles);
    }

    /**
     * After a password reset by an admin: the new hash of a one-time password (24 hours, to be changed
     * at first use), no lock from earlier failed attempts, and every session of the account ended.
     */
    public void resetPassword(String newHash, Instant now) {
        changePasswordHash(newHash);
        failedLogins = 0;
        lockedUntil = null;
        handOverOneTimePassword(now);
        endSessions(now);
    }

    /** The current password is one an admin handed over at {@code now}: valid for 24 hours, to be changed at first use. */
    public void handOverOneTimePassword(Instant now) {
        passwordMustChange = true;
        passwordExpiresAt = now.plus(ONE_TIME_PASSWORD_VALIDITY);
    }

    /** The holder chose a password of their own: it does not expire, and their other sessions end. */
    public void changeOwnPassword(String newHash, Instant now) {
        changePasswordHash(newHash);
        passwordMustChange = false;
        passwordExpiresAt = null;
        endSessions(now);
    }

    /** Whether this person signs in with a TOTP code besides the password. */
    public boolean hasTotp() {
        return totpSecret != null;
    }

    /** The sealed TOTP secret, as stored. */
    public Optional<String> getSealedTotpSecret() {
        return Optional.ofNullable(totpSecret);
    }

    /** The TOTP secret (sealed) the holder just confirmed with the code of {@code step}; that code is used up. */
    public void enrolTotp(String sealedSecret, long step) {
        totpSecret = Objects.requireNonNull(sealedSecret, "sealedSecret");
        totpLastStep = step;
    }

    /** The same secret sealed anew (a secret stored plain before sealing existed). */
    public void resealTotp(String sealedSecret) {
        if (totpSecret == null) {
            throw new IllegalStateException("no TOTP secret to seal");
        }
        totpSecret = Objects.requireNonNull(sealedSecret, "sealedSecret");
    }

    /**
     * Uses up the code of {@code step}: false when that code, or a later one, was accepted before
     * (a replay within its window).
     */
    public boolean useTotpStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    /** False once a one-time password has expired. */
    public boolean isPasswordUsableAt(Instant now) {
        return passwordExpiresAt == null || now.isBefore(passwordExpiresAt);
    }

    public boolean mustChangePassword() {
        return passwordMustChange;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Optional<Organisation> getOrganisation() {
        return Optional.ofNullable(organisation);
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Optional<MemberRole> getMemberRole() {
        return Optional.ofNullable(memberRole);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
