package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;

import java.util.List;

/**
 * Everything an applicant sees of one application of their organisation: where it stands, what
 * was applied for, the ServiceUUIDs DICTU issued, the latest findings per check, and its history.
 */
public record ApplicantDossier(ApplicationStatusView status, List<ServiceDeclaration> services, boolean eenmaligInloggen,
                               List<ApplicationDetailsView.ServiceUuid> serviceUuids, List<CheckFindings> checks,
                               List<HistoryEntry> history) {

    public ApplicantDossier {
        services = List.copyOf(services);
        serviceUuids = List.copyOf(serviceUuids);
        checks = List.copyOf(checks);
        history = List.copyOf(history);
    }

    public String reference() {
        return status.reference();
    }
}
