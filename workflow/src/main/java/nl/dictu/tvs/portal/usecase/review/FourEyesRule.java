package nl.dictu.tvs.portal.usecase.review;

import nl.dictu.tvs.portal.process.ConnectionRequestModel;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.CHECKLIST_ASSESSED_BY;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.PRODUCTION_ASSESSED_BY;

/**
 * What the page says before a reviewer tries an approval, and what the task service refuses
 * before the engine is asked: the same rule as {@code process.FourEyesTaskListener}, which refuses
 * the completion anyway.
 */
public final class FourEyesRule {

    /** Approval task -> the variable holding who assessed what it approves. */
    public static final Map<String, String> ASSESSOR_OF = Map.of(
            ConnectionRequestModel.APPROVE_PREPRODUCTION, CHECKLIST_ASSESSED_BY,
            ConnectionRequestModel.APPROVE_PRODUCTION, PRODUCTION_ASSESSED_BY);

    private FourEyesRule() {
    }

    /**
     * The bundle key of why {@code reviewer} may not complete {@code taskKey}, if so.
     *
     * @param variables reads a process variable of the application
     */
    public static Optional<String> refusal(String taskKey, String reviewer, Function<String, Object> variables) {
        String assessorVariable = ASSESSOR_OF.get(taskKey);
        if (assessorVariable == null) {
            return Optional.empty();
        }
        Object assessor = variables.apply(assessorVariable);
        if (reviewer.equals(assessor)) {
            return Optional.of("dossier.fourEyes.youAssessed." + taskKey);
        }
        return Optional.empty();
    }

    /** Who assessed what {@code taskKey} approves, for "anyone but X may approve". */
    static Optional<String> assessor(String taskKey, Function<String, Object> variables) {
        return Optional.ofNullable(ASSESSOR_OF.get(taskKey)).map(variables).map(String::valueOf);
    }
}
