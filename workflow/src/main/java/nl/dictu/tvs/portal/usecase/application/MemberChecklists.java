package nl.dictu.tvs.portal.usecase.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswer;
import nl.dictu.tvs.portal.domain.checklist.ChecklistVerdict;
import nl.dictu.tvs.portal.domain.cluster.ClusterMember;
import nl.dictu.tvs.portal.domain.cluster.ClusterRepository;
import nl.dictu.tvs.portal.domain.cluster.MemberChecklistAnswer;
import nl.dictu.tvs.portal.domain.cluster.MemberChecklistVerdict;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The served organisations' own checklist answers of a cluster application in the checklist assessment: each
 * member's answers have a progress of their own ({@link ChecklistProgress}) in the application's rounds, the reviewer
 * gives a verdict on every member answer under assessment as on the application's own, and the supplier reworks
 * exactly the member answers rejected in the latest round, in the same rework task. Runs inside the caller's
 * transaction.
 */
@Dependent
public class MemberChecklists {

    static final String JUDGED = "memberChecklistItemJudged";
    static final String REWORKED = "memberChecklistReworked";
    /** The field of the decision the member verdicts are refused under. */
    public static final String FIELD = "memberItemVerdicts";

    private final ClusterRepository clusters;
    private final Auditor auditor;

    @Inject
    public MemberChecklists(ClusterRepository clusters, Auditor auditor) {
        this.clusters = clusters;
        this.auditor = auditor;
    }

    /** One served organisation's own answers (the latest per item) and where they stand. */
    public record MemberProgress(String oin, String name, List<ChecklistAnswer> answers, ChecklistProgress progress) {
    }

    /** The members with own answers, in the application's order; empty for an application of one organisation. */
    public List<MemberProgress> progress(long applicationId, int reopenedAfterRound) {
        Map<String, List<ChecklistAnswer>> answers = clusters.memberAnswers(applicationId);
        if (answers.isEmpty()) {
            return List.of();
        }
        Map<String, List<ChecklistVerdict>> verdicts = clusters.memberVerdicts(applicationId);
        return clusters.membersOf(applicationId).stream().filter(member -> answers.containsKey(member.getOin()))
                .map(member -> progress(member, answers.get(member.getOin()),
                        verdicts.getOrDefault(member.getOin(), List.of()), reopenedAfterRound))
                .toList();
    }

    private static MemberProgress progress(ClusterMember member, List<ChecklistAnswer> answers,
                                           List<ChecklistVerdict> verdicts, int reopenedAfterRound) {
        return new MemberProgress(member.getOin(), member.getName(), answers,
                new ChecklistProgress(answers, verdicts, reopenedAfterRound));
    }

    /** The latest round with a verdict on a member's answer; 0 before any. */
    public int latestRound(long applicationId) {
        return clusters.memberVerdicts(applicationId).values().stream().flatMap(List::stream)
                .mapToInt(ChecklistVerdict::getRound).max().orElse(0);
    }

    /**
     * Stores the verdicts on the members' answers under assessment as round {@code round}, each audited, after
     * {@link #requireVerdictPerItem} found exactly one per member answer under assessment.
     *
     * @return whether every member answer judged is accepted
     */
    public boolean assess(String actor, long applicationId, String elementId, int round, int versionNumber,
                          int reopenedAfterRound, List<MemberItemVerdict> verdicts, Instant at) {
        requireVerdictPerItem(progress(applicationId, reopenedAfterRound), verdicts);
        for (MemberItemVerdict verdict : verdicts) {
            clusters.saveMemberVerdict(new MemberChecklistVerdict(verdict.oin(), new ChecklistVerdict(applicationId, round,
                    versionNumber, verdict.itemCode(), verdict.accepted(), verdict.comment(), actor, at)));
            Map<String, String> judgement = new LinkedHashMap<>();
            judgement.put("member", verdict.oin());
            judgement.put("item", verdict.itemCode());
            judgement.put("round", String.valueOf(round));
            judgement.put("accepted", String.valueOf(verdict.accepted()));
            if (verdict.comment() != null && !verdict.comment().isBlank()) {
                judgement.put("comment", verdict.comment().strip());
            }
            auditor.record(actor, JUDGED, applicationId, elementId, Map.of(), judgement);
        }
        return verdicts.stream().allMatch(MemberItemVerdict::accepted);
    }

