package nl.dictu.tvs.portal.usecase.expiry;

import nl.dictu.tvs.portal.process.WorkingDays;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * When an item that expires is noticed: reminders at {@link #REMINDER_DAYS} days before it expires (counted
 * in Dutch calendar days) and, from the day it expired, {@link #EXPIRED}. Only the nearest threshold reached
 * is due: an item first seen 20 days before it expires gets the 30-day reminder, not the 60-day one as well.
 */
public final class ExpiryThresholds {

    public static final List<Integer> REMINDER_DAYS = List.of(60, 30, 7);
    /** The threshold of an item that expired: a reviewer follows it up. */
    public static final int EXPIRED = 0;
    /** How far ahead the reviewers' list looks. */
    public static final int LIST_DAYS = 90;

    private ExpiryThresholds() {
    }

    /** Calendar days from today (in the Netherlands) to the day the item expires; 0 or less when expired. */
    public static long daysLeft(Instant now, Instant expiresAt) {
        LocalDate today = LocalDate.ofInstant(now, WorkingDays.ZONE);
        LocalDate expiryDay = LocalDate.ofInstant(expiresAt, WorkingDays.ZONE);
        return expiresAt.isAfter(now) ? Math.max(1, ChronoUnit.DAYS.between(today, expiryDay)) : 0;
    }

    /** The threshold reached at {@code now}, if any: {@link #EXPIRED}, or the smallest reminder day not before the days left. */
    public static OptionalInt reached(Instant now, Instant expiresAt) {
        long left = daysLeft(now, expiresAt);
        if (left == 0) {
            return OptionalInt.of(EXPIRED);
        }
        return REMINDER_DAYS.stream().mapToInt(Integer::intValue).filter(days -> left <= days).min();
    }

    /** The threshold to notice now: the one reached, unless it was noticed already. */
    public static OptionalInt due(Instant now, Instant expiresAt, Set<Integer> noticed) {
        OptionalInt reached = reached(now, expiresAt);
        return reached.isPresent() && !noticed.contains(reached.getAsInt()) ? reached : OptionalInt.empty();
    }
}
