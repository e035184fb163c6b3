package nl.dictu.tvs.portal.document;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The preproduction approval letter: issued service numbers and who approved, when. */
public record ApprovalLetterData(
        String reference,
        ApplicantOrganisation organisation,
        Instant approvedAt,
        List<IssuedServiceNumber> serviceNumbers,
        Approvers approvers) {

    public ApprovalLetterData {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(approvedAt, "approvedAt");
        Objects.requireNonNull(approvers, "approvers");
        serviceNumbers = List.copyOf(serviceNumbers);
    }
}
