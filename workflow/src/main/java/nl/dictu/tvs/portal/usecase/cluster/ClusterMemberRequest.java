package nl.dictu.tvs.portal.usecase.cluster;

import nl.dictu.tvs.portal.domain.application.ChecklistAnswer;

import java.util.List;

/**
 * One organisation a supplier's cluster application serves, as the supplier lists it: its OIN, its own services,
 * for an organisation that is not on the ALB list the id of its RvIG decision (an {@code ALB_DECISION} upload of the
 * supplier's; null when none is attached), and its own checklist answers where they differ from the cluster's
 * (empty: it takes the cluster's answers).
 */
public record ClusterMemberRequest(String oin, List<String> services, Long albDecisionFileId, List<ChecklistAnswer> checklist) {

    public ClusterMemberRequest {
        oin = oin == null ? "" : oin.strip();
        services = services == null ? List.of()
                : services.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
    }

    /** With the cluster's checklist answers. */
    public ClusterMemberRequest(String oin, List<String> services, Long albDecisionFileId) {
        this(oin, services, albDecisionFileId, List.of());
    }

    /** Without an RvIG decision (an organisation on the ALB list), with the cluster's checklist answers. */
    public ClusterMemberRequest(String oin, List<String> services) {
        this(oin, services, null);
    }
}
