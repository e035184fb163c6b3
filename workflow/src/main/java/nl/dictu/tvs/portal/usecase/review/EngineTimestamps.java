package nl.dictu.tvs.portal.usecase.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The engine's TIMESTAMP columns as our native queries see them. Camunda writes
 * {@code java.util.Date} as the server's local wall-clock time; the portal's persistence unit
 * reads and binds timestamps in UTC ({@code hibernate.jdbc.time_zone}). Both conversions shift by
 * the server's offset, which these two methods undo, so the task list is right on a server in
 * Europe/Amsterdam as well as in UTC.
 */
final class EngineTimestamps {

    private EngineTimestamps() {
    }

    /** A moment as a parameter to compare with an engine column. */
    static Timestamp parameter(Instant moment, ZoneId serverZone) {
        return Timestamp.from(LocalDateTime.ofInstant(moment, serverZone).toInstant(ZoneOffset.UTC));
    }

    /** An engine column's value, read through the UTC-reading persistence unit, as the moment it means. */
    static Instant read(Object value, ZoneId serverZone) {
        if (value == null) {
            return null;
        }
        LocalDateTime wallClock;
        if (value instanceof Timestamp timestamp) {
            wallClock = LocalDateTime.ofInstant(timestamp.toInstant(), ZoneOffset.UTC);
        } else if (value instanceof LocalDateTime local) {
            wallClock = local;
        } else if (value instanceof OffsetDateTime offset) {
            wallClock = offset.atZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } else if (value instanceof Instant instant) {
            wallClock = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        } else {
            throw new IllegalStateException("Unexpected timestamp type " + value.getClass().getName());
        }
        return wallClock.atZone(serverZone).toInstant();
    }
}