    /**
     * Exactly one verdict per member answer under assessment, and a comment with every rejection; refused naming the
     * member and the item, so that the page and the API refuse alike.
     */
    public static void requireVerdictPerItem(List<MemberProgress> members, List<MemberItemVerdict> verdicts) {
        Map<String, MemberProgress> byOin = new LinkedHashMap<>();
        members.forEach(member -> byOin.put(member.oin(), member));
        Set<String> seen = new HashSet<>();
        for (MemberItemVerdict verdict : verdicts) {
            MemberProgress member = byOin.get(verdict.oin());
            if (member == null || !member.progress().underAssessment().contains(verdict.itemCode())) {
                throw ActionRefusedException.of(FIELD, "decision.checklist.memberVerdictNotAsked",
                        String.valueOf(verdict.oin()), String.valueOf(verdict.itemCode()), underAssessment(members));
            }
            if (!seen.add(verdict.oin() + "/" + verdict.itemCode())) {
                throw ActionRefusedException.of(FIELD, "decision.checklist.memberVerdictTwice", member.name(),
                        member.oin(), verdict.itemCode());
            }
        }
        for (MemberProgress member : members) {
            Set<String> missing = new TreeSet<>(member.progress().underAssessment());
            missing.removeIf(code -> seen.contains(member.oin() + "/" + code));
            if (!missing.isEmpty()) {
                throw ActionRefusedException.of(FIELD, "decision.checklist.memberVerdictMissing", member.name(),
                        member.oin(), String.join(", ", missing));
            }
        }
        for (MemberItemVerdict verdict : verdicts) {
            if (!verdict.accepted() && (verdict.comment() == null || verdict.comment().isBlank())) {
                throw ActionRefusedException.of(FIELD, "decision.checklist.memberCommentRequired",
                        byOin.get(verdict.oin()).name(), verdict.oin(), verdict.itemCode());
            }
        }
    }

    private static String underAssessment(List<MemberProgress> members) {
        String all = members.stream().filter(member -> !member.progress().underAssessment().isEmpty())
                .map(member -> member.oin() + ": " + String.join(", ", member.progress().underAssessment()))
                .collect(Collectors.joining("; "));
        return all.isEmpty() ? "-" : all;
    }

    /**
     * The supplier's new answers for its members are exactly the member answers rejected in the latest round, member
     * by member; refused naming the member and the items otherwise.
     */
    public void requireRework(long applicationId, Map<String, List<ChecklistAnswer>> reworked) {
        List<MemberProgress> members = progress(applicationId, 0);
        Set<String> oins = members.stream().map(MemberProgress::oin).collect(Collectors.toSet());
        for (String oin : reworked.keySet()) {
            if (!oins.contains(oin) && !reworked.get(oin).isEmpty()) {
                throw new ActionRefusedException("application.rework.memberNothingToRework", oin);
            }
        }
        for (MemberProgress member : members) {
            Set<String> toRework = member.progress().toRework();
            List<ChecklistAnswer> given = reworked.getOrDefault(member.oin(), List.of());
            Set<String> codes = given.stream().map(ChecklistAnswer::itemCode).collect(Collectors.toCollection(TreeSet::new));
            if (codes.size() != given.size() || !codes.equals(toRework)) {
                throw toRework.isEmpty()
                        ? new ActionRefusedException("application.rework.memberNothingToRework", member.oin())
                        : new ActionRefusedException("application.rework.exactlyRejectedMemberItems", member.name(),
                                member.oin(), String.join(", ", toRework));
            }
        }
    }

    /** Stores the new member answers with the rework's version, beside the ones they replace; each member audited. */
    public void saveRework(String actor, long applicationId, String elementId, int versionNumber,
                           Map<String, List<ChecklistAnswer>> reworked) {
        reworked.forEach((oin, answers) -> {
            if (answers.isEmpty()) {
                return;
            }
            answers.forEach(answer -> clusters.saveMemberAnswer(new MemberChecklistAnswer(applicationId, oin, answer,
                    versionNumber)));
            auditor.record(actor, REWORKED, applicationId, elementId, Map.of(), Map.of("member", oin,
                    "items", answers.stream().map(ChecklistAnswer::itemCode).sorted().collect(Collectors.joining(", ")),
                    "version", String.valueOf(versionNumber)));
        });
    }
}
