package nl.dictu.tvs.portal.domain.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One row of a version's checklist answers. */
@Embeddable
public class ChecklistAnswerRow {

    @Column(name = "item_code", length = 20, nullable = false)
    private String itemCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer", length = 20, nullable = false)
    private ChecklistAnswerChoice answer;

    @Column(name = "explanation", length = ChecklistAnswer.EXPLANATION_MAX)
    private String explanation;

    @Column(name = "evidence_file_id")
    private Long evidenceFileId;

    protected ChecklistAnswerRow() {
        // for JPA
    }

    ChecklistAnswerRow(ChecklistAnswer answer) {
        itemCode = answer.itemCode();
        this.answer = answer.answer();
        explanation = answer.explanation();
        evidenceFileId = answer.evidenceFileId();
    }

    ChecklistAnswer toAnswer() {
        return new ChecklistAnswer(itemCode, answer, explanation, evidenceFileId);
    }

    String itemCode() {
        return itemCode;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChecklistAnswerRow other && itemCode.equals(other.itemCode);
    }

    @Override
    public int hashCode() {
        return itemCode.hashCode();
    }
}
