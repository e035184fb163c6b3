package nl.dictu.tvs.portal.usecase.termination;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.document.Environment;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.application.RegistrationKind;
import nl.dictu.tvs.portal.domain.connection.LiveConnection;
import nl.dictu.tvs.portal.domain.connection.LiveConnectionRepository;
import nl.dictu.tvs.portal.domain.document.DocumentKind;
import nl.dictu.tvs.portal.domain.document.StoredDocument;
import nl.dictu.tvs.portal.domain.document.StoredDocumentRepository;
import nl.dictu.tvs.portal.domain.user.Role;
import nl.dictu.tvs.portal.process.WorkingDays;
import nl.dictu.tvs.portal.shared.access.AccessPolicy;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.usecase.documents.DocumentIssuer;
import nl.dictu.tvs.portal.usecase.documents.Termination;
import nl.dictu.tvs.portal.usecase.expiry.LiveConnections;
import nl.dictu.tvs.portal.usecase.notification.MailParameters;
import nl.dictu.tvs.portal.usecase.notification.MailTemplates;
import nl.dictu.tvs.portal.usecase.notification.NotificationQueue;
import org.camunda.bpm.engine.RuntimeService;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Messages.CONNECTION_TERMINATED;

/**
 * Ends an application's live connection in every environment it is registered in, once: on a day that is
 * not in the past (Dutch time), with a reason, asked for by a member of the organisation or decided by a
 * reviewer of DICTU. The confirmation PDF is issued into the application's documents at once and mailed to
 * every member; the expiry watch stops covering the connection on that day, and the process ends (status
 * {@code terminated}) on that day: at once when it is today, otherwise by {@link #endDue} in the daily run.
 */
@Stateless
public class ConnectionTermination {

    public static final int REASON_MAX = LiveConnection.REASON_MAX;
    static final String AUDIT_ACTION = "connectionTerminationRecorded";

    @Inject
    private ApplicationRepository applications;

    @Inject
    private LiveConnectionRepository connections;

    @Inject
    private LiveConnections liveConnections;

    @Inject
    private StoredDocumentRepository documents;

    @Inject
    private DocumentIssuer issuer;

    @Inject
    private NotificationQueue queue;

    @Inject
    private RuntimeService runtime;

    @Inject
    private Auditor auditor;

    @Inject
    private Clock clock;

    /** Ends the connection as the signed-in user may: a reviewer for DICTU, a member for the organisation. */
    public StoredDocument terminate(SignedInUser actor, String reference, LocalDate endsOn, String reason) {
        return actor.hasRole(Role.REVIEWER_NAME)
                ? terminateAsReviewer(actor, reference, endsOn, reason)
                : terminateAsApplicant(actor, reference, endsOn, reason);
    }

    /** The organisation asks to end its connection. */
    public StoredDocument terminateAsApplicant(SignedInUser actor, String reference, LocalDate endsOn, String reason) {
        Application application = AccessPolicy.ownApplication(applications, actor, reference);
        return terminate(actor, application, endsOn, reason, false);
    }

    /** DICTU ends a connection. */
    public StoredDocument terminateAsReviewer(SignedInUser actor, String reference, LocalDate endsOn, String reason) {
        AccessPolicy.requireReviewer(actor);
        Application application = applications.findByReference(reference)
                .orElseThrow(() -> new AccessRefusedException("access.notYourApplication", reference));
        return terminate(actor, application, endsOn, reason, true);
    }

    /**
     * Whether the signed-in member (of the application's organisation) or reviewer may end the application's
     * connection now: it is registered and not yet terminated.
     */
    public boolean mayTerminate(SignedInUser actor, String reference) {
        Application application = actor.hasRole(Role.REVIEWER_NAME)
                ? applications.findByReference(reference).orElse(null)
                : AccessPolicy.ownApplication(applications, actor, reference);
        return application != null && !environments(application.getId()).isEmpty()
                && documents.find(application.getId(), DocumentKind.TERMINATION_CONFIRMATION, 1).isEmpty();
    }

