package nl.dictu.tvs.portal.usecase.applying.draft;

import nl.dictu.tvs.portal.domain.application.ChecklistAnswer;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswerChoice;
import nl.dictu.tvs.portal.usecase.application.ChecklistItemView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A supplier's served organisations' own checklist answers in the draft: for the items where an organisation's web
 * service differs from the cluster's answer (its login button with its own ALB name, C2, say). An entry without an
 * answer is no own answer (the member takes the cluster's); one with an answer is checked as the cluster's are, and
 * only for items the draft's checklist asks.
 */
public final class MemberChecklistEntries {

    private MemberChecklistEntries() {
    }

    /** The member's own answers, in item code order; entries without an answer are left out. */
    public static List<ChecklistAnswer> answers(WizardDraft draft, String oin) {
        List<ChecklistAnswer> answers = new ArrayList<>();
        draft.memberChecklists().getOrDefault(oin, Map.of()).entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> {
                    ChecklistAnswerChoice choice = DraftValidation.choice(entry.getValue().getAnswer());
                    if (choice != null) {
                        answers.add(new ChecklistAnswer(entry.getKey(), choice, entry.getValue().getExplanation(),
                                entry.getValue().getEvidenceFileId()));
                    }
                });
        return answers;
    }

    /** The item codes the member answers itself. */
    public static List<String> ownItems(WizardDraft draft, String oin) {
        return draft.memberChecklists().getOrDefault(oin, Map.of()).entrySet().stream()
                .filter(entry -> DraftValidation.choice(entry.getValue().getAnswer()) != null)
                .map(Map.Entry::getKey).sorted().toList();
    }

    static void check(WizardDraft draft, DraftValidation.Context context, List<DraftError> errors) {
        if (!draft.isSupplier() || draft.memberChecklists().values().stream().allMatch(Map::isEmpty)) {
            return;
        }
        Set<String> asked = context.checklist().applicable(draft.loginMeans(), draft.joinsEenmaligInloggen()).stream()
                .map(ChecklistItemView::code).collect(Collectors.toSet());
        for (ClusterMemberLines.Member member : ClusterMemberLines.members(draft)) {
            draft.memberChecklists().getOrDefault(member.oin(), Map.of()).forEach((code, entry) -> {
                ChecklistAnswerChoice choice = DraftValidation.choice(entry.getAnswer());
                if (choice == null) {
                    return;
                }
                String field = FieldIds.memberAnswer(member.oin(), code);
                if (!asked.contains(code)) {
                    errors.add(DraftError.of(WizardStep.CHECKLIST, field, "cluster.member.checklistItemNotAsked", code,
                            member.oin(), String.join(", ", asked.stream().sorted().toList())));
                    return;
                }
                DraftValidation.check(() -> new ChecklistAnswer(code, choice, entry.getExplanation(), null), WizardStep.CHECKLIST,
                        field, errors);
            });
        }
    }
}
