package nl.dictu.tvs.portal.usecase.applying.draft;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Something in the draft that keeps it from being submitted: the step and the id of the field it
 * is about (the pages use the same ids, so a summary can link to the field), and a bundle key with
 * its arguments.
 */
public record DraftError(WizardStep step, String fieldId, String messageKey, List<String> arguments)
        implements Serializable {

    public DraftError {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(fieldId, "fieldId");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }

    static DraftError of(WizardStep step, String fieldId, String messageKey, Object... arguments) {
        return new DraftError(step, fieldId, messageKey, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
