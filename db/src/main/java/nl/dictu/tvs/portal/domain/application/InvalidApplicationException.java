package nl.dictu.tvs.portal.domain.application;

import java.util.List;

/**
 * Submitted content that cannot become an application version. Carries a bundle key and its
 * arguments, so the message tells the applicant what to change in their own language.
 */
public class InvalidApplicationException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public InvalidApplicationException(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
