package nl.dictu.tvs.portal.shared.error;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * A refused service call, with a bundle key and arguments that tell the person what to do. The
 * transaction rolls back, so nothing of the call stays.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class ApplicationServiceException extends RuntimeException {

    private final String messageKey;
    private final List<String> arguments;

    protected ApplicationServiceException(String messageKey, String... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> arguments() {
        return arguments;
    }
}
