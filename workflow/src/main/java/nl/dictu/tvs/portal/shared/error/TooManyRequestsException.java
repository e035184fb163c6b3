package nl.dictu.tvs.portal.shared.error;

import java.time.Duration;

/** Done too often in a short time (sign-up, invitations, uploads, metadata checks): try again after the wait. */
public class TooManyRequestsException extends ApplicationServiceException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public TooManyRequestsException(Duration retryAfter) {
        super("limit.tooMany", String.valueOf(Math.max(1, (retryAfter.toSeconds() + 59) / 60)));
        this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
    }

    /** The value of the Retry-After header: whole seconds, at least one. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
