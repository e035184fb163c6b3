package nl.dictu.tvs.portal.domain.mandate;

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

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A served organisation's mandate to a supplier to act in its name. Either side invites; it holds once the
 * supplier agreed and a signatory of the served organisation signed (an invitation counts as its inviter's
 * agreement or signature), until it is revoked, which takes effect at once. Who may agree or sign is the
 * service's rule; the entity only records it.
 */
@Entity
@Table(name = "mandate")
public class Mandate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id", nullable = false, updatable = false)
    private Organisation supplier;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "served_id", nullable = false, updatable = false)
    private Organisation served;

    @Enumerated(EnumType.STRING)
    @Column(name = "invited_from", length = 10, nullable = false, updatable = false)
    private MandateSide invitedFrom;

    @Column(name = "invited_by", length = 100, nullable = false, updatable = false)
    private String invitedBy;

    @Column(name = "invited_at", nullable = false, updatable = false)
    private Instant invitedAt;

    @Column(name = "supplier_agreed_by", length = 100)
    private String supplierAgreedBy;

    @Column(name = "supplier_agreed_at")
    private Instant supplierAgreedAt;

    @Column(name = "signed_by", length = 100)
    private String signedBy;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "revoked_by", length = 100)
    private String revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Mandate() {
        // for JPA
    }

    public Mandate(Organisation supplier, Organisation served, MandateSide invitedFrom, String invitedBy, Instant invitedAt) {
        this.supplier = Objects.requireNonNull(supplier, "supplier");
        this.served = Objects.requireNonNull(served, "served");
        this.invitedFrom = Objects.requireNonNull(invitedFrom, "invitedFrom");
        this.invitedBy = Objects.requireNonNull(invitedBy, "invitedBy");
        this.invitedAt = Objects.requireNonNull(invitedAt, "invitedAt");
    }

    /** The supplier's agreement, by one of its members. */
    public void agreeForSupplier(String username, Instant at) {
        this.supplierAgreedBy = Objects.requireNonNull(username, "username");
        this.supplierAgreedAt = Objects.requireNonNull(at, "at");
    }

    /** The served organisation's signature, by one of its signatories. */
    public void sign(String username, Instant at) {
        this.signedBy = Objects.requireNonNull(username, "username");
        this.signedAt = Objects.requireNonNull(at, "at");
    }

    public void revoke(String username, Instant at) {
        this.revokedBy = Objects.requireNonNull(username, "username");
        this.revokedAt = Objects.requireNonNull(at, "at");
    }

    /** Agreed, signed and not revoked. */
    public boolean isActive() {
        return supplierAgreedAt != null && signedAt != null && revokedAt == null;
    }

    /** Neither in force nor revoked: one side's agreement is still missing. */
    public boolean isPending() {
        return revokedAt == null && !isActive();
    }

    public Long getId() {
        return id;
    }

    public Organisation getSupplier() {
        return supplier;
    }

    public Organisation getServed() {
        return served;
    }

    public MandateSide getInvitedFrom() {
        return invitedFrom;
    }

    public String getInvitedBy() {
        return invitedBy;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public Optional<Instant> getSupplierAgreedAt() {
        return Optional.ofNullable(supplierAgreedAt);
    }

    public Optional<String> getSignedBy() {
        return Optional.ofNullable(signedBy);
    }

    public Optional<Instant> getSignedAt() {
        return Optional.ofNullable(signedAt);
    }

    public Optional<Instant> getRevokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public Optional<String> getRevokedBy() {
        return Optional.ofNullable(revokedBy);
    }
}
