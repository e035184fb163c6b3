package nl.dictu.tvs.portal.usecase.cluster;

import nl.dictu.tvs.portal.shared.error.ActionRefusedException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
}
