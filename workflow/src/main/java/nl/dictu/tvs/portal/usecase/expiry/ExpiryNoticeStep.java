package nl.dictu.tvs.portal.usecase.expiry;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.connection.ExpiryNotice;
import nl.dictu.tvs.portal.domain.connection.LiveConnectionRepository;
import nl.dictu.tvs.portal.domain.connection.WatchedItem;
import nl.dictu.tvs.portal.shared.audit.Auditor;

import java.time.Instant;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Notices one item in a transaction of its own: records the notice of the threshold it reached (the
 * primary key makes a second node's attempt fail and roll back, mails included), queues the mails and
 * writes the audit event. An expired item's notice is the reviewers' follow-up task.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ExpiryNoticeStep {

    static final String AUDIT_ACTION = "connectionItemNoticed";

    @Inject
    private LiveConnectionRepository connections;

    @Inject
    private ExpiryMail mail;

    @Inject
    private Auditor auditor;

    /** @return whether a notice was recorded now */
    public boolean notice(long itemId, Instant now) {
        WatchedItem item = connections.item(itemId).orElse(null);
        if (item == null) {
            return false;
        }
        Set<Integer> noticed = IntStream.concat(ExpiryThresholds.REMINDER_DAYS.stream().mapToInt(Integer::intValue),
                        IntStream.of(ExpiryThresholds.EXPIRED))
                .filter(days -> connections.noticed(itemId, days)).boxed().collect(Collectors.toSet());
        OptionalInt due = ExpiryThresholds.due(now, item.getExpiresAt(), noticed);
        if (due.isEmpty()) {
            return false;
        }
        connections.recordNotice(new ExpiryNotice(itemId, due.getAsInt(), now));
        int mails = mail.queue(item, due.getAsInt()).size();
        auditor.record(Auditor.SYSTEM, AUDIT_ACTION, item.getConnection().getApplicationId().orElse(null), null, Map.of(),
                Map.of("item", String.valueOf(itemId), "kind", item.getKind().name(),
                        "thresholdDays", String.valueOf(due.getAsInt()), "mails", String.valueOf(mails)));
        return true;
    }
}
