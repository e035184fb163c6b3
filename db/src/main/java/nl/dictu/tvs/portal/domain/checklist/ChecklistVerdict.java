package nl.dictu.tvs.portal.domain.checklist;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * A reviewer's {@link Verdict} on the application's own answer to one checklist item in one assessment round. Never
 * changed afterwards.
 */
@Entity
@Table(name = "checklist_verdict")
public class ChecklistVerdict {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(name = "round", nullable = false, updatable = false)
    private int round;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(name = "item_code", length = ChecklistItem.CODE_MAX, nullable = false, updatable = false)
    private String itemCode;

    @Embedded
    private Verdict verdict;

    protected ChecklistVerdict() {
        // for JPA
    }

    /** A verdict; a rejection needs a comment, and every comment fits {@link Verdict#COMMENT_MAX}. */
    public ChecklistVerdict(long applicationId, int round, int versionNumber, String itemCode, boolean accepted,
                            String comment, String assessedBy, Instant assessedAt) {
        this(applicationId, round, versionNumber, itemCode,
                new Verdict(itemCode, accepted, comment, assessedBy, assessedAt));
    }

    /** The verdict given on the item in the round. */
    public ChecklistVerdict(long applicationId, int round, int versionNumber, String itemCode, Verdict verdict) {
        this.applicationId = applicationId;
        this.round = round;
        this.versionNumber = versionNumber;
        this.itemCode = Objects.requireNonNull(itemCode, "itemCode");
        this.verdict = Objects.requireNonNull(verdict, "verdict");
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public int getRound() {
        return round;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getItemCode() {
        return itemCode;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public boolean isAccepted() {
        return verdict.isAccepted();
    }

    public String getComment() {
        return verdict.getComment();
    }

    public String getAssessedBy() {
        return verdict.getAssessedBy();
    }

    public Instant getAssessedAt() {
        return verdict.getAssessedAt();
    }
}
