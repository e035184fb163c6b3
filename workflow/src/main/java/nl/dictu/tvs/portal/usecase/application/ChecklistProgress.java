package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.domain.application.ChecklistAnswer;
import nl.dictu.tvs.portal.domain.checklist.ChecklistVerdict;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Where the checklist of an application stands, from its answers and all verdicts so far: an item
 * once accepted stays accepted; the items of the latest round that were rejected are the ones the
 * applicant reworks; what is answered and not yet accepted is what the next assessment covers. A
 * refused preproduction approval sets the acceptances up to {@code reopenedAfterRound} aside: the
 * next assessment judges every item again. A served organisation's own answers in a cluster application have a
 * progress of their own, in the application's rounds ({@link MemberChecklists}).
 */
public record ChecklistProgress(List<ChecklistAnswer> answers, List<ChecklistVerdict> verdicts, int reopenedAfterRound) {

    public ChecklistProgress(List<ChecklistAnswer> answers, List<ChecklistVerdict> verdicts) {
        this(answers, verdicts, 0);
    }

    public int latestRound() {
        return verdicts.stream().mapToInt(ChecklistVerdict::getRound).max().orElse(0);
    }

    public int nextRound() {
        return latestRound() + 1;
    }

    Set<String> accepted() {
        return verdicts.stream().filter(v -> v.isAccepted() && v.getRound() > reopenedAfterRound).map(ChecklistVerdict::getItemCode)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Rejected in the latest round: what a rework must answer anew, and only that. */
    public Set<String> toRework() {
        int latest = latestRound();
        return verdicts.stream().filter(v -> v.getRound() == latest && !v.isAccepted())
                .map(ChecklistVerdict::getItemCode).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Answered and not accepted yet: what the next assessment must judge, each item once. */
    public Set<String> underAssessment() {
        Set<String> accepted = accepted();
        return answers.stream().map(ChecklistAnswer::itemCode).filter(code -> !accepted.contains(code))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The newest verdict on the item, if it was assessed. */
    public Optional<ChecklistVerdict> latestVerdict(String itemCode) {
        return verdicts.stream().filter(v -> v.getItemCode().equals(itemCode))
                .max(Comparator.comparingInt(ChecklistVerdict::getRound));
    }
}
