package nl.dictu.tvs.portal.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The production connection confirmation. {@code liveOn} is the go-live date, from which the
 * deadline of the first ICT security assessment (two months later) follows.
 */
public record ProductionConfirmationData(
        String reference,
        ApplicantOrganisation organisation,
        Instant approvedAt,
        LocalDate liveOn,
        List<IssuedServiceNumber> serviceNumbers,
        Approvers approvers) {

    public ProductionConfirmationData {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(approvedAt, "approvedAt");
        Objects.requireNonNull(liveOn, "liveOn");
        Objects.requireNonNull(approvers, "approvers");
        serviceNumbers = List.copyOf(serviceNumbers);
    }

    /** The first assessment report is due within two months of going live. */
    public LocalDate firstAssessmentDue() {
        return liveOn.plusMonths(2);
    }
}
