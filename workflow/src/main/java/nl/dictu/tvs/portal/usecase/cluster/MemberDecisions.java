package nl.dictu.tvs.portal.usecase.cluster;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswer;
import nl.dictu.tvs.portal.domain.cluster.ClusterMember;
import nl.dictu.tvs.portal.domain.cluster.ClusterRepository;
import nl.dictu.tvs.portal.domain.cluster.MemberAlbDecision;
import nl.dictu.tvs.portal.shared.audit.Auditor;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The RvIG decisions of a cluster application's served organisations: what each member's ALB state is, and the
 * reviewer's verification of the decisions in {@code verifyAlbDecision}, one verdict per member, each stored with
 * its decision and audited. Runs inside the caller's transaction.
 */
@Dependent
public class MemberDecisions {

    static final String VERIFIED = "memberAlbDecisionVerified";

    private final ClusterRepository clusters;
    private final Auditor auditor;
    private final Clock clock;

    @Inject
    public MemberDecisions(ClusterRepository clusters, Auditor auditor, Clock clock) {
        this.clusters = clusters;
        this.auditor = auditor;
        this.clock = clock;
    }

    /**
     * Whether the application's RvIG decisions are verified member by member: a cluster application with members'
     * own decisions. A cluster submitted before members had their own (one decision for the whole application) is
     * verified as a whole, as it was.
     */
    public boolean verifiesPerMember(long applicationId) {
        return !clusters.membersOf(applicationId).isEmpty() && !clusters.latestDecisions(applicationId).isEmpty();
    }

    /** The members in the application's order, each with its ALB state and decision. */
    public List<ClusterMemberView> members(long applicationId) {
        Map<String, MemberAlbDecision> decisions = clusters.latestDecisions(applicationId);
        Map<String, List<ChecklistAnswer>> answers = clusters.memberAnswers(applicationId);
        return clusters.membersOf(applicationId).stream().map(member -> view(member, decisions.get(member.getOin()),
                answers.getOrDefault(member.getOin(), List.of()))).toList();
    }

    /**
     * Stores the reviewer's verdict on each member's decision that waits for one (refused, naming what is missing,
     * unless there is exactly one per such member) and says whether the cluster's decisions are accepted.
     */
    public ClusterMemberRules.VerificationOutcome verify(String actor, long applicationId, String elementId,
                                                        List<MemberVerdict> verdicts) {
        Map<String, MemberAlbDecision> decisions = clusters.latestDecisions(applicationId);
        Map<String, String> toVerify = new LinkedHashMap<>();
        for (ClusterMember member : clusters.membersOf(applicationId)) {
            MemberAlbDecision decision = decisions.get(member.getOin());
            if (!member.isOnAlbList() && decision != null && decision.accepted().isEmpty()) {
                toVerify.put(member.getOin(), member.getName());
            }
        }
        ClusterMemberRules.VerificationOutcome outcome = ClusterMemberRules.judge(toVerify, verdicts);
        for (MemberVerdict verdict : verdicts) {
            MemberAlbDecision decision = decisions.get(verdict.oin());
            decision.verify(verdict.accepted(), verdict.reference(), verdict.reason(), actor, clock.instant());
            Map<String, String> after = new LinkedHashMap<>();
            after.put("member", verdict.oin());
            after.put("fileName", decision.getFile().getFileName());
            after.put("accepted", String.valueOf(verdict.accepted()));
            decision.decisionReference().ifPresent(reference -> after.put("decisionReference", reference));
            decision.refusalReason().ifPresent(reason -> after.put("reason", reason));
            auditor.record(actor, VERIFIED, applicationId, elementId, Map.of(), after);
        }
        boolean allEntitled = members(applicationId).stream().allMatch(member -> member.albState().isEntitled());
        return outcome.accepted() && !allEntitled
                ? new ClusterMemberRules.VerificationOutcome(false, missingDecisions(applicationId)) : outcome;
    }

    /** Only without any decision to verify: members not on the list that have none (never after a valid submission). */
    private String missingDecisions(long applicationId) {
        return String.join("; ", members(applicationId).stream()
                .filter(member -> member.albState() == MemberAlbState.DECISION_MISSING)
                .map(member -> member.name() + " (OIN " + member.oin() + ")").toList());
    }

    static ClusterMemberView view(ClusterMember member, MemberAlbDecision decision, List<ChecklistAnswer> ownChecklist) {
        List<String> services = Arrays.stream(member.getServices().split("\n")).filter(s -> !s.isBlank()).toList();
        MemberDecisionView decisionView = decision == null ? null : new MemberDecisionView(decision.getFile().getId(),
                decision.getFile().getFileName(), decision.getFile().getSha256(), decision.getAttachedBy(),
                decision.getAttachedAt(), decision.accepted().orElse(null), decision.decisionReference().orElse(null),
                decision.refusalReason().orElse(null), decision.verifiedBy().orElse(null), decision.verifiedAt().orElse(null));
        return new ClusterMemberView(member.getOin(), member.getName(), member.isOnAlbList(), services,
                state(member, decision), decisionView, ownChecklist);
    }

    private static MemberAlbState state(ClusterMember member, MemberAlbDecision decision) {
        if (member.isOnAlbList()) {
            return MemberAlbState.ON_ALB_LIST;
        }
        if (decision == null) {
            return MemberAlbState.DECISION_MISSING;
        }
        return decision.accepted().map(accepted -> accepted ? MemberAlbState.DECISION_ACCEPTED : MemberAlbState.DECISION_REFUSED)
                .orElse(MemberAlbState.DECISION_TO_VERIFY);
    }
}
