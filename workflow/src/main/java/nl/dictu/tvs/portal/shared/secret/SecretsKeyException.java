package nl.dictu.tvs.portal.shared.secret;

/** The key that encrypts stored secrets is missing or unreadable; the message says what to set. */
public class SecretsKeyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SecretsKeyException(String message) {
        super(message);
    }

    public SecretsKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
