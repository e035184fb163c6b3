package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;
import nl.dictu.tvs.portal.domain.application.ServiceUuidDelivery;

import java.util.List;

/**
 * Everything an applicant sees of one application of their organisation: where it stands, what
 * was applied for, how its web service sends its ServiceUUID and the ServiceUUIDs DICTU issued, the latest
 * findings per check, and its history; for a supplier's cluster also the ServiceUUIDs of each served organisation.
 * The one read model of the applicant's application: {@code applicant/application.xhtml} and
 * {@code GET /api/applications/{reference}} both show it.
 */
public record ApplicantDossier(ApplicationStatusView status, List<ServiceDeclaration> services, boolean eenmaligInloggen,
                               ServiceUuidDelivery serviceUuidDelivery, List<ServiceUuid> serviceUuids, List<CheckFindings> checks,
                               List<HistoryEntry> history, List<MemberServiceUuids> memberServiceUuids) {

    /** An issued ServiceUUID (dienstnummer) of one service in one environment. */
    public record ServiceUuid(String service, String environment, String uuid) {
    }

    public ApplicantDossier {
        services = List.copyOf(services);
        serviceUuids = List.copyOf(serviceUuids);
        checks = List.copyOf(checks);
        history = List.copyOf(history);
        memberServiceUuids = List.copyOf(memberServiceUuids);
    }

    /** Of one organisation: no served organisations' ServiceUUIDs. */
    public ApplicantDossier(ApplicationStatusView status, List<ServiceDeclaration> services, boolean eenmaligInloggen,
                            ServiceUuidDelivery serviceUuidDelivery, List<ServiceUuid> serviceUuids, List<CheckFindings> checks,
                            List<HistoryEntry> history) {
        this(status, services, eenmaligInloggen, serviceUuidDelivery, serviceUuids, checks, history, List.of());
    }

    public String reference() {
        return status.reference();
    }

    /** The issued ServiceUUIDs of one environment ({@code PREPRODUCTION}, {@code PRODUCTION}). */
    public List<ServiceUuid> serviceUuidsOf(String environment) {
        return serviceUuids.stream().filter(uuid -> uuid.environment().equals(environment)).toList();
    }

    /** The metadata snippet with the ServiceUUIDs of one environment; empty before they are issued. */
    public String metadataSnippet(String environment) {
        return ServiceUuidSnippet.of(serviceUuidsOf(environment));
    }

    /** Whether the production snippet differs from preproduction's (a ServiceUUID per environment). */
    public boolean productionSnippetDiffers() {
        return !metadataSnippet(ConnectionEnvironment.PRODUCTION.name())
                .equals(metadataSnippet(ConnectionEnvironment.PREPRODUCTION.name()));
    }
}
