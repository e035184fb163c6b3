package nl.dictu.tvs.portal.document;

import java.util.Objects;

/** A checklist item with the applicant's answer and the reviewer's verdict and comment. */
public record AssessedItem(String code, String question, String answer, Verdict verdict, String comment) {

    public AssessedItem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(verdict, "verdict");
        comment = comment == null ? "" : comment;
    }
}
