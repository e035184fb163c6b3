package nl.dictu.tvs.portal.web.api;

import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.shared.error.ActionConflictException;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.shared.error.TaskAlreadyCompletedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RefusalMapperTest {

    @Test
    void shouldAnswerAnotherOrganisationsApplicationOrFileWith404AsIfItDidNotExist() {
        assertThat(RefusalMapper.statusOf(new AccessRefusedException("access.notYourApplication", "TVS-2026-00001")))
                .isEqualTo(404);
        assertThat(RefusalMapper.statusOf(new AccessRefusedException("access.fileNotFound", "12"))).isEqualTo(404);
    }

    @Test
    void shouldKeep403ForARoleThatMayNotAnd409And422ForTheRest() {
        assertThat(RefusalMapper.statusOf(new AccessRefusedException("access.reviewersOnly"))).isEqualTo(403);
        assertThat(RefusalMapper.statusOf(new AccessRefusedException("access.applicantsOnly"))).isEqualTo(403);
        assertThat(RefusalMapper.statusOf(new TaskAlreadyCompletedException("42"))).isEqualTo(409);
        assertThat(RefusalMapper.statusOf(new ActionRefusedException("application.noCorrectionExpected", "x")))
                .isEqualTo(422);
    }

    @Test
    void shouldAnswerAConflictWith409NamingWhatIsInTheWay() {
        ActionConflictException open = new ActionConflictException("environment", "change.alreadyOpen",
                "/api/v1/change-requests/TVS-2026-00001-W1", "TVS-2026-00001-W1", "/page", "/api/v1/change-requests/x");

        assertThat(RefusalMapper.statusOf(open)).isEqualTo(409);
        assertThat(open.conflictsWith()).isEqualTo("/api/v1/change-requests/TVS-2026-00001-W1");
        assertThat(open.field()).isEqualTo("environment");
        assertThat(open.arguments()).containsExactly("TVS-2026-00001-W1", "/page", "/api/v1/change-requests/x");
    }
}
