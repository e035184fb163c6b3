package nl.dictu.tvs.portal.usecase.apiaccess;

import jakarta.ejb.ApplicationException;

/**
 * A token request the endpoint cannot serve (400): {@link #oauthError()} is the OAuth 2 error code
 * (RFC 6749, section 5.2), the message key says what to send instead.
 */
@ApplicationException(rollback = true)
public class InvalidTokenRequestException extends RuntimeException {

    private final String oauthError;
    private final String messageKey;

    public InvalidTokenRequestException(String messageKey, String oauthError) {
        super(oauthError + ": " + messageKey);
        this.oauthError = oauthError;
        this.messageKey = messageKey;
    }

    public String oauthError() {
        return oauthError;
    }

    public String messageKey() {
        return messageKey;
    }
}
