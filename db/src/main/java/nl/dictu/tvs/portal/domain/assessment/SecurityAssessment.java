package nl.dictu.tvs.portal.domain.assessment;

import jakarta.persistence.Basic;
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
import nl.dictu.tvs.portal.domain.connection.LiveConnection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The ICT security assessment of one live connection for one report window: what the applicant delivered (or
 * the supplier's multiple assessment that covers it) and the reviewer's outcome. A rejected assessment is
 * delivered again on the same row; the audit trail keeps every delivery and outcome.
 */
@Entity
@Table(name = "security_assessment")
public class SecurityAssessment {

    public static final int AUDITOR_MAX = 200;
    public static final int FILE_NAME_MAX = 255;
    public static final int REASON_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "live_connection_id", nullable = false, updatable = false)
    private LiveConnection connection;

    @Column(name = "window_round", nullable = false, updatable = false)
    private int round;

    @Column(name = "opens_on", nullable = false, updatable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false, updatable = false)
    private LocalDate closesOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "route", length = 20)
    private AssessmentRoute route;

    @Column(name = "auditor", length = AUDITOR_MAX)
    private String auditor;

    @Column(name = "file_name", length = FILE_NAME_MAX)
    private String fileName;

    @Column(name = "file_sha256", length = 64)
    private String fileSha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content")
    private byte[] content;

    @Column(name = "covers_members", nullable = false)
    private boolean coversMembers;

    @Column(name = "covered_by_id")
    private Long coveredById;

    @Column(name = "submitted_by", length = 100)
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 10)
    private AssessmentOutcome outcome;

    @Column(name = "outcome_reason", length = REASON_MAX)
    private String outcomeReason;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SecurityAssessment() {
        // for JPA
    }

    public SecurityAssessment(LiveConnection connection, int round, LocalDate opensOn, LocalDate closesOn) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.round = round;
        this.opensOn = Objects.requireNonNull(opensOn, "opensOn");
        this.closesOn = Objects.requireNonNull(closesOn, "closesOn");
    }

    /** Records a delivery (the first, or again after a rejection): any earlier outcome is cleared. */
    public void deliver(AssessmentRoute newRoute, String newAuditor, String newFileName, String sha256, byte[] newContent,
                        boolean forMembers, String by, Instant at) {
        this.route = Objects.requireNonNull(newRoute, "route");
        this.auditor = Objects.requireNonNull(newAuditor, "auditor");
        this.fileName = newFileName;
        this.fileSha256 = sha256;
        this.content = newContent;
        this.coversMembers = forMembers;
        this.coveredById = null;
        this.submittedBy = Objects.requireNonNull(by, "by");
        this.submittedAt = Objects.requireNonNull(at, "at");
        clearOutcome();
    }

    /** Records that a supplier's multiple assessment covers this one: its route and auditor count for it. */
    public void coverBy(SecurityAssessment supplierAssessment) {
        this.route = supplierAssessment.route;
        this.auditor = supplierAssessment.auditor;
        this.fileName = null;
        this.fileSha256 = null;
        this.content = null;
        this.coversMembers = false;
        this.coveredById = supplierAssessment.getId();
        this.submittedBy = supplierAssessment.submittedBy;
        this.submittedAt = supplierAssessment.submittedAt;
        clearOutcome();
    }

    public void decide(AssessmentOutcome newOutcome, String reason, String by, Instant at) {
        this.outcome = Objects.requireNonNull(newOutcome, "outcome");
        this.outcomeReason = reason;
        this.decidedBy = Objects.requireNonNull(by, "by");
        this.decidedAt = Objects.requireNonNull(at, "at");
    }

    private void clearOutcome() {
        this.outcome = null;
        this.outcomeReason = null;
        this.decidedBy = null;
        this.decidedAt = null;
    }

    /** Delivered and not rejected: the watch leaves it alone. */
    public boolean isDelivered() {
        return submittedAt != null && outcome != AssessmentOutcome.REJECTED;
    }

    /** Delivered and waiting for the reviewer's outcome. */
    public boolean isAwaitingOutcome() {
        return submittedAt != null && outcome == null;
    }

    public Long getId() {
        return id;
    }

    public LiveConnection getConnection() {
        return connection;
    }

    public int getRound() {
        return round;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public Optional<AssessmentRoute> getRoute() {
        return Optional.ofNullable(route);
    }

    public Optional<String> getAuditor() {
        return Optional.ofNullable(auditor);
    }

    public Optional<String> getFileName() {
        return Optional.ofNullable(fileName);
    }

    public Optional<String> getFileSha256() {
        return Optional.ofNullable(fileSha256);
    }

    public byte[] getContent() {
        return content;
    }

    public boolean isCoversMembers() {
        return coversMembers;
    }

    public Optional<Long> getCoveredById() {
        return Optional.ofNullable(coveredById);
    }

    public Optional<String> getSubmittedBy() {
        return Optional.ofNullable(submittedBy);
    }

    public Optional<Instant> getSubmittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public Optional<AssessmentOutcome> getOutcome() {
        return Optional.ofNullable(outcome);
    }

    public Optional<String> getOutcomeReason() {
        return Optional.ofNullable(outcomeReason);
    }

    public Optional<String> getDecidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<Instant> getDecidedAt() {
        return Optional.ofNullable(decidedAt);
    }
}
