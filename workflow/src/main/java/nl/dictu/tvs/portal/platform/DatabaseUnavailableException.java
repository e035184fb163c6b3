package nl.dictu.tvs.portal.platform;

/** The configured database cannot be reached; the message says which setting to fix. */
public class DatabaseUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
