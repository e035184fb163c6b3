package nl.dictu.tvs.portal.usecase.expiry;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.application.ApplicationVersion;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.application.IssuedServiceUuid;
import nl.dictu.tvs.portal.domain.connection.LiveConnection;
import nl.dictu.tvs.portal.domain.connection.LiveConnectionRepository;
import nl.dictu.tvs.portal.domain.connection.RolloverCertificate;
import nl.dictu.tvs.portal.domain.connection.RolloverRepository;
import nl.dictu.tvs.portal.domain.connection.RolloverState;
import nl.dictu.tvs.portal.domain.connection.WatchedItemKind;
import nl.dictu.tvs.portal.process.WorkingDays;
import nl.dictu.tvs.portal.trust.metadata.MetadataExpiries;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keeps the live connection of an application's environment equal to what DICTU registered: on every
 * (re)registration its entityIDs, ServiceUUIDs and watched items are taken again from the application's
 * current metadata, so a renewed certificate replaces the old one on the watch. A next certificate
 * registered for a rollover stays watched until it switches.
 */
@Dependent
public class LiveConnections {

    private final LiveConnectionRepository connections;
    private final ApplicationRepository applications;
    private final Clock clock;
    private final RolloverRepository rollovers;

    @Inject
    public LiveConnections(LiveConnectionRepository connections, ApplicationRepository applications, Clock clock,
                           RolloverRepository rollovers) {
        this.connections = connections;
        this.applications = applications;
        this.clock = clock;
        this.rollovers = rollovers;
    }

    public LiveConnection recordFromApplication(long applicationId, ConnectionEnvironment environment, String actor) {
        Application application = applications.findById(applicationId)
                .orElseThrow(() -> new IllegalStateException("No application with id " + applicationId));
        ApplicationVersion version = applications.currentVersion(application);
        byte[] metadata = environment == ConnectionEnvironment.PRODUCTION
                ? version.getProductionMetadata().orElse(new byte[0]) : version.getPreproductionMetadata();
        String entityIds = String.join("\n", MetadataExpiries.entityIds(metadata));
        // a cluster connection registers its served organisations' DVs too, each with its own ServiceUUIDs
        String serviceUuids = Stream.concat(applications.issuedServiceUuids(applicationId).stream(),
                        applications.memberServiceUuids(applicationId).stream())
                .filter(u -> u.getEnvironment() == environment)
                .map(IssuedServiceUuid::getServiceUuid)
                .collect(Collectors.joining("\n"));
        LiveConnection connection = connections.ofApplication(applicationId, environment)
                .orElseGet(() -> connections.save(new LiveConnection(application.getOrganisation(), environment,
                        applicationId, entityIds, serviceUuids, LocalDate.ofInstant(clock.instant(), WorkingDays.ZONE),
                        clock.instant(), actor)));
        connection.update(entityIds, serviceUuids, clock.instant(), actor);
        connection.clearItems();
        MetadataExpiries.of(metadata).forEach(expiry -> connection.watch(kind(expiry.use()), expiry.label(), expiry.expiresAt()));
        watchPendingRollovers(connection);
        return connection;
    }

    /** A next certificate registered for a rollover stays on the watch, whether or not the registered metadata lists it yet. */
    private void watchPendingRollovers(LiveConnection connection) {
        if (connection.getId() == null) {
            return;
        }
        for (RolloverCertificate next : rollovers.ofConnection(connection.getId())) {
            WatchedItemKind kind = next.getUse().watchedKind();
            if (next.getState() == RolloverState.NEXT && connection.getItems().stream()
                    .noneMatch(i -> i.getKind() == kind && i.getLabel().equals(next.getLabel()))) {
                connection.watch(kind, next.getLabel(), next.getNotAfter());
            }
        }
    }

    static WatchedItemKind kind(MetadataExpiries.Use use) {
        return switch (use) {
            case SIGNING -> WatchedItemKind.SIGNING_CERTIFICATE;
            case ENCRYPTION -> WatchedItemKind.ENCRYPTION_CERTIFICATE;
            case VALID_UNTIL -> WatchedItemKind.METADATA_VALID_UNTIL;
        };
    }
}
