package nl.dictu.tvs.portal.usecase.assessment;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.assessment.SecurityAssessmentRepository;
import nl.dictu.tvs.portal.domain.connection.LiveConnection;
import nl.dictu.tvs.portal.process.WorkingDays;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * One pass of the assessment watch: every production connection still live is looked at in its own transaction
 * ({@link AssessmentWatchStep}). Every node may run it at the same time: a window or a step another node
 * recorded first makes this one's step fail alone.
 */
@Stateless
public class AssessmentWatch {

    private static final Logger LOG = Logger.getLogger(AssessmentWatch.class.getName());

    @Inject
    private SecurityAssessmentRepository assessments;

    @EJB
    private AssessmentWatchStep step;

    /** @return how many steps this pass took */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int run(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, WorkingDays.ZONE);
        List<Long> connectionIds = assessments.liveProductionConnections(today).stream().map(LiveConnection::getId).toList();
        int taken = 0;
        for (long connectionId : connectionIds) {
            try {
                taken += step.check(connectionId, now) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.info(() -> "Connection " + connectionId + " was not checked in this pass (another node may have been first): " + e);
            }
        }
        return taken;
    }
}
