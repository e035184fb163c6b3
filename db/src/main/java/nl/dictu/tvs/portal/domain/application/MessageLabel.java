package nl.dictu.tvs.portal.domain.application;

import java.util.Optional;

/**
 * A message argument that stands for a label of the bundle (a contact's role, a task), so the
 * message names it as the pages do, in the reader's language, never by its internal name. Refusals
 * are made where no language is known and carry their arguments as strings; the bundle resolves
 * these when it renders the message.
 */
public final class MessageLabel {

    private static final String PREFIX = "label:";

    private MessageLabel() {
    }

    /** The argument that shows as the text of the bundle's key {@code labelKey}. */
    public static String of(String labelKey) {
        return PREFIX + labelKey;
    }

    /** The bundle key the argument stands for, if it is a label. */
    public static Optional<String> keyOf(Object argument) {
        return argument instanceof String s && s.startsWith(PREFIX) ? Optional.of(s.substring(PREFIX.length()))
                : Optional.empty();
    }
}
