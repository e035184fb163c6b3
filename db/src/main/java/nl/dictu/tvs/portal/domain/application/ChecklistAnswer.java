package nl.dictu.tvs.portal.domain.application;

import java.util.Objects;

/**
 * The applicant's answer to one checklist item: yes, no or not applicable, with an explanation
 * (required unless the answer is yes) and optionally an uploaded evidence file.
 */
public record ChecklistAnswer(String itemCode, ChecklistAnswerChoice answer, String explanation, Long evidenceFileId) {

    public static final int EXPLANATION_MAX = 2000;

    public ChecklistAnswer {
        Objects.requireNonNull(itemCode, "itemCode");
        if (answer == null) {
            throw InvalidApplicationException.of("answer", "application.invalid.checklistAnswerMissing", itemCode);
        }
        explanation = explanation == null || explanation.isBlank() ? null : explanation.strip();
        if (answer != ChecklistAnswerChoice.YES && explanation == null) {
            throw InvalidApplicationException.of("explanation", "application.invalid.checklistExplanationRequired", itemCode);
        }
        if (explanation != null && explanation.length() > EXPLANATION_MAX) {
            throw InvalidApplicationException.of("explanation", "application.invalid.checklistExplanationTooLong", itemCode,
                    EXPLANATION_MAX);
        }
    }
}
