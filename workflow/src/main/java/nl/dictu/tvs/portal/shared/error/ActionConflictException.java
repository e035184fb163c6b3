package nl.dictu.tvs.portal.shared.error;

/**
 * A refusal because something else is in the way now: another request was first (a change request is open on the
 * connection already). The API answers 409 and links what is in the way, where it has an address.
 */
public class ActionConflictException extends ActionRefusedException {

    private final String conflictsWith;

    /**
     * @param field         the path of the refused field, or null when the refusal is about the call as a whole
     * @param conflictsWith the API path of what is in the way, or null when it has none to give
     */
    public ActionConflictException(String field, String messageKey, String conflictsWith, String... arguments) {
        super(field, messageKey, arguments);
        this.conflictsWith = conflictsWith;
    }

    /** The API path of what is in the way, or null. */
    public String conflictsWith() {
        return conflictsWith;
    }
}
