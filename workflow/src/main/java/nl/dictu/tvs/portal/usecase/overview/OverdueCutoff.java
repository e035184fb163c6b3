package nl.dictu.tvs.portal.usecase.overview;

import nl.dictu.tvs.portal.process.WorkingDays;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * A reviewer task is overdue when its five working days (the escalation timer of the model) have
 * passed. This finds the creation moment before which that is so: the latest moment whose five
 * working days end at or before now.
 */
public final class OverdueCutoff {

    public static final int WORKING_DAYS = 5;

    private OverdueCutoff() {
    }

    public static Instant before(Instant now, WorkingDays workingDays) {
        for (int back = WORKING_DAYS; back < WORKING_DAYS + 30; back++) {
            Instant candidate = now.minus(Duration.ofDays(back));
            if (!workingDays.dueAfter(Date.from(candidate), WORKING_DAYS).toInstant().isAfter(now)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no five working days within thirty calendar days before " + now);
    }
}
