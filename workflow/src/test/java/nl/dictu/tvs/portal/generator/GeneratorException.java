package nl.dictu.tvs.portal.generator;

/** The generator could not do its work; the message says what failed. */
public class GeneratorException extends RuntimeException {

    public GeneratorException(String message, Throwable cause) {
        super(message, cause);
    }

    public GeneratorException(String message) {
        super(message);
    }
}
