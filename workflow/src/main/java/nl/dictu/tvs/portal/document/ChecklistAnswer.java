package nl.dictu.tvs.portal.document;

import java.util.Objects;

/**
 * One answered checklist item. The question and the document it comes from ({@code source}, empty when unknown) are
 * passed as text in the document's language: the checklist's wording belongs to the checklist, not to the document
 * layer.
 */
public record ChecklistAnswer(String code, String question, String answer, String source) {

    public ChecklistAnswer {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        source = source == null ? "" : source;
    }

    public ChecklistAnswer(String code, String question, String answer) {
        this(code, question, answer, "");
    }

    /** The question with its source on a line of its own, as a checklist table prints it. */
    public String questionWithSource() {
        return source.isEmpty() ? question : question + "\n" + source;
    }
}
