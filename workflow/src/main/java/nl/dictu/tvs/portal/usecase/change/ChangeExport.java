package nl.dictu.tvs.portal.usecase.change;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.Sha256;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.application.ApplicationVersion;
import nl.dictu.tvs.portal.domain.application.AssuranceLevel;
import nl.dictu.tvs.portal.domain.application.IssuedServiceUuid;
import nl.dictu.tvs.portal.domain.application.LoginMeans;
import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;
import nl.dictu.tvs.portal.domain.change.ChangeRequest;
import nl.dictu.tvs.portal.shared.json.Json;

import static nl.dictu.tvs.portal.usecase.change.ProposedContent.map;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The export DICTU loads into TVS for an applied change (the portal does not configure TVS itself): the metadata of
 * the environment as it now is, every ServiceUUID of the environment with its catalogue entry and minimum levels,
 * and the catalogue entries with their fields. A service's eIDAS entry carries its eIDAS level, the service's own
 * entry the other levels.
 */
@Dependent
public class ChangeExport {

    private final ApplicationRepository applications;

    @Inject
    public ChangeExport(ApplicationRepository applications) {
        this.applications = applications;
    }

    String of(Application application, ChangeRequest request) {
        int number = request.getAppliedVersion().orElseThrow();
        ApplicationVersion version = applications.versions(application).stream().filter(v -> v.getNumber() == number)
                .findFirst().orElseThrow();
        LiveRegistration registration = LiveRegistration.of(version, request.getEnvironment());
        List<Object> uuids = new ArrayList<>();
        applications.issuedServiceUuids(application.getId()).stream()
                .filter(u -> u.getEnvironment() == request.getEnvironment())
                .sorted(Comparator.comparing(IssuedServiceUuid::getServiceName))
                .forEach(uuid -> service(registration.services(), uuid.getServiceName()).ifPresent(service -> uuids.add(map(
                        "catalogueEntry", uuid.getServiceName(),
                        "serviceUuid", uuid.getServiceUuid(),
                        "minimumLevels", levels(service, !service.name().equals(uuid.getServiceName()))))));
        List<Object> entries = registration.services().stream().map(service -> (Object) map(
                "name", service.name(),
                "nameEn", service.nameEn(),
                "description", service.description(),
                "url", service.url(),
                "privacyPolicyUrl", service.privacyPolicyUrl(),
                "minimumLevels", service.minimumLevels().stream().sorted().map(Enum::name).toList(),
                "machtigen", service.machtigen())).toList();
        return Json.writeIndented(map(
                "changeRequest", request.getReference(),
                "application", application.getReference(),
                "organisation", application.getOrganisation().getName(),
                "oin", application.getOrganisation().getOin(),
                "environment", request.getEnvironment().name(),
                "version", number,
                "metadataSha256", Sha256.hex(registration.metadata()),
                "metadata", new String(registration.metadata(), StandardCharsets.UTF_8),
                "serviceUuids", uuids,
                "catalogueEntries", entries));
    }

    /** The service an issued ServiceUUID belongs to: the entry's own name, or the service whose eIDAS entry it is. */
    private static Optional<ServiceDeclaration> service(List<ServiceDeclaration> services, String entry) {
        return services.stream().filter(s -> s.name().equals(entry)).findFirst()
                .or(() -> services.stream().filter(s -> s.offersEidas() && entry.startsWith(s.name() + " ")).findFirst());
    }

    private static List<String> levels(ServiceDeclaration service, boolean eidasEntry) {
        return service.minimumLevels().stream()
                .filter(level -> (level.loginMeans() == LoginMeans.EIDAS) == eidasEntry)
                .sorted().map(AssuranceLevel::name).toList();
    }
}
