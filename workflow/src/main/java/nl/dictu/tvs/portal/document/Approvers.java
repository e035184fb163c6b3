package nl.dictu.tvs.portal.document;

import java.util.Objects;

/** The two reviewers who approved a step (four eyes); they must be two different people. */
public record Approvers(String first, String second) {

    public Approvers {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.strip().equalsIgnoreCase(second.strip())) {
            throw new IllegalArgumentException(
                    "Four eyes: the second approver must be someone other than " + first);
        }
    }
}
