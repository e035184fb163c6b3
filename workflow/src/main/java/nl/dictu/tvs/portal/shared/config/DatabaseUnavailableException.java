package nl.dictu.tvs.portal.shared.config;

import nl.dictu.tvs.portal.runtime.startup.PortalStartup;

/**
 * The configured database cannot be reached; the message says which setting to fix. It carries
 * no stack trace and no cause: the one log line {@link PortalStartup} writes already says what
 * went wrong, and a page of driver internals in the deployment failure would only bury it.
 */
public class DatabaseUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatabaseUnavailableException(String message) {
        super(message, null, false, false);
    }
}
