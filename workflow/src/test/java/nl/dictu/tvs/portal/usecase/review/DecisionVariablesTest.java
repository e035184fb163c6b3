package nl.dictu.tvs.portal.usecase.review;

import nl.dictu.tvs.portal.shared.error.ActionRefusedException;

import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pages ask accept/reject exactly where the decision needs it: one list, checked against the rule. */
class DecisionVariablesTest {

    @Test
    void shouldRequireAcceptOrRejectForExactlyTheListedTasks() {
        for (String task : ConnectionRequestModel.REVIEWER_TASKS) {
            if (ConnectionRequestModel.ACCEPT_OR_REJECT_TASKS.contains(task)) {
                assertThatThrownBy(() -> DecisionVariables.of(task, TaskDecision.withReference("x")))
                        .as(task).isInstanceOf(ActionRefusedException.class)
                        .extracting(e -> ((ActionRefusedException) e).messageKey())
                        .isEqualTo("decision.acceptOrRejectRequired");
            } else {
                assertThat(DecisionVariables.of(task, TaskDecision.withReference("x"))).as(task)
                        .doesNotContainValue(Boolean.TRUE).doesNotContainValue(Boolean.FALSE);
            }
        }
    }
}
