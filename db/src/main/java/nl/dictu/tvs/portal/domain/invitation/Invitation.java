package nl.dictu.tvs.portal.domain.invitation;

import jakarta.persistence.Column;
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
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.user.MemberRole;
import nl.dictu.tvs.portal.domain.user.UserAccount;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A member's invitation of a colleague, by e-mail, into their organisation in a member role. The
 * link's token itself is never stored, only its SHA-256: whoever reads the database cannot use an
 * open invitation. The token is made when the mail is sent, so the outbox holds no link either. It
 * can be accepted once, before it expires.
 */
@Entity
@Table(name = "invitation")
public class Invitation {

    public static final Duration VALIDITY = Duration.ofDays(7);
    public static final int TOKEN_HASH_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Column(name = "email", length = UserAccount.EMAIL_MAX, nullable = false, updatable = false)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", length = MemberRole.MAX_LENGTH, nullable = false, updatable = false)
    private MemberRole memberRole;

    @Column(name = "token_sha256", length = TOKEN_HASH_LENGTH, nullable = false, unique = true)
    private String tokenSha256;

    @Column(name = "invited_by", length = UserAccount.USERNAME_MAX, nullable = false, updatable = false)
    private String invitedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "accepted_username", length = UserAccount.USERNAME_MAX)
    private String acceptedUsername;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Invitation() {
        // for JPA
    }

    public Invitation(Organisation organisation, String email, MemberRole memberRole, String tokenSha256,
                      String invitedBy, Instant createdAt) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.email = Objects.requireNonNull(email, "email");
        this.memberRole = Objects.requireNonNull(memberRole, "memberRole");
        if (tokenSha256 == null || tokenSha256.length() != TOKEN_HASH_LENGTH) {
            throw new IllegalArgumentException("an invitation keeps the SHA-256 (64 hex digits) of its token");
        }
        this.tokenSha256 = tokenSha256;
        this.invitedBy = Objects.requireNonNull(invitedBy, "invitedBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.expiresAt = createdAt.plus(VALIDITY);
    }

    /** Open: not accepted yet and not expired at this instant. */
    public boolean isOpen(Instant now) {
        return acceptedAt == null && now.isBefore(expiresAt);
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /**
     * A new token for the link, made when the invitation's mail is sent: the one before stops
     * working. Only the new token's SHA-256 is kept.
     */
    public void reissueToken(String newTokenSha256) {
        if (newTokenSha256 == null || newTokenSha256.length() != TOKEN_HASH_LENGTH) {
            throw new IllegalArgumentException("an invitation keeps the SHA-256 (64 hex digits) of its token");
        }
        tokenSha256 = newTokenSha256;
    }

    /** Marks the invitation used by the account that was created with it; refuses a second use. */
    public void accept(String username, Instant now) {
        if (!isOpen(now)) {
            throw new IllegalStateException("invitation " + id + " is no longer open");
        }
        acceptedAt = now;
        acceptedUsername = Objects.requireNonNull(username, "username");
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getEmail() {
        return email;
    }

    public MemberRole getMemberRole() {
        return memberRole;
    }

    public String getTokenSha256() {
        return tokenSha256;
    }

    public String getInvitedBy() {
        return invitedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Optional<Instant> getAcceptedAt() {
        return Optional.ofNullable(acceptedAt);
    }

    public Optional<String> getAcceptedUsername() {
        return Optional.ofNullable(acceptedUsername);
    }
}
