package nl.dictu.tvs.portal.domain.checklist;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;

import java.time.Instant;
import java.util.Objects;

/**
 * What a reviewer decided on one answer to a checklist item, and who decided it when: accepted, or rejected with the
 * comment that tells the applicant what to rework. The same rules hold for the application's own answer
 * ({@link ChecklistVerdict}) and for a served organisation's
 * ({@link nl.dictu.tvs.portal.domain.cluster.MemberChecklistVerdict}), which both embed it. Never changed.
 */
@Embeddable
public class Verdict {

    public static final int COMMENT_MAX = 2000;

    @Column(name = "accepted", nullable = false, updatable = false)
    private boolean accepted;

    @Column(name = "comment", length = COMMENT_MAX, updatable = false)
    private String comment;

    @Column(name = "assessed_by", length = 100, nullable = false, updatable = false)
    private String assessedBy;

    @Column(name = "assessed_at", nullable = false, updatable = false)
    private Instant assessedAt;

    protected Verdict() {
        // for JPA
    }

    /**
     * A verdict on the item with this code (named in a refusal): a rejection needs a comment, and every comment fits
     * {@link #COMMENT_MAX}; a blank comment is none.
     */
    public Verdict(String itemCode, boolean accepted, String comment, String assessedBy, Instant assessedAt) {
        String text = comment == null ? null : comment.strip();
        if (!accepted && (text == null || text.isEmpty())) {
            throw new InvalidApplicationException("checklist.verdict.commentRequired", itemCode);
        }
        if (text != null && text.length() > COMMENT_MAX) {
            throw new InvalidApplicationException("checklist.verdict.commentTooLong", itemCode, COMMENT_MAX);
        }
        this.accepted = accepted;
        this.comment = text == null || text.isEmpty() ? null : text;
        this.assessedBy = Objects.requireNonNull(assessedBy, "assessedBy");
        this.assessedAt = Objects.requireNonNull(assessedAt, "assessedAt");
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
