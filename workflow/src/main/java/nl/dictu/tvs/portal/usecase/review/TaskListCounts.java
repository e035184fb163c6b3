package nl.dictu.tvs.portal.usecase.review;

import jakarta.enterprise.context.ApplicationScoped;
import nl.dictu.tvs.portal.process.ReviewerTaskReadModel;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * What the task list counts, kept for a moment. Every render of the list counts its view for the pager: at 45,000
 * open tasks a read of 2-10 ms, more than the page of 25 itself, and many reviewers count the same
 * views many times a second.
 *
 * <p>A count is read again
 * <ul>
 *   <li>as soon as a change of this node to {@code reviewer_task} has committed since it was read
 *       ({@link ReviewerTaskReadModel#changesCommitted()}): a reviewer sees their own claim, hand-over or decision in
 *       the next count;</li>
 *   <li>otherwise after {@link #FRESH}: changes made on another node of a cluster, tasks that have become overdue
 *       and renamed organisations show within that time.</li>
 * </ul>
 * How many organisations an organisation filter matches ({@link TaskListSql#organisationShare()}) only chooses
 * how the page is read, never what it shows, and is kept for {@link #SHARE_FRESH}.
 */
@ApplicationScoped
public class TaskListCounts {

    static final Duration FRESH = Duration.ofSeconds(5);
    static final Duration SHARE_FRESH = Duration.ofMinutes(1);
    /** Filters are typed by people; beyond this many kept values the expired ones go, and if none has, all. */
    static final int MAX_KEPT = 1_000;

    private final ConcurrentMap<Object, Kept> kept = new ConcurrentHashMap<>();
    private final LongSupplier changesCommitted;
    private final LongSupplier nanoTime;

    public TaskListCounts() {
        this(ReviewerTaskReadModel::changesCommitted, System::nanoTime);
    }

    TaskListCounts(LongSupplier changesCommitted, LongSupplier nanoTime) {
        this.changesCommitted = changesCommitted;
        this.nanoTime = nanoTime;
    }

    /** The count of one view of one reviewer, read by {@code read} when the kept one is too old or no longer true. */
    long count(TaskListFilter filter, String username, LongSupplier read) {
        String assignee = filter.view() == TaskListView.MINE ? username : null;
        return kept(new CountKey(filter, assignee), FRESH, true, read);
    }

    /** Whether an organisation filter is common; {@code read} answers 1 for common, 0 for rare. */
    boolean organisationsCommon(Map<String, Object> organisationParameters, LongSupplier read) {
        return kept(new ShareKey(organisationParameters), SHARE_FRESH, false, read) == 1;
    }

    private long kept(Object key, Duration fresh, boolean followsChanges, LongSupplier read) {
        long changes = changesCommitted.getAsLong();
        long now = nanoTime.getAsLong();
        Kept value = kept.get(key);
        if (value != null && now - value.expiresAt() < 0 && (!followsChanges || value.changes() == changes)) {
            return value.value();
        }
        // The changes are taken before the read: a change that commits during the read makes its value stale at once.
        Kept fromDatabase = new Kept(read.getAsLong(), changes, now + fresh.toNanos());
        if (kept.size() >= MAX_KEPT) {
            kept.values().removeIf(k -> now - k.expiresAt() >= 0);
            if (kept.size() >= MAX_KEPT) {
                kept.clear();
            }
        }
        kept.put(key, fromDatabase);
        return fromDatabase.value();
    }

    private record CountKey(TaskListFilter filter, String assignee) {
    }

    private record ShareKey(Map<String, Object> organisationParameters) {
    }

    private record Kept(long value, long changes, long expiresAt) {
    }
}
