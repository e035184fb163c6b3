package nl.dictu.tvs.portal.domain.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * That the assessment watch took a step for an assessment not delivered. The primary key (assessment, step)
 * makes each step happen once, on whichever node comes first; a follow-up step stays open until a reviewer
 * marks it handled.
 */
@Entity
@Table(name = "security_assessment_notice")
@IdClass(AssessmentNotice.Key.class)
public class AssessmentNotice {

    @Id
    @Column(name = "security_assessment_id", nullable = false, updatable = false)
    private Long assessmentId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "step", length = 30, nullable = false, updatable = false)
    private AssessmentStep step;

    @Column(name = "noticed_at", nullable = false, updatable = false)
    private Instant noticedAt;

    @Column(name = "handled_at")
    private Instant handledAt;

    @Column(name = "handled_by", length = 100)
    private String handledBy;

    protected AssessmentNotice() {
        // for JPA
    }

    public AssessmentNotice(long assessmentId, AssessmentStep step, Instant noticedAt) {
        this.assessmentId = assessmentId;
        this.step = Objects.requireNonNull(step, "step");
        this.noticedAt = Objects.requireNonNull(noticedAt, "noticedAt");
    }

    public void handle(String by, Instant at) {
        this.handledBy = Objects.requireNonNull(by, "by");
        this.handledAt = Objects.requireNonNull(at, "at");
    }

    public long getAssessmentId() {
        return assessmentId;
    }

    public AssessmentStep getStep() {
        return step;
    }

    public Instant getNoticedAt() {
        return noticedAt;
    }

    public Optional<Instant> getHandledAt() {
        return Optional.ofNullable(handledAt);
    }

    public Optional<String> getHandledBy() {
        return Optional.ofNullable(handledBy);
    }

    /** The primary key. */
    public static class Key implements Serializable {

        private Long assessmentId;
        private AssessmentStep step;

        public Key() {
            // for JPA
        }

        public Key(long assessmentId, AssessmentStep step) {
            this.assessmentId = assessmentId;
            this.step = step;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(assessmentId, key.assessmentId) && step == key.step;
        }

        @Override
        public int hashCode() {
            return Objects.hash(assessmentId, step);
        }
    }
}
