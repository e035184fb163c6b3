package nl.dictu.tvs.portal.usecase.review;

import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;

import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.testbed.ServiceTestBed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REGISTER_APPLICATION;
import static nl.dictu.tvs.portal.testbed.ServiceTestBed.anne;
import static nl.dictu.tvs.portal.testbed.ServiceTestBed.reviewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskHandOverTest {

    private final ServiceTestBed bed = new ServiceTestBed();

    @AfterEach
    void close() {
        bed.close();
    }

    private static String refusalKey(Throwable e) {
        return ((ApplicationServiceException) e).messageKey();
    }

    @Test
    void shouldHandATaskToAColleagueOnlyWhenItIsFreeOrOwnAndTheColleagueIsAReviewer() {
        String reference = bed.inTransaction(() -> bed.applicationCommands.submit(anne(), ServiceTestBed.validContent()));
        bed.runDueJobs();
        String taskId = bed.taskId(reference, REGISTER_APPLICATION);

        assertThatThrownBy(() -> bed.inTransaction(() -> bed.taskCommands.handOver(reviewer("rev1"), taskId, "anne")))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("task.handOverNotAReviewer"));
        assertThatThrownBy(() -> bed.inTransaction(() -> bed.taskCommands.handOver(anne(), taskId, "rev2")))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("access.reviewersOnly"));

        bed.inTransaction(() -> bed.taskCommands.handOver(reviewer("rev1"), taskId, "rev2"));

        assertThat(bed.engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("rev2");
        assertThatThrownBy(() -> bed.inTransaction(() -> bed.taskCommands.handOver(reviewer("rev1"), taskId, "rev1")))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("task.claimedByOther"));
        Application application = bed.applications.findByReference(reference).orElseThrow();
        assertThat(bed.auditTrail.ofApplication(application.getId()))
                .anySatisfy(event -> {
                    assertThat(event.getAction()).isEqualTo("taskHandedOver");
                    assertThat(event.getActor()).isEqualTo("rev1");
                    assertThat(event.getAfterJson()).contains("rev2");
                });
    }
}
