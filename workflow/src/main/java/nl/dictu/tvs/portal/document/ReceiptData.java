package nl.dictu.tvs.portal.document;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import nl.dictu.tvs.portal.domain.application.ServiceUuidDelivery;

/** Everything the submission receipt shows: what the applicant submitted, and when. */
public record ReceiptData(
        String reference,
        ApplicantOrganisation organisation,
        Instant submittedAt,
        List<RequestedService> services,
        boolean singleSignOn,
        CertificateSummary certificate,
        String metadataEntityId,
        List<ChecklistAnswer> checklist,
        TermsAcceptance terms,
        List<UploadedFile> uploads,
        List<ContactPerson> contacts,
        ServiceUuidDelivery serviceUuidDelivery) {

    public ReceiptData {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(metadataEntityId, "metadataEntityId");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(serviceUuidDelivery, "serviceUuidDelivery");
        services = List.copyOf(services);
        checklist = List.copyOf(checklist);
        uploads = List.copyOf(uploads);
        contacts = List.copyOf(contacts);
    }

    /** A receipt without contacts (from before they were on it; tests). */
    public ReceiptData(String reference, ApplicantOrganisation organisation, Instant submittedAt,
                       List<RequestedService> services, boolean singleSignOn, CertificateSummary certificate,
                       String metadataEntityId, List<ChecklistAnswer> checklist, TermsAcceptance terms,
                       List<UploadedFile> uploads) {
        this(reference, organisation, submittedAt, services, singleSignOn, certificate, metadataEntityId, checklist,
                terms, uploads, List.of());
    }

    /** A receipt of a web service that lists its ServiceUUID in its metadata (tests). */
    public ReceiptData(String reference, ApplicantOrganisation organisation, Instant submittedAt,
                       List<RequestedService> services, boolean singleSignOn, CertificateSummary certificate,
                       String metadataEntityId, List<ChecklistAnswer> checklist, TermsAcceptance terms,
                       List<UploadedFile> uploads, List<ContactPerson> contacts) {
        this(reference, organisation, submittedAt, services, singleSignOn, certificate, metadataEntityId, checklist,
                terms, uploads, contacts, ServiceUuidDelivery.METADATA);
    }
}
