package nl.dictu.tvs.portal.shared.error;

import java.util.List;

/**
 * The call is allowed for this user but not now or not like this: a decision misses its reason, the
 * four-eyes rule applies, the application can no longer be withdrawn, the content is invalid.
 */
public class ActionRefusedException extends ApplicationServiceException {

    private final List<ActionRefusedException> all;

    public ActionRefusedException(String messageKey, String... arguments) {
        super(messageKey, arguments);
        all = List.of(this);
    }

    protected ActionRefusedException(String field, String messageKey, String[] arguments) {
        super(field, messageKey, arguments);
        all = List.of(this);
    }

    private ActionRefusedException(ActionRefusedException first, List<ActionRefusedException> all) {
        super(first.field(), first.messageKey(), first.arguments().toArray(String[]::new));
        this.all = List.copyOf(all);
    }

    /** A refusal of one field of the call, named by its path. */
    public static ActionRefusedException of(String field, String messageKey, String... arguments) {
        return new ActionRefusedException(field, messageKey, arguments);
    }

    /**
     * Every problem a form's check found at once, each about its own field: it reads as the first
     * one (the API answers with that), and {@link #all()} lists them all for a page that shows each
     * beside its field.
     */
    public static ActionRefusedException ofAll(List<ActionRefusedException> refusals) {
        if (refusals.isEmpty()) {
            throw new IllegalArgumentException("no refusal");
        }
        return refusals.size() == 1 ? refusals.get(0) : new ActionRefusedException(refusals.get(0), refusals);
    }

    /** This refusal and the others found with it, in the form's order. */
    public List<ActionRefusedException> all() {
        return all;
    }
}
