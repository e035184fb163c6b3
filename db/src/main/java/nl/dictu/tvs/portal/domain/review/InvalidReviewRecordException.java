package nl.dictu.tvs.portal.domain.review;

import java.util.List;

/** A note or delivery record that cannot be stored, with a bundle key that tells the reviewer why. */
public class InvalidReviewRecordException extends RuntimeException {

    private final String messageKey;
    private final List<String> arguments;

    public InvalidReviewRecordException(String messageKey, String... arguments) {
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
