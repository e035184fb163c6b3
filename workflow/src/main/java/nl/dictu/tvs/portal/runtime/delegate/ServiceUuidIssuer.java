package nl.dictu.tvs.portal.runtime.delegate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.application.IssuedServiceUuid;
import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;
import nl.dictu.tvs.portal.domain.application.ServiceUuidDelivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Issues a ServiceUUID (dienstnummer) for every catalogue entry of the current version in both
 * environments, and only where none was issued yet: running it again issues nothing new. Each service is
 * an entry; a service that offers eIDAS has a second entry, its eIDAS entry, with a ServiceUUID of its own
 * (tvs-rules M12), named after the service with {@value #EIDAS_ENTRY_SUFFIX} behind it. Both environments of an
 * entry share one ServiceUUID (as TVS registers a live DV), unless the reviewer chose one per environment.
 */
@Dependent
public class ServiceUuidIssuer {

    /** What names a service's eIDAS catalogue entry: the service's name followed by this. */
    public static final String EIDAS_ENTRY_SUFFIX = " (eIDAS)";

    private final ApplicationRepository applications;
    private final Auditor auditor;
    private final Clock clock;

    @Inject
    public ServiceUuidIssuer(ApplicationRepository applications, Auditor auditor, Clock clock) {
        this.applications = applications;
        this.auditor = auditor;
        this.clock = clock;
    }

    /** All ServiceUUIDs of the application after issuing the missing ones; {@code perEnvironment}: one per environment. */
    public List<IssuedServiceUuid> issueMissing(long applicationId, String elementId, boolean perEnvironment) {
        Application application = applications.findById(applicationId)
                .orElseThrow(() -> new IllegalStateException("No application with id " + applicationId));
        List<IssuedServiceUuid> existing = applications.issuedServiceUuids(applicationId);
        List<IssuedServiceUuid> all = new ArrayList<>(existing);
        for (String entry : catalogueEntries(applications.currentVersion(application).services())) {
            UUID shared = perEnvironment ? null : all.stream().filter(u -> u.getServiceName().equals(entry))
                    .map(u -> UUID.fromString(u.getServiceUuid())).findFirst().orElseGet(UUID::randomUUID);
            for (ConnectionEnvironment environment : ConnectionEnvironment.values()) {
                boolean issued = existing.stream().anyMatch(u -> u.getServiceName().equals(entry)
                        && u.getEnvironment() == environment);
                if (!issued) {
                    IssuedServiceUuid uuid = applications.saveIssued(new IssuedServiceUuid(applicationId, entry,
                            environment, shared == null ? UUID.randomUUID() : shared, clock.instant()));
                    all.add(uuid);
                    auditor.record(Auditor.SYSTEM, "serviceUuidIssued", applicationId, elementId, Map.of(),
                            Map.of("service", entry, "environment", environment.name(),
                                    "serviceUuid", uuid.getServiceUuid()));
                }
            }
        }
        return all;
    }

    /** The names of the catalogue entries of the services, in their order: each service, then its eIDAS entry if offered. */
    static List<String> catalogueEntries(List<ServiceDeclaration> services) {
        List<String> entries = new ArrayList<>();
        for (ServiceDeclaration service : services) {
            entries.add(service.name());
            if (service.offersEidas()) {
                entries.add(service.name() + EIDAS_ENTRY_SUFFIX);
            }
        }
        return entries;
    }

    /** How the current version's DV sends its ServiceUUID: decides whether updated preproduction metadata is asked. */
    public ServiceUuidDelivery delivery(long applicationId) {
        Application application = applications.findById(applicationId)
                .orElseThrow(() -> new IllegalStateException("No application with id " + applicationId));
        return applications.currentVersion(application).getServiceUuidDelivery();
    }
}
