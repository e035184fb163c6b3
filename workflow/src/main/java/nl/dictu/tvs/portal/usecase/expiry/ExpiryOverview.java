package nl.dictu.tvs.portal.usecase.expiry;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.connection.ExpiryNotice;
import nl.dictu.tvs.portal.domain.connection.LiveConnection;
import nl.dictu.tvs.portal.domain.connection.LiveConnectionRepository;
import nl.dictu.tvs.portal.domain.connection.WatchedItem;
import nl.dictu.tvs.portal.process.WorkingDays;
import nl.dictu.tvs.portal.shared.access.AccessPolicy;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The reviewers' view of the expiry watch: everything of a live connection that expires in the next
 * {@value ExpiryThresholds#LIST_DAYS} days or already expired, the first to expire first, with the
 * follow-up an expired item asks for; a reviewer marks a follow-up handled once the organisation replaced it,
 * and may run the watch at once.
 */
@Stateless
public class ExpiryOverview {

    static final String AUDIT_ACTION = "expiryFollowUpHandled";

    @Inject
    private LiveConnectionRepository connections;

    @Inject
    private ApplicationRepository applications;

    @Inject
    private Auditor auditor;

    @Inject
    private Clock clock;

    @EJB
    private ExpiryWatch watch;

    public List<ExpiryRow> upcoming(SignedInUser actor) {
        AccessPolicy.requireReviewer(actor);
        Instant now = clock.instant();
        return connections.itemsExpiringBefore(now.plus(Duration.ofDays(ExpiryThresholds.LIST_DAYS)),
                LocalDate.ofInstant(now, WorkingDays.ZONE)).stream().map(item -> row(item, now)).toList();
    }

    /** Runs the watch now (it notices only what was not noticed yet); returns how many notices it made. */
    public int runNow(SignedInUser actor) {
        AccessPolicy.requireReviewer(actor);
        return watch.run(clock.instant());
    }

    public void markHandled(SignedInUser actor, long itemId) {
        AccessPolicy.requireReviewer(actor);
        ExpiryNotice notice = connections.notice(itemId, ExpiryThresholds.EXPIRED)
                .filter(n -> n.getHandledAt().isEmpty())
                .orElseThrow(() -> new ActionRefusedException("expiry.followUp.notOpen"));
        notice.handle(actor.username(), clock.instant());
        WatchedItem item = connections.item(itemId).orElseThrow();
        auditor.record(actor.username(), AUDIT_ACTION, item.getConnection().getApplicationId().orElse(null), null,
                Map.of(), Map.of("item", String.valueOf(itemId), "label", item.getLabel()));
    }

    private ExpiryRow row(WatchedItem item, Instant now) {
        LiveConnection connection = item.getConnection();
        String reference = connection.getApplicationId().flatMap(applications::findById)
                .map(Application::getReference).orElse("");
        boolean followUpOpen = connections.notice(item.getId(), ExpiryThresholds.EXPIRED)
                .map(n -> n.getHandledAt().isEmpty()).orElse(false);
        return new ExpiryRow(item.getId(), connection.getOrganisation().getName(), connection.getOrganisation().getOin(),
                connection.getEnvironment().name(), "expiry.kind." + item.getKind().name(), item.getLabel(),
                item.getExpiresAt(), ExpiryThresholds.daysLeft(now, item.getExpiresAt()), reference, followUpOpen);
    }
}
