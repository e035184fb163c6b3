package nl.dictu.tvs.portal.usecase.rollover;

import nl.dictu.tvs.portal.domain.connection.RolloverState;
import nl.dictu.tvs.portal.domain.connection.RolloverUse;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RolloverTimelineTest {

    private static final LocalDate GO_LIVE = LocalDate.of(2025, 3, 1);
    private static final LocalDate SWITCH = LocalDate.of(2026, 6, 15);
    private static final TimelineEntry CURRENT = new TimelineEntry(RolloverUse.SIGNING, RolloverState.CURRENT, "old",
            GO_LIVE, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 7, 1));
    private static final TimelineEntry NEXT = new TimelineEntry(RolloverUse.SIGNING, RolloverState.NEXT, "new",
            SWITCH, LocalDate.of(2026, 6, 1), LocalDate.of(2029, 6, 1));
    private static final TimelineEntry ENCRYPTION = new TimelineEntry(RolloverUse.ENCRYPTION, RolloverState.CURRENT, "enc",
            GO_LIVE, LocalDate.of(2025, 1, 1), LocalDate.of(2028, 1, 1));
    private static final List<TimelineEntry> ENTRIES = List.of(NEXT, CURRENT, ENCRYPTION);

    @Test
    void shouldUseTheCurrentCertificateUpToTheDayBeforeTheActivationDate() {
        assertThat(RolloverTimeline.usedOn(ENTRIES, RolloverUse.SIGNING, SWITCH.minusDays(1))).contains(CURRENT);
    }

    @Test
    void shouldUseTheNextCertificateFromItsActivationDateOn() {
        assertThat(RolloverTimeline.usedOn(ENTRIES, RolloverUse.SIGNING, SWITCH)).contains(NEXT);
        assertThat(RolloverTimeline.usedOn(ENTRIES, RolloverUse.SIGNING, SWITCH.plusYears(1))).contains(NEXT);
    }

    @Test
    void shouldKeepTheUsesApart() {
        assertThat(RolloverTimeline.usedOn(ENTRIES, RolloverUse.ENCRYPTION, SWITCH)).contains(ENCRYPTION);
    }

    @Test
    void shouldUseNothingBeforeTheFirstActivationDate() {
        assertThat(RolloverTimeline.usedOn(ENTRIES, RolloverUse.SIGNING, GO_LIVE.minusDays(1))).isEmpty();
    }

    @Test
    void shouldListThePeriodsInOrderEndingTheCurrentOneTheDayBeforeTheSwitch() {
        List<TimelinePeriod> periods = RolloverTimeline.periods(ENTRIES, RolloverUse.SIGNING);

        assertThat(periods).extracting(TimelinePeriod::entry).containsExactly(CURRENT, NEXT);
        assertThat(periods.get(0).from()).isEqualTo(GO_LIVE);
        assertThat(periods.get(0).until()).contains(SWITCH.minusDays(1));
        assertThat(periods.get(0).expiresWithin()).isFalse();
        assertThat(periods.get(1).from()).isEqualTo(SWITCH);
        assertThat(periods.get(1).until()).contains(LocalDate.of(2029, 6, 1));
    }

    @Test
    void shouldFlagACurrentCertificateThatExpiresBeforeTheSwitch() {
        TimelineEntry late = new TimelineEntry(RolloverUse.SIGNING, RolloverState.NEXT, "late", LocalDate.of(2026, 8, 1),
                LocalDate.of(2026, 6, 1), LocalDate.of(2029, 6, 1));

        List<TimelinePeriod> periods = RolloverTimeline.periods(List.of(CURRENT, late), RolloverUse.SIGNING);

        assertThat(periods.get(0).expiresWithin()).isTrue();
    }
}
