package nl.dictu.tvs.portal.usecase.assessment;

import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.assessment.AssessmentOutcome;
import nl.dictu.tvs.portal.domain.assessment.SecurityAssessment;
import nl.dictu.tvs.portal.domain.file.FilePurpose;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.usecase.application.UploadInspector;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a delivery and of an outcome, the same for the pages and the API. Every refusal names its field
 * ({@link #ROUTE}, {@link #AUDITOR}, {@link #FILE}, {@link #OUTCOME}, {@link #REASON}) so a page shows it beside what the person
 * typed, which stays as it was.
 */
public final class AssessmentRules {

    public static final String ROUTE = "route";
    public static final String AUDITOR = "auditor";
    public static final String FILE = "file";
    public static final String REASON = "reason";
    public static final String OUTCOME = "outcome";

    private AssessmentRules() {
    }

    /** Refuses an incomplete delivery, or a file that is not a PDF by its content, with every problem at once. */
    public static void checkDelivery(AssessmentDelivery delivery) {
        List<ActionRefusedException> problems = new ArrayList<>();
        if (delivery.route() == null) {
            problems.add(ActionRefusedException.of(ROUTE, "assessment.invalid.route"));
        }
        if (delivery.auditor() == null || delivery.auditor().isBlank()) {
            problems.add(ActionRefusedException.of(AUDITOR, "assessment.invalid.auditor"));
        } else if (delivery.auditor().strip().length() > SecurityAssessment.AUDITOR_MAX) {
            problems.add(ActionRefusedException.of(AUDITOR, "assessment.invalid.auditorTooLong",
                    String.valueOf(SecurityAssessment.AUDITOR_MAX)));
        }
        if (delivery.route() != null && delivery.route().needsFile()) {
            if (!delivery.hasFile()) {
                problems.add(ActionRefusedException.of(FILE, "assessment.invalid.file"));
            } else {
                try {
                    UploadInspector.inspect(FilePurpose.SECURITY_ASSESSMENT, delivery.fileName(), delivery.content());
                } catch (InvalidApplicationException e) {
                    problems.add(ActionRefusedException.of(FILE, e.messageKey(),
                            e.arguments().stream().map(String::valueOf).toArray(String[]::new)));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw ActionRefusedException.ofAll(problems);
        }
    }

    /** Refuses an outcome on what awaits none, on an assessment another one covers, or a rejection without reason. */
    public static void checkOutcome(SecurityAssessment assessment, AssessmentOutcome outcome, String reason) {
        if (assessment.getCoveredById().isPresent()) {
            throw new ActionRefusedException("assessment.outcome.covered");
        }
        if (!assessment.isAwaitingOutcome()) {
            throw new ActionRefusedException("assessment.outcome.notAwaiting");
        }
        if (outcome == null) {
            throw ActionRefusedException.of(OUTCOME, "assessment.outcome.choose");
        }
        if (outcome == AssessmentOutcome.REJECTED && (reason == null || reason.isBlank())) {
            throw ActionRefusedException.of(REASON, "assessment.outcome.reasonRequired");
        }
        if (reason != null && reason.strip().length() > SecurityAssessment.REASON_MAX) {
            throw ActionRefusedException.of(REASON, "assessment.outcome.reasonTooLong",
                    String.valueOf(SecurityAssessment.REASON_MAX));
        }
    }
}
