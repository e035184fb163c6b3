package nl.dictu.tvs.portal.usecase.cluster;

import nl.dictu.tvs.portal.domain.cluster.MemberAlbDecision;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The wizard's rules on a supplier's list of served organisations, for a list that arrives whole (API v1): at least
 * one organisation, each once, each with its own services, each with its own entity in the cluster metadata. Every
 * refused member is named by its place in the list ({@code clusterMembers[2].oin}).
 */
public final class ClusterMemberRules {

    static final String FIELD = "clusterMembers";

    private ClusterMemberRules() {
    }

    /**
     * What must hold before any mandate is looked at: at least one member, each named by its OIN.
     *
     * @throws ActionRefusedException every problem found, the first one first
     */
    public static void requireNamed(List<ClusterMemberRequest> members) {
        if (members.isEmpty()) {
            throw ActionRefusedException.of(FIELD, "cluster.members.required");
        }
        List<ActionRefusedException> refusals = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).oin().isEmpty()) {
                refusals.add(ActionRefusedException.of(FIELD + "[" + i + "].oin", "cluster.member.oinMissing", String.valueOf(i + 1)));
            }
        }
        if (!refusals.isEmpty()) {
            throw ActionRefusedException.ofAll(refusals);
        }
    }

    /**
     * @param metadataOins the OINs of the organisations the cluster metadata lists (empty when it is no cluster metadata)
     * @throws ActionRefusedException every problem found, the first one first
     */
    public static void require(List<ClusterMemberRequest> members, Collection<String> metadataOins) {
        requireNamed(members);
        if (metadataOins.isEmpty()) {
            throw ActionRefusedException.of("metadataBase64", "draft.cluster.metadataRequired");
        }
        List<ActionRefusedException> refusals = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            ClusterMemberRequest member = members.get(i);
            String field = FIELD + "[" + i + "]";
            if (!seen.add(member.oin())) {
                refusals.add(ActionRefusedException.of(field + ".oin", "draft.cluster.memberDuplicate", member.oin()));
            } else if (!metadataOins.contains(member.oin())) {
                refusals.add(ActionRefusedException.of(field + ".oin", "draft.cluster.notInMetadata", member.oin()));
            }
            if (member.services().isEmpty()) {
                refusals.add(ActionRefusedException.of(field + ".services", "cluster.member.servicesRequired", member.oin()));
            }
        }
        if (!refusals.isEmpty()) {
            throw ActionRefusedException.ofAll(refusals);
        }
    }

    /**
     * Every member that is not on the ALB list brings its own RvIG decision (tvs-rules 1.4: the served organisations
     * are checked against the ALB list each on its own, the supplier not at all).
     *
     * @param onAlbList whether the organisation with this OIN is on the ALB list
     * @param nameOf    the organisation's name, to name it in the refusal
     * @throws ActionRefusedException naming every member without its decision, the first one first
     */
    public static void requireDecisions(List<ClusterMemberRequest> members, Predicate<String> onAlbList,
                                        Function<String, String> nameOf) {
        List<ActionRefusedException> refusals = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            ClusterMemberRequest member = members.get(i);
            if (member.albDecisionFileId() == null && !onAlbList.test(member.oin())) {
                refusals.add(ActionRefusedException.of(FIELD + "[" + i + "].albDecisionFileId",
                        "cluster.member.albDecisionRequired", nameOf.apply(member.oin()), member.oin()));
            }
        }
        if (!refusals.isEmpty()) {
            throw ActionRefusedException.ofAll(refusals);
        }
    }

    private static boolean longer(String text) {
        return text != null && text.strip().length() > MemberAlbDecision.TEXT_MAX;
    }

    /**
     * A member's own checklist answers are for items the cluster answers too (the checklist's applicable items for
     * these services), each item at most once.
     *
     * @param clusterItems the item codes the cluster's answers cover
     * @throws ActionRefusedException every problem found, the first one first
     */
    public static void requireChecklist(List<ClusterMemberRequest> members, Collection<String> clusterItems) {
        List<ActionRefusedException> refusals = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            ClusterMemberRequest member = members.get(i);
            Set<String> seen = new HashSet<>();
            for (int j = 0; j < member.checklist().size(); j++) {
                String code = member.checklist().get(j).itemCode();
                String field = FIELD + "[" + i + "].checklist[" + j + "].code";
                if (!clusterItems.contains(code)) {
                    refusals.add(ActionRefusedException.of(field, "cluster.member.checklistItemNotAsked", code, member.oin(),
                            String.join(", ", new TreeSet<>(clusterItems))));
                } else if (!seen.add(code)) {
                    refusals.add(ActionRefusedException.of(field, "cluster.member.checklistItemTwice", code, member.oin()));
                }
            }
        }
        if (!refusals.isEmpty()) {
            throw ActionRefusedException.ofAll(refusals);
        }
    }

    /** The outcome of verifying the members' RvIG decisions: all accepted, or the refused ones with their reasons. */
    public record VerificationOutcome(boolean accepted, String rejectionReason) {
    }

    /**
     * One verdict for each member whose decision is to be verified, no other; a refusal gives its reason. The
     * cluster's decisions are accepted when every one is; otherwise the rejection names each refused member with
     * the reviewer's reason.
     *
     * @param toVerify the members whose decision waits for a verdict: OIN to name, in the application's order
     * @throws ActionRefusedException every problem found, the first one first
     */
    public static VerificationOutcome judge(Map<String, String> toVerify, List<MemberVerdict> verdicts) {
        List<ActionRefusedException> refusals = new ArrayList<>();
        Map<String, MemberVerdict> given = new LinkedHashMap<>();
        for (MemberVerdict verdict : verdicts) {
            if (!toVerify.containsKey(verdict.oin())) {
                refusals.add(ActionRefusedException.of("memberVerdicts", "cluster.memberDecision.notToVerify", verdict.oin()));
            } else if (given.putIfAbsent(verdict.oin(), verdict) != null) {
                refusals.add(ActionRefusedException.of("memberVerdicts", "cluster.memberDecision.twice", verdict.oin()));
            } else if (!verdict.accepted() && (verdict.reason() == null || verdict.reason().isBlank())) {
                refusals.add(ActionRefusedException.of("memberVerdicts", "cluster.memberDecision.reasonRequired",
                        toVerify.get(verdict.oin()), verdict.oin()));
            } else if (longer(verdict.reason()) || longer(verdict.reference())) {
                refusals.add(ActionRefusedException.of("memberVerdicts", "cluster.memberDecision.tooLong", verdict.oin(),
                        String.valueOf(MemberAlbDecision.TEXT_MAX)));
            }
        }
        Set<String> missing = new TreeSet<>(toVerify.keySet());
        missing.removeAll(given.keySet());
        if (!missing.isEmpty()) {
            refusals.add(0, ActionRefusedException.of("memberVerdicts", "cluster.memberDecision.verdictRequired",
                    missing.stream().map(oin -> toVerify.get(oin) + " (OIN " + oin + ")").collect(Collectors.joining(", "))));
        }
        if (!refusals.isEmpty()) {
            throw ActionRefusedException.ofAll(refusals);
        }
        String refused = toVerify.keySet().stream().map(given::get).filter(v -> !v.accepted())
                .map(v -> toVerify.get(v.oin()) + " (OIN " + v.oin() + "): " + v.reason().strip())
                .collect(Collectors.joining("; "));
        return new VerificationOutcome(refused.isEmpty(), refused.isEmpty() ? null : refused);
    }
}
