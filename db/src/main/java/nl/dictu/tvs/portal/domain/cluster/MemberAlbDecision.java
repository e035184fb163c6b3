package nl.dictu.tvs.portal.domain.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.file.FilePurpose;
import nl.dictu.tvs.portal.domain.file.StoredFile;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The RvIG decision of one organisation a supplier's cluster application serves, for a member that is not on the
 * ALB list: an {@link FilePurpose#ALB_DECISION} upload of the supplier (it applies in the member's name), and a
 * reviewer's verification of it, accepted (with RvIG's reference, if given) or refused with a reason. Keyed by
 * application and member OIN, not by the member's row, so that a request adding a member to a live cluster can
 * attach one the same way. Attaching another decision adds one; the latest one per member counts.
 */
@Entity
@Table(name = "member_alb_decision")
public class MemberAlbDecision {

    public static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Column(name = "member_oin", length = 20, nullable = false, updatable = false)
    private String memberOin;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stored_file_id", nullable = false, updatable = false)
    private StoredFile file;

    @Column(name = "attached_by", length = 100, nullable = false, updatable = false)
    private String attachedBy;

    @Column(name = "attached_at", nullable = false, updatable = false)
    private Instant attachedAt;

    @Column(name = "accepted")
    private Boolean accepted;

    @Column(name = "decision_reference", length = TEXT_MAX)
    private String decisionReference;

    @Column(name = "refusal_reason", length = TEXT_MAX)
    private String refusalReason;

    @Column(name = "verified_by", length = 100)
    private String verifiedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    protected MemberAlbDecision() {
        // for JPA
    }

    /**
     * Refuses a file of another purpose, or one another organisation than the applicant uploaded.
     *
     * @param applicantOin the OIN of the organisation whose application it is (the supplier)
     */
    public MemberAlbDecision(long applicationId, String applicantOin, String memberOin, StoredFile file, String attachedBy,
                             Instant attachedAt) {
        if (file.getPurpose() != FilePurpose.ALB_DECISION || !file.getOrganisation().getOin().equals(applicantOin)) {
            throw new InvalidApplicationException("application.albDecision.notAnAlbDecision", String.valueOf(file.getId()));
        }
        this.applicationId = applicationId;
        this.memberOin = Objects.requireNonNull(memberOin, "memberOin");
        this.file = file;
        this.attachedBy = Objects.requireNonNull(attachedBy, "attachedBy");
        this.attachedAt = Objects.requireNonNull(attachedAt, "attachedAt");
    }

    /** A reviewer's verdict; a refusal needs its reason. A later verdict (after a correction) replaces it. */
    public void verify(boolean accept, String reference, String reason, String by, Instant at) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        String ref = reference == null || reference.isBlank() ? null : reference.strip();
        if (!accept && why == null) {
            throw new InvalidApplicationException("cluster.memberDecision.reasonMissing", memberOin);
        }
        if ((why != null && why.length() > TEXT_MAX) || (ref != null && ref.length() > TEXT_MAX)) {
            throw new InvalidApplicationException("cluster.memberDecision.tooLong", memberOin, TEXT_MAX);
        }
        this.accepted = accept;
        this.decisionReference = accept ? ref : null;
        this.refusalReason = accept ? null : why;
        this.verifiedBy = Objects.requireNonNull(by, "by");
        this.verifiedAt = Objects.requireNonNull(at, "at");
    }

    public Long getId() {
        return id;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public String getMemberOin() {
        return memberOin;
    }

    public StoredFile getFile() {
        return file;
    }

    public String getAttachedBy() {
        return attachedBy;
    }

    public Instant getAttachedAt() {
        return attachedAt;
    }

    /** Empty until a reviewer verified it. */
    public Optional<Boolean> accepted() {
        return Optional.ofNullable(accepted);
    }

    public Optional<String> decisionReference() {
        return Optional.ofNullable(decisionReference);
    }

    public Optional<String> refusalReason() {
        return Optional.ofNullable(refusalReason);
    }

    public Optional<String> verifiedBy() {
        return Optional.ofNullable(verifiedBy);
    }

    public Optional<Instant> verifiedAt() {
        return Optional.ofNullable(verifiedAt);
    }
}
