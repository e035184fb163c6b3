package nl.dictu.tvs.portal.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * Working-day arithmetic in the Netherlands' time zone: weekends and {@link DutchPublicHolidays}
 * are skipped. The escalation timers call it as {@code ${workingDays.dueAfter(now(), 5)}}; the
 * engine's {@code now()} follows its clock, so tests can move time.
 */
@ApplicationScoped
@Named(ConnectionRequestModel.Delegates.WORKING_DAYS)
public class WorkingDays {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /**
     * The moment {@code workingDays} working days after {@code start}, at the same time of day. The
     * start day itself never counts, so a task that arrives on a Saturday is due when one that
     * arrived on the Friday before is.
     */
    public Date dueAfter(Date start, int workingDays) {
        ZonedDateTime from = start.toInstant().atZone(ZONE);
        LocalDate due = addWorkingDays(from.toLocalDate(), workingDays);
        return Date.from(due.atTime(from.toLocalTime()).atZone(ZONE).toInstant());
    }

    /** The date {@code workingDays} working days after {@code start}; {@code start} itself never counts. */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative, was " + workingDays);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        return dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY
                && !DutchPublicHolidays.of(day.getYear()).contains(day);
    }
}
