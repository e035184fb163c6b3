package nl.dictu.tvs.portal.usecase.change;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.change.ChangeRequest;
import nl.dictu.tvs.portal.domain.change.ChangeRequestRepository;
import nl.dictu.tvs.portal.process.ChangeRequestModel;
import nl.dictu.tvs.portal.shared.access.AccessPolicy;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.usecase.task.TaskCompletion;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static nl.dictu.tvs.portal.process.ChangeRequestModel.Variables.CHANGE_ACCEPTED;

/**
 * DICTU's side of change requests: the list of what is open or waits to be loaded into TVS, the decision
 * (confirm in the fast lane; assess and approve with four eyes otherwise; a refusal with its reason), the export of
 * what to load, and recording who loaded it when.
 */
@Stateless
public class ChangeReviews {

    public static final int REASON_MAX = ChangeRequest.REASON_MAX;

    @Inject
    private ChangeRequestRepository requests;

    @Inject
    private ApplicationRepository applications;

    @Inject
    private ChangeRequestViews views;

    @Inject
    private ChangeExport exports;

    @Inject
    private TaskService tasks;

    @Inject
    private IdentityService identity;

    @Inject
    private Auditor auditor;

    @Inject
    private Clock clock;

    /** Open requests and applied ones not loaded yet, the oldest first. */
    public List<ChangeRequestView> inProgress(SignedInUser actor, Locale locale) {
        AccessPolicy.requireReviewer(actor);
        return requests.inProgress().stream().map(request -> views.view(request, locale)).toList();
    }

    public ChangeRequestView view(SignedInUser actor, String changeReference, Locale locale) {
        AccessPolicy.requireReviewer(actor);
        return views.view(request(changeReference), locale);
    }

    /**
     * Decides the open decision of the request: {@code confirmChange}, {@code assessChange} or {@code approveChange}.
     * A refusal needs a reason, which the applicant is told; the second decision of a reviewed request must be
     * another reviewer's.
     */
    public void decide(SignedInUser actor, String changeReference, boolean accepted, String reason) {
        AccessPolicy.requireReviewer(actor);
        ChangeRequest request = request(changeReference);
        Task task = openTask(changeReference, ChangeRequestModel.DECISION_TASKS)
                .orElseThrow(() -> new ActionRefusedException("change.noDecisionExpected", changeReference));
        String text = reason == null ? "" : reason.strip();
        if (!accepted && text.isEmpty()) {
            throw ActionRefusedException.of("reason", "change.reason.missing");
        }
        if (text.length() > REASON_MAX) {
            throw ActionRefusedException.of("reason", "change.reason.tooLong", String.valueOf(text.length()),
                    String.valueOf(REASON_MAX));
        }
        new TaskCompletion(tasks, identity).complete(actor, task.getId(), Map.of(CHANGE_ACCEPTED, accepted));
        if (!accepted) {
            request.refused(text, clock.instant(), actor.username());
        }
        auditor.record(actor.username(), "changeRequestDecided", request.getApplicationId(), task.getTaskDefinitionKey(),
                Map.of(), Map.of("changeRequest", changeReference, "accepted", String.valueOf(accepted), "reason", text));
    }

    /** What DICTU loads into TVS for the applied change: metadata, ServiceUUIDs with their minimum level, catalogue entries. */
    public ExportFile export(SignedInUser actor, String changeReference) {
        AccessPolicy.requireReviewer(actor);
        ChangeRequest request = request(changeReference);
        if (request.getAppliedVersion().isEmpty()) {
            throw new ActionRefusedException("change.export.notApplied", changeReference);
        }
        Application application = applications.findById(request.getApplicationId()).orElseThrow();
        return new ExportFile(changeReference + "-tvs.json", exports.of(application, request)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Records that the reviewer loaded the applied change into TVS now; the process ends. */
    public void loaded(SignedInUser actor, String changeReference) {
        AccessPolicy.requireReviewer(actor);
        ChangeRequest request = request(changeReference);
        Task task = openTask(changeReference, List.of(ChangeRequestModel.LOAD_INTO_TVS))
                .orElseThrow(() -> new ActionRefusedException("change.noLoadExpected", changeReference));
        request.loaded(clock.instant(), actor.username());
        new TaskCompletion(tasks, identity).complete(actor, task.getId(), Map.of());
        auditor.record(actor.username(), "changeRequestLoadedIntoTvs", request.getApplicationId(), task.getTaskDefinitionKey(),
                Map.of(), Map.of("changeRequest", changeReference,
                        "version", String.valueOf(request.getAppliedVersion().orElse(0))));
    }

    private java.util.Optional<Task> openTask(String changeReference, List<String> keys) {
        return tasks.createTaskQuery().processInstanceBusinessKey(changeReference)
                .taskDefinitionKeyIn(keys.toArray(String[]::new)).active().list().stream().findFirst();
    }

    private ChangeRequest request(String changeReference) {
        return requests.byReference(changeReference == null ? "" : changeReference)
                .orElseThrow(() -> new AccessRefusedException("access.notYourApplication", String.valueOf(changeReference)));
    }
}
