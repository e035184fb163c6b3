package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.domain.application.IssuedServiceUuid;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The ServiceUUIDs DICTU issued to one organisation a supplier's cluster serves, for its own services: what goes into
 * that organisation's own EntityDescriptor in the cluster metadata (Koppelvlakspecificatie eID SAML 4.4, §8.4.3).
 */
public record MemberServiceUuids(String oin, String name, List<ApplicantDossier.ServiceUuid> serviceUuids) {

    public MemberServiceUuids {
        serviceUuids = List.copyOf(serviceUuids);
    }

    /** Per served organisation, in the order of the issued rows (by OIN), each named by {@code nameOf}. */
    public static List<MemberServiceUuids> of(List<IssuedServiceUuid> issued, Function<String, String> nameOf) {
        Map<String, List<ApplicantDossier.ServiceUuid>> byOin = new LinkedHashMap<>();
        issued.forEach(u -> byOin.computeIfAbsent(u.getOrganisationOin(), oin -> new ArrayList<>())
                .add(new ApplicantDossier.ServiceUuid(u.getServiceName(), u.getEnvironment().name(), u.getServiceUuid())));
        return byOin.entrySet().stream()
                .map(entry -> new MemberServiceUuids(entry.getKey(), nameOf.apply(entry.getKey()), entry.getValue()))
                .toList();
    }

    /** The issued ServiceUUIDs of one environment ({@code PREPRODUCTION}, {@code PRODUCTION}). */
    public List<ApplicantDossier.ServiceUuid> serviceUuidsOf(String environment) {
        return serviceUuids.stream().filter(uuid -> uuid.environment().equals(environment)).toList();
    }

    /** The AttributeConsumingService snippet for this organisation's EntityDescriptor in one environment's metadata. */
    public String metadataSnippet(String environment) {
        return ServiceUuidSnippet.of(serviceUuidsOf(environment));
    }
}