    /** Ends the process of every connection whose end day has come; returns how many it ended now. */
    public int endDue(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, WorkingDays.ZONE);
        return connections.endingOnOrBefore(today).stream()
                .flatMap(c -> c.getApplicationId().stream())
                .distinct()
                .map(applicationId -> applications.findById(applicationId).orElseThrow())
                .mapToInt(application -> endProcess(application.getReference()))
                .sum();
    }

    private StoredDocument terminate(SignedInUser actor, Application application, LocalDate endsOn, String reason,
                                     boolean byDictu) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, WorkingDays.ZONE);
        validate(endsOn, reason, today);
        long applicationId = application.getId();
        List<ConnectionEnvironment> environments = environments(applicationId);
        if (environments.isEmpty()) {
            throw new ActionRefusedException("termination.notLive", application.getReference());
        }
        if (documents.find(applicationId, DocumentKind.TERMINATION_CONFIRMATION, 1).isPresent()) {
            throw new ActionRefusedException("termination.already", application.getReference());
        }
        String text = reason.strip();
        for (ConnectionEnvironment environment : environments) {
            LiveConnection connection = connections.ofApplication(applicationId, environment)
                    .orElseGet(() -> liveConnections.recordFromApplication(applicationId, environment, actor.username()));
            connection.end(endsOn, text, actor.username());
        }
        StoredDocument confirmation = issuer.terminationConfirmation(applicationId, new Termination(now, endsOn, text,
                actor.username(), byDictu, environments.stream().map(e -> Environment.valueOf(e.name())).toList()));
        queue.queue("termination:" + applicationId, MailTemplates.CONNECTION_TERMINATION, application.getOrganisation().getOin(),
                new MailParameters(application.getReference(), "", text + " (" + endsOn + ")"), confirmation.getId());
        auditor.record(actor.username(), AUDIT_ACTION, applicationId, null, Map.of(), Map.of(
                "endsOn", endsOn.toString(), "reason", text, "byDictu", String.valueOf(byDictu)));
        if (!endsOn.isAfter(today)) {
            endProcess(application.getReference());
        }
        return confirmation;
    }

    private static void validate(LocalDate endsOn, String reason, LocalDate today) {
        List<ActionRefusedException> refusals = new ArrayList<>();
        if (endsOn == null) {
            refusals.add(ActionRefusedException.of("endsOn", "termination.date.missing"));
        } else if (endsOn.isBefore(today)) {
            refusals.add(ActionRefusedException.of("endsOn", "termination.date.past", endsOn.toString(), today.toString()));
        }
        if (reason == null || reason.isBlank()) {
            refusals.add(ActionRefusedException.of("reason", "termination.reason.missing"));
        } else if (reason.strip().length() > REASON_MAX) {
            refusals.add(ActionRefusedException.of("reason", "termination.reason.tooLong",
                    String.valueOf(reason.strip().length()), String.valueOf(REASON_MAX)));
        }
        if (!refusals.isEmpty()) {
            throw ActionRefusedException.ofAll(refusals);
        }
    }

    /** The environments DICTU registered the application's connection in. */
    private List<ConnectionEnvironment> environments(long applicationId) {
        List<ConnectionEnvironment> registered = new ArrayList<>();
        if (applications.registration(applicationId, RegistrationKind.PREPRODUCTION).isPresent()) {
            registered.add(ConnectionEnvironment.PREPRODUCTION);
        }
        if (applications.registration(applicationId, RegistrationKind.PRODUCTION).isPresent()) {
            registered.add(ConnectionEnvironment.PRODUCTION);
        }
        return registered;
    }

    /** Ends the live phase of the process, when it still runs; returns 1 when it ended it now. */
    private int endProcess(String reference) {
        return runtime.createMessageCorrelation(CONNECTION_TERMINATED).processInstanceBusinessKey(reference)
                .correlateAllWithResult().size();
    }
}
