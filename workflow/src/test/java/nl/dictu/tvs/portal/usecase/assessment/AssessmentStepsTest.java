package nl.dictu.tvs.portal.usecase.assessment;

import nl.dictu.tvs.portal.domain.assessment.AssessmentStep;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentStepsTest {

    private static final AssessmentWindow WINDOW = new AssessmentWindow(2, LocalDate.parse("2026-01-01"),
            LocalDate.parse("2026-05-01"));

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void shouldTakeNoStepBeforeTheWindowOpens() {
        assertThat(AssessmentSteps.reached(WINDOW, day("2025-12-31"))).isEmpty();
    }

    @Test
    void shouldRemindAtOpeningThirtyAndSevenDaysBeforeClosing() {
        assertThat(AssessmentSteps.reached(WINDOW, day("2026-01-01"))).contains(AssessmentStep.WINDOW_OPENED);
        assertThat(AssessmentSteps.reached(WINDOW, day("2026-03-31"))).contains(AssessmentStep.WINDOW_OPENED);
        assertThat(AssessmentSteps.reached(WINDOW, day("2026-04-01"))).contains(AssessmentStep.CLOSES_IN_30_DAYS);
        assertThat(AssessmentSteps.reached(WINDOW, day("2026-04-24"))).contains(AssessmentStep.CLOSES_IN_7_DAYS);
        assertThat(AssessmentSteps.reached(WINDOW, day("2026-05-01"))).contains(AssessmentStep.CLOSES_IN_7_DAYS);
    }

    @Test
    void shouldRaiseTheAanmaningTheDayAfterClosingAndProposeDeactivationThirtyDaysAfter() {
        assertThat(AssessmentSteps.reached(WINDOW, day("2026-05-02"))).contains(AssessmentStep.AANMANING);
        assertThat(AssessmentSteps.reached(WINDOW, day("2026-05-30"))).contains(AssessmentStep.AANMANING);
        assertThat(AssessmentSteps.reached(WINDOW, day("2026-05-31"))).contains(AssessmentStep.DEACTIVATION_PROPOSED);
        assertThat(AssessmentSteps.proposedDeactivation(WINDOW)).isEqualTo(day("2026-06-30"));
    }

    @Test
    void shouldTakeOnlyTheLatestStepOnceAndNoneForADeliveredAssessment() {
        assertThat(AssessmentSteps.due(WINDOW, day("2026-04-25"), false, Set.of())).contains(AssessmentStep.CLOSES_IN_7_DAYS);
        assertThat(AssessmentSteps.due(WINDOW, day("2026-04-25"), false, EnumSet.of(AssessmentStep.CLOSES_IN_7_DAYS)))
                .isEmpty();
        assertThat(AssessmentSteps.due(WINDOW, day("2026-06-15"), true, Set.of())).isEmpty();
    }
}
