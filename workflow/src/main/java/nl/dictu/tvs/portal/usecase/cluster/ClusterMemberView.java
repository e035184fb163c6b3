package nl.dictu.tvs.portal.usecase.cluster;

import nl.dictu.tvs.portal.domain.application.ChecklistAnswer;

import java.util.List;

/**
 * One organisation a cluster application serves, with what is its own, as the application's pages show it: its ALB
 * state and, for a member that is not on the ALB list, its RvIG decision and the reviewer's verdict on it.
 *
 * @param decision     null for a member without an RvIG decision
 * @param ownChecklist the member's own checklist answers where they differ from the cluster's; empty when it takes
 *                     the cluster's answers
 */
public record ClusterMemberView(String oin, String name, boolean onAlbList, List<String> services, MemberAlbState albState,
                                MemberDecisionView decision, List<ChecklistAnswer> ownChecklist) {

    public ClusterMemberView {
        ownChecklist = ownChecklist == null ? List.of() : List.copyOf(ownChecklist);
    }

    /** For an application's page without the decisions and own answers (a member on the ALB list). */
    public ClusterMemberView(String oin, String name, boolean onAlbList, List<String> services) {
        this(oin, name, onAlbList, services, onAlbList ? MemberAlbState.ON_ALB_LIST : MemberAlbState.DECISION_MISSING, null,
                List.of());
    }

    /** The member's own answer to the item, if it has one (otherwise it takes the cluster's). */
    public ChecklistAnswer ownAnswer(String itemCode) {
        return ownChecklist.stream().filter(answer -> answer.itemCode().equals(itemCode)).findFirst().orElse(null);
    }

    public boolean hasDecision() {
        return decision != null;
    }
}
