package nl.dictu.tvs.portal.domain.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswer;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswerChoice;

import java.util.Objects;

/**
 * A served organisation's own answer to one checklist item of a cluster application, where it differs from the
 * cluster's answer (the application's, which every other member takes). Keyed by application and member OIN, as
 * {@link MemberAlbDecision} is. Never changed: a rework adds the new answer with a later version number, and the
 * answer of the highest version counts.
 */
@Entity
@Table(name = "member_checklist_answer")
public class MemberChecklistAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Column(name = "member_oin", length = 20, nullable = false, updatable = false)
    private String memberOin;

    @Column(name = "item_code", length = 20, nullable = false, updatable = false)
    private String itemCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer", length = 20, nullable = false, updatable = false)
    private ChecklistAnswerChoice answer;

    @Column(name = "explanation", length = ChecklistAnswer.EXPLANATION_MAX, updatable = false)
    private String explanation;

    @Column(name = "evidence_file_id", updatable = false)
    private Long evidenceFileId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    protected MemberChecklistAnswer() {
        // for JPA
    }

    /** An answer given with the application's first version, at submission. */
    public MemberChecklistAnswer(long applicationId, String memberOin, ChecklistAnswer answer) {
        this(applicationId, memberOin, answer, 1);
    }

    /** An answer given with the application version {@code versionNumber}: a rework's replaces the earlier one. */
    public MemberChecklistAnswer(long applicationId, String memberOin, ChecklistAnswer answer, int versionNumber) {
        this.versionNumber = versionNumber;
        this.applicationId = applicationId;
        this.memberOin = Objects.requireNonNull(memberOin, "memberOin");
        this.itemCode = answer.itemCode();
        this.answer = answer.answer();
        this.explanation = answer.explanation();
        this.evidenceFileId = answer.evidenceFileId();
    }

    public long getApplicationId() {
        return applicationId;
    }

    public String getMemberOin() {
        return memberOin;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public ChecklistAnswer toAnswer() {
        return new ChecklistAnswer(itemCode, answer, explanation, evidenceFileId);
    }
}
