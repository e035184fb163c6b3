package nl.dictu.tvs.portal.shared.error;

/**
 * The call is allowed for this user but not now or not like this: a decision misses its reason, the
 * four-eyes rule applies, the application can no longer be withdrawn, the content is invalid.
 */
public class ActionRefusedException extends ApplicationServiceException {

    public ActionRefusedException(String messageKey, String... arguments) {
        super(messageKey, arguments);
    }

    private ActionRefusedException(String field, String messageKey, String[] arguments) {
        super(field, messageKey, arguments);
    }

    /** A refusal of one field of the call, named by its path. */
    public static ActionRefusedException of(String field, String messageKey, String... arguments) {
        return new ActionRefusedException(field, messageKey, arguments);
    }
}
