package nl.dictu.tvs.portal.usecase.expiry;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.connection.LiveConnectionRepository;
import nl.dictu.tvs.portal.domain.connection.WatchedItem;
import nl.dictu.tvs.portal.process.WorkingDays;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * One pass of the expiry watch: every item of a connection still live that expires within the largest
 * reminder threshold (or expired) is noticed in its own transaction ({@link ExpiryNoticeStep}). Every node
 * may run it at the same time: a notice another node recorded first makes this one's step fail alone.
 */
@Stateless
public class ExpiryWatch {

    private static final Logger LOG = Logger.getLogger(ExpiryWatch.class.getName());

    @Inject
    private LiveConnectionRepository connections;

    @EJB
    private ExpiryNoticeStep step;

    /** @return how many notices this pass recorded */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int run(Instant now) {
        int horizon = ExpiryThresholds.REMINDER_DAYS.stream().mapToInt(Integer::intValue).max().orElseThrow() + 1;
        List<Long> itemIds = connections.itemsExpiringBefore(now.plus(Duration.ofDays(horizon)),
                LocalDate.ofInstant(now, WorkingDays.ZONE)).stream().map(WatchedItem::getId).toList();
        int noticed = 0;
        for (long itemId : itemIds) {
            try {
                noticed += step.notice(itemId, now) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.info(() -> "Item " + itemId + " was not noticed in this pass (another node may have been first): " + e);
            }
        }
        return noticed;
    }
}
