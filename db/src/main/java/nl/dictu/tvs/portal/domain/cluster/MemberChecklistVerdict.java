package nl.dictu.tvs.portal.domain.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.dictu.tvs.portal.domain.checklist.ChecklistItem;
import nl.dictu.tvs.portal.domain.checklist.ChecklistVerdict;

import java.time.Instant;
import java.util.Objects;

/**
 * A reviewer's verdict on a served organisation's own answer to one checklist item of a cluster application, in one
 * assessment round (the rounds are the application's, shared with its own {@link ChecklistVerdict}s). Keyed by
 * application and member OIN, as {@link MemberChecklistAnswer} is. Never changed.
 */
@Entity
@Table(name = "member_checklist_verdict")
public class MemberChecklistVerdict {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Column(name = "member_oin", length = 20, nullable = false, updatable = false)
    private String memberOin;

    @Column(name = "round", nullable = false, updatable = false)
    private int round;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(name = "item_code", length = ChecklistItem.CODE_MAX, nullable = false, updatable = false)
    private String itemCode;

    @Column(name = "accepted", nullable = false, updatable = false)
    private boolean accepted;

    @Column(name = "comment", length = ChecklistVerdict.COMMENT_MAX, updatable = false)
    private String comment;

    @Column(name = "assessed_by", length = 100, nullable = false, updatable = false)
    private String assessedBy;

    @Column(name = "assessed_at", nullable = false, updatable = false)
    private Instant assessedAt;

    protected MemberChecklistVerdict() {
        // for JPA
    }

    /** The member's verdict as the application's own verdict would be: a rejection needs a comment that fits. */
    public MemberChecklistVerdict(String memberOin, ChecklistVerdict verdict) {
        this.applicationId = verdict.getApplicationId();
        this.memberOin = Objects.requireNonNull(memberOin, "memberOin");
        this.round = verdict.getRound();
        this.versionNumber = verdict.getVersionNumber();
        this.itemCode = verdict.getItemCode();
        this.accepted = verdict.isAccepted();
        this.comment = verdict.getComment();
        this.assessedBy = verdict.getAssessedBy();
        this.assessedAt = verdict.getAssessedAt();
    }

    public String getMemberOin() {
        return memberOin;
    }

    public int getRound() {
        return round;
    }

    /** As a verdict on the application's own answer, for the progress of the member's checklist (not persisted). */
    public ChecklistVerdict toVerdict() {
        return new ChecklistVerdict(applicationId, round, versionNumber, itemCode, accepted, comment, assessedBy, assessedAt);
    }
}
