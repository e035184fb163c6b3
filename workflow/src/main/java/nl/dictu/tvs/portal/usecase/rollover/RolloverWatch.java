package nl.dictu.tvs.portal.usecase.rollover;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.connection.RolloverCertificate;
import nl.dictu.tvs.portal.domain.connection.RolloverRepository;
import nl.dictu.tvs.portal.process.WorkingDays;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * One daily pass over the next certificates of connections still live: each gets its due step ({@link RolloverStep})
 * in its own transaction. Every node may run it at once: a step another node recorded first fails here alone.
 */
@Stateless
public class RolloverWatch {

    private static final Logger LOG = Logger.getLogger(RolloverWatch.class.getName());

    @Inject
    private RolloverRepository rollovers;

    @EJB
    private RolloverStep step;

    /** @return how many steps this pass took */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int run(Instant now) {
        List<Long> ids = rollovers.pendingNext(LocalDate.ofInstant(now, WorkingDays.ZONE)).stream()
                .map(RolloverCertificate::getId).toList();
        int taken = 0;
        for (long id : ids) {
            try {
                taken += step.advance(id, now) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.info(() -> "Rollover certificate " + id + " was not advanced in this pass (another node may have been first): " + e);
            }
        }
        return taken;
    }
}
