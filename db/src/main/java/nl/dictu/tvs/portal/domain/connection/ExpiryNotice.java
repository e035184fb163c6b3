package nl.dictu.tvs.portal.domain.connection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * That a watched item reached a threshold: a reminder was queued ({@code thresholdDays} 60, 30 or 7) or,
 * at 0, the item expired and a reviewer must follow it up, until one marks it handled. The primary key
 * (item, threshold) makes each notice happen once, on whichever node comes first.
 */
@Entity
@Table(name = "expiry_notice")
@IdClass(ExpiryNotice.Key.class)
public class ExpiryNotice {

    @Id
    @Column(name = "watched_item_id", nullable = false, updatable = false)
    private Long watchedItemId;

    @Id
    @Column(name = "threshold_days", nullable = false, updatable = false)
    private Integer thresholdDays;

    @Column(name = "noticed_at", nullable = false, updatable = false)
    private Instant noticedAt;

    @Column(name = "handled_at")
    private Instant handledAt;

    @Column(name = "handled_by", length = 100)
    private String handledBy;

    protected ExpiryNotice() {
        // for JPA
    }

    public ExpiryNotice(long watchedItemId, int thresholdDays, Instant noticedAt) {
        this.watchedItemId = watchedItemId;
        this.thresholdDays = thresholdDays;
        this.noticedAt = Objects.requireNonNull(noticedAt, "noticedAt");
    }

    public void handle(String by, Instant at) {
        this.handledBy = Objects.requireNonNull(by, "by");
        this.handledAt = Objects.requireNonNull(at, "at");
    }

    public long getWatchedItemId() {
        return watchedItemId;
    }

    public int getThresholdDays() {
        return thresholdDays;
    }

    public Instant getNoticedAt() {
        return noticedAt;
    }

    public Optional<Instant> getHandledAt() {
        return Optional.ofNullable(handledAt);
    }

    public Optional<String> getHandledBy() {
        return Optional.ofNullable(handledBy);
    }

    /** The primary key. */
    public static class Key implements Serializable {

        private Long watchedItemId;
        private Integer thresholdDays;

        public Key() {
            // for JPA
        }

        public Key(long watchedItemId, int thresholdDays) {
            this.watchedItemId = watchedItemId;
            this.thresholdDays = thresholdDays;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(watchedItemId, key.watchedItemId)
                    && Objects.equals(thresholdDays, key.thresholdDays);
        }

        @Override
        public int hashCode() {
            return Objects.hash(watchedItemId, thresholdDays);
        }
    }
}
