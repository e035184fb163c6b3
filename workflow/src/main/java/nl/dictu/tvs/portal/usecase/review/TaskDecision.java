package nl.dictu.tvs.portal.usecase.review;

import nl.dictu.tvs.portal.usecase.application.MemberItemVerdict;
import nl.dictu.tvs.portal.usecase.cluster.MemberVerdict;

import java.util.List;

/**
 * What a person decided when completing a task; which fields a task needs is up to
 * {@link DecisionVariables}.
 *
 * @param accepted  accept/reject (registration, RvIG decision, checklist); null where not asked
 * @param reason    the reason of a rejection
 * @param reference an external reference, e.g. the DigiD connection's
 * @param verdicts  the checklist assessment: one verdict per item under assessment
 * @param serviceUuidsPerEnvironment at the registration: issue each service a ServiceUUID per environment instead
 *                  of one shared by preproduction and production
 * @param memberVerdicts the verification of a cluster application's RvIG decisions: one verdict per served
 *                  organisation whose decision waits for one
 * @param memberItemVerdicts the checklist assessment of a cluster application: one verdict per served organisation's
 *                  own answer under assessment, beside the verdicts on the application's own answers
 */
public record TaskDecision(Boolean accepted, String reason, String reference, List<ItemVerdict> verdicts,
                           boolean serviceUuidsPerEnvironment, List<MemberVerdict> memberVerdicts,
                           List<MemberItemVerdict> memberItemVerdicts) {

    public static final int TEXT_MAX = 2000;

    public TaskDecision {
        verdicts = verdicts == null ? List.of() : List.copyOf(verdicts);
        memberVerdicts = memberVerdicts == null ? List.of() : List.copyOf(memberVerdicts);
        memberItemVerdicts = memberItemVerdicts == null ? List.of() : List.copyOf(memberItemVerdicts);
    }

    public TaskDecision(Boolean accepted, String reason, String reference, List<ItemVerdict> verdicts,
                        boolean serviceUuidsPerEnvironment, List<MemberVerdict> memberVerdicts) {
        this(accepted, reason, reference, verdicts, serviceUuidsPerEnvironment, memberVerdicts, List.of());
    }

    public TaskDecision(Boolean accepted, String reason, String reference, List<ItemVerdict> verdicts,
                        boolean serviceUuidsPerEnvironment) {
        this(accepted, reason, reference, verdicts, serviceUuidsPerEnvironment, List.of());
    }

    public TaskDecision(Boolean accepted, String reason, String reference, List<ItemVerdict> verdicts) {
        this(accepted, reason, reference, verdicts, false);
    }

    public TaskDecision(Boolean accepted, String reason, String reference) {
        this(accepted, reason, reference, List.of());
    }

    /** The registration accepted, with a ServiceUUID per environment for each service. */
    public static TaskDecision acceptWithServiceUuidsPerEnvironment() {
        return new TaskDecision(true, null, null, List.of(), true);
    }

    /** The checklist assessment, item by item. */
    public static TaskDecision checklist(List<ItemVerdict> verdicts) {
        return new TaskDecision(null, null, null, verdicts);
    }

    /** A cluster application's checklist assessment: its own answers and its served organisations', item by item. */
    public static TaskDecision checklist(List<ItemVerdict> verdicts, List<MemberItemVerdict> memberItemVerdicts) {
        return new TaskDecision(null, null, null, verdicts, false, List.of(), memberItemVerdicts);
    }

    /** A cluster application's RvIG decisions, member by member. */
    public static TaskDecision members(List<MemberVerdict> memberVerdicts) {
        return new TaskDecision(null, null, null, List.of(), false, memberVerdicts);
    }

    public static TaskDecision none() {
        return new TaskDecision(null, null, null);
    }

    public static TaskDecision accept() {
        return new TaskDecision(true, null, null);
    }

    public static TaskDecision reject(String reason) {
        return new TaskDecision(false, reason, null);
    }

    public static TaskDecision withReference(String reference) {
        return new TaskDecision(null, null, reference);
    }
}
