package nl.dictu.tvs.portal.shared.error;

/** The signed-in user may not do this (not their organisation's application, not their kind of task). */
public class AccessRefusedException extends ApplicationServiceException {

    public AccessRefusedException(String messageKey, String... arguments) {
        super(messageKey, arguments);
    }
}
