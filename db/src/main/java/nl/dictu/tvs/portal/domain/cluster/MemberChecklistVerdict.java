package nl.dictu.tvs.portal.domain.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.dictu.tvs.portal.domain.checklist.ChecklistItem;
import nl.dictu.tvs.portal.domain.checklist.ChecklistVerdict;
import nl.dictu.tvs.portal.domain.checklist.Verdict;

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

    @Embedded
    private Verdict verdict;

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
        this.verdict = verdict.getVerdict();
    }

    public String getMemberOin() {
        return memberOin;
    }

    public int getRound() {
        return round;
    }

    /** As a verdict on the application's own answer, for the progress of the member's checklist (not persisted). */
    public ChecklistVerdict toVerdict() {
        return new ChecklistVerdict(applicationId, round, versionNumber, itemCode, verdict);
    }
}
