package nl.dictu.tvs.portal.usecase.review;

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
 */
public record TaskDecision(Boolean accepted, String reason, String reference, List<ItemVerdict> verdicts,
                           boolean serviceUuidsPerEnvironment) {

    public static final int TEXT_MAX = 2000;

    public TaskDecision {
        verdicts = verdicts == null ? List.of() : List.copyOf(verdicts);
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
