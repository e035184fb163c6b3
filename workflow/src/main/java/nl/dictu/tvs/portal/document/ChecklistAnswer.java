package nl.dictu.tvs.portal.document;

import java.util.Objects;

/**
 * One answered checklist item. The question is passed as text in the document's language: the
 * checklist's wording belongs to the checklist, not to the document layer.
 */
public record ChecklistAnswer(String code, String question, String answer) {

    public ChecklistAnswer {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
    }
}
