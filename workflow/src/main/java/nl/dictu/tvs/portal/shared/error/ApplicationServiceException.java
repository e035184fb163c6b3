package nl.dictu.tvs.portal.shared.error;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * A refused service call, with a bundle key and arguments that tell the person what to do, and the
 * path of the field it is about ({@code reason}, {@code username}), or null when it is about the call
 * as a whole. The transaction rolls back, so nothing of the call stays.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class ApplicationServiceException extends RuntimeException {

    private final String messageKey;
    private final List<String> arguments;
    private final String field;

    protected ApplicationServiceException(String messageKey, String... arguments) {
        this(null, messageKey, arguments);
    }

    protected ApplicationServiceException(String field, String messageKey, String[] arguments) {
        super((field == null ? "" : field + ": ") + messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
        this.field = field;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> arguments() {
        return arguments;
    }

    /** The path of the refused field, or null when the refusal is about the call as a whole. */
    public String field() {
        return field;
    }
}
