package nl.dictu.tvs.portal.usecase.apiaccess;

import jakarta.ejb.ApplicationException;

/**
 * A client assertion or access token that is not accepted (401). The message key says why in words
 * the integrator can act on; an unknown client and a wrong signature read the same, so the answer
 * does not tell which client ids exist.
 */
@ApplicationException(rollback = true)
public class ApiAuthenticationException extends RuntimeException {

    private final String messageKey;

    public ApiAuthenticationException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
