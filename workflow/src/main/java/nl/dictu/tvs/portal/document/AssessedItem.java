package nl.dictu.tvs.portal.document;

import java.util.Objects;

/**
 * A checklist item with the applicant's answer and the reviewer's verdict and comment, and the document the item comes
 * from ({@code source}, empty when unknown).
 */
public record AssessedItem(String code, String question, String answer, Verdict verdict, String comment, String source) {

    public AssessedItem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(verdict, "verdict");
        comment = comment == null ? "" : comment;
        source = source == null ? "" : source;
    }

    public AssessedItem(String code, String question, String answer, Verdict verdict, String comment) {
        this(code, question, answer, verdict, comment, "");
    }

    /** The question with its source on a line of its own, as a checklist table prints it. */
    public String questionWithSource() {
        return new ChecklistAnswer(code, question, answer, source).questionWithSource();
    }
}
