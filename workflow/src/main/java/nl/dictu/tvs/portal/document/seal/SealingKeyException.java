package nl.dictu.tvs.portal.document.seal;

/** The sealing key cannot be loaded or used; the message says what to fix. */
public class SealingKeyException extends RuntimeException {

    public SealingKeyException(String message) {
        super(message);
    }

    public SealingKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
