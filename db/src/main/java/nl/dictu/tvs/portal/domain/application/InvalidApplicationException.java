package nl.dictu.tvs.portal.domain.application;

import java.util.List;

/**
 * Submitted content that cannot become an application version. Carries a bundle key and its
 * arguments, so the message tells the applicant what to change in their own language, and the path
 * of the field it is about ({@code services[2].name}, {@code contacts[0].email},
 * {@code certificatePem}, {@code metadata}, {@code desiredGoLive}), or null when it is about the
 * whole content. Pages and the API put the message beside that field; neither reads the key to find it.
 */
public class InvalidApplicationException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;
    private final String field;

    public InvalidApplicationException(String messageKey, Object... arguments) {
        this(null, messageKey, List.of(arguments));
    }

    private InvalidApplicationException(String field, String messageKey, List<Object> arguments) {
        super((field == null ? "" : field + ": ") + messageKey + " " + arguments);
        this.messageKey = messageKey;
        this.arguments = List.copyOf(arguments);
        this.field = field;
    }

    /** A refusal of one field, named by its path. */
    public static InvalidApplicationException of(String field, String messageKey, Object... arguments) {
        return new InvalidApplicationException(field, messageKey, List.of(arguments));
    }

    /**
     * The same refusal seen from the object that holds the refused one: {@code name} under
     * {@code services[2]} becomes {@code services[2].name}; a refusal of the whole becomes the prefix.
     */
    public InvalidApplicationException under(String prefix) {
        InvalidApplicationException moved = new InvalidApplicationException(field == null ? prefix : prefix + "." + field,
                messageKey, arguments);
        moved.setStackTrace(getStackTrace());
        return moved;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** The path of the refused field, or null when the refusal is about the content as a whole. */
    public String field() {
        return field;
    }
}
