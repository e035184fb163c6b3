package nl.dictu.tvs.portal.runtime.retention;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.usecase.administration.DataRetention;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * Every night at 03:17 (server time) applies the retention periods. Every node runs it; the run is idempotent, so
 * two nodes at once remove nothing twice. A failure is logged and the next night tries again.
 */
@Singleton
public class NightlyRetention {

    private static final Logger LOG = Logger.getLogger(NightlyRetention.class.getName());

    @EJB
    private DataRetention retention;

    @Inject
    private Clock clock;

    @Schedule(hour = "3", minute = "17", persistent = false, info = "data retention")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run() {
        try {
            DataRetention.RetentionRun run = retention.apply(clock.instant());
            LOG.info(() -> "Retention applied: " + run);
        } catch (RuntimeException e) {
            LOG.severe(() -> "Retention could not be applied; the next night tries again: " + e);
        }
    }
}
