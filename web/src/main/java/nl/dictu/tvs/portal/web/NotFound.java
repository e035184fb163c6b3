package nl.dictu.tvs.portal.web;

import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;

import java.util.Set;

/**
 * The refusals that mean "not yours": the web answers them with 404, as for something that does not
 * exist, in the API and on pages alike.
 */
public final class NotFound {

    static final Set<String> KEYS = Set.of("access.notYourApplication", "access.fileNotFound");

    private NotFound() {
    }

    public static boolean is(ApplicationServiceException e) {
        return e instanceof AccessRefusedException && KEYS.contains(e.messageKey());
    }
}
