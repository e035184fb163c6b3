package nl.dictu.tvs.portal.domain.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.dictu.tvs.portal.domain.alb.BsnProofKind;
import nl.dictu.tvs.portal.domain.file.FilePurpose;
import nl.dictu.tvs.portal.domain.file.StoredFile;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The RvIG decision an organisation that is not on the ALB list attached to its application: an
 * {@link FilePurpose#ALB_DECISION} upload of that organisation. Never changed; attaching another
 * decision adds one, and the latest is the one a reviewer verifies. A care provider's upload may be
 * another proof of BSN entitlement; then it names its {@link BsnProofKind}.
 */
@Entity
@Table(name = "alb_decision")
public class AlbDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stored_file_id", nullable = false, updatable = false)
    private StoredFile file;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "proof_kind_id", updatable = false)
    private BsnProofKind proofKind;

    @Column(name = "attached_by", length = 100, nullable = false, updatable = false)
    private String attachedBy;

    @Column(name = "attached_at", nullable = false, updatable = false)
    private Instant attachedAt;

    protected AlbDecision() {
        // for JPA
    }

    /** Refuses a file of another purpose or another organisation than the application's. */
    public AlbDecision(Application application, StoredFile file, String attachedBy, Instant attachedAt) {
        this(application, file, null, attachedBy, attachedAt);
    }

    /** A proof of the kind given, or an RvIG decision when the kind is null. */
    public AlbDecision(Application application, StoredFile file, BsnProofKind proofKind, String attachedBy, Instant attachedAt) {
        if (file.getPurpose() != FilePurpose.ALB_DECISION
                || !file.getOrganisation().getOin().equals(application.getOrganisation().getOin())) {
            throw new InvalidApplicationException("application.albDecision.notAnAlbDecision");
        }
        this.applicationId = Objects.requireNonNull(application.getId(), "application id");
        this.file = file;
        this.proofKind = proofKind;
        this.attachedBy = Objects.requireNonNull(attachedBy, "attachedBy");
        this.attachedAt = Objects.requireNonNull(attachedAt, "attachedAt");
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public StoredFile getFile() {
        return file;
    }

    /** The kind of proof; empty for an RvIG decision of a government organisation. */
    public Optional<BsnProofKind> proofKind() {
        return Optional.ofNullable(proofKind);
    }

    public String getAttachedBy() {
        return attachedBy;
    }

    public Instant getAttachedAt() {
        return attachedAt;
    }
}
