package nl.dictu.tvs.portal.domain.connection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * That a step of a next certificate's rollover happened: a reminder {@code daysBefore} its activation date,
 * or (at 0) the switch with the reminder to remove the old certificate from the metadata. The primary key
 * (certificate, days) makes each step happen once, on whichever node comes first.
 */
@Entity
@Table(name = "rollover_notice")
@IdClass(RolloverNotice.Key.class)
public class RolloverNotice {

    @Id
    @Column(name = "rollover_certificate_id", nullable = false, updatable = false)
    private Long certificateId;

    @Id
    @Column(name = "days_before", nullable = false, updatable = false)
    private Integer daysBefore;

    @Column(name = "noticed_at", nullable = false, updatable = false)
    private Instant noticedAt;

    protected RolloverNotice() {
        // for JPA
    }

    public RolloverNotice(long certificateId, int daysBefore, Instant noticedAt) {
        this.certificateId = certificateId;
        this.daysBefore = daysBefore;
        this.noticedAt = Objects.requireNonNull(noticedAt, "noticedAt");
    }

    public long getCertificateId() {
        return certificateId;
    }

    public int getDaysBefore() {
        return daysBefore;
    }

    public Instant getNoticedAt() {
        return noticedAt;
    }

    /** The primary key. */
    public static class Key implements Serializable {

        private Long certificateId;
        private Integer daysBefore;

        public Key() {
            // for JPA
        }

        public Key(long certificateId, int daysBefore) {
            this.certificateId = certificateId;
            this.daysBefore = daysBefore;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(certificateId, key.certificateId)
                    && Objects.equals(daysBefore, key.daysBefore);
        }

        @Override
        public int hashCode() {
            return Objects.hash(certificateId, daysBefore);
        }
    }
}
