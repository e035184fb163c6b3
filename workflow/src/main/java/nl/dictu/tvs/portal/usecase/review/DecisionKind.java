package nl.dictu.tvs.portal.usecase.review;

import nl.dictu.tvs.portal.shared.error.ActionRefusedException;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.APPROVE_PREPRODUCTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.APPROVE_PRODUCTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.ARRANGE_DIGID_CONNECTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.ASSESS_CHECKLIST;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.ASSESS_PRODUCTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.DELIVER_TEST_ACCOUNTS;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REGISTER_APPLICATION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.VERIFY_ALB_DECISION;

/**
 * Which decision a task takes. The service decides it from the task (and, for the checklist
 * assessment, from whether the application has versioned answers), for the pages and the API alike,
 * and refuses a decision with parts the task does not take; {@link DecisionVariables} refuses one
 * that misses a part it needs.
 */
public enum DecisionKind {

    /** Accept or reject; a rejection may carry a reason (required where the process passes it on), an acceptance none. */
    ACCEPT_OR_REJECT,
    /**
     * Accept or reject what was verified; an acceptance may name the external reference of what was
     * verified (RvIG's reference for its decision), which the application then shows, a rejection
     * may carry a reason.
     */
    ACCEPT_WITH_REFERENCE_OR_REJECT,
    /**
     * One verdict per checklist item under assessment, and in a cluster application one per served organisation's own
     * answer under assessment; the overall outcome follows from them.
     */
    VERDICT_PER_ITEM,
    /**
     * One verdict per served organisation whose RvIG decision waits for one (a cluster application's
     * {@code verifyAlbDecision}); the overall outcome follows from them.
     */
    VERDICT_PER_MEMBER,
    /** An external reference, e.g. the DigiD connection's. */
    REFERENCE,
    /** The test accounts delivered (the reference), and on the page the channel they went by. */
    TEST_ACCOUNTS,
    /** A confirmation: completing the task is the whole decision. */
    CONFIRMATION;

    /** The kind of decision the task with this key takes. */
    public static DecisionKind of(String taskKey, boolean checklistPerItem) {
        return of(taskKey, checklistPerItem, false);
    }

    /** As {@link #of(String, boolean)}, for a cluster application ({@code cluster}) too. */
    public static DecisionKind of(String taskKey, boolean checklistPerItem, boolean cluster) {
        if (cluster && VERIFY_ALB_DECISION.equals(taskKey)) {
            return VERDICT_PER_MEMBER;
        }
        return switch (taskKey) {
            case REGISTER_APPLICATION, ASSESS_PRODUCTION, APPROVE_PREPRODUCTION, APPROVE_PRODUCTION -> ACCEPT_OR_REJECT;
            case VERIFY_ALB_DECISION -> ACCEPT_WITH_REFERENCE_OR_REJECT;
            case ASSESS_CHECKLIST -> checklistPerItem ? VERDICT_PER_ITEM : ACCEPT_OR_REJECT;
            case ARRANGE_DIGID_CONNECTION -> REFERENCE;
            case DELIVER_TEST_ACCOUNTS -> TEST_ACCOUNTS;
            default -> CONFIRMATION;
        };
    }

    /** Whether the decision is an acceptance or a rejection (the page asks for one of the two). */
    public boolean takesOutcome() {
        return this == ACCEPT_OR_REJECT || this == ACCEPT_WITH_REFERENCE_OR_REJECT;
    }

    /** Refuses the parts of the decision this kind does not take, naming the field. */
    public void requireFits(TaskDecision decision) {
        boolean takesOutcome = takesOutcome();
        boolean takesReference = this == REFERENCE || this == TEST_ACCOUNTS
                || this == ACCEPT_WITH_REFERENCE_OR_REJECT && Boolean.TRUE.equals(decision.accepted());
        if (!takesOutcome && decision.accepted() != null) {
            throw ActionRefusedException.of("accepted", this == VERDICT_PER_ITEM
                    ? "decision.checklist.perItemOnly" : this == VERDICT_PER_MEMBER
                    ? "decision.cluster.perMemberOnly" : "decision.outcomeNotTaken");
        }
        if (present(decision.reason()) && !(takesOutcome && Boolean.FALSE.equals(decision.accepted()))) {
            throw ActionRefusedException.of("reason", takesOutcome
                    ? "decision.reasonOnlyWithRejection" : "decision.reasonNotTaken");
        }
        if (!takesReference && present(decision.reference())) {
            throw ActionRefusedException.of("reference", "decision.referenceNotTaken");
        }
        if (this != VERDICT_PER_ITEM && !decision.verdicts().isEmpty()) {
            throw ActionRefusedException.of("verdicts", "decision.verdictsNotTaken");
        }
        if (this != VERDICT_PER_ITEM && !decision.memberItemVerdicts().isEmpty()) {
            throw ActionRefusedException.of("memberItemVerdicts", "decision.memberItemVerdictsNotTaken");
        }
        if (this != VERDICT_PER_MEMBER && !decision.memberVerdicts().isEmpty()) {
            throw ActionRefusedException.of("memberVerdicts", "decision.memberVerdictsNotTaken");
        }
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
