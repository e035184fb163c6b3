package nl.dictu.tvs.portal.usecase.review;

import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecisionKindTest {

    @Test
    void shouldAskAcceptOrRejectOfExactlyTheAcceptOrRejectTasks() {
        for (String task : ConnectionRequestModel.REVIEWER_TASKS) {
            assertThat(DecisionKind.of(task, false).takesOutcome()).as(task)
                    .isEqualTo(ConnectionRequestModel.ACCEPT_OR_REJECT_TASKS.contains(task));
            assertThat(DecisionKind.of(ConnectionRequestModel.VERIFY_ALB_DECISION, false, true))
                .isEqualTo(DecisionKind.VERDICT_PER_MEMBER);
        assertThat(DecisionKind.VERDICT_PER_MEMBER.takesOutcome()).isFalse();
    }
        assertThat(DecisionKind.of(ConnectionRequestModel.ASSESS_CHECKLIST, true)).isEqualTo(DecisionKind.VERDICT_PER_ITEM);
        assertThat(DecisionKind.of(ConnectionRequestModel.ARRANGE_DIGID_CONNECTION, false)).isEqualTo(DecisionKind.REFERENCE);
        assertThat(DecisionKind.of(ConnectionRequestModel.VERIFY_ALB_DECISION, false))
                .isEqualTo(DecisionKind.ACCEPT_WITH_REFERENCE_OR_REJECT);
        assertThat(DecisionKind.of(ConnectionRequestModel.APPROVE_PREPRODUCTION, false)).isEqualTo(DecisionKind.ACCEPT_OR_REJECT);
        assertThat(DecisionKind.of(ConnectionRequestModel.ACKNOWLEDGE_TEST_ACCOUNTS, false)).isEqualTo(DecisionKind.CONFIRMATION);
    }

    @Test
    void shouldRefuseThePartsATaskDoesNotTakeNamingTheField() {
        assertRefused(DecisionKind.REFERENCE, TaskDecision.accept(), "accepted", "decision.outcomeNotTaken");
        assertRefused(DecisionKind.VERDICT_PER_ITEM, TaskDecision.accept(), "accepted", "decision.checklist.perItemOnly");
        assertRefused(DecisionKind.VERDICT_PER_MEMBER, TaskDecision.accept(), "accepted", "decision.cluster.perMemberOnly");
        assertRefused(DecisionKind.ACCEPT_WITH_REFERENCE_OR_REJECT, TaskDecision.members(List.of(
                new nl.dictu.tvs.portal.usecase.cluster.MemberVerdict("00000099987654321000", true, null, null))),
                "memberVerdicts", "decision.memberVerdictsNotTaken");
        assertRefused(DecisionKind.VERDICT_PER_MEMBER, TaskDecision.checklist(List.of(), List.of(
                new nl.dictu.tvs.portal.usecase.application.MemberItemVerdict("00000099987654321000", "C2", true, null))),
                "memberItemVerdicts", "decision.memberItemVerdictsNotTaken");
        assertRefused(DecisionKind.ACCEPT_OR_REJECT, new TaskDecision(true, "prima", null), "reason",
                "decision.reasonOnlyWithRejection");
        assertRefused(DecisionKind.CONFIRMATION, new TaskDecision(null, "waarom", null), "reason", "decision.reasonNotTaken");
        assertRefused(DecisionKind.ACCEPT_OR_REJECT, new TaskDecision(true, null, "DIGID-1"), "reference",
                "decision.referenceNotTaken");
        assertRefused(DecisionKind.REFERENCE, new TaskDecision(null, null, "DIGID-1",
                List.of(new ItemVerdict("D1", true, null))), "verdicts", "decision.verdictsNotTaken");
    }

    @Test
    void shouldTakeEachKindsOwnDecisionAndTreatBlankTextAsAbsent() {
        assertThatCode(() -> DecisionKind.ACCEPT_OR_REJECT.requireFits(TaskDecision.reject("te laat"))).doesNotThrowAnyException();
        assertThatCode(() -> DecisionKind.ACCEPT_OR_REJECT.requireFits(new TaskDecision(true, " ", ""))).doesNotThrowAnyException();
        assertThatCode(() -> DecisionKind.REFERENCE.requireFits(TaskDecision.withReference("DIGID-1"))).doesNotThrowAnyException();
        assertThatCode(() -> DecisionKind.ACCEPT_WITH_REFERENCE_OR_REJECT.requireFits(
                new TaskDecision(true, null, "RvIG-2026-17"))).doesNotThrowAnyException();
        assertRefused(DecisionKind.ACCEPT_WITH_REFERENCE_OR_REJECT, new TaskDecision(false, "onleesbaar", "RvIG-2026-17"),
                "reference", "decision.referenceNotTaken");
        assertRefused(DecisionKind.ACCEPT_OR_REJECT, new TaskDecision(true, null, "RvIG-2026-17"), "reference",
                "decision.referenceNotTaken");
        assertThatCode(() -> DecisionKind.TEST_ACCOUNTS.requireFits(TaskDecision.withReference("vier"))).doesNotThrowAnyException();
        assertThatCode(() -> DecisionKind.VERDICT_PER_ITEM.requireFits(TaskDecision.checklist(
                List.of(new ItemVerdict("D1", false, "uitleg"))))).doesNotThrowAnyException();
        assertThatCode(() -> DecisionKind.CONFIRMATION.requireFits(TaskDecision.none())).doesNotThrowAnyException();
    }

    private static void assertRefused(DecisionKind kind, TaskDecision decision, String field, String key) {
        assertRefused(() -> kind.requireFits(decision), field, key);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).as(field + " " + key)
                .isInstanceOfSatisfying(ActionRefusedException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                });
    }
}
