package nl.dictu.tvs.portal.domain.checklist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * The second reviewer refused the preproduction approval: the checklist goes back to assessment and
 * every item is judged again, so the verdicts up to {@code afterRound} no longer count as accepted.
 * Never changed afterwards.
 */
@Entity
@Table(name = "checklist_reopening")
public class ChecklistReopening {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(name = "after_round", nullable = false, updatable = false)
    private int afterRound;

    @Column(name = "reason", length = Verdict.COMMENT_MAX, nullable = false, updatable = false)
    private String reason;

    @Column(name = "reopened_by", length = 100, nullable = false, updatable = false)
    private String reopenedBy;

    @Column(name = "reopened_at", nullable = false, updatable = false)
    private Instant reopenedAt;

    protected ChecklistReopening() {
        // for JPA
    }

    public ChecklistReopening(long applicationId, int afterRound, String reason, String reopenedBy, Instant reopenedAt) {
        this.applicationId = applicationId;
        this.afterRound = afterRound;
        this.reason = Objects.requireNonNull(reason, "reason");
        this.reopenedBy = Objects.requireNonNull(reopenedBy, "reopenedBy");
        this.reopenedAt = Objects.requireNonNull(reopenedAt, "reopenedAt");
    }

    public int getAfterRound() {
        return afterRound;
    }

    public String getReason() {
        return reason;
    }

    public String getReopenedBy() {
        return reopenedBy;
    }

    public Instant getReopenedAt() {
        return reopenedAt;
    }
}
