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
import nl.dictu.tvs.portal.domain.change.ChangeRequestRepository;
import nl.dictu.tvs.portal.domain.change.MemberChange;
import nl.dictu.tvs.portal.domain.file.StoredFileRepository;
import nl.dictu.tvs.portal.process.WorkingDays;
import nl.dictu.tvs.portal.usecase.cluster.ClusterMembership;
import nl.dictu.tvs.portal.shared.json.Json;

import static nl.dictu.tvs.portal.usecase.change.ProposedContent.map;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
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
    private final ChangeRequestRepository requests;
    private final ClusterMembership membership;
    private final StoredFileRepository files;

    @Inject
    public ChangeExport(ApplicationRepository applications, ChangeRequestRepository requests, ClusterMembership membership,
                        StoredFileRepository files) {
        this.applications = applications;
        this.requests = requests;
        this.membership = membership;
        this.files = files;
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
        Map<String, Object> export = map(
                "changeRequest", request.getReference(),
                "application", application.getReference(),
                "organisation", application.getOrganisation().getName(),
                "oin", application.getOrganisation().getOin(),
                "environment", request.getEnvironment().name(),
                "version", number);
        requests.member(request.getId()).ifPresent(member -> {
            export.put("memberChange", memberChange(member, request));
            export.put("aansluitbestand", membership.rows(application, request.getEnvironment()).stream()
                    .map(row -> (Object) map("oin", row.oin(), "name", row.name(), "connectedOn", row.connectedOn().toString(),
                            "disconnectedOn", row.disconnectedOn().map(Object::toString).orElse(null))).toList());
        });
        export.put("metadataSha256", Sha256.hex(registration.metadata()));
        export.put("metadata", new String(registration.metadata(), StandardCharsets.UTF_8));
        export.put("serviceUuids", uuids);
        export.put("catalogueEntries", entries);
        return Json.writeIndented(export);
    }

    /** The served organisation added or removed, as DICTU registers it in TVS, and since or until when. */
    private Map<String, Object> memberChange(MemberChange member, ChangeRequest request) {
        String on = request.getEndedAt().map(at -> LocalDate.ofInstant(at, WorkingDays.ZONE).toString()).orElse(null);
        Map<String, Object> change = map(
                "action", member.getAction().name(),
                "oin", member.getOin(),
                "name", member.getName());
        if (member.isAddition()) {
            change.put("services", member.getServices());
            change.put("onAlbList", member.isOnAlbList());
            member.getRvigDecisionFileId().flatMap(files::findById).ifPresent(file -> change.put("rvigDecision",
                    map("fileName", file.getFileName(), "sha256", file.getSha256())));
            change.put("newMetadata", member.isNewMetadata());
            // the served organisation's own ServiceUUIDs, issued when the addition was applied, for its DV in TVS
            change.put("serviceUuids", applications.memberServiceUuids(request.getApplicationId()).stream()
                    .filter(u -> u.getOrganisationOin().equals(member.getOin()) && u.getEnvironment() == request.getEnvironment())
                    .map(u -> (Object) map("catalogueEntry", u.getServiceName(), "serviceUuid", u.getServiceUuid())).toList());
            change.put("connectedOn", on);
        } else {
            change.put("disconnectedOn", on);
        }
        return change;
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
