package nl.dictu.tvs.portal.runtime.delegate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.application.ConnectionRegistration;
import nl.dictu.tvs.portal.domain.application.RegistrationKind;
import nl.dictu.tvs.portal.shared.json.Json;
import nl.dictu.tvs.portal.usecase.expiry.LiveConnections;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Records a registration once per application and kind; registering again updates the same row. A
 * preproduction or production registration also records the live connection the expiry watch covers.
 */
@Dependent
public class ConnectionRegistrar {

    private final ApplicationRepository applications;
    private final Auditor auditor;
    private final LiveConnections liveConnections;
    private final Clock clock;

    @Inject
    public ConnectionRegistrar(ApplicationRepository applications, Auditor auditor, LiveConnections liveConnections,
                               Clock clock) {
        this.applications = applications;
        this.auditor = auditor;
        this.liveConnections = liveConnections;
        this.clock = clock;
    }

    public ConnectionRegistration register(long applicationId, RegistrationKind kind, Map<String, String> details,
                                           String elementId) {
        String json = Json.write(details);
        Optional<ConnectionRegistration> existing = applications.registration(applicationId, kind);
        Map<String, String> before = existing.map(r -> Map.of("details", r.getDetailsJson())).orElse(Map.of());
        ConnectionRegistration registration;
        if (existing.isPresent()) {
            registration = existing.get();
            registration.update(json, clock.instant());
        } else {
            registration = applications.saveRegistration(
                    new ConnectionRegistration(applicationId, kind, json, clock.instant()));
        }
        auditor.record(Auditor.SYSTEM, "connectionRegistered", applicationId, elementId, before,
                Map.of("kind", kind.name(), "details", json));
        if (kind != RegistrationKind.EENMALIG_INLOGGEN) {
            liveConnections.recordFromApplication(applicationId, ConnectionEnvironment.valueOf(kind.name()), Auditor.SYSTEM);
        }
        return registration;
    }
}
