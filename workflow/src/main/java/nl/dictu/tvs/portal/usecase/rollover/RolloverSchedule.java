package nl.dictu.tvs.portal.usecase.rollover;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * When the daily step acts on a next certificate: reminders {@link #REMINDER_DAYS} days before its activation date
 * (only the nearest one reached, as the expiry watch does), and {@link #SWITCH} from the activation date on. Each is
 * recorded once, so a step run again the same day (or on another node) does nothing.
 */
public final class RolloverSchedule {

    public static final List<Integer> REMINDER_DAYS = List.of(14, 3);
    /** The step of the switch itself, with the reminder to remove the old certificate from the metadata. */
    public static final int SWITCH = 0;

    private RolloverSchedule() {
    }

    /** The step due on {@code today} for a next certificate activated on {@code activationDate}, unless noticed already. */
    public static OptionalInt due(LocalDate today, LocalDate activationDate, Set<Integer> noticed) {
        long left = ChronoUnit.DAYS.between(today, activationDate);
        OptionalInt reached = left <= 0 ? OptionalInt.of(SWITCH)
                : REMINDER_DAYS.stream().mapToInt(Integer::intValue).filter(days -> left <= days).min();
        if (reached.isEmpty() || noticed.contains(reached.getAsInt())) {
            return OptionalInt.empty();
        }
        // a nearer reminder sent already makes a farther one moot
        boolean nearerSent = noticed.stream().anyMatch(days -> days < reached.getAsInt());
        return nearerSent ? OptionalInt.empty() : reached;
    }
}
