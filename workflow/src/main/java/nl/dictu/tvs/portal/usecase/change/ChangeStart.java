package nl.dictu.tvs.portal.usecase.change;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
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
import nl.dictu.tvs.portal.process.ChangeRequestModel;
import nl.dictu.tvs.portal.process.WorkingDays;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.shared.error.ActionConflictException;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.shared.i18n.Bundle;
import org.camunda.bpm.engine.RuntimeService;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static nl.dictu.tvs.portal.process.ChangeRequestModel.Variables.APPLICATION_ID;
import static nl.dictu.tvs.portal.process.ChangeRequestModel.Variables.AUTOMATIC;
import static nl.dictu.tvs.portal.process.ChangeRequestModel.Variables.CHANGE_REQUEST_ID;
import static nl.dictu.tvs.portal.process.ChangeRequestModel.Variables.FAST_LANE;
import static nl.dictu.tvs.portal.process.ChangeRequestModel.Variables.ORGANISATION_OIN;

/**
 * How every change request starts, an ordinary one and one about a served organisation alike: on a connection live
 * in the environment (its row locked, so requests started at once are checked one after the other), numbered,
 * due in {@value ChangeRequests#DUE_WORKING_DAYS} working days, stored (a unique key refuses what was stored first
 * meanwhile), the process started on its route and the start audited.
 */
@Dependent
public class ChangeStart {

    @Inject
    private ApplicationRepository applications;

    @Inject
    private LiveConnectionRepository connections;

    @Inject
    private ChangeRequestRepository requests;

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

    /** The application's connection live in the environment, refused when there is none or it ended. */
    LiveConnection liveConnection(Application application, ConnectionEnvironment environment) {
        if (environment == null) {
            throw ActionRefusedException.of("environment", "change.environment.missing");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingDays.ZONE);
        return connections.ofApplication(application.getId(), environment)
                .filter(connection -> isLive(connection, today))
                .orElseThrow(() -> ActionRefusedException.of("environment", "change.notLive", application.getReference()));
    }

    /** As {@link #liveConnection}, its row locked until the transaction ends: the checks for open requests follow. */
    LiveConnection lockedLiveConnection(Application application, ConnectionEnvironment environment) {
        LiveConnection connection = liveConnection(application, environment);
        connections.lockForChange(connection);
        return connection;
    }

    /** A new request on the connection, from the application's current version, due in five working days. */
    ChangeRequest newRequest(SignedInUser actor, Application application, LiveConnection connection,
                             ConnectionEnvironment environment, ChangeLane lane, ProposedContent content,
                             String certificatePem, byte[] metadata) {
        ApplicationVersion current = applications.currentVersion(application);
        int number = requests.nextNumber(application.getId());
        Instant now = clock.instant();
        Instant due = workingDays.dueAfter(Date.from(now), ChangeRequests.DUE_WORKING_DAYS).toInstant();
        return new ChangeRequest(application.getReference() + "-W" + number, number, application.getId(),
                connection.getId(), environment, current.getNumber(), lane, content.toJson(), certificatePem, metadata,
                now, actor.username(), due);
    }

    /**
     * Stores the request and starts its process; {@code meanwhileKey} is the refusal when another request took its
     * place between the checks and the store (it names the application).
     *
     * @param details what the audit event {@code changeRequestStarted} says beside the request, route and due date
     */
    ChangeRequest start(SignedInUser actor, Application application, ChangeRequest request, String meanwhileKey,
                        Map<String, String> details) {
        ChangeRequest stored;
        try {
            stored = requests.save(request);
        } catch (PersistenceException e) {
            throw new ActionConflictException(null, meanwhileKey, null, application.getReference());
        }
        boolean fast = stored.getLane() == ChangeLane.FAST;
        boolean automatic = fast && fastLane.automatic();
        runtime.createProcessInstanceByKey(ChangeRequestModel.PROCESS_KEY)
                .businessKey(stored.getReference())
                .setVariables(Map.of(CHANGE_REQUEST_ID, stored.getId(), APPLICATION_ID, application.getId(),
                        ORGANISATION_OIN, application.getOrganisation().getOin(), FAST_LANE, fast, AUTOMATIC, automatic))
                .execute();
        Map<String, String> after = new LinkedHashMap<>();
        after.put("changeRequest", stored.getReference());
        after.put("environment", stored.getEnvironment().name());
        after.put("lane", stored.getLane().name());
        after.putAll(details);
        after.put("dueAt", stored.getDueAt().toString());
        auditor.record(actor.username(), "changeRequestStarted", application.getId(), ChangeRequestModel.CHANGE_REQUESTED,
                Map.of("version", String.valueOf(stored.getBaseVersion())), after);
        return stored;
    }

    static boolean isLive(LiveConnection connection, LocalDate today) {
        return connection.getEndsOn().map(end -> end.isAfter(today)).orElse(true);
    }

    static String environmentLabel(ConnectionEnvironment environment, Locale locale) {
        return Bundle.text(locale, "document.environment." + environment.name());
    }
}
