package nl.dictu.tvs.portal.runtime.assessment;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.usecase.assessment.AssessmentWatch;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * Every morning at 06:53 (server time, after the expiry watch) runs the ICT security assessment watch. Every
 * node runs it; each window and each step is recorded once under its key, so two nodes at once send no reminder
 * twice. A failure is logged and the next morning tries again (a step not taken is taken then).
 */
@Singleton
public class DailyAssessmentWatch {

    private static final Logger LOG = Logger.getLogger(DailyAssessmentWatch.class.getName());

    @EJB
    private AssessmentWatch watch;

    @Inject
    private Clock clock;

    @Schedule(hour = "6", minute = "53", persistent = false, info = "security assessment watch")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run() {
        try {
            int taken = watch.run(clock.instant());
            LOG.info(() -> "Security assessment watch took " + taken + " steps");
        } catch (RuntimeException e) {
            LOG.severe(() -> "The security assessment watch failed; the next morning tries again: " + e);
        }
    }
}
