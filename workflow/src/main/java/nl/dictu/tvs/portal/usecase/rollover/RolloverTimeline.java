package nl.dictu.tvs.portal.usecase.rollover;

import nl.dictu.tvs.portal.domain.connection.RolloverUse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What TVS uses when, for one use of a connection: on a day, the certificate with the latest activation date not
 * after that day (the current one until the next one's activation date, the next one from then on).
 */
public final class RolloverTimeline {

    private static final Comparator<TimelineEntry> BY_ACTIVATION = Comparator.comparing(TimelineEntry::activationDate);

    private RolloverTimeline() {
    }

    /** The certificate TVS uses for {@code use} on {@code day}; empty before the first one's activation date. */
    public static Optional<TimelineEntry> usedOn(List<TimelineEntry> entries, RolloverUse use, LocalDate day) {
        return entries.stream().filter(entry -> entry.use() == use && !entry.activationDate().isAfter(day))
                .max(BY_ACTIVATION);
    }

    /** The periods of {@code use}, the earliest first; the last one ends when its certificate expires. */
    public static List<TimelinePeriod> periods(List<TimelineEntry> entries, RolloverUse use) {
        List<TimelineEntry> sorted = entries.stream().filter(entry -> entry.use() == use).sorted(BY_ACTIVATION).toList();
        List<TimelinePeriod> periods = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            TimelineEntry entry = sorted.get(i);
            if (i + 1 < sorted.size()) {
                LocalDate lastDay = sorted.get(i + 1).activationDate().minusDays(1);
                periods.add(new TimelinePeriod(entry, entry.activationDate(), Optional.of(lastDay),
                        entry.validUntil().isBefore(lastDay)));
            } else {
                periods.add(new TimelinePeriod(entry, entry.activationDate(), Optional.of(entry.validUntil()), false));
            }
        }
        return periods;
    }
}
