package nl.dictu.tvs.portal.runtime.expiry;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.usecase.expiry.ExpiryWatch;
import nl.dictu.tvs.portal.usecase.rollover.RolloverWatch;
import nl.dictu.tvs.portal.usecase.termination.ConnectionTermination;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * Every morning at 06:43 (server time) ends the connections whose termination day has come, runs the
 * expiry watch and the certificate rollover's reminders and switches. Every node runs it; each notice is recorded once under its primary key, so two nodes at
 * once send no reminder twice, and a process that already ended is not correlated again. A failure is logged and the next
 * morning tries again (an item that was not noticed is noticed then).
 */
@Singleton
public class DailyExpiryWatch {

    private static final Logger LOG = Logger.getLogger(DailyExpiryWatch.class.getName());

    @EJB
    private ExpiryWatch watch;

    @EJB
    private ConnectionTermination terminations;

    @EJB
    private RolloverWatch rollovers;

    @Inject
    private Clock clock;

    @Schedule(hour = "6", minute = "43", persistent = false, info = "expiry watch")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run() {
        try {
            int ended = terminations.endDue(clock.instant());
            LOG.info(() -> "Connections ended on their termination day: " + ended);
        } catch (RuntimeException e) {
            LOG.severe(() -> "Ending terminated connections failed; the next morning tries again: " + e);
        }
        try {
            int noticed = watch.run(clock.instant());
            LOG.info(() -> "Expiry watch noticed " + noticed + " items");
        } catch (RuntimeException e) {
            LOG.severe(() -> "The expiry watch failed; the next morning tries again: " + e);
        }
        try {
            int steps = rollovers.run(clock.instant());
            LOG.info(() -> "Certificate rollover took " + steps + " steps (reminders and switches)");
        } catch (RuntimeException e) {
            LOG.severe(() -> "The certificate rollover step failed; the next morning tries again: " + e);
        }
    }
}
