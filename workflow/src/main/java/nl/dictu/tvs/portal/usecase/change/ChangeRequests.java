package nl.dictu.tvs.portal.usecase.change;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.application.ApplicationVersion;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.change.ChangeLane;
import nl.dictu.tvs.portal.domain.change.ChangeRequest;
import nl.dictu.tvs.portal.domain.change.ChangeRequestRepository;
import nl.dictu.tvs.portal.domain.connection.LiveConnection;
import nl.dictu.tvs.portal.domain.connection.LiveConnectionRepository;
import nl.dictu.tvs.portal.domain.user.Role;
import nl.dictu.tvs.portal.process.ChangeRequestModel;
import nl.dictu.tvs.portal.process.WorkingDays;
import nl.dictu.tvs.portal.shared.access.AccessPolicy;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.shared.error.ActionConflictException;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static nl.dictu.tvs.portal.process.ChangeRequestModel.Variables.APPLICATION_ID;
import static nl.dictu.tvs.portal.process.ChangeRequestModel.Variables.AUTOMATIC;
import static nl.dictu.tvs.portal.process.ChangeRequestModel.Variables.CHANGE_REQUEST_ID;
import static nl.dictu.tvs.portal.process.ChangeRequestModel.Variables.FAST_LANE;
import static nl.dictu.tvs.portal.process.ChangeRequestModel.Variables.ORGANISATION_OIN;

/**
 * The applicant's side of a change request on a live connection: the copy of what is live in an environment, the
 * preview of an edited copy (differences and trust checks), starting it, following it and withdrawing it. Pages
 * and the API call the same methods, so the same rules hold for both.
 */
@Stateless
public class ChangeRequests {

    /** The working days DICTU promises to handle a change request in. */
    public static final int DUE_WORKING_DAYS = 5;

    /** Where programs follow a change request: API v1 (docs/api.md). */
    static final String API_PATH = "/api/v1/change-requests/";

    @Inject
    private ApplicationRepository applications;

    @Inject
    private LiveConnectionRepository connections;

    @Inject
    private ChangeRequestRepository requests;

    @Inject
    private ChangeRequestViews views;

    @EJB
    private FastLaneSetting fastLane;

    @Inject
    private RuntimeService runtime;

    @Inject
    private WorkingDays workingDays;

    @Inject
    private Auditor auditor;

    @Inject
    private Clock clock;

