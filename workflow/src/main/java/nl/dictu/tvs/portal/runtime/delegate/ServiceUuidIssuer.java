package nl.dictu.tvs.portal.runtime.delegate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.cluster.ClusterMember;
import nl.dictu.tvs.portal.domain.cluster.ClusterRepository;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.application.IssuedServiceUuid;
import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;
import nl.dictu.tvs.portal.domain.application.ServiceUuidDelivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Issues a ServiceUUID (dienstnummer) for every catalogue entry of the current version in both
 * environments, and only where none was issued yet: running it again issues nothing new. Each service is
 * an entry; a service that offers eIDAS has a second entry, its eIDAS entry, with a ServiceUUID of its own
 * (tvs-rules M12), named after the service with {@value #EIDAS_ENTRY_SUFFIX} behind it. Both environments of an
 * entry share one ServiceUUID (as TVS registers a live DV), unless the reviewer chose one per environment.
 * <p>
 * A supplier's cluster application also gets them for each served organisation's own services, recorded against
 * that organisation's OIN: TVS registers every DV of a cluster with its own services (tvs-rules 1.3, 1.4). A member
 * lists its services by name only; a member's service offers eIDAS (and so gets an eIDAS entry) when the cluster's
 * service of that name does, the application's services being where the cluster declares levels.
 */
@Dependent
public class ServiceUuidIssuer {

    /** What names a service's eIDAS catalogue entry: the service's name followed by this. */
    public static final String EIDAS_ENTRY_SUFFIX = " (eIDAS)";

    private final ApplicationRepository applications;
    private final ClusterRepository clusters;
    private final Auditor auditor;
    private final Clock clock;

    @Inject
    public ServiceUuidIssuer(ApplicationRepository applications, ClusterRepository clusters, Auditor auditor, Clock clock) {
        this.applications = applications;
        this.clusters = clusters;
        this.auditor = auditor;
        this.clock = clock;
    }

    /**
     * The application's own ServiceUUIDs after issuing the missing ones, its cluster members' included (theirs are
     * not returned); {@code perEnvironment}: one per environment.
     */
    public List<IssuedServiceUuid> issueMissing(long applicationId, String elementId, boolean perEnvironment) {
        Application application = application(applicationId);
        List<ServiceDeclaration> services = applications.currentVersion(application).services();
        List<IssuedServiceUuid> own = issue(applicationId, application.getOrganisation().getOin(),
                catalogueEntries(services), applications.issuedServiceUuids(applicationId), elementId, perEnvironment);
        List<IssuedServiceUuid> members = applications.memberServiceUuids(applicationId);
        for (ClusterMember member : clusters.membersOf(applicationId)) {
            issue(applicationId, member.getOin(), memberEntries(serviceNames(member.getServices()), services),
                    members, elementId, perEnvironment);
        }
        return own;
    }

    /**
     * The ServiceUUIDs of one served organisation after issuing the missing ones for its services, as when a member
     * change request that adds it to the cluster is carried out.
     */
    public List<IssuedServiceUuid> issueMissingForMember(long applicationId, String memberOin, List<String> memberServices,
                                                         String elementId, boolean perEnvironment) {
        Application application = application(applicationId);
        List<ServiceDeclaration> services = applications.currentVersion(application).services();
        return issue(applicationId, memberOin, memberEntries(memberServices, services),
                applications.memberServiceUuids(applicationId), elementId, perEnvironment);
    }

    /** Issues the missing entries of one organisation; returns all of that organisation's after issuing. */
    private List<IssuedServiceUuid> issue(long applicationId, String oin, List<String> entries,
                                          List<IssuedServiceUuid> issuedBefore, String elementId, boolean perEnvironment) {
        List<IssuedServiceUuid> all = new ArrayList<>(issuedBefore.stream()
                .filter(u -> u.getOrganisationOin().equals(oin)).toList());
        List<IssuedServiceUuid> existing = List.copyOf(all);
        for (String entry : entries) {
            UUID shared = perEnvironment ? null : all.stream().filter(u -> u.getServiceName().equals(entry))
                    .map(u -> UUID.fromString(u.getServiceUuid())).findFirst().orElseGet(UUID::randomUUID);
            for (ConnectionEnvironment environment : ConnectionEnvironment.values()) {
                boolean issued = existing.stream().anyMatch(u -> u.getServiceName().equals(entry)
                        && u.getEnvironment() == environment);
                if (!issued) {
                    IssuedServiceUuid uuid = applications.saveIssued(new IssuedServiceUuid(applicationId, oin, entry,
                            environment, shared == null ? UUID.randomUUID() : shared, clock.instant()));
                    all.add(uuid);
                    Map<String, String> after = new LinkedHashMap<>();
                    after.put("service", entry);
                    after.put("environment", environment.name());
                    after.put("serviceUuid", uuid.getServiceUuid());
                    after.put("organisation", oin);
                    auditor.record(Auditor.SYSTEM, "serviceUuidIssued", applicationId, elementId, Map.of(), after);
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

    /**
     * The catalogue entries of a member's services, in their order: each service, then its eIDAS entry when the
     * cluster's service of that name offers eIDAS.
     */
    static List<String> memberEntries(List<String> memberServices, List<ServiceDeclaration> clusterServices) {
        List<String> entries = new ArrayList<>();
        for (String name : memberServices) {
            entries.add(name);
            if (clusterServices.stream().anyMatch(service -> service.name().equals(name) && service.offersEidas())) {
                entries.add(name + EIDAS_ENTRY_SUFFIX);
            }
        }
        return entries;
    }

    /** A member's services as stored, one per line. */
    static List<String> serviceNames(String lines) {
        return Arrays.stream(lines.split("\n")).map(String::strip).filter(name -> !name.isEmpty()).distinct().toList();
    }

    /** How the current version's DV sends its ServiceUUID: decides whether updated preproduction metadata is asked. */
    public ServiceUuidDelivery delivery(long applicationId) {
        return applications.currentVersion(application(applicationId)).getServiceUuidDelivery();
    }

    private Application application(long applicationId) {
        return applications.findById(applicationId)
                .orElseThrow(() -> new IllegalStateException("No application with id " + applicationId));
    }
}
