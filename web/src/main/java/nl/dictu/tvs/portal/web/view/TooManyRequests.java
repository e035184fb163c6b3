package nl.dictu.tvs.portal.web.view;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.shared.error.TooManyRequestsException;

/**
 * A page whose action was refused for being done too often answers 429 with Retry-After, as the
 * API does, while it shows the refusal like any other.
 */
public final class TooManyRequests {

    private TooManyRequests() {
    }

    public static void answer(ApplicationServiceException refusal) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (refusal instanceof TooManyRequestsException tooMany && context != null) {
            ExternalContext external = context.getExternalContext();
            external.setResponseStatus(429);
            external.setResponseHeader("Retry-After", String.valueOf(tooMany.retryAfterSeconds()));
        }
    }
}