    /** The live connections of the applicant's organisation, each environment on its own, with any open request. */
    public List<ChangeableConnection> connections(SignedInUser actor) {
        AccessPolicy.requireApplicant(actor);
        LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingDays.ZONE);
        return applications.findByOrganisationOin(actor.organisationOin()).stream()
                .flatMap(application -> connections.ofApplication(application.getId()).stream()
                        .filter(connection -> isLive(connection, today))
                        .map(connection -> new ChangeableConnection(application.getReference(),
                                connection.getEnvironment().name(), connection.getGoLiveDate(),
                                requests.openOn(connection.getId()).map(ChangeRequest::getReference).orElse(null))))
                .toList();
    }

    /** What is live in the environment now: the copy a change starts from. */
    public LiveRegistration liveCopy(SignedInUser actor, String reference, ConnectionEnvironment environment) {
        Application application = AccessPolicy.ownApplication(applications, actor, reference);
        if (environment == null) {
            throw ActionRefusedException.of("environment", "change.environment.missing");
        }
        liveConnection(application, environment);
        return LiveRegistration.of(applications.currentVersion(application), environment);
    }

    /** The edited copy against what is live, with the trust checks run on it; stores nothing. */
    public ChangePreview preview(SignedInUser actor, String reference, ChangeProposal proposal, Locale locale) {
        Application application = AccessPolicy.ownApplication(applications, actor, reference);
        liveConnection(application, requireEnvironment(proposal));
        return views.preview(application, proposal, locale);
    }

    /**
     * Starts the change request: refused when it changes nothing, and when a request is open on the connection
     * already (naming it and where to follow it). Due in {@value #DUE_WORKING_DAYS} working days.
     */
    public ChangeRequestView submit(SignedInUser actor, String reference, ChangeProposal proposal, Locale locale) {
        Application application = AccessPolicy.ownApplication(applications, actor, reference);
        LiveConnection connection = liveConnection(application, requireEnvironment(proposal));
        ChangePreview preview = views.preview(application, proposal, locale);
        if (preview.changesNothing()) {
            throw new ActionRefusedException("change.nothingChanged", reference,
                    environmentLabel(proposal.environment(), locale));
        }
        requests.openOn(connection.getId()).ifPresent(open -> {
            throw alreadyOpen(open);
        });
        ApplicationVersion current = applications.currentVersion(application);
        int number = requests.nextNumber(application.getId());
        Instant now = clock.instant();
        Instant due = workingDays.dueAfter(Date.from(now), DUE_WORKING_DAYS).toInstant();
        ChangeRequest request;
        try {
            request = requests.save(new ChangeRequest(reference + "-W" + number, number, application.getId(),
                    connection.getId(), proposal.environment(), current.getNumber(), preview.lane(),
                    new ProposedContent(proposal.services(), proposal.contacts()).toJson(), proposal.certificatePem(),
                    proposal.metadata(), now, actor.username(), due));
        } catch (PersistenceException e) {
            // another request on the connection was stored first, between the look-up above and this one
            throw new ActionConflictException(null, "change.alreadyOpenMeanwhile", null, reference);
        }
        boolean automatic = preview.lane() == ChangeLane.FAST && fastLane.automatic();
        runtime.createProcessInstanceByKey(ChangeRequestModel.PROCESS_KEY)
                .businessKey(request.getReference())
                .setVariables(Map.of(CHANGE_REQUEST_ID, request.getId(), APPLICATION_ID, application.getId(),
                        ORGANISATION_OIN, application.getOrganisation().getOin(),
                        FAST_LANE, preview.lane() == ChangeLane.FAST, AUTOMATIC, automatic))
                .execute();
        auditor.record(actor.username(), "changeRequestStarted", application.getId(), ChangeRequestModel.CHANGE_REQUESTED,
                Map.of("version", String.valueOf(current.getNumber())),
                Map.of("changeRequest", request.getReference(), "environment", proposal.environment().name(),
                        "lane", preview.lane().name(), "fieldsChanged", String.valueOf(preview.differences().size()),
                        "dueAt", due.toString()));
        return views.view(request, locale);
    }

    /** The applicant withdraws the request while the reviewers have not decided yet. */
    public void withdraw(SignedInUser actor, String changeReference) {
        ChangeRequest request = ownRequest(actor, changeReference);
        if (!request.isOpen()) {
            throw new ActionRefusedException("change.withdraw.notOpen", changeReference);
        }
        try {
            runtime.createMessageCorrelation(ChangeRequestModel.Messages.CHANGE_WITHDRAWN)
                    .processInstanceBusinessKey(changeReference).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ActionRefusedException("change.withdraw.tooLate", changeReference);
        }
        request.withdrawn(clock.instant(), actor.username());
        auditor.record(actor.username(), "changeRequestWithdrawn", request.getApplicationId(),
                ChangeRequestModel.CHANGE_WITHDRAWN, Map.of("status", "OPEN"),
                Map.of("changeRequest", changeReference, "status", request.getStatus().name()));
    }

    /** A change request of the applicant's organisation, or any for a reviewer. */
    public ChangeRequestView view(SignedInUser actor, String changeReference, Locale locale) {
        ChangeRequest request = actor.hasRole(Role.REVIEWER_NAME)
                ? requests.byReference(changeReference)
                .orElseThrow(() -> new AccessRefusedException("access.notYourApplication", changeReference))
                : ownRequest(actor, changeReference);
        return views.view(request, locale);
    }

    /** The change requests of an application, the newest first. */
    public List<ChangeRequestView> ofApplication(SignedInUser actor, String reference, Locale locale) {
        Application application = AccessPolicy.ownApplication(applications, actor, reference);
        return requests.ofApplication(application.getId()).stream().map(request -> views.view(request, locale)).toList();
    }

    /** A conflict (409 over the API) about the connection, naming the open request, its page and its API v1 path. */
    static ActionRefusedException alreadyOpen(ChangeRequest open) {
        String path = API_PATH + open.getReference();
        // about the connection as a whole: the pages show it above the form
        return new ActionConflictException(null, "change.alreadyOpen", path, open.getReference(),
                "/applicant/change-request.xhtml?reference=" + open.getReference(), path);
    }

    private ChangeRequest ownRequest(SignedInUser actor, String changeReference) {
        ChangeRequest request = requests.byReference(changeReference == null ? "" : changeReference)
                .orElseThrow(() -> new AccessRefusedException("access.notYourApplication", String.valueOf(changeReference)));
        Application application = applications.findById(request.getApplicationId()).orElseThrow();
        AccessPolicy.ownApplication(applications, actor, application.getReference());
        return request;
    }

    private LiveConnection liveConnection(Application application, ConnectionEnvironment environment) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingDays.ZONE);
        return connections.ofApplication(application.getId(), environment)
                .filter(connection -> isLive(connection, today))
                .orElseThrow(() -> ActionRefusedException.of("environment", "change.notLive", application.getReference()));
    }

    private static ConnectionEnvironment requireEnvironment(ChangeProposal proposal) {
        if (proposal.environment() == null) {
            throw ActionRefusedException.of("environment", "change.environment.missing");
        }
        return proposal.environment();
    }

    private static boolean isLive(LiveConnection connection, LocalDate today) {
        return connection.getEndsOn().map(end -> end.isAfter(today)).orElse(true);
    }

    private static String environmentLabel(ConnectionEnvironment environment, Locale locale) {
        return nl.dictu.tvs.portal.shared.i18n.Bundle.text(locale, "document.environment." + environment.name());
    }
}
