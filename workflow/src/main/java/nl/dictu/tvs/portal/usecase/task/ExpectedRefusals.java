package nl.dictu.tvs.portal.usecase.task;

import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.shared.access.SignedInUser;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Refusals that are part of the work, not faults: the four-eyes rule, a task a colleague already
 * handled. Each is logged as one line at INFO (who, what, why), never as a stack trace, and the
 * person gets the refusal's message.
 */
public final class ExpectedRefusals {

    private static final Logger LOG = Logger.getLogger(ExpectedRefusals.class.getName());

    private ExpectedRefusals() {
    }

    /** Logs the refusal and returns it, for {@code throw ExpectedRefusals.logged(...)}. */
    public static <E extends ApplicationServiceException> E logged(E refusal, SignedInUser actor, String taskKey, String taskId) {
        LOG.log(Level.INFO, "Refused {0} on task {1} ({2}): {3} {4}",
                new Object[] {actor.username(), taskKey, taskId, refusal.messageKey(), refusal.arguments()});
        return refusal;
    }
}
