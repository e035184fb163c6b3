package nl.dictu.tvs.portal.domain.checklist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;

import java.time.Instant;
import java.util.Objects;

/**
 * A reviewer's verdict on one checklist item in one assessment round: accepted, or rejected with
 * the comment that tells the applicant what to rework. Never changed afterwards.
 */
@Entity
@Table(name = "checklist_verdict")
public class ChecklistVerdict {

    public static final int COMMENT_MAX = 2000;

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

    @Column(name = "accepted", nullable = false, updatable = false)
    private boolean accepted;

    @Column(name = "comment", length = COMMENT_MAX, updatable = false)
    private String comment;

    @Column(name = "assessed_by", length = 100, nullable = false, updatable = false)
    private String assessedBy;

    @Column(name = "assessed_at", nullable = false, updatable = false)
    private Instant assessedAt;

    protected ChecklistVerdict() {
        // for JPA
    }

    /** A verdict; a rejection needs a comment, and every comment fits {@link #COMMENT_MAX}. */
    public ChecklistVerdict(long applicationId, int round, int versionNumber, String itemCode, boolean accepted,
                            String comment, String assessedBy, Instant assessedAt) {
        String text = comment == null ? null : comment.strip();
        if (!accepted && (text == null || text.isEmpty())) {
            throw new InvalidApplicationException("checklist.verdict.commentRequired", itemCode);
        }
        if (text != null && text.length() > COMMENT_MAX) {
            throw new InvalidApplicationException("checklist.verdict.commentTooLong", itemCode, COMMENT_MAX);
        }
        this.applicationId = applicationId;
        this.round = round;
        this.versionNumber = versionNumber;
        this.itemCode = Objects.requireNonNull(itemCode, "itemCode");
        this.accepted = accepted;
        this.comment = text == null || text.isEmpty() ? null : text;
        this.assessedBy = Objects.requireNonNull(assessedBy, "assessedBy");
        this.assessedAt = Objects.requireNonNull(assessedAt, "assessedAt");
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

    public boolean isAccepted() {
        return accepted;
    }

    public String getComment() {
        return comment;
    }

    public String getAssessedBy() {
        return assessedBy;
    }

    public Instant getAssessedAt() {
        return assessedAt;
    }
}
