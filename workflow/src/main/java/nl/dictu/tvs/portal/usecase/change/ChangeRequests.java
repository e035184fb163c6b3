package nl.dictu.tvs.portal.usecase.change;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
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
import nl.dictu.tvs.portal.usecase.cluster.ClusterMembership;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;


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
    private ClusterMembership membership;

    @Inject
    private ChangeStart start;

    @Inject
    private RuntimeService runtime;

    @Inject
    private ChangeRequestRepository requests;

    @Inject
    private ChangeRequestViews views;

    @Inject
    private Auditor auditor;

    @Inject
    private Clock clock;

    /**
     * The live connections of the applicant's organisation, each environment on its own, with the ordinary request
     * open on it, if any, and for a cluster connection the requests about served organisations open on it.
     */
    public List<ChangeableConnection> connections(SignedInUser actor) {
        AccessPolicy.requireApplicant(actor);
        LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingDays.ZONE);
        return applications.findByOrganisationOin(actor.organisationOin()).stream()
                .flatMap(application -> {
                    boolean cluster = membership.isCluster(application.getId());
                    return connections.ofApplication(application.getId()).stream()
                            .filter(connection -> ChangeStart.isLive(connection, today))
                            .map(connection -> changeable(application, connection, cluster));
                })
                .toList();
    }

    private ChangeableConnection changeable(Application application, LiveConnection connection, boolean cluster) {
        List<ChangeRequest> open = requests.allOpenOn(connection.getId());
        String ordinary = open.stream().filter(r -> requests.member(r.getId()).isEmpty()).map(ChangeRequest::getReference)
                .findFirst().orElse(null);
        List<String> members = open.stream().filter(r -> requests.member(r.getId()).isPresent())
                .map(ChangeRequest::getReference).toList();
        return new ChangeableConnection(application.getReference(), connection.getEnvironment().name(),
                connection.getGoLiveDate(), ordinary, cluster, members);
    }

    /** What is live in the environment now: the copy a change starts from. */
    public LiveRegistration liveCopy(SignedInUser actor, String reference, ConnectionEnvironment environment) {
        Application application = AccessPolicy.ownApplication(applications, actor, reference);
        start.liveConnection(application, environment);
        return LiveRegistration.of(applications.currentVersion(application), environment);
    }

    /** The edited copy against what is live, with the trust checks run on it; stores nothing. */
    public ChangePreview preview(SignedInUser actor, String reference, ChangeProposal proposal, Locale locale) {
        Application application = AccessPolicy.ownApplication(applications, actor, reference);
        start.liveConnection(application, requireEnvironment(proposal));
        return views.preview(application, proposal, locale);
    }

    /**
     * Starts the change request: refused when it changes nothing, and when a request is open on the connection
     * already (naming it and where to follow it), a request about a served organisation of a cluster connection
     * included: an ordinary change waits until those are decided, as they wait for it. Due in
     * {@value #DUE_WORKING_DAYS} working days.
     */
    public ChangeRequestView submit(SignedInUser actor, String reference, ChangeProposal proposal, Locale locale) {
        Application application = AccessPolicy.ownApplication(applications, actor, reference);
        start.liveConnection(application, requireEnvironment(proposal));
        ChangePreview preview = views.preview(application, proposal, locale);
        if (preview.changesNothing()) {
            throw new ActionRefusedException("change.nothingChanged", reference,
                    ChangeStart.environmentLabel(proposal.environment(), locale));
        }
        LiveConnection connection = start.lockedLiveConnection(application, proposal.environment());
        requests.openOn(connection.getId()).ifPresent(open -> {
            throw alreadyOpen(open);
        });
        requests.allOpenOn(connection.getId()).stream().findFirst().ifPresent(member -> {
            throw openInTheWay("change.memberRequestOpen", member);
        });
        ChangeRequest request = start.start(actor, application, start.newRequest(actor, application, connection,
                        proposal.environment(), preview.lane(), new ProposedContent(proposal.services(), proposal.contacts()),
                        proposal.certificatePem(), proposal.metadata()), "change.alreadyOpenMeanwhile",
                Map.of("fieldsChanged", String.valueOf(preview.differences().size())));
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
        return openInTheWay("change.alreadyOpen", open);
    }

    /**
     * A refusal because the open request is in the way, about the connection as a whole (the pages show it above the
     * form): the message's arguments are its reference, its page, its API path, then {@code more}.
     */
    static ActionConflictException openInTheWay(String messageKey, ChangeRequest open, String... more) {
        String path = API_PATH + open.getReference();
        String[] arguments = new String[3 + more.length];
        arguments[0] = open.getReference();
        arguments[1] = "/applicant/change-request.xhtml?reference=" + open.getReference();
        arguments[2] = path;
        System.arraycopy(more, 0, arguments, 3, more.length);
        return new ActionConflictException(null, messageKey, path, arguments);
    }

    private ChangeRequest ownRequest(SignedInUser actor, String changeReference) {
        ChangeRequest request = requests.byReference(changeReference == null ? "" : changeReference)
                .orElseThrow(() -> new AccessRefusedException("access.notYourApplication", String.valueOf(changeReference)));
        Application application = applications.findById(request.getApplicationId()).orElseThrow();
        AccessPolicy.ownApplication(applications, actor, application.getReference());
        return request;
    }

    private static ConnectionEnvironment requireEnvironment(ChangeProposal proposal) {
        if (proposal.environment() == null) {
            throw ActionRefusedException.of("environment", "change.environment.missing");
        }
        return proposal.environment();
    }
}
