package nl.dictu.tvs.portal.domain.invitation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.user.UserAccount;

import java.time.Instant;
import java.util.Objects;

/**
 * A demo registration that waits for its owner to prove the e-mail address: the form's values (the
 * password only as its hash) and the SHA-256 of the mailed link's token, made when the mail is sent,
 * like an {@link Invitation}'s. The link completes it once, before it expires (as long as an invitation).
 */
@Entity
@Table(name = "registration_request")
public class RegistrationRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "email", length = UserAccount.USERNAME_MAX, nullable = false, updatable = false)
    private String email;

    @Column(name = "display_name", length = UserAccount.DISPLAY_NAME_MAX, nullable = false, updatable = false)
    private String displayName;

    @Column(name = "password_hash", length = 200, nullable = false, updatable = false)
    private String passwordHash;

    @Column(name = "preferred_language", length = 2, nullable = false, updatable = false)
    private String preferredLanguage;

    @Column(name = "oin", length = Organisation.OIN_LENGTH, nullable = false, updatable = false)
    private String oin;

    @Column(name = "organisation_name", length = Organisation.NAME_MAX, nullable = false, updatable = false)
    private String organisationName;

    @Column(name = "token_sha256", length = Invitation.TOKEN_HASH_LENGTH, nullable = false, unique = true)
    private String tokenSha256;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected RegistrationRequest() {
        // for JPA
    }

    /** @param email the address, normalised: it becomes the account's user name */
    public RegistrationRequest(String email, String displayName, String passwordHash, String preferredLanguage,
                               String oin, String organisationName, String tokenSha256, Instant createdAt) {
        this.email = Objects.requireNonNull(email, "email");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.preferredLanguage = Objects.requireNonNull(preferredLanguage, "preferredLanguage");
        this.oin = Objects.requireNonNull(oin, "oin");
        this.organisationName = Objects.requireNonNull(organisationName, "organisationName");
        reissueToken(tokenSha256);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.expiresAt = createdAt.plus(Invitation.VALIDITY);
    }

    /** Open: not completed yet and not expired at this instant. */
    public boolean isOpen(Instant now) {
        return completedAt == null && now.isBefore(expiresAt);
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** A new token for the link, made when the mail is sent: the one before stops working. */
    public void reissueToken(String newTokenSha256) {
        if (newTokenSha256 == null || newTokenSha256.length() != Invitation.TOKEN_HASH_LENGTH) {
            throw new IllegalArgumentException("a registration request keeps the SHA-256 (64 hex digits) of its token");
        }
        tokenSha256 = newTokenSha256;
    }

    /** Marks the request used; refuses a second use. */
    public void complete(Instant now) {
        if (!isOpen(now)) {
            throw new IllegalStateException("registration request " + id + " is no longer open");
        }
        completedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public String getOin() {
        return oin;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public boolean isCompleted() {
        return completedAt != null;
    }
}
